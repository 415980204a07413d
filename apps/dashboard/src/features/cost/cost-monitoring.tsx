'use client';

import dynamic from 'next/dynamic';
import { parseAsString, parseAsStringLiteral, useQueryStates } from 'nuqs';
import { DownloadIcon } from 'lucide-react';
import {
  CampaignsDocument,
  CostMonitorDocument,
  DeferredRevenueDocument,
  MetricsDocument,
  type Granularity,
} from '@accrue/sdk/src/generated/graphql';
import { ErrorState, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDate, formatNumber, minorPerUnit, zonedToUtc } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { AlertsCard, ThresholdsCard } from './alerts-thresholds';
import { CostStatusBadge } from './cost-status-badge';
import { NumbersTable } from './numbers-table';

// The chart code (recharts) starts loading with the page's own code, not after the first render.
const chartCode = typeof window === 'undefined' ? null : import('./cost-charts');
const chart = <T,>(pick: (m: typeof import('./cost-charts')) => T) =>
  dynamic(() => (chartCode ?? import('./cost-charts')).then((m) => pick(m) as never), {
    ssr: false,
    loading: () => <Skeleton className="h-64 w-full" />,
  });
const FlowChart = chart((m) => m.FlowChart) as unknown as typeof import('./cost-charts').FlowChart;
const RatioChart = chart((m) => m.RatioChart) as unknown as typeof import('./cost-charts').RatioChart;
const LiabilityChart = chart(
  (m) => m.LiabilityChart,
) as unknown as typeof import('./cost-charts').LiabilityChart;

const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as const;
const day = (d: Date) => d.toISOString().slice(0, 10);
const pct = (v: number | null | undefined, digits = 2) => (v == null ? '—' : `${(v * 100).toFixed(digits)}%`);

function defaultRange() {
  const to = new Date();
  const from = new Date(to.getTime() - 89 * 86_400_000);
  return { from: day(from), to: day(to) };
}

export function CostMonitoring() {
  const session = useSession();
  const tz = session.program.timezone;
  const unit = minorPerUnit(session.program.currency);
  const defaults = defaultRange();
  const [range, setRange] = useQueryStates({
    from: parseAsString.withDefault(defaults.from),
    to: parseAsString.withDefault(defaults.to),
    granularity: parseAsStringLiteral(GRANULARITIES).withDefault('WEEK'),
  });
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to) && range.from <= range.to;
  const fromIso = valid ? zonedToUtc(`${range.from}T00:00`, tz).toISOString() : '';
  const toIso = valid
    ? new Date(zonedToUtc(`${range.to}T00:00`, tz).getTime() + 86_400_000).toISOString()
    : '';
  const metrics = useGqlQuery(
    MetricsDocument,
    { from: fromIso, to: toIso, granularity: range.granularity as Granularity },
    { enabled: valid, keepPrevious: true },
  );
  const monitor = useGqlQuery(CostMonitorDocument, { windowDays: 30 });
  const deferred = useGqlQuery(
    DeferredRevenueDocument,
    { from: fromIso, to: toIso },
    { enabled: valid, keepPrevious: true },
  );
  const campaigns = useGqlQuery(CampaignsDocument, { first: 100 });

  const label = (iso: string) => formatDate(iso, tz);
  const series = metrics.data?.metrics.series ?? [];
  const m = monitor.data?.costMonitor;
  const exportQuery = new URLSearchParams({
    from: fromIso,
    to: toIso,
    granularity: range.granularity,
  }).toString();
  const totals = metrics.data?.metrics.totals;
  const campaignCostPerPoint =
    totals && totals.pointsIssued ? totals.costMinor / totals.pointsIssued : undefined;

  return (
    <>
      <PageHeader
        title="Cost monitoring"
        description={`What the program costs against what it sells. Amounts in ${session.program.currency}, days in ${session.zoneLabel}.`}
      />
      <form
        className="mb-6 flex flex-wrap items-end gap-3"
        aria-label="Date range"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="grid gap-1.5">
          <Label htmlFor="cost-from">From</Label>
          <Input
            id="cost-from"
            type="date"
            value={range.from}
            onChange={(e) => void setRange({ from: e.target.value })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="cost-to">To</Label>
          <Input
            id="cost-to"
            type="date"
            value={range.to}
            onChange={(e) => void setRange({ to: e.target.value })}
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="cost-granularity">Granularity</Label>
          <select
            id="cost-granularity"
            className="h-9 rounded-md border border-input bg-transparent px-3 text-sm"
            value={range.granularity}
            onChange={(e) => void setRange({ granularity: e.target.value as Granularity })}
          >
            <option value="DAY">Day</option>
            <option value="WEEK">Week</option>
            <option value="MONTH">Month</option>
          </select>
        </div>
        <Button variant="outline" asChild>
          <a href={`/api/export/metrics.csv?${exportQuery}`} download>
            <DownloadIcon aria-hidden /> Metrics CSV
          </a>
        </Button>
        <Button variant="outline" asChild>
          <a href="/api/export/cost-monitor.csv?windowDays=30" download>
            <DownloadIcon aria-hidden /> Cost monitor CSV
          </a>
        </Button>
        {!valid ? <p className="text-sm text-destructive">Choose a start on or before the end.</p> : null}
      </form>

      {monitor.error && !m ? (
        <ErrorState error={monitor.error} onRetry={() => void monitor.refetch()} />
      ) : null}
      {monitor.isPending ? <LoadingRows label="Loading the cost monitor" rows={2} /> : null}
      {m ? (
        <section aria-label="Last 30 days" className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Kpi title="Cost-to-sales (30 days)" testId="kpi-ratio">
            <span className="text-2xl font-semibold tabular-nums">{pct(m.costToSalesRatio)}</span>{' '}
            <CostStatusBadge status={m.status} />
            <p className="text-xs text-muted-foreground">
              red line {pct(m.redLine)}; cost {session.money(m.costMinor)} on sales{' '}
              {session.money(m.salesMinor)}
            </p>
          </Kpi>
          <Kpi title="Liability" testId="kpi-liability">
            <span className="text-2xl font-semibold tabular-nums">{session.money(m.liabilityMinor)}</span>
            <p className="text-xs text-muted-foreground">
              {formatNumber(m.outstandingPoints)} points outstanding
            </p>
          </Kpi>
          <Kpi title="Breakage" testId="kpi-breakage">
            <span className="text-2xl font-semibold tabular-nums">{pct(m.breakageRate, 1)}</span>
            <p className="text-xs text-muted-foreground">
              expected redemption rate {pct(m.redemptionRate, 1)}
            </p>
          </Kpi>
          <Kpi title="Flow and accumulation" testId="kpi-flow">
            <span className="text-2xl font-semibold tabular-nums">
              {m.flowRatio == null ? '—' : m.flowRatio.toFixed(2)}
            </span>
            <p className="text-xs text-muted-foreground">
              redeemed ÷ issued; accumulation{' '}
              {m.accumulationRatio == null ? '—' : m.accumulationRatio.toFixed(2)}
            </p>
          </Kpi>
        </section>
      ) : null}

      <div className="grid gap-6">
        {metrics.error && !metrics.data ? (
          <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />
        ) : null}
        <ChartCard title="Points issued, redeemed and expired" pending={metrics.isPending && valid}>
          <FlowChart
            data={series.map((p) => ({
              label: label(p.periodStart),
              issued: p.pointsIssued,
              redeemed: p.pointsRedeemed,
              expired: p.pointsExpired,
            }))}
          />
          <NumbersTable
            label="Points issued, redeemed and expired per period"
            columns={['Period', 'Issued', 'Redeemed', 'Expired', 'Outstanding']}
            rows={series.map((p) => [
              label(p.periodStart),
              formatNumber(p.pointsIssued),
              formatNumber(p.pointsRedeemed),
              formatNumber(p.pointsExpired),
              formatNumber(p.outstandingPoints),
            ])}
          />
        </ChartCard>
        <ChartCard
          title="Cost-to-sales"
          description={
            m
              ? `Red line ${pct(m.redLine)}; the band below it (from ${pct(m.warningLevel)}, as set in the thresholds) is the warning zone.`
              : undefined
          }
          pending={metrics.isPending && valid}
        >
          {m ? (
            <RatioChart
              data={series.map((p) => ({ label: label(p.periodStart), ratio: p.costToSalesRatio }))}
              redLine={m.redLine}
              warningFrom={m.warningLevel}
            />
          ) : null}
          <NumbersTable
            label="Cost-to-sales per period"
            columns={['Period', 'Sales', 'Points cost', 'Cost-to-sales']}
            rows={series.map((p) => [
              label(p.periodStart),
              session.money(p.salesMinor),
              session.money(p.costMinor),
              pct(p.costToSalesRatio),
            ])}
          />
        </ChartCard>
        <ChartCard
          title="Liability and its forecast"
          description="Outstanding points valued at their cost; the dashed line is the API’s forecast for the next 30 and 90 days."
          pending={metrics.isPending && valid}
        >
          <LiabilityChart
            data={[
              ...series.map((p) => ({
                label: label(p.periodStart),
                actual: p.liabilityMinor / unit,
                forecast: null,
              })),
              ...(m?.forecast ?? []).map((f) => ({
                label: label(f.date),
                actual: null,
                forecast: f.liabilityMinor / unit,
              })),
            ]}
          />
          <NumbersTable
            label="Liability per period and forecast"
            columns={['Date', 'Liability', 'Kind']}
            rows={[
              ...series.map((p) => [label(p.periodStart), session.money(p.liabilityMinor), 'actual']),
              ...(m?.forecast ?? []).map((f) => [label(f.date), session.money(f.liabilityMinor), 'forecast']),
            ]}
          />
        </ChartCard>
        <ChartCard
          title="Cost per campaign"
          description="Campaign points and their cost at the period’s average cost per point."
          pending={campaigns.isPending}
        >
          <NumbersTable
            label="Cost per campaign"
            columns={['Campaign', 'Status', 'Points issued', 'Budget', 'Estimated cost']}
            rows={(campaigns.data?.campaigns.edges ?? []).map(({ node: c }) => [
              c.name,
              c.status.toLowerCase(),
              formatNumber(c.pointsIssued),
              c.budgetPoints ? formatNumber(c.budgetPoints) : 'none',
              campaignCostPerPoint == null
                ? '—'
                : session.money(Math.round(c.pointsIssued * campaignCostPerPoint)),
            ])}
          />
        </ChartCard>
        <AlertsCard alerts={m?.alerts} />
        <ThresholdsCard />
        <ChartCard
          title="Deferred revenue (IFRS 15)"
          description="Sales allocated to points, recognised as points are redeemed, by month."
          pending={deferred.isPending && valid}
        >
          {deferred.error ? (
            <ErrorState error={deferred.error} onRetry={() => void deferred.refetch()} />
          ) : null}
          <NumbersTable
            label="Deferred revenue by month"
            columns={['Month', 'Sales', 'Allocated to points', 'Recognised', 'Deferred']}
            rows={(deferred.data?.deferredRevenue ?? []).map((d) => [
              label(d.monthStart),
              session.money(d.salesMinor),
              session.money(d.allocatedMinor),
              session.money(d.recognisedMinor),
              session.money(d.deferredMinor),
            ])}
          />
        </ChartCard>
      </div>
    </>
  );
}

function Kpi({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <Card data-testid={testId}>
      <CardHeader className="pb-2">
        <CardDescription>{title}</CardDescription>
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

function ChartCard({
  title,
  description,
  pending,
  children,
}: {
  title: string;
  description?: string;
  pending?: boolean;
  children: React.ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        {pending ? <LoadingRows label={`Loading ${title.toLowerCase()}`} rows={3} /> : children}
      </CardContent>
    </Card>
  );
}
