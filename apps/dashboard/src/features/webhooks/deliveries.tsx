'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { RotateCcwIcon } from 'lucide-react';
import { parseAsString, useQueryStates } from 'nuqs';
import { useState } from 'react';
import { toast } from 'sonner';
import {
  DashboardReplayWebhookDocument,
  DashboardWebhookDeliveriesDocument,
  type DashboardWebhookDeliveriesQuery,
  type DashboardWebhookEndpointsQuery,
} from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { zonedToUtc } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';

type Delivery = DashboardWebhookDeliveriesQuery['webhookDeliveries']['edges'][number]['node'];
type Endpoint = DashboardWebhookEndpointsQuery['webhookEndpoints'][number];
const column = createColumnHelper<Delivery>();
const STATUS_VARIANT = { SUCCEEDED: 'success', FAILED: 'destructive', PENDING: 'warning' } as const;

export function Deliveries({ endpoints }: { endpoints: Endpoint[] }) {
  const session = useSession();
  const [filters, setFilters] = useQueryStates(
    { endpoint: parseAsString, status: parseAsString },
    { history: 'replace' },
  );
  const cursor = useCursorPage('d_', 25);
  const deliveries = useGqlQuery(
    DashboardWebhookDeliveriesDocument,
    { ...cursor.variables, endpointId: filters.endpoint ?? undefined, status: filters.status ?? undefined },
    { keepPrevious: true, refetchInterval: 15_000 },
  );
  const replay = useGqlMutation(DashboardReplayWebhookDocument, {
    select: (d) => requireNoUserErrors(d.replayWebhook),
    invalidates: [DashboardWebhookDeliveriesDocument],
  });
  const urlOf = new Map(endpoints.map((e) => [e.id, e.url]));
  const writer = session.can('webhooks:write');
  const columns = [
    column.accessor('createdAt', {
      header: 'Created',
      meta: { className: 'whitespace-nowrap' },
      cell: (c) => session.dateTime(c.getValue()),
    }),
    column.accessor('eventType', {
      header: 'Event',
      cell: (c) => <code className="text-xs">{c.getValue()}</code>,
    }),
    column.accessor('endpointId', {
      header: 'Endpoint',
      meta: { className: 'hidden lg:table-cell max-w-56' },
      cell: (c) => (
        <span className="block truncate font-mono text-xs">{urlOf.get(c.getValue()) ?? c.getValue()}</span>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row: { original: d } }) => (
        <div>
          <Badge variant={STATUS_VARIANT[d.status as keyof typeof STATUS_VARIANT] ?? 'secondary'}>
            {d.status.toLowerCase()}
          </Badge>
          <div className="mt-0.5 text-xs text-muted-foreground">
            {d.attempts} attempt{d.attempts === 1 ? '' : 's'}
            {d.responseStatus ? ` · HTTP ${d.responseStatus}` : ''}
          </div>
        </div>
      ),
    }),
    column.display({
      id: 'detail',
      header: 'Detail',
      cell: ({ row: { original: d } }) => (
        <span className="text-xs text-muted-foreground">
          {d.lastError ? <span className="text-destructive">{d.lastError}</span> : null}
          {d.status === 'PENDING' && d.nextAttemptAt ? ` next try ${session.dateTime(d.nextAttemptAt)}` : ''}
          {d.deliveredAt ? `delivered ${session.dateTime(d.deliveredAt)}` : ''}
        </span>
      ),
    }),
    ...(writer
      ? [
          column.display({
            id: 'replay',
            header: () => <span className="sr-only">Replay</span>,
            meta: { className: 'text-right' },
            cell: ({ row: { original: d } }) => (
              <Button
                variant="outline"
                size="sm"
                disabled={replay.isPending}
                aria-label={`Replay ${d.eventType} delivery`}
                onClick={() =>
                  replay.mutate(
                    { input: { deliveryId: d.id } },
                    {
                      onSuccess: () =>
                        toast.success('Queued again', {
                          description: 'A new delivery of the same event was created.',
                        }),
                      onError: (e) => toast.error('Not replayed', { description: errorMessage(e) }),
                    },
                  )
                }
              >
                <RotateCcwIcon aria-hidden /> Replay
              </Button>
            ),
          }),
        ]
      : []),
  ];
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid w-72 gap-1.5">
          <Label htmlFor="delivery-endpoint">Endpoint</Label>
          <Select
            value={filters.endpoint ?? 'all'}
            onValueChange={(v) => {
              void setFilters({ endpoint: v === 'all' ? null : v });
              cursor.reset();
            }}
          >
            <SelectTrigger id="delivery-endpoint">
              <SelectValue placeholder="Every endpoint" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">Every endpoint</SelectItem>
              {endpoints.map((e) => (
                <SelectItem key={e.id} value={e.id}>
                  {e.url}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid w-44 gap-1.5">
          <Label htmlFor="delivery-status">Status</Label>
          <Select
            value={filters.status ?? 'all'}
            onValueChange={(v) => {
              void setFilters({ status: v === 'all' ? null : v });
              cursor.reset();
            }}
          >
            <SelectTrigger id="delivery-status">
              <SelectValue placeholder="Any status" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">Any status</SelectItem>
              <SelectItem value="PENDING">Pending</SelectItem>
              <SelectItem value="SUCCEEDED">Succeeded</SelectItem>
              <SelectItem value="FAILED">Failed</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>
      <DataTable
        label="Webhook deliveries"
        columns={columns}
        rows={deliveries.data?.webhookDeliveries.edges.map((e) => e.node)}
        rowKey={(d) => d.id}
        isPending={deliveries.isPending}
        fetching={deliveries.isFetching && !deliveries.isPending}
        error={deliveries.error}
        onRetry={() => void deliveries.refetch()}
        page={cursor.pager(deliveries.data?.webhookDeliveries)}
        empty={
          <EmptyState title="No deliveries">
            Deliveries appear as events are sent to the endpoints.
          </EmptyState>
        }
      />
      {writer && endpoints.length ? <ReplaySince endpoints={endpoints} /> : null}
    </div>
  );
}

/** Sends every event since a time (entered in the program's time zone) to one endpoint again. */
function ReplaySince({ endpoints }: { endpoints: Endpoint[] }) {
  const session = useSession();
  const [endpoint, setEndpoint] = useState(endpoints[0]?.id ?? '');
  const [since, setSince] = useState('');
  const [error, setError] = useState<string>();
  const replay = useGqlMutation(DashboardReplayWebhookDocument, {
    select: (d) => requireNoUserErrors(d.replayWebhook),
    invalidates: [DashboardWebhookDeliveriesDocument],
  });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!since) return setError('Choose a date and time');
    setError(undefined);
    const at = zonedToUtc(since, session.program.timezone);
    replay.mutate(
      { input: { endpointId: endpoint, since: at.toISOString() } },
      {
        onSuccess: (p) => toast.success(`${p.deliveries?.length ?? 0} deliveries queued again`),
        onError: (err) => toast.error('Not replayed', { description: errorMessage(err) }),
      },
    );
  };
  return (
    <form
      onSubmit={submit}
      className="grid gap-3 rounded-lg border bg-card p-4"
      aria-label="Replay events since"
      noValidate
    >
      <p className="text-sm font-medium">Replay every event since a time</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid w-72 gap-1.5">
          <Label htmlFor="replay-endpoint">Endpoint</Label>
          <Select value={endpoint} onValueChange={setEndpoint}>
            <SelectTrigger id="replay-endpoint">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {endpoints.map((e) => (
                <SelectItem key={e.id} value={e.id}>
                  {e.url}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="replay-since">Since ({session.zoneLabel})</Label>
          <Input
            id="replay-since"
            type="datetime-local"
            value={since}
            onChange={(e) => setSince(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={error ? 'replay-since-error' : undefined}
          />
        </div>
        <Button type="submit" variant="outline" disabled={replay.isPending}>
          Replay
        </Button>
      </div>
      {error ? (
        <p id="replay-since-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}
