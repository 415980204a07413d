'use client';

import Link from 'next/link';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { useMemo } from 'react';
import {
  BoostsDocument,
  EngagementIssuedDocument,
  EngagementTasksDocument,
  GroupBuysDocument,
  LeaderboardsDocument,
  PointsDrawsDocument,
} from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { Stat } from '@/features/overview/overview';
import { SOURCE_LABEL, formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';

/** The sources engagement mechanics issue points under. */
const ENGAGEMENT_SOURCES = ['TASK', 'CHALLENGE', 'LEADERBOARD', 'DRAW', 'GROUP_BUY', 'BOOST'] as const;
const WINDOWS = ['7', '30', '90'] as const;

export function EngagementOverview() {
  const session = useSession();
  const tasks = useGqlQuery(EngagementTasksDocument, { first: 100 });
  const boards = useGqlQuery(LeaderboardsDocument, { first: 100 });
  const draws = useGqlQuery(PointsDrawsDocument, { first: 100 });
  const groups = useGqlQuery(GroupBuysDocument, { first: 100 });
  const boosts = useGqlQuery(BoostsDocument, { first: 100 });
  const taskRows = tasks.data?.engagementTasks.edges.map((e) => e.node) ?? [];
  const sum = (k: 'members' | 'completions' | 'completionPoints') =>
    taskRows.reduce((s, t) => s + t.participation[k], 0);
  const top = [...taskRows]
    .sort((a, b) => b.participation.completions - a.participation.completions)
    .slice(0, 5);
  const drawRows = draws.data?.pointsDraws.edges.map((e) => e.node) ?? [];
  const queries = [tasks, boards, draws, groups, boosts];
  const pending = queries.some((q) => q.isPending);
  const error = queries.find((q) => q.error)?.error;
  const open = (rows: { node: { status: string } }[] | undefined) =>
    formatNumber(rows?.filter((e) => e.node.status === 'OPEN').length ?? 0);
  return (
    <>
      <PageHeader
        title="Engagement"
        description="Who takes part in tasks, challenges, leaderboards, draws, group buys and boosts, and what the points they earn cost."
      />
      {pending ? (
        <LoadingRows label="Loading participation" rows={4} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => queries.forEach((q) => void q.refetch())} />
      ) : (
        <div className="grid gap-6">
          <section
            aria-label="Participation"
            className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6"
          >
            <Stat
              label="Live tasks & challenges"
              value={formatNumber(
                taskRows.filter((t) => t.active && new Date(t.endsAt).getTime() > Date.now()).length,
              )}
              href="/tasks"
            />
            <Stat label="Task completions" value={formatNumber(sum('completions'))} href="/tasks" />
            <Stat
              label="Live leaderboards"
              value={formatNumber(boards.data?.leaderboards.edges.filter((e) => e.node.active).length ?? 0)}
              href="/leaderboards"
            />
            <Stat
              label="Open draws"
              value={formatNumber(drawRows.filter((d) => d.phase === 'OPEN').length)}
              href="/draws"
            />
            <Stat label="Open group buys" value={open(groups.data?.groupBuys.edges)} href="/group-buys" />
            <Stat label="Open boosts" value={open(boosts.data?.boosts.edges)} href="/boosts" />
          </section>
          <Card>
            <CardHeader>
              <CardTitle>Tasks and challenges with the most completions</CardTitle>
              <CardDescription>
                {formatNumber(sum('members'))} member participations, {formatNumber(sum('completions'))}{' '}
                completions, {formatNumber(sum('completionPoints'))} points earned (before the monthly bonus
                cap and refunds).
              </CardDescription>
            </CardHeader>
            <CardContent>
              {top.length ? (
                <Table aria-label="Tasks with the most completions">
                  <TableHeader>
                    <TableRow className="hover:bg-transparent">
                      <TableHead>Task</TableHead>
                      <TableHead className="text-right">Taking part</TableHead>
                      <TableHead className="text-right">Completions</TableHead>
                      <TableHead className="text-right">Points earned</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {top.map((t) => (
                      <TableRow key={t.id}>
                        <TableCell className="font-medium">{t.name}</TableCell>
                        <TableCell className="text-right tabular-nums">
                          {formatNumber(t.participation.members)}
                        </TableCell>
                        <TableCell className="text-right tabular-nums">
                          {formatNumber(t.participation.completions)}
                        </TableCell>
                        <TableCell className="text-right tabular-nums">
                          {formatNumber(t.participation.completionPoints)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              ) : (
                <EmptyState title="No tasks or challenges yet">
                  <Link href="/tasks" className="underline underline-offset-4">
                    Tasks &amp; challenges
                  </Link>{' '}
                  lists them once marketing sets them up.
                </EmptyState>
              )}
            </CardContent>
          </Card>
          {session.can('metrics:read') ? (
            <IssuedBySource />
          ) : (
            <p className="text-sm text-muted-foreground">
              The points issued by source and their cost are shown to the Admin, Finance and Viewer roles.
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** Points issued by the engagement sources in a window, and their cost at the program's cost per point. */
function IssuedBySource() {
  const session = useSession();
  const [days, setDays] = useQueryState('days', parseAsStringLiteral(WINDOWS).withDefault('30'));
  const range = useMemo(() => {
    const to = new Date();
    to.setUTCHours(0, 0, 0, 0);
    to.setUTCDate(to.getUTCDate() + 1);
    return { from: new Date(to.getTime() - Number(days) * 86_400_000).toISOString(), to: to.toISOString() };
  }, [days]);
  const issued = useGqlQuery(EngagementIssuedDocument, range, { keepPrevious: true });
  const totals = issued.data?.metrics.totals;
  const net = totals ? totals.pointsIssued - totals.pointsReversed : 0;
  const perPoint = totals && net > 0 ? totals.costMinor / net : 0;
  const rows = ENGAGEMENT_SOURCES.map((source) => ({
    source,
    points: totals?.issuedBySource.find((s) => s.source === source)?.points ?? 0,
  }));
  const engagement = rows.reduce((s, r) => s + r.points, 0);
  const share = (p: number) =>
    totals && totals.pointsIssued > 0 ? `${((p / totals.pointsIssued) * 100).toFixed(1)}%` : '—';
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <CardTitle>Points issued by engagement</CardTitle>
            <CardDescription>
              By source, with their share of all points issued and their cost at the program’s cost per point,
              in {session.program.currency}. The full picture is under{' '}
              <Link href="/cost-monitoring" className="underline underline-offset-4">
                Cost monitoring
              </Link>
              .
            </CardDescription>
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor="engagement-window">Window</Label>
            <Select value={days} onValueChange={(v) => void setDays(v as (typeof WINDOWS)[number])}>
              <SelectTrigger id="engagement-window" className="w-40">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {WINDOWS.map((w) => (
                  <SelectItem key={w} value={w}>
                    Last {w} days
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </div>
      </CardHeader>
      <CardContent>
        {issued.isPending ? (
          <LoadingRows label="Loading the points issued" rows={3} />
        ) : issued.error ? (
          <ErrorState error={issued.error} onRetry={() => void issued.refetch()} />
        ) : (
          <Table
            aria-label="Points issued by engagement source"
            className={issued.isFetching ? 'opacity-70' : ''}
          >
            <TableHeader>
              <TableRow className="hover:bg-transparent">
                <TableHead>Source</TableHead>
                <TableHead className="text-right">Points issued</TableHead>
                <TableHead className="text-right">Share of all points</TableHead>
                <TableHead className="text-right">Cost</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.source}>
                  <TableCell>{SOURCE_LABEL[r.source] ?? r.source}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatNumber(r.points)}</TableCell>
                  <TableCell className="text-right tabular-nums">{share(r.points)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {session.money(Math.round(r.points * perPoint))}
                  </TableCell>
                </TableRow>
              ))}
              <TableRow className="border-t-2">
                <TableCell className="font-medium">All engagement</TableCell>
                <TableCell className="text-right font-medium tabular-nums" data-testid="engagement-points">
                  {formatNumber(engagement)}
                </TableCell>
                <TableCell className="text-right tabular-nums">{share(engagement)}</TableCell>
                <TableCell className="text-right font-medium tabular-nums">
                  {session.money(Math.round(engagement * perPoint))}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        )}
        {totals ? (
          <p className="mt-3 text-sm text-muted-foreground">
            {formatNumber(totals.activeMembers)} members were active in the window;{' '}
            {formatNumber(totals.pointsIssued)} points were issued from every source.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
