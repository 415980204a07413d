'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import {
  DashboardAuditLogDocument,
  DashboardUpdateWebhookEndpointDocument,
  DashboardWebhookEndpointsDocument,
  type DashboardWebhookEndpointsQuery,
} from '@accrue/sdk/src/generated/graphql';
import { SecretReveal } from '@/components/secret-reveal';
import { EmptyState, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Switch } from '@/components/ui/switch';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation } from '@/lib/use-gql';

/** The event types an endpoint may subscribe to: apps/api/src/webhooks/events.ts (WEBHOOK_EVENT_TYPES). */
export const WEBHOOK_EVENTS = [
  'points.earned',
  'points.redeemed',
  'points.redemption_cancelled',
  'points.reversed',
  'points.expiring',
  'points.expired',
  'tier.changed',
  'member.enrolled',
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
        {session.can('webhooks:write')
          ? 'Add one to receive events as they happen.'
          : 'An administrator adds them.'}
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
