'use client';

import { PlusIcon } from 'lucide-react';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAccessDocument,
  DashboardAuditLogDocument,
  DashboardCreateStaffUserDocument,
} from '@accrue/sdk/src/generated/graphql';
import { FormDialog, SelectField, TextField } from '@/components/form-dialog';
import { Button } from '@/components/ui/button';
import { requireNoUserErrors } from '@/lib/graphql-client';
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
const ROLES = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }));

export function CreateStaffDialog() {
  const create = useGqlMutation(DashboardCreateStaffUserDocument, {
    select: (d) => requireNoUserErrors(d.createStaffUser),
    invalidates: [DashboardAccessDocument, DashboardAuditLogDocument],
  });
  return (
    <FormDialog
      title="New staff user"
      description="Give them the password through a safe channel; they sign in with their email."
      trigger={
        <Button>
          <PlusIcon aria-hidden /> New staff user
        </Button>
      }
      schema={schema}
      defaultValues={{ email: '', name: '', role: 'SUPPORT', password: '' }}
      mutation={create}
      toVariables={(v) => ({
        input: { email: v.email, name: v.name || undefined, role: v.role, password: v.password },
      })}
      submitLabel="Create user"
      pendingLabel="Creating…"
      failure="Not created"
      onSuccess={(_, v) => toast.success(`${v.email} can sign in now`)}
    >
      {(form) => (
        <>
          <TextField control={form.control} name="email" label="Email" type="email" autoComplete="off" />
          <TextField control={form.control} name="name" label="Name" autoComplete="off" />
          <SelectField control={form.control} name="role" label="Role" options={ROLES} />
          <TextField
            control={form.control}
            name="password"
            label="Initial password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters."
          />
        </>
      )}
    </FormDialog>
  );
}
