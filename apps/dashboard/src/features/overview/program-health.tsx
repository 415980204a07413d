'use client';

import Link from 'next/link';
import type { DashboardOverviewQuery } from '@accrue/sdk/src/generated/graphql';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatNumber } from '@/lib/format';
import { CostStatusBadge } from '@/features/cost/cost-status-badge';
import { PACING_LABEL, PACING_VARIANT, endsIn } from '@/features/campaigns/labels';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(2)}%`);

/** "↑ 4.2% vs 4 weeks ago": the change between the first and last week of the trend. */
function trend(values: (number | null)[]): string {
  const xs = values.filter((v): v is number => v != null);
  if (xs.length < 2 || xs[0] === 0) return 'no trend yet';
  const change = (xs[xs.length - 1]! - xs[0]!) / Math.abs(xs[0]!);
  const arrow = change > 0.0005 ? '↑' : change < -0.0005 ? '↓' : '→';
  return `${arrow} ${Math.abs(change * 100).toFixed(1)}% over ${xs.length - 1} weeks`;
}

/**
 * Members, outstanding points, liability, cost-to-sales against its red line, active campaigns with
 * their pacing and open alerts, each with its trend: from the overview's one query. Roles that do
 * not read metrics see the members and the campaigns.
 */
export function ProgramHealth({ data: d }: { data: DashboardOverviewQuery }) {
  const session = useSession();
  const m = d.costMonitor;
  const s = d.metrics?.series ?? [];
  const open = m?.alerts.filter((a) => !a.resolvedAt) ?? [];
  return (
    <div className="grid gap-6">
      {m ? (
        <section aria-label="Program health" className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure
            label="Members"
            value={formatNumber(d.everyone.totalCount)}
            note={`active per week ${trend(s.map((p) => p.activeMembers))}`}
            href="/members"
          />
          <Figure
            label="Outstanding points"
            value={formatNumber(m.outstandingPoints)}
            note={trend(s.map((p) => p.outstandingPoints))}
            href="/cost-monitoring"
          />
          <Figure
            label="Liability"
            value={session.money(m.liabilityMinor)}
            note={trend(s.map((p) => p.liabilityMinor))}
            href="/cost-monitoring"
            testId="home-liability"
          />
          <Figure
            label="Cost-to-sales (30 days)"
            value={pct(m.costToSalesRatio)}
            note={`red line ${pct(m.redLine)}, warning from ${pct(m.warningLevel)} · ${trend(s.map((p) => p.costToSalesRatio))}`}
            href="/cost-monitoring"
            badge={<CostStatusBadge status={m.status} />}
          />
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Active campaigns</CardTitle>
            <CardDescription>{formatNumber(d.campaigns.totalCount)} running now</CardDescription>
          </CardHeader>
          <CardContent>
            {d.campaigns.edges.length ? (
              <ul className="grid gap-2">
                {d.campaigns.edges.map(({ node: c }) => (
                  <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                    <Link
                      href={`/campaigns/${encodeURIComponent(c.id)}`}
                      className="font-medium underline-offset-4 hover:underline"
                    >
                      {c.name}
                    </Link>
                    <span className="flex items-center gap-2 text-muted-foreground">
                      {formatNumber(c.pointsIssued)}
                      {c.budgetPoints ? ` / ${formatNumber(c.budgetPoints)}` : ''} pts · ends{' '}
                      {endsIn(c.endsAt)}
                      <Badge variant={PACING_VARIANT[c.pacing.state]}>{PACING_LABEL[c.pacing.state]}</Badge>
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-muted-foreground">No campaign is running.</p>
            )}
          </CardContent>
        </Card>
        {m ? (
          <Card>
            <CardHeader>
              <CardTitle>Open alerts</CardTitle>
              <CardDescription>
                {open.length ? `${open.length} need attention` : 'Nothing has crossed a threshold'}
              </CardDescription>
            </CardHeader>
            <CardContent>
              {open.length ? (
                <ul className="grid gap-2 text-sm">
                  {open.map((a) => (
                    <li key={a.id}>
                      <Badge variant="destructive">open</Badge> {a.message}{' '}
                      <span className="text-muted-foreground">since {session.dateTime(a.raisedAt)}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-muted-foreground">No open alerts.</p>
              )}
            </CardContent>
          </Card>
        ) : null}
      </div>
    </div>
  );
}

function Figure({
  label,
  value,
  note,
  href,
  badge,
  testId,
}: {
  label: string;
  value: string;
  note: string;
  href: string;
  badge?: React.ReactNode;
  testId?: string;
}) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className="rounded-lg border bg-card p-4 transition-colors hover:border-primary/40 hover:bg-accent/40"
    >
      <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      {badge}
      <p className="mt-1 text-xs text-muted-foreground">{note}</p>
    </Link>
  );
}
