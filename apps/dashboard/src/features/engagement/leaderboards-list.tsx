'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { PlusIcon } from 'lucide-react';
import { LeaderboardsDocument, type LeaderboardFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { LEADERBOARD_PERIOD_LABEL } from './labels';

const CreateLeaderboardDialog = dynamic(
  () => import('./create-leaderboard-dialog').then((m) => m.CreateLeaderboardDialog),
  {
    loading: () => (
      <Button disabled>
        <PlusIcon aria-hidden /> New leaderboard
      </Button>
    ),
  },
);

type Board = LeaderboardFieldsFragment;
const column = createColumnHelper<Board>();

/** "500, 300 and 200 pts" */
export const prizesText = (prizes: readonly number[]) =>
  prizes.length
    ? `${prizes
        .map(formatNumber)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')} pts`
    : 'no prizes';

export function LeaderboardsList() {
  const session = useSession();
  const cursor = useCursorPage('', 25);
  const boards = useGqlQuery(LeaderboardsDocument, cursor.variables, { keepPrevious: true });
  const writer = session.can('engagement:write');
  const columns = [
    column.accessor('name', {
      header: 'Leaderboard',
      cell: (c) => (
        <Link
          href={`/leaderboards/${encodeURIComponent(c.row.original.id)}`}
          className="font-medium underline-offset-4 hover:underline"
        >
          {c.getValue()}
        </Link>
      ),
    }),
    column.accessor('period', {
      header: 'Period',
      cell: (c) => LEADERBOARD_PERIOD_LABEL[c.getValue()] ?? c.getValue().toLowerCase(),
    }),
    column.accessor('topN', {
      header: 'Ranks awarded',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => `top ${formatNumber(c.getValue())}`,
    }),
    column.accessor('prizePoints', {
      header: 'Prizes by rank',
      cell: (c) => prizesText(c.getValue()),
    }),
    column.accessor('active', {
      header: 'Status',
      cell: (c) => (
        <Badge variant={c.getValue() ? 'success' : 'secondary'}>{c.getValue() ? 'live' : 'inactive'}</Badge>
      ),
    }),
  ];
  const connection = boards.data?.leaderboards;
  return (
    <>
      <PageHeader
        title="Leaderboards"
        description={`Points earned per week (Monday first) or month, live; when a period ends its top ranks get their prize points once. Periods follow ${session.zoneLabel}.`}
        actions={writer ? <CreateLeaderboardDialog /> : null}
      />
      <DataTable
        label="Leaderboards"
        columns={columns}
        rows={connection?.edges.map((e) => e.node)}
        rowKey={(r) => r.id}
        isPending={boards.isPending}
        fetching={boards.isFetching && !boards.isPending}
        error={boards.error}
        onRetry={() => void boards.refetch()}
        page={cursor.pager(connection)}
        empty={
          <EmptyState title="No leaderboards yet">
            {writer ? 'Create one with “New leaderboard”.' : 'Marketing sets them up.'}
          </EmptyState>
        }
      />
    </>
  );
}
