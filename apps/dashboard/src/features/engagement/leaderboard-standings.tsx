'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { ChevronLeftIcon, ChevronRightIcon, TrophyIcon } from 'lucide-react';
import { parseAsString, useQueryState } from 'nuqs';
import { toast } from 'sonner';
import {
  CloseLeaderboardPeriodDocument,
  DashboardAuditLogDocument,
  LeaderboardStandingsDocument,
  type LeaderboardPeriodFieldsFragment,
} from '@accrue/sdk/src/generated/graphql';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable } from '@/components/data-table';
import { EmptyState, ErrorState, LoadingRows, PageHeader, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import { LEADERBOARD_PERIOD_LABEL } from './labels';
import { prizesText } from './leaderboards-list';

type Standing = LeaderboardPeriodFieldsFragment['standings'][number];
const column = createColumnHelper<Standing>();

/** One leaderboard: the live standings of the current period, and earlier periods with their prizes. */
export function LeaderboardStandings({ id }: { id: string }) {
  const session = useSession();
  const [at, setAt] = useQueryState('at', parseAsString.withOptions({ history: 'push' }));
  const current = useGqlQuery(
    LeaderboardStandingsDocument,
    { leaderboardId: id },
    { refetchInterval: 30_000 },
  );
  const viewed = useGqlQuery(
    LeaderboardStandingsDocument,
    { leaderboardId: id, at },
    { enabled: !!at, keepPrevious: true },
  );
  const query = at ? viewed : current;
  const close = useGqlMutation(CloseLeaderboardPeriodDocument, {
    select: (d) => requireNoUserErrors(d.closeLeaderboardPeriod),
    invalidates: [LeaderboardStandingsDocument, DashboardAuditLogDocument],
  });

  if (current.error && !current.data)
    return (
      <>
        <PageHeader title="Leaderboard" />
        <ErrorState error={current.error} onRetry={() => void current.refetch()} />
      </>
    );
  const period = query.data?.leaderboardStandings;
  const now = current.data?.leaderboardStandings;
  if (!period || !now)
    return (
      <>
        <PageHeader title="Leaderboard" />
        <LoadingRows label="Loading the standings" />
      </>
    );
  const board = period.leaderboard;
  const live = period.periodKey === now.periodKey;
  const ended = new Date(period.endsAt) <= new Date(now.startsAt);
  const columns = [
    column.accessor('rank', {
      header: 'Rank',
      meta: { className: 'w-16 tabular-nums' },
      cell: (c) => `#${c.getValue()}`,
    }),
    column.accessor('displayName', {
      header: 'Member',
      cell: (c) =>
        c.row.original.memberId ? (
          <Link
            href={`/members/${encodeURIComponent(c.row.original.memberId)}`}
            className="font-medium underline-offset-4 hover:underline"
          >
            {c.getValue() || 'Unnamed member'}
          </Link>
        ) : (
          c.getValue()
        ),
    }),
    column.accessor('points', {
      header: 'Points earned',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.display({
      id: 'prize',
      header: period.closed ? 'Prize awarded' : 'Prize if it ends now',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => {
        const prize = period.closed ? c.row.original.prizePoints : board.prizePoints[c.row.original.rank - 1];
        return prize ? `${formatNumber(prize)} pts` : '—';
      },
    }),
  ];
  const move = (to: string) => void setAt(to === now.startsAt ? null : to);
  return (
    <>
      <PageHeader
        title={board.name}
        description={`${LEADERBOARD_PERIOD_LABEL[board.period] ?? board.period.toLowerCase()} · top ${formatNumber(board.topN)} · prizes ${prizesText(board.prizePoints)}. Periods in ${session.zoneLabel}.`}
        actions={
          <Button variant="outline" asChild>
            <Link href="/leaderboards">All leaderboards</Link>
          </Button>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div className="grid gap-1">
          <h2 className="text-lg font-semibold" data-testid="leaderboard-period">
            {session.dateTime(period.startsAt)} – {session.dateTime(period.endsAt)}
          </h2>
          <div className="flex items-center gap-2 text-sm text-muted-foreground">
            {live ? (
              <Badge variant="success">live</Badge>
            ) : period.closed ? (
              <Badge variant="secondary">closed, prizes awarded</Badge>
            ) : ended ? (
              <Badge variant="warning">ended, prizes not awarded yet</Badge>
            ) : (
              <Badge variant="outline">not started</Badge>
            )}
            {live ? <span>Refreshes every 30 seconds.</span> : null}
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="outline"
            size="sm"
            onClick={() => move(new Date(new Date(period.startsAt).getTime() - 1).toISOString())}
          >
            <ChevronLeftIcon aria-hidden /> Previous period
          </Button>
          <Button variant="outline" size="sm" disabled={live} onClick={() => move(period.endsAt)}>
            Next period <ChevronRightIcon aria-hidden />
          </Button>
          {!live ? (
            <Button variant="outline" size="sm" onClick={() => void setAt(null)}>
              Current period
            </Button>
          ) : null}
          {session.can('engagement:write') && ended && !period.closed ? (
            <ConfirmButton
              destructive={false}
              title="Award this period’s prizes?"
              description={`The top ${formatNumber(board.topN)} of this period get their prize points now, once. The standings of the period are then final.`}
              confirmLabel="Award prizes"
              disabled={close.isPending}
              onConfirm={() =>
                close.mutate(
                  { input: { leaderboardId: id, at: period.startsAt } },
                  {
                    onSuccess: (p) =>
                      toast.success('Prizes awarded', {
                        description: `${formatNumber(p.period?.standings.filter((s) => s.prizePoints).length ?? 0)} members received prize points.`,
                      }),
                    onError: (e) =>
                      toast.error('The prizes were not awarded', { description: errorMessage(e) }),
                  },
                )
              }
            >
              <TrophyIcon aria-hidden /> Award prizes
            </ConfirmButton>
          ) : null}
        </div>
      </div>
      <DataTable
        label={`Standings, ${session.date(period.startsAt)} to ${session.date(period.endsAt)}`}
        columns={columns}
        rows={period.standings}
        rowKey={(r) => String(r.rank)}
        isPending={query.isPending}
        fetching={query.isFetching && !query.isPending}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          <EmptyState title="Nobody has earned points in this period">
            {live ? 'Members appear here as soon as they earn points.' : 'No standings for this period.'}
          </EmptyState>
        }
      />
    </>
  );
}
