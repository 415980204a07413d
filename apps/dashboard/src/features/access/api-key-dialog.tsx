'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAccessDocument,
  DashboardAuditLogDocument,
  DashboardCreateApiKeyDocument,
  type Role,
} from '@accrue/sdk/src/generated/graphql';
import { SecretReveal } from '@/components/secret-reveal';
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
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { ROLE_LABEL } from '@/lib/permissions';
import { useGqlMutation } from '@/lib/use-gql';
const KEY_ROLES: { role: Role; hint: string }[] = [
  { role: 'INTEGRATION', hint: 'order systems and POS: enrol, purchases, refunds, activities' },
  { role: 'STOREFRONT', hint: 'shop and app: balances, catalog, redemptions (no personal data)' },
];

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Name the key after what uses it' })
    .max(100, { message: 'At most 100 characters' }),
  role: z.enum(['INTEGRATION', 'STOREFRONT']),
});
type Values = z.infer<typeof schema>;

export function CreateApiKeyDialog() {
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState<string>();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', role: 'INTEGRATION' },
  });
  const create = useGqlMutation(DashboardCreateApiKeyDocument, {
    select: (d) => requireNoUserErrors(d.createApiKey),
    invalidates: [DashboardAccessDocument, DashboardAuditLogDocument],
  });
  const onSubmit = (v: Values) =>
    create.mutate(
      { input: v },
      {
        onSuccess: (p) => {
          setOpen(false);
          form.reset();
          setKey(p.key ?? undefined);
        },
        onError: (error) => {
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors)
              if (e.field?.[1] === 'name') form.setError('name', { message: e.message });
          toast.error('No key created', { description: errorMessage(error) });
        },
      },
    );
  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="outline">
            <PlusIcon aria-hidden /> New API key
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>New API key</DialogTitle>
            <DialogDescription>The key is shown once, right after it is created.</DialogDescription>
          </DialogHeader>
          <Form {...form}>
            <form
              onSubmit={form.handleSubmit(onSubmit)}
              noValidate
              className="grid gap-4"
              aria-label="New API key"
            >
              <FormField
                control={form.control}
                name="name"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Name</FormLabel>
                    <FormControl>
                      <Input placeholder="e.g. POS Shanghai" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="role"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Role</FormLabel>
                    <Select value={field.value} onValueChange={field.onChange}>
                      <FormControl>
                        <SelectTrigger>
                          <SelectValue />
                        </SelectTrigger>
                      </FormControl>
                      <SelectContent>
                        {KEY_ROLES.map((r) => (
                          <SelectItem key={r.role} value={r.role}>
                            {ROLE_LABEL[r.role]}
                          </SelectItem>
                        ))}
                      </SelectContent>
                    </Select>
                    <FormDescription>{KEY_ROLES.find((r) => r.role === field.value)?.hint}</FormDescription>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
                <Button type="submit" disabled={create.isPending}>
                  {create.isPending ? 'Creating…' : 'Create key'}
                </Button>
              </DialogFooter>
            </form>
          </Form>
        </DialogContent>
      </Dialog>
      <SecretReveal title="Your new API key" secret={key} onClose={() => setKey(undefined)} />
    </>
  );
}
