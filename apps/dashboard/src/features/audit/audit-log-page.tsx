'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { parseAsString, useQueryStates } from 'nuqs';
import {
  DashboardAuditLogDocument,
  DashboardAuditLogFacetsDocument,
  type DashboardAuditLogQuery,
} from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, Forbidden, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { useGqlQuery } from '@/lib/use-gql';
import { AuditDiff } from './audit-diff';

type Entry = DashboardAuditLogQuery['auditLog']['edges'][number]['node'];
const column = createColumnHelper<Entry>();
const AUDIT_PAGE = 50;

export function AuditLogPage() {
  const session = useSession();
  if (!session.can('audit:read'))
    return (
      <>
        <PageHeader title="Audit log" />
        <Forbidden what="the audit log" who="Finance and Admin" />
      </>
    );
  return <AuditLog />;
}

/** "reward.update" → "Reward: update"; "apikey.create" → "API key: create" */
const KIND_LABEL: Record<string, string> = {
  apikey: 'API key',
  alertThresholds: 'Alert thresholds',
  'paid-extension': 'Paid extension',
};
const kindLabel = (kind: string) => KIND_LABEL[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
export function actionLabel(action: string) {
  const [kind, ...verb] = action.split('.');
  return verb.length ? `${kindLabel(kind)}: ${verb.join(' ').replace(/_/g, ' ')}` : kindLabel(kind);
}
const ALL = 'all';

function AuditLog() {
  const session = useSession();
  const [filters, setFilters] = useQueryStates(
    {
      actor: parseAsString,
      kind: parseAsString,
      action: parseAsString,
      entity: parseAsString.withDefault(''),
      from: parseAsString,
      to: parseAsString,
    },
    { history: 'replace' },
  );
  const cursor = useCursorPage('', AUDIT_PAGE);
  // a new filter starts from the newest entry
  const setFilter = (patch: Partial<Record<keyof typeof filters, string | null>>) => {
    cursor.reset();
    void setFilters(patch);
  };
  const filter = {
    actor: filters.actor ?? undefined,
    entityType: filters.kind ?? undefined,
    action: filters.action ?? undefined,
    entityId: filters.entity.trim() || undefined,
    fromDay: filters.from ?? undefined,
    toDay: filters.to ?? undefined,
  };
  const log = useGqlQuery(DashboardAuditLogDocument, { ...cursor.variables, filter }, { keepPrevious: true });
  const facets = useGqlQuery(DashboardAuditLogFacetsDocument, {});
  const actions = (facets.data?.auditLogFacets.actions ?? []).filter(
    (a) => !filters.kind || a.startsWith(`${filters.kind}.`),
  );
  const kinds = [...new Set((facets.data?.auditLogFacets.actions ?? []).map((a) => a.split('.')[0]))].sort();
  const entries = log.data?.auditLog.edges.map((e) => e.node);
  const filtered = Object.values(filter).some(Boolean);
  const choice = (
    id: string,
    label: string,
    value: string | null,
    options: string[],
    every: string,
    show: (v: string) => string,
    onChange: (v: string | null) => void,
  ) => (
    <div className="grid w-52 gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select value={value ?? ALL} onValueChange={(v) => onChange(v === ALL ? null : v)}>
        <SelectTrigger id={id}>
          <SelectValue placeholder={every} />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ALL}>{every}</SelectItem>
          {(value && !options.includes(value) ? [value, ...options] : options).map((o) => (
            <SelectItem key={o} value={o}>
              {show(o)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
  const columns = [
    column.accessor('at', {
      header: 'When',
      meta: { className: 'whitespace-nowrap', cellClassName: 'align-top' },
      cell: (c) => session.dateTime(c.getValue()),
    }),
    column.accessor('actor', {
      header: 'Who',
      meta: { cellClassName: 'align-top' },
      cell: (c) => <span className="break-all">{c.getValue()}</span>,
    }),
    column.accessor('action', {
      header: 'What',
      meta: { cellClassName: 'align-top' },
      cell: (c) => <Badge variant="outline">{actionLabel(c.getValue())}</Badge>,
    }),
    column.accessor('target', {
      header: 'Target',
      meta: { cellClassName: 'align-top' },
      cell: (c) => {
        const target = c.getValue();
        const member = target.startsWith('member:') ? target.slice('member:'.length) : undefined;
        return member ? (
          <Link
            href={`/members/${encodeURIComponent(member)}`}
            className="text-xs break-all text-primary hover:underline"
          >
            <code>{target}</code>
          </Link>
        ) : (
          <code className="text-xs break-all">{target}</code>
        );
      },
    }),
    column.display({
      id: 'change',
      header: 'Before → after',
      meta: { className: 'min-w-56', cellClassName: 'align-top' },
      cell: ({ row: { original: e } }) => <AuditDiff before={e.before} after={e.after} />,
    }),
  ];
  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Every staff and key change to settings, tiers, rewards, members, balances, staff, keys and webhooks: who, what, when, before and after. Newest first; dates and times in ${session.program.timezone}.`}
      />
      <div className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter the audit log">
        {choice(
          'audit-actor',
          'Who',
          filters.actor,
          facets.data?.auditLogFacets.actors ?? [],
          'Everyone',
          (a) => a,
          (v) => setFilter({ actor: v }),
        )}
        {choice('audit-kind', 'Kind of change', filters.kind, kinds, 'Every kind', kindLabel, (v) =>
          setFilter({ kind: v, action: null }),
        )}
        {choice('audit-action', 'Action', filters.action, actions, 'Every action', actionLabel, (v) =>
          setFilter({ action: v }),
        )}
        <div className="grid w-56 gap-1.5">
          <Label htmlFor="audit-entity">Record id</Label>
          <Input
            id="audit-entity"
            type="search"
            placeholder="e.g. a member or reward id"
            value={filters.entity}
            onChange={(e) => setFilter({ entity: e.target.value || null })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-from">From ({session.program.timezone})</Label>
          <Input
            id="audit-from"
            type="date"
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            onChange={(e) => setFilter({ from: e.target.value || null })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-to">To, inclusive</Label>
          <Input
            id="audit-to"
            type="date"
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            onChange={(e) => setFilter({ to: e.target.value || null })}
          />
        </div>
        {filtered ? (
          <Button
            variant="ghost"
            onClick={() =>
              setFilter({ actor: null, kind: null, action: null, entity: null, from: null, to: null })
            }
          >
            Clear filters
          </Button>
        ) : null}
      </div>
      <DataTable
        label="Audit log"
        columns={columns}
        rows={entries}
        rowKey={(e) => e.id}
        isPending={log.isPending}
        fetching={log.isFetching && !log.isPending}
        error={log.error}
        onRetry={() => void log.refetch()}
        page={cursor.pager(log.data?.auditLog)}
        empty={
          <EmptyState title={filtered ? 'No entry matches these filters' : 'Nothing audited yet'}>
            {filtered ? 'Widen the dates or clear a filter.' : 'Staff changes appear here as they are made.'}
          </EmptyState>
        }
      />
    </>
  );
}
