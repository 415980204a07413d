'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { parseAsString, useQueryStates } from 'nuqs';
import { DashboardAuditLogDocument, type DashboardAuditLogQuery } from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, Forbidden, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { useGqlQuery } from '@/lib/use-gql';
import { AuditDiff } from './audit-diff';

type Entry = DashboardAuditLogQuery['auditLog']['edges'][number]['node'];
const column = createColumnHelper<Entry>();

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

function AuditLog() {
  const session = useSession();
  const [filters, setFilters] = useQueryStates(
    { q: parseAsString.withDefault(''), action: parseAsString },
    { history: 'replace' },
  );
  const cursor = useCursorPage('', 100);
  const log = useGqlQuery(DashboardAuditLogDocument, cursor.variables, { keepPrevious: true });
  const entries = log.data?.auditLog.edges.map((e) => e.node);
  const actions = [...new Set((entries ?? []).map((e) => e.action))].sort();
  const needle = filters.q.trim().toLowerCase();
  const shown = entries?.filter(
    (e) =>
      (!filters.action || e.action === filters.action) &&
      (!needle ||
        [e.actor, e.action, e.target, e.before ?? '', e.after ?? ''].some((s) =>
          s.toLowerCase().includes(needle),
        )),
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
      cell: (c) => (
        <Badge variant="outline" className="font-mono">
          {c.getValue()}
        </Badge>
      ),
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
        description={`Every staff and key change to settings, tiers, rewards, members, balances, staff, keys and webhooks: who, what, when, before and after. Newest first; times in ${session.program.timezone}.`}
      />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <div className="grid min-w-64 flex-1 gap-1.5">
          <Label htmlFor="audit-search">Filter</Label>
          <Input
            id="audit-search"
            type="search"
            placeholder="Who, target or any value"
            value={filters.q}
            onChange={(e) => void setFilters({ q: e.target.value || null })}
          />
        </div>
        <div className="grid w-56 gap-1.5">
          <Label htmlFor="audit-action">Action</Label>
          <Select
            value={filters.action ?? 'all'}
            onValueChange={(v) => void setFilters({ action: v === 'all' ? null : v })}
          >
            <SelectTrigger id="audit-action">
              <SelectValue placeholder="Every action" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">Every action</SelectItem>
              {(filters.action && !actions.includes(filters.action)
                ? [filters.action, ...actions]
                : actions
              ).map((a) => (
                <SelectItem key={a} value={a}>
                  {a}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>
      <p className="mb-3 text-xs text-muted-foreground">
        Filters apply to the 100 entries of this page; Next reaches older ones.
      </p>
      <DataTable
        label="Audit log"
        columns={columns}
        rows={shown}
        rowKey={(e) => e.id}
        isPending={log.isPending}
        fetching={log.isFetching && !log.isPending}
        error={log.error}
        onRetry={() => void log.refetch()}
        page={cursor.pager(log.data?.auditLog)}
        empty={
          <EmptyState title={entries?.length ? 'No entry on this page matches' : 'Nothing audited yet'}>
            {entries?.length
              ? 'Clear the filter, or look at older entries.'
              : 'Staff changes appear here as they are made.'}
          </EmptyState>
        }
      />
    </>
  );
}
