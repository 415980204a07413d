'use client';

import Link from 'next/link';
import { DashboardOverviewDocument, type DashboardOverviewQuery } from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatMultiplier, formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { ProgramHealth } from './program-health';
import { overviewVariables } from './variables';

export function Overview() {
  const session = useSession();
  const query = useGqlQuery(DashboardOverviewDocument, overviewVariables(session.can('metrics:read')));
  return (
    <>
      <PageHeader
        title="Overview"
        description={`${session.program.name}: members, tiers and the earning rules in force.`}
      />
      {query.isPending ? (
        <LoadingRows label="Loading the overview" rows={6} />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <OverviewBody data={query.data} />
      )}
    </>
  );
}

function OverviewBody({ data }: { data: DashboardOverviewQuery }) {
  const session = useSession();
  const tiers = [...data.tiers].sort((a, b) => a.rank - b.rank);
  const total = data.everyone.totalCount;
  const program = data.programSettings;
  return (
    <div className="grid gap-6">
      <ProgramHealth data={data} />
      <section aria-label="Key figures" className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Members" value={formatNumber(total)} href="/members" />
        <Stat
          label="Flagged for review"
          value={formatNumber(data.flagged.totalCount)}
          href="/members?flagged=true"
        />
        <Stat
          label="Points per currency unit"
          value={formatNumber(program.pointsPerCurrencyUnit)}
          href="/tiers"
        />
        <Stat
          label="Purchase points expire"
          value={program.purchasePointsExpireInDays ? `${program.purchasePointsExpireInDays} days` : 'never'}
          href="/tiers"
        />
      </section>
      <Card>
        <CardHeader>
          <div>
            <CardTitle>Members by tier</CardTitle>
            <CardDescription>
              Qualifying spend is over the last 12 months, in {session.program.currency}.
            </CardDescription>
          </div>
        </CardHeader>
        <CardContent>
          {tiers.length === 0 ? (
            <EmptyState title="No tiers configured">
              Marketing sets them up under Tiers &amp; rules.
            </EmptyState>
          ) : (
            <ul className="grid gap-4">
              {tiers.map((t) => {
                const share = total > 0 ? (t.memberCount / total) * 100 : 0;
                return (
                  <li key={t.id} className="grid gap-1.5">
                    <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                      <span className="font-medium">
                        {t.name}{' '}
                        <span className="font-normal text-muted-foreground">
                          from {session.money(t.qualifyingSpendMinor)} · earns{' '}
                          {formatMultiplier(t.earnMultiplier)}
                        </span>
                      </span>
                      <span className="tabular-nums">
                        {formatNumber(t.memberCount)}{' '}
                        <span className="text-muted-foreground">({share.toFixed(1)}%)</span>
                      </span>
                    </div>
                    <div className="h-2 overflow-hidden rounded-full bg-muted" aria-hidden>
                      <div
                        className="h-full rounded-full bg-primary"
                        style={{ width: `${Math.max(share, 0.5)}%` }}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}

export function Stat({ label, value, href }: { label: string; value: string; href: string }) {
  return (
    <Link
      href={href}
      className="rounded-lg border bg-card p-4 transition-colors hover:border-primary/40 hover:bg-accent/40"
    >
      <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
    </Link>
  );
}
