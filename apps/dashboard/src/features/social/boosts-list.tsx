'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { BoostsDocument, type BoostFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { boostFigures } from './figures';
import { boostStatus } from './labels';
import { MemberCell } from './member-cell';
import { StatusBadge } from './social-detail';
import { useRewardName } from './reward-name';

type Boost = BoostFieldsFragment;
const column = createColumnHelper<Boost>();

export function BoostsList() {
  const session = useSession();
  const rewardName = useRewardName();
  const cursor = useCursorPage('', 25);
  const boosts = useGqlQuery(BoostsDocument, cursor.variables, { keepPrevious: true });
  const columns = [
    column.accessor('rewardId', {
      header: 'Reward',
      cell: (c) => (
        <Link
          href={`/boosts/${encodeURIComponent(c.row.original.id)}`}
          className="font-medium underline-offset-4 hover:underline"
        >
          {rewardName(c.getValue())}
          <span className="sr-only">, boost requested {session.dateTime(c.row.original.createdAt)}</span>
        </Link>
      ),
    }),
    column.accessor('requesterId', {
      header: 'Requester',
      cell: (c) => <MemberCell id={c.getValue()} member={c.row.original.requester} label="requester" />,
    }),
    column.accessor('targetPoints', {
      header: 'Target',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => `${formatNumber(c.getValue())} pts`,
    }),
    column.accessor('collectedPoints', {
      header: 'Collected',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => `${formatNumber(c.getValue())} pts`,
    }),
    column.display({
      id: 'contributors',
      header: 'Contributors',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(boostFigures(c.row.original).contributors),
    }),
    column.accessor('expiresAt', { header: 'Expires', cell: (c) => session.dateTime(c.getValue()) }),
    column.accessor('status', {
      header: 'Status',
      cell: (c) => <StatusBadge status={boostStatus(c.getValue())} />,
    }),
  ];
  const connection = boosts.data?.boosts;
  return (
    <>
      <PageHeader
        title="Boosts"
        description={`A member asks friends to boost a reward: each friend chips in a few points, once. Reaching the reward’s points cost redeems it for the member; a request that expires first returns every contribution. Times in ${session.zoneLabel}.`}
      />
      <DataTable
        label="Boost requests"
        columns={columns}
        rows={connection?.edges.map((e) => e.node)}
        rowKey={(r) => r.id}
        isPending={boosts.isPending}
        fetching={boosts.isFetching && !boosts.isPending}
        error={boosts.error}
        onRetry={() => void boosts.refetch()}
        page={cursor.pager(connection)}
        empty={
          <EmptyState title="No boost requests yet">
            Members ask for boosts from the storefront; they show here as soon as one is requested.
          </EmptyState>
        }
      />
    </>
  );
}
