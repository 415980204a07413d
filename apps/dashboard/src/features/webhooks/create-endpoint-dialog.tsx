'use client';

import { PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAuditLogDocument,
  DashboardCreateWebhookEndpointDocument,
  DashboardWebhookEndpointsDocument,
} from '@accrue/sdk/src/generated/graphql';
import { FormDialog, TextField } from '@/components/form-dialog';
import { SecretReveal } from '@/components/secret-reveal';
import { Button } from '@/components/ui/button';
import { FormDescription, FormField, FormItem, FormMessage } from '@/components/ui/form';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { WEBHOOK_EVENTS } from './endpoints';

const schema = z.object({
  url: z.url({ message: 'A full URL, e.g. https://shop.example.com/hooks/accrue' }).max(2000),
  description: z.string().trim().max(200, { message: 'At most 200 characters' }),
  events: z.array(z.string()).min(1, { message: 'Choose at least one event' }),
});

export function CreateEndpointDialog() {
  const [secret, setSecret] = useState<string>();
  const create = useGqlMutation(DashboardCreateWebhookEndpointDocument, {
    select: (d) => requireNoUserErrors(d.createWebhookEndpoint),
    invalidates: [DashboardWebhookEndpointsDocument, DashboardAuditLogDocument],
  });
  return (
    <>
      <FormDialog
        title="New webhook endpoint"
        description="Each delivery is signed with the endpoint's secret (HMAC-SHA256)."
        trigger={
          <Button>
            <PlusIcon aria-hidden /> New endpoint
          </Button>
        }
        schema={schema}
        defaultValues={{ url: '', description: '', events: ['*'] }}
        mutation={create}
        toVariables={(v) => ({
          input: { url: v.url, description: v.description || undefined, events: v.events },
        })}
        submitLabel="Add endpoint"
        pendingLabel="Adding…"
        failure="The endpoint was not added"
        onSuccess={(p) => {
          setSecret(p.secret ?? undefined);
          toast.success('Endpoint added');
        }}
      >
        {(form) => (
          <>
            <TextField control={form.control} name="url" label="URL" type="url" placeholder="https://" />
            <TextField control={form.control} name="description" label="Description" placeholder="optional" />
            <FormField
              control={form.control}
              name="events"
              render={({ field }) => (
                <FormItem>
                  <p className="text-sm font-medium" id="events-label">
                    Events
                  </p>
                  <FormDescription>Every event, or only some.</FormDescription>
                  <div className="grid gap-2 sm:grid-cols-2" role="group" aria-labelledby="events-label">
                    {['*', ...WEBHOOK_EVENTS].map((ev) => (
                      <label key={ev} className="flex items-center gap-2 text-sm">
                        <input
                          type="checkbox"
                          className="size-4 accent-[var(--primary)]"
                          checked={field.value.includes(ev)}
                          onChange={(e) => {
                            const rest = field.value.filter(
                              (x) => x !== ev && (ev === '*' ? false : x !== '*'),
                            );
                            field.onChange(e.target.checked ? (ev === '*' ? ['*'] : [...rest, ev]) : rest);
                          }}
                        />
                        {ev === '*' ? 'Every event' : <code className="text-xs">{ev}</code>}
                      </label>
                    ))}
                  </div>
                  <FormMessage />
                </FormItem>
              )}
            />
          </>
        )}
      </FormDialog>
      <SecretReveal
        title="The endpoint's signing secret"
        secret={secret}
        onClose={() => setSecret(undefined)}
      />
    </>
  );
}
