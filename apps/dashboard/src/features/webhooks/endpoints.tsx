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
  DashboardUpdateWebhookEndpointDocument,
  DashboardWebhookEndpointsDocument,
  type DashboardWebhookEndpointsQuery,
} from '@accrue/sdk/src/generated/graphql';
import { SecretReveal } from '@/components/secret-reveal';
import { EmptyState, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Switch } from '@/components/ui/switch';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';

export const WEBHOOK_EVENTS = [
  'points.earned',
  'points.redeemed',
  'points.expiring',
  'points.expired',
  'tier.changed',
  'campaign.budget_exhausted',
  'alert.raised',
];

type Endpoint = DashboardWebhookEndpointsQuery['webhookEndpoints'][number];

export function EndpointsTable({ endpoints }: { endpoints: Endpoint[] }) {
  const session = useSession();
  const update = useGqlMutation(DashboardUpdateWebhookEndpointDocument, {
    select: (d) => requireNoUserErrors(d.updateWebhookEndpoint),
    invalidates: [DashboardWebhookEndpointsDocument, DashboardAuditLogDocument],
  });
  const [secret, setSecret] = useState<string>();
  if (!endpoints.length)
    return (
      <EmptyState title="No endpoints">
        {session.can('webhooks:write') ? 'Add one to receive events as they happen.' : 'An administrator adds them.'}
      </EmptyState>
    );
  return (
    <div className="rounded-lg border">
      <Table aria-label="Webhook endpoints">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Receiver</TableHead>
            <TableHead>Events</TableHead>
            <TableHead>Active</TableHead>
            {session.can('webhooks:write') ? <TableHead className="text-right">Secret</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {endpoints.map((e) => (
            <TableRow key={e.id}>
              <TableCell className="max-w-80">
                <div className="truncate font-mono text-xs" title={e.url}>
                  {e.url}
                </div>
                <div className="text-xs text-muted-foreground">
                  {e.description ? `${e.description} · ` : ''}since {session.date(e.createdAt)}
                </div>
              </TableCell>
              <TableCell>
                <div className="flex max-w-72 flex-wrap gap-1">
                  {e.events.map((ev) => (
                    <Badge key={ev} variant="outline" className="font-mono">
                      {ev === '*' ? 'every event' : ev}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell>
                {session.can('webhooks:write') ? (
                  <Switch
                    checked={e.active}
                    aria-label={`${e.active ? 'Pause' : 'Resume'} deliveries to ${e.url}`}
                    disabled={update.isPending}
                    onCheckedChange={(active) =>
                      update.mutate(
                        { input: { id: e.id, active } },
                        {
                          onSuccess: () => toast.success(active ? 'Endpoint resumed' : 'Endpoint paused'),
                          onError: (err) => toast.error('Not changed', { description: errorMessage(err) }),
                        },
                      )
                    }
                  />
                ) : (
                  <Badge variant={e.active ? 'success' : 'secondary'}>{e.active ? 'active' : 'paused'}</Badge>
                )}
              </TableCell>
              {session.can('webhooks:write') ? (
                <TableCell className="text-right">
                  <Button
                    variant="outline"
                    size="sm"
                    onClick={() =>
                      update.mutate(
                        { input: { id: e.id, rotateSecret: true } },
                        {
                          onSuccess: (p) => setSecret(p.secret ?? undefined),
                          onError: (err) => toast.error('Not rotated', { description: errorMessage(err) }),
                        },
                      )
                    }
                  >
                    Rotate
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <SecretReveal title="The new signing secret" secret={secret} onClose={() => setSecret(undefined)} />
    </div>
  );
}

const schema = z.object({
  url: z.url({ message: 'A full URL, e.g. https://shop.example.com/hooks/accrue' }).max(2000),
  description: z.string().trim().max(200, { message: 'At most 200 characters' }),
  events: z.array(z.string()).min(1, { message: 'Choose at least one event' }),
});
type Values = z.infer<typeof schema>;

export function CreateEndpointDialog() {
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string>();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { url: '', description: '', events: ['*'] } });
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
            for (const e of error.userErrors) if (e.field?.[1] === 'url') form.setError('url', { message: e.message });
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
            <DialogDescription>Each delivery is signed with the endpoint&apos;s secret (HMAC-SHA256).</DialogDescription>
          </DialogHeader>
          <Form {...form}>
            <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="grid gap-4" aria-label="New webhook endpoint">
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
                              const rest = field.value.filter((x) => x !== ev && (ev === '*' ? false : x !== '*'));
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
      <SecretReveal title="The endpoint's signing secret" secret={secret} onClose={() => setSecret(undefined)} />
    </>
  );
}
