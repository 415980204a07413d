'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { SearchIcon } from 'lucide-react';
import { parseAsBoolean, parseAsString, useQueryStates } from 'nuqs';
import { useEffect, useState } from 'react';
import {
  DashboardMembersDocument,
  DashboardTierOptionsDocument,
  type DashboardMembersQuery,
} from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Switch } from '@/components/ui/switch';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { MEMBERS_PAGE, membersFilter } from './constants';

type MemberRow = DashboardMembersQuery['members']['edges'][number]['node'];
const column = createColumnHelper<MemberRow>();

export function MembersList() {
  const session = useSession();
  const [filters, setFilters] = useQueryStates(
    { q: parseAsString.withDefault(''), tier: parseAsString, flagged: parseAsBoolean.withDefault(false) },
    { history: 'replace' },
  );
  const cursor = useCursorPage('', MEMBERS_PAGE);
  const [search, setSearch] = useState(filters.q);
  // the URL follows the search box after a pause in typing
  useEffect(() => {
    const t = setTimeout(() => {
      if (search.trim() !== filters.q) {
        void setFilters({ q: search.trim() || null });
        cursor.reset();
      }
    }, 300);
    return () => clearTimeout(t);
  }, [search]);

  const tiers = useGqlQuery(DashboardTierOptionsDocument, {}, { staleTime: 300_000 });
  const members = useGqlQuery(
    DashboardMembersDocument,
    {
      ...cursor.variables,
      filter: membersFilter(filters),
    },
    { keepPrevious: true },
  );

  const columns = [
    column.display({
      id: 'member',
      header: 'Member',
      cell: ({ row: { original: m } }) => (
        <Link href={`/members/${encodeURIComponent(m.id)}`} className="group block min-w-0 rounded-sm">
          <span className="block truncate font-medium text-primary group-hover:underline">
            {session.personalData ? (m.name ?? m.externalId) : m.externalId}
          </span>
          {session.personalData ? (
            <span className="block truncate text-xs text-muted-foreground">{m.email ?? 'no email'}</span>
          ) : null}
        </Link>
      ),
    }),
    column.accessor('externalId', {
      header: 'External id',
      cell: (c) => <code className="text-xs">{c.getValue()}</code>,
    }),
    column.accessor((m) => m.tier.name, { id: 'tier', header: 'Tier' }),
    column.accessor((m) => m.balance.available, {
      id: 'available',
      header: 'Available',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.accessor((m) => m.balance.pending, {
      id: 'pending',
      header: 'Pending',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: ({ row: { original: m } }) => (
        <div className="flex flex-wrap gap-1">
          <Badge variant={m.status === 'ACTIVE' ? 'success' : 'secondary'}>{m.status.toLowerCase()}</Badge>
          {m.flaggedForReview ? <Badge variant="warning">review</Badge> : null}
        </div>
      ),
    }),
    column.accessor('enrolledAt', {
      header: 'Enrolled',
      meta: { className: 'hidden md:table-cell whitespace-nowrap' },
      cell: (c) => session.date(c.getValue()),
    }),
  ];

  const filtered = !!(filters.q || filters.tier || filters.flagged);
  return (
    <>
      <PageHeader
        title="Members"
        description={
          session.personalData
            ? 'Find a member by email, name or external id; open one for balances, lots, tier progress and ledger.'
            : 'Find a member by external id. Your role sees no personal data (email, name, birthday).'
        }
      />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <div className="grid min-w-64 flex-1 gap-1.5">
          <Label htmlFor="member-search">Search</Label>
          <div className="relative">
            <SearchIcon
              aria-hidden
              className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-muted-foreground"
            />
            <Input
              id="member-search"
              type="search"
              className="pl-8"
              placeholder={session.personalData ? 'Email, name or external id' : 'External id'}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
        </div>
        <div className="grid w-44 gap-1.5">
          <Label htmlFor="tier-filter">Tier</Label>
          <Select
            value={filters.tier ?? 'all'}
            onValueChange={(v) => {
              void setFilters({ tier: v === 'all' ? null : v });
              cursor.reset();
            }}
          >
            <SelectTrigger id="tier-filter">
              <SelectValue placeholder="All tiers" />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="all">All tiers</SelectItem>
              {(tiers.data?.tiers ?? [])
                .slice()
                .sort((a, b) => a.rank - b.rank)
                .map((t) => (
                  <SelectItem key={t.id} value={t.id}>
                    {t.name}
                  </SelectItem>
                ))}
            </SelectContent>
          </Select>
        </div>
        <div className="flex h-9 items-center gap-2">
          <Switch
            id="flagged-filter"
            checked={filters.flagged}
            onCheckedChange={(v) => {
              void setFilters({ flagged: v || null });
              cursor.reset();
            }}
          />
          <Label htmlFor="flagged-filter">Flagged for review</Label>
        </div>
      </div>
      <DataTable
        label="Members"
        columns={columns}
        rows={members.data?.members.edges.map((e) => e.node)}
        rowKey={(m) => m.id}
        isPending={members.isPending}
        fetching={members.isFetching && !members.isPending}
        error={members.error}
        onRetry={() => void members.refetch()}
        page={cursor.pager(members.data?.members)}
        empty={
          <EmptyState title={filtered ? 'No member matches' : 'No members yet'}>
            {filtered
              ? 'Try another search, or clear the tier and review filters.'
              : 'Members appear here once an integration enrols them.'}
          </EmptyState>
        }
      />
    </>
  );
}
