'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAuditLogDocument,
  DashboardCreateRewardDocument,
  DashboardRewardsDocument,
  type RewardType,
} from '@accrue/sdk/src/generated/graphql';
import { errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog';
import {
  Form,
  FormControl,
  FormDescription,
  FormField,
  FormItem,
  FormLabel,
  FormMessage,
} from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { minorPerUnit } from '@/lib/format';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';

const amount = z
  .string()
  .trim()
  .regex(/^\d*(\.\d{1,2})?$/, { message: 'An amount, e.g. 10 or 9.90' });
const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Name the reward' })
    .max(200, { message: 'At most 200 characters' }),
  type: z.enum(['ITEM', 'DISCOUNT', 'DONATION']),
  pointsCost: z
    .string()
    .trim()
    .regex(/^\d+$/, { message: 'A whole number of points' })
    .refine((v) => Number(v) >= 1, { message: 'At least 1 point' }),
  cashPrice: amount,
  value: amount.refine((v) => v !== '', { message: 'What the reward is worth' }),
  stock: z.string().trim().regex(/^\d*$/, { message: 'A whole number, or empty for unlimited' }),
  perMemberLimit: z.string().trim().regex(/^\d*$/, { message: 'A whole number, or empty for no limit' }),
});
type Values = z.infer<typeof schema>;
const FIELDS: Record<string, keyof Values> = {
  name: 'name',
  type: 'type',
  pointsCost: 'pointsCost',
  cashPriceMinor: 'cashPrice',
  valueMinor: 'value',
  stock: 'stock',
  perMemberLimit: 'perMemberLimit',
};

export function CreateRewardDialog() {
  const session = useSession();
  const unit = minorPerUnit(session.program.currency);
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      name: '',
      type: 'ITEM',
      pointsCost: '',
      cashPrice: '',
      value: '',
      stock: '',
      perMemberLimit: '',
    },
  });
  const create = useGqlMutation(DashboardCreateRewardDocument, {
    select: (d) => requireNoUserErrors(d.createReward),
    invalidates: [DashboardRewardsDocument, DashboardAuditLogDocument],
  });
  const onSubmit = (v: Values) =>
    create.mutate(
      {
        input: {
          name: v.name,
          type: v.type as RewardType,
          pointsCost: Number(v.pointsCost),
          cashPriceMinor: v.cashPrice ? Math.round(Number(v.cashPrice) * unit) : undefined,
          valueMinor: Math.round(Number(v.value) * unit),
          stock: v.stock ? Number(v.stock) : undefined,
          perMemberLimit: v.perMemberLimit ? Number(v.perMemberLimit) : undefined,
        },
      },
      {
        onSuccess: (payload) => {
          toast.success(`Reward “${payload.reward?.name}” created`);
          form.reset();
          setOpen(false);
        },
        onError: (error) => {
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors) {
              const f = FIELDS[e.field?.[1] ?? ''];
              if (f) form.setError(f, { message: e.message });
            }
          toast.error('The reward was not created', { description: errorMessage(error) });
        },
      },
    );

  const text = (name: keyof Values, label: string, hint?: string, inputMode?: 'numeric' | 'decimal') => (
    <FormField
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormItem>
          <FormLabel>{label}</FormLabel>
          <FormControl>
            <Input inputMode={inputMode} {...field} />
          </FormControl>
          {hint ? <FormDescription>{hint}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden /> New reward
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New reward</DialogTitle>
          <DialogDescription>
            Members buy it with points (and, if you set one, a cash price).
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(onSubmit)}
            noValidate
            className="grid gap-4"
            aria-label="New reward"
          >
            {text('name', 'Name')}
            <FormField
              control={form.control}
              name="type"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Type</FormLabel>
                  <Select value={field.value} onValueChange={field.onChange}>
                    <FormControl>
                      <SelectTrigger>
                        <SelectValue />
                      </SelectTrigger>
                    </FormControl>
                    <SelectContent>
                      <SelectItem value="ITEM">Item</SelectItem>
                      <SelectItem value="DISCOUNT">Discount</SelectItem>
                      <SelectItem value="DONATION">Donation</SelectItem>
                    </SelectContent>
                  </Select>
                  <FormMessage />
                </FormItem>
              )}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              {text('pointsCost', 'Points cost', undefined, 'numeric')}
              {text('cashPrice', `Cash price (${session.program.currency})`, 'Empty: points only', 'decimal')}
              {text(
                'value',
                `Value (${session.program.currency})`,
                'What it is worth to the member',
                'decimal',
              )}
              {text('stock', 'Stock', 'Empty: unlimited', 'numeric')}
              {text('perMemberLimit', 'Limit per member', 'Empty: no limit', 'numeric')}
            </div>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? 'Creating…' : 'Create reward'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
