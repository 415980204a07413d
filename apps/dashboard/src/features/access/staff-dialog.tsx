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
  DashboardCreateStaffUserDocument,
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
import { STAFF_ROLES } from './staff';
const schema = z.object({
  email: z.email({ message: 'A valid email address' }).max(320),
  name: z.string().trim().max(200, { message: 'At most 200 characters' }),
  role: z.enum(['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER']),
  password: z
    .string()
    .min(12, { message: 'At least 12 characters' })
    .refine((v) => new TextEncoder().encode(v).length <= 72, { message: 'At most 72 bytes' }),
});
type Values = z.infer<typeof schema>;

export function CreateStaffDialog() {
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', name: '', role: 'SUPPORT', password: '' },
  });
  const create = useGqlMutation(DashboardCreateStaffUserDocument, {
    select: (d) => requireNoUserErrors(d.createStaffUser),
    invalidates: [DashboardAccessDocument, DashboardAuditLogDocument],
  });
  const onSubmit = (v: Values) =>
    create.mutate(
      { input: { email: v.email, name: v.name || undefined, role: v.role, password: v.password } },
      {
        onSuccess: () => {
          toast.success(`${v.email} can sign in now`);
          form.reset();
          setOpen(false);
        },
        onError: (error) => {
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors) {
              const f = e.field?.[1];
              if (f === 'email' || f === 'password' || f === 'name' || f === 'role')
                form.setError(f, { message: e.message });
            }
          toast.error('Not created', { description: errorMessage(error) });
        },
      },
    );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden /> New staff user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New staff user</DialogTitle>
          <DialogDescription>
            Give them the password through a safe channel; they sign in with their email.
          </DialogDescription>
        </DialogHeader>
        <Form {...form}>
          <form
            onSubmit={form.handleSubmit(onSubmit)}
            noValidate
            className="grid gap-4"
            aria-label="New staff user"
          >
            {(['email', 'name'] as const).map((name) => (
              <FormField
                key={name}
                control={form.control}
                name={name}
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>{name === 'email' ? 'Email' : 'Name'}</FormLabel>
                    <FormControl>
                      <Input type={name === 'email' ? 'email' : 'text'} autoComplete="off" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
            ))}
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
                      {STAFF_ROLES.map((r) => (
                        <SelectItem key={r} value={r}>
                          {ROLE_LABEL[r]}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="password"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Initial password</FormLabel>
                  <FormControl>
                    <Input type="password" autoComplete="new-password" {...field} />
                  </FormControl>
                  <FormDescription>At least 12 characters.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" disabled={create.isPending}>
                {create.isPending ? 'Creating…' : 'Create user'}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
