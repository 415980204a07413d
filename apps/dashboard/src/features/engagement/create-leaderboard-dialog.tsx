'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  CreateLeaderboardDocument,
  DashboardAuditLogDocument,
  LeaderboardsDocument,
} from '@accrue/sdk/src/generated/graphql';
import { errorMessage } from '@/components/states';
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
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { showFieldErrors } from './form-errors';
import { TextField } from './text-field';

const prizeList = (v: string) =>
  v
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number);
const schema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, { message: 'Name the leaderboard' })
      .max(200, { message: 'At most 200 characters' }),
    period: z.enum(['WEEKLY', 'MONTHLY']),
    topN: z
      .string()
      .trim()
      .regex(/^\d+$/, { message: 'A whole number of ranks' })
      .refine((v) => Number(v) >= 1 && Number(v) <= 1000, { message: 'From 1 to 1,000 ranks' }),
    prizePoints: z
      .string()
      .trim()
      .regex(/^(\d+[,\s]*)*$/, { message: 'Whole numbers of points, separated by commas: 500, 300, 200' }),
  })
  .superRefine((v, ctx) => {
    if (prizeList(v.prizePoints).length > Number(v.topN))
      ctx.addIssue({
        code: 'custom',
        path: ['prizePoints'],
        message: 'More prizes than ranks awarded',
      });
  });
type Values = z.infer<typeof schema>;
const FIELDS: Record<string, keyof Values> = {
  name: 'name',
  period: 'period',
  topN: 'topN',
  prizePoints: 'prizePoints',
};

export function CreateLeaderboardDialog() {
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', period: 'WEEKLY', topN: '3', prizePoints: '' },
  });
  const create = useGqlMutation(CreateLeaderboardDocument, {
    select: (d) => requireNoUserErrors(d.createLeaderboard),
    invalidates: [LeaderboardsDocument, DashboardAuditLogDocument],
  });
  const onSubmit = (v: Values) =>
    create.mutate(
      {
        input: {
          name: v.name,
          period: v.period,
          topN: Number(v.topN),
          prizePoints: prizeList(v.prizePoints),
        },
      },
      {
        onSuccess: (payload) => {
          toast.success(`Leaderboard “${payload.leaderboard?.name}” created`);
          form.reset();
          setOpen(false);
        },
        onError: (error) => {
          showFieldErrors(form, error, FIELDS);
          toast.error('The leaderboard was not created', { description: errorMessage(error) });
        },
      },
    );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden /> New leaderboard
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New leaderboard</DialogTitle>
          <DialogDescription>
            Ranks members by the points they earn in each period; the top ranks get prize points when the
            period is closed.
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(onSubmit)}
            noValidate
            className="grid gap-4"
            aria-label="New leaderboard"
          >
            <TextField control={form.control} name="name" label="Name" />
            <div className="grid gap-4 sm:grid-cols-2">
              <FormField
                control={form.control}
                name="period"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Period</FormLabel>
                    <Select value={field.value} onValueChange={field.onChange}>
                      <FormControl>
                        <SelectTrigger>
                          <SelectValue />
                        </SelectTrigger>
                      </FormControl>
                      <SelectContent>
                        <SelectItem value="WEEKLY">Weekly (Monday first)</SelectItem>
                        <SelectItem value="MONTHLY">Monthly</SelectItem>
                      </SelectContent>
                    </Select>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <TextField
                control={form.control}
                name="topN"
                label="Ranks shown and awarded"
                inputMode="numeric"
              />
            </div>
            <TextField
              control={form.control}
              name="prizePoints"
              label="Prize points by rank"
              hint="First rank first; ranks without a number get no prize."
              placeholder="500, 300, 200"
            />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? 'Creating…' : 'Create leaderboard'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
