'use client';

import { PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { z } from 'zod';
import {
  DashboardAccessDocument,
  DashboardAuditLogDocument,
  DashboardCreateApiKeyDocument,
  type Role,
} from '@accrue/sdk/src/generated/graphql';
import { FormDialog, SelectField, TextField } from '@/components/form-dialog';
import { SecretReveal } from '@/components/secret-reveal';
import { Button } from '@/components/ui/button';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { ROLE_LABEL } from '@/lib/permissions';
import { useGqlMutation } from '@/lib/use-gql';

const KEY_ROLES: { value: Role; label: string; hint: string }[] = [
  {
    value: 'INTEGRATION',
    label: ROLE_LABEL.INTEGRATION,
    hint: 'order systems and POS: enrol, purchases, refunds, activities',
  },
  {
    value: 'STOREFRONT',
    label: ROLE_LABEL.STOREFRONT,
    hint: 'shop and app: balances, catalog, redemptions (no personal data)',
  },
];

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Name the key after what uses it' })
    .max(100, { message: 'At most 100 characters' }),
  role: z.enum(['INTEGRATION', 'STOREFRONT']),
});

export function CreateApiKeyDialog() {
  const [key, setKey] = useState<string>();
  const create = useGqlMutation(DashboardCreateApiKeyDocument, {
    select: (d) => requireNoUserErrors(d.createApiKey),
    invalidates: [DashboardAccessDocument, DashboardAuditLogDocument],
  });
  return (
    <>
      <FormDialog
        title="New API key"
        description="The key is shown once, right after it is created."
        trigger={
          <Button variant="outline">
            <PlusIcon aria-hidden /> New API key
          </Button>
        }
        schema={schema}
        defaultValues={{ name: '', role: 'INTEGRATION' }}
        mutation={create}
        toVariables={(v) => ({ input: v })}
        submitLabel="Create key"
        pendingLabel="Creating…"
        failure="No key created"
        onSuccess={(p) => setKey(p.key ?? undefined)}
      >
        {(form) => (
          <>
            <TextField control={form.control} name="name" label="Name" placeholder="e.g. POS Shanghai" />
            <SelectField control={form.control} name="role" label="Role" options={KEY_ROLES} />
          </>
        )}
      </FormDialog>
      <SecretReveal title="Your new API key" secret={key} onClose={() => setKey(undefined)} />
    </>
  );
}
