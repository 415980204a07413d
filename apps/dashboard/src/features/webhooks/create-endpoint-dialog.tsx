'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { z } from 'zod';
import {
  DashboardAuditLogDocument,
  DashboardCreateWebhookEndpointDocument,
  DashboardWebhookEndpointsDocument,
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
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';
import { WEBHOOK_EVENTS } from './endpoints';

const schema = z.object({
  url: z.url({ message: 'A full URL, e.g. https://shop.example.com/hooks/accrue' }).max(2000),
  description: z.string().trim().max(200, { message: 'At most 200 characters' }),
  events: z.array(z.string()).min(1, { message: 'Choose at least one event' }),
});
type Values = z.infer<typeof schema>;

export function CreateEndpointDialog() {
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string>();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { url: '', description: '', events: ['*'] },
  });
  const create = useGqlMutation(DashboardCreateWebhookEndpointDocument, {
    select: (d) => requireNoUserErrors(d.createWebhookEndpoint),
    invalidates: [DashboardWebhookEndpointsDocument, DashboardAuditLogDocument],
  });
  const onSubmit = (v: Values) =>
    create.mutate(
      { input: { url: v.url, description: v.description || undefined, events: v.events } },
      {
        onSuccess: (p) => {
          setOpen(false);
          form.reset();
          setSecret(p.secret ?? undefined);
          toast.success('Endpoint added');
        },
        onError: (error) => {
          if (error instanceof UserErrorsError)
            for (const e of error.userErrors)
              if (e.field?.[1] === 'url') form.setError('url', { message: e.message });
          toast.error('The endpoint was not added', { description: errorMessage(error) });
        },
      },
    );
  return (
    <>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button>
            <PlusIcon aria-hidden /> New endpoint
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>New webhook endpoint</DialogTitle>
            <DialogDescription>
              Each delivery is signed with the endpoint&apos;s secret (HMAC-SHA256).
            </DialogDescription>
          </DialogHeader>
          <Form {...form}>
            <form
              onSubmit={form.handleSubmit(onSubmit)}
              noValidate
              className="grid gap-4"
              aria-label="New webhook endpoint"
            >
              <FormField
                control={form.control}
                name="url"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>URL</FormLabel>
                    <FormControl>
                      <Input type="url" placeholder="https://" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
              <FormField
                control={form.control}
                name="description"
                render={({ field }) => (
                  <FormItem>
                    <FormLabel>Description</FormLabel>
                    <FormControl>
                      <Input placeholder="optional" {...field} />
                    </FormControl>
                    <FormMessage />
                  </FormItem>
                )}
              />
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
              <DialogFooter>
                <Button type="button" variant="outline" onClick={() => setOpen(false)}>
                  Cancel
                </Button>
                <Button type="submit" disabled={create.isPending}>
                  {create.isPending ? 'Adding…' : 'Add endpoint'}
                </Button>
              </DialogFooter>
            </form>
          </Form>
        </DialogContent>
      </Dialog>
      <SecretReveal
        title="The endpoint's signing secret"
        secret={secret}
        onClose={() => setSecret(undefined)}
      />
    </>
  );
}
