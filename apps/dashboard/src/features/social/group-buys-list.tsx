'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { GroupBuysDocument, type GroupBuyFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { groupStatus } from './labels';
import { groupFigures } from './figures';
import { StatusBadge } from './social-detail';

type Group = GroupBuyFieldsFragment;
const column = createColumnHelper<Group>();

export function GroupBuysList() {
  const session = useSession();
  const cursor = useCursorPage('', 25);
  const groups = useGqlQuery(GroupBuysDocument, cursor.variables, { keepPrevious: true });
  const columns = [
    column.accessor('productName', {
      header: 'Product',
      cell: (c) => (
        <Link
          href={`/group-buys/${encodeURIComponent(c.row.original.id)}`}
          className="font-medium underline-offset-4 hover:underline"
        >
          {c.getValue()}
          <span className="sr-only">, group {c.row.original.code}</span>
        </Link>
      ),
    }),
    column.accessor('priceMinor', {
      header: 'Price',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => session.money(c.getValue()),
    }),
    column.display({
      id: 'seats',
      header: 'Seats filled',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) =>
        `${formatNumber(c.row.original.participants.length)} of ${formatNumber(c.row.original.size)}`,
    }),
    column.accessor('deadline', { header: 'Deadline', cell: (c) => session.dateTime(c.getValue()) }),
    column.accessor('status', {
      header: 'Status',
      cell: (c) => <StatusBadge status={groupStatus(c.getValue())} />,
    }),
    column.display({
      id: 'bonus',
      header: 'Bonus issued',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => `${formatNumber(groupFigures(c.row.original).bonusIssued)} pts`,
    }),
    column.display({
      id: 'held',
      header: 'Points held',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => `${formatNumber(groupFigures(c.row.original).held)} pts`,
    }),
  ];
  const connection = groups.data?.groupBuys;
  return (
    <>
      <PageHeader
        title="Group buys"
        description={`A member opens a group for a product and friends join with its code. When every seat is taken by the deadline, each participant gets the bonus points; new customers may hold points toward the price, released if the group does not fill. Deadlines in ${session.zoneLabel}.`}
      />
      <DataTable
        label="Group buys"
        columns={columns}
        rows={connection?.edges.map((e) => e.node)}
        rowKey={(r) => r.id}
        isPending={groups.isPending}
        fetching={groups.isFetching && !groups.isPending}
        error={groups.error}
        onRetry={() => void groups.refetch()}
        page={cursor.pager(connection)}
        empty={
          <EmptyState title="No group buys yet">
            Members open them from the storefront; they show here as soon as one is opened.
          </EmptyState>
        }
      />
    </>
  );
}
