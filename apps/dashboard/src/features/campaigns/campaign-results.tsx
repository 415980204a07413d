'use client';

import Link from 'next/link';
import dynamic from 'next/dynamic';
import { CampaignDocument, CampaignResultsDocument } from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { PromoteButton } from './campaign-detail';
import { RevenueOverTimeCard } from './revenue-over-time';

const UpliftChart = dynamic(() => import('./uplift-chart'), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});

const pct = (v: number | null | undefined, digits = 1) => (v == null ? '—' : `${(v * 100).toFixed(digits)}%`);
const signedPct = (v: number | null | undefined) =>
  v == null ? '—' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
const p = (v: number | null | undefined) => (v == null ? '—' : v < 0.001 ? '< 0.001' : v.toFixed(3));

const WHY: Record<string, string> = {
  NO_HOLDOUT: 'there is no holdout to compare against',
  NOT_ENOUGH_MEMBERS: 'not enough members have been exposed yet',
  SRM_MISMATCH:
    'the arms’ sizes do not match the configured split (sample ratio mismatch), so the comparison cannot be trusted',
  NOT_SIGNIFICANT: 'no variant’s effect is statistically significant',
  NO_POSITIVE_EFFECT: 'no variant beats the holdout on net revenue',
};

export function CampaignResults({ id }: { id: string }) {
  const session = useSession();
  const query = useGqlQuery(CampaignResultsDocument, { id });
  const campaign = useGqlQuery(CampaignDocument, { id });
  if (query.error && !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <LoadingRows label="Loading the results" />;
  const c = query.data?.campaign;
  if (!c) return <EmptyState title="No such campaign" />;
  const r = c.results;
  const names = new Map(campaign.data?.campaign?.variants.map((v) => [v.key, v.name]) ?? []);
  const label = (key: string, holdout: boolean) => (holdout ? 'Holdout' : (names.get(key) ?? key));
  const arms = r.variants.filter((v) => !v.isHoldout);
  const winner = r.winner ? arms.find((v) => v.key === r.winner) : undefined;
  const money = (minor: number | null | undefined) =>
    minor == null ? '—' : session.money(Math.round(minor));
  const promoted = campaign.data?.campaign?.promotedVariantKey;
  return (
    <>
      <PageHeader
        title={`Results: ${campaign.data?.campaign?.name ?? c.key}`}
        description={
          <>
            Revenue per member against the {c.holdoutPercent}% holdout, 95% intervals. Amounts in{' '}
            {session.program.currency}.{' '}
            <Link href={`/campaigns/${encodeURIComponent(id)}`} className="underline">
              Campaign setup
            </Link>
          </>
        }
      />
      <div className="grid gap-6">
        <Alert variant={winner ? 'default' : undefined} data-testid="verdict">
          <AlertTitle>{winner ? `Winner: ${label(winner.key, false)}` : 'No winner yet'}</AlertTitle>
          <AlertDescription>
            {winner ? (
              <p>
                {label(winner.key, false)} raised revenue per member by{' '}
                {signedPct(winner.cupedUplift ?? winner.upliftVsHoldout)} over the holdout (CUPED; 95%
                interval {signedPct(winner.cupedCiLow)} to {signedPct(winner.cupedCiHigh)}, adjusted p ={' '}
                {p(winner.adjustedPValue)}), and its net revenue after points cost is{' '}
                {money(winner.incrementalNetRevenueMinor)} above the holdout’s.
              </p>
            ) : (
              <p>
                There is no winner because{' '}
                {r.missing.map((m) => WHY[m] ?? m.toLowerCase()).join('; ') || 'the test is still running'}.
              </p>
            )}
            {winner && session.can('campaigns:write') && promoted !== winner.key && c.status !== 'DRAFT' ? (
              <div className="mt-2">
                <PromoteButton id={id} variantKey={winner.key} name={label(winner.key, false)} />
              </div>
            ) : null}
            {promoted ? <p className="mt-1">Promoted: {label(promoted, false)}.</p> : null}
          </AlertDescription>
        </Alert>

        {r.additionalMembersNeeded ? (
          <Alert data-testid="not-enough-data">
            <AlertTitle>Not enough data yet</AlertTitle>
            <AlertDescription>
              About {formatNumber(r.additionalMembersNeeded)} more exposed members are needed to detect the
              observed effect at 80% power.
            </AlertDescription>
          </Alert>
        ) : null}

        <Card>
          <CardHeader>
            <CardTitle>Per variant</CardTitle>
          </CardHeader>
          <CardContent>
            <Table aria-label="Results per variant">
              <TableHeader>
                <TableRow>
                  <TableHead>Arm</TableHead>
                  <TableHead className="text-right">Members</TableHead>
                  <TableHead className="text-right">Purchasers</TableHead>
                  <TableHead className="text-right">Orders</TableHead>
                  <TableHead className="text-right">Revenue</TableHead>
                  <TableHead className="text-right">Revenue / member</TableHead>
                  <TableHead className="text-right">Repurchase</TableHead>
                  <TableHead className="text-right">Points cost</TableHead>
                  <TableHead className="text-right">Net / member</TableHead>
                  <TableHead className="text-right">Incremental net</TableHead>
                  <TableHead className="text-right">ROI</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.variants.map((v) => (
                  <TableRow key={v.key}>
                    <TableCell className="font-medium">
                      {label(v.key, v.isHoldout)}{' '}
                      {v.key === r.winner ? <Badge variant="success">winner</Badge> : null}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(v.members)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(v.purchasers)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(v.orders)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(v.revenueMinor)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(v.revenuePerMember)}</TableCell>
                    <TableCell className="text-right tabular-nums">{pct(v.repurchaseRate)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatNumber(v.pointsCost)} pts ({money(v.costMinor)})
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{money(v.netRevenuePerMember)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {money(v.incrementalNetRevenueMinor)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {v.roi == null ? '—' : `${(v.roi * 100).toFixed(0)}%`}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <p className="mt-2 text-xs text-muted-foreground">
              Revenue per member is capped at the pooled 99th percentile ({money(r.revenueCapMinor)};{' '}
              {formatNumber(r.cappedMembers)} members capped). Total points cost {money(r.pointsCostMinor)};
              incremental revenue {money(r.incrementalRevenueMinor)}.
            </p>
          </CardContent>
        </Card>

        <Card>
          <CardHeader>
            <CardTitle>Uplift in revenue per member vs the holdout</CardTitle>
            <CardDescription>
              Bars are the estimates, whiskers their 95% intervals; an interval that crosses the zero line is
              not significant. CUPED uses each member’s spend in the 30 days before and cuts the variance by{' '}
              {pct(r.cupedVarianceReduction, 0)}.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-4">
            {arms.length ? (
              <UpliftChart
                rows={arms.map((v) => ({
                  variant: label(v.key, false),
                  plain: v.upliftVsHoldout,
                  plainLow: v.ciLow,
                  plainHigh: v.ciHigh,
                  cuped: v.cupedUplift,
                  cupedLow: v.cupedCiLow,
                  cupedHigh: v.cupedCiHigh,
                }))}
              />
            ) : null}
            <Table aria-label="Uplift, plain and CUPED">
              <TableHeader>
                <TableRow>
                  <TableHead>Variant</TableHead>
                  <TableHead className="text-right">Plain uplift</TableHead>
                  <TableHead className="text-right">Plain 95% interval</TableHead>
                  <TableHead className="text-right">Plain p</TableHead>
                  <TableHead className="text-right">CUPED uplift</TableHead>
                  <TableHead className="text-right">CUPED 95% interval</TableHead>
                  <TableHead className="text-right">CUPED p</TableHead>
                  <TableHead className="text-right">Adjusted p (net)</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {arms.map((v) => (
                  <TableRow key={v.key}>
                    <TableCell className="font-medium">{label(v.key, false)}</TableCell>
                    <TableCell className="text-right tabular-nums">{signedPct(v.upliftVsHoldout)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {signedPct(v.ciLow)} to {signedPct(v.ciHigh)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{p(v.pValue)}</TableCell>
                    <TableCell className="text-right tabular-nums">{signedPct(v.cupedUplift)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {signedPct(v.cupedCiLow)} to {signedPct(v.cupedCiHigh)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{p(v.cupedPValue)}</TableCell>
                    <TableCell className="text-right tabular-nums">{p(v.adjustedPValue)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>

        <RevenueOverTimeCard daily={r.daily} armLabel={(key) => label(key, key === 'holdout')} />

        <Card>
          <CardHeader>
            <CardTitle>Sample ratio check</CardTitle>
            <CardDescription>
              {r.srmStatus === 'HEALTHY' ? (
                <Badge variant="success">healthy</Badge>
              ) : r.srmStatus === 'MISMATCH' ? (
                <Badge variant="destructive">mismatch</Badge>
              ) : (
                <Badge variant="secondary">not enough data</Badge>
              )}{' '}
              {r.srmStatus === 'HEALTHY'
                ? 'The arms’ sizes match the configured split.'
                : r.srmStatus === 'MISMATCH'
                  ? 'The arms’ sizes differ from the configured split more than chance allows: assignment or exposure is broken, and the results cannot be trusted.'
                  : 'Too few members to check the split yet.'}{' '}
              χ² {r.srmChiSquare?.toFixed(2) ?? '—'}, p {p(r.srmPValue)}.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <Table aria-label="Observed and expected members per arm">
              <TableHeader>
                <TableRow>
                  <TableHead>Arm</TableHead>
                  <TableHead className="text-right">Observed</TableHead>
                  <TableHead className="text-right">Expected</TableHead>
                  <TableHead className="text-right">Difference</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.variants.map((v) => (
                  <TableRow key={v.key}>
                    <TableCell>{label(v.key, v.isHoldout)}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(v.members)}</TableCell>
                    <TableCell className="text-right tabular-nums">
                      {v.expectedMembers == null
                        ? '—'
                        : formatNumber(Math.round(v.expectedMembers * 10) / 10)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {v.expectedMembers == null
                        ? '—'
                        : formatNumber(Math.round((v.members - v.expectedMembers) * 10) / 10)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
