'use client';

import Link from 'next/link';
import { useState } from 'react';
import { toast } from 'sonner';
import {
  CampaignDocument,
  CampaignResultsDocument,
  CampaignsDocument,
  DashboardTierOptionsDocument,
  EndCampaignDocument,
  LaunchCampaignDocument,
  PauseCampaignDocument,
  PromoteVariantDocument,
  ResumeCampaignDocument,
  SimulateCampaignDocument,
  type CampaignQuery,
} from '@accrue/sdk/src/generated/graphql';
import { ConfirmButton } from '@/components/confirm-button';
import { EmptyState, ErrorState, LoadingRows, PageHeader, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { PauseCircleIcon } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Label } from '@/components/ui/label';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatNumber } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import {
  PACING_LABEL,
  PACING_VARIANT,
  POOL_CAP_PAUSE_EXPLANATION,
  STATUS_VARIANT,
  WEEKDAY_SHORT,
  describeEffect,
  endsIn,
  statusText,
} from './labels';
import { StackingPreview } from './stacking-preview';

/** A local date (YYYY-MM-DD, already in the program's zone) as "3 Dec 2026". */
export const localDay = (day: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

type Campaign = NonNullable<CampaignQuery['campaign']>;

export function CampaignDetail({ id }: { id: string }) {
  const session = useSession();
  const query = useGqlQuery(CampaignDocument, { id });
  if (query.error && !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <LoadingRows label="Loading the campaign" />;
  const c = query.data?.campaign;
  if (!c)
    return (
      <EmptyState title="No such campaign">
        <Link href="/campaigns" className="underline">
          Back to campaigns
        </Link>
      </EmptyState>
    );
  const manage = session.can('campaigns:write');
  const isTest = c.variants.length > 1 || c.holdoutPercent > 0;
  return (
    <>
      <PageHeader
        title={c.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant={STATUS_VARIANT[c.status]} data-testid="campaign-status">
              {statusText(c)}
            </Badge>
            <span>{c.key}</span>
            {c.description ? <span>· {c.description}</span> : null}
          </span>
        }
        actions={
          <>
            {isTest || c.status !== 'DRAFT' ? (
              <Button variant="outline" asChild>
                <Link href={`/campaigns/${encodeURIComponent(c.id)}/results`}>Results</Link>
              </Button>
            ) : null}
            {manage ? <Lifecycle campaign={c} /> : null}
          </>
        }
      />
      {c.status === 'PAUSED' && c.pauseReason === 'POOL_CAP' ? (
        <Alert variant="warning" className="mb-4" data-testid="pool-cap-pause">
          <PauseCircleIcon aria-hidden />
          <AlertTitle>Paused automatically: the points pool cap is reached</AlertTitle>
          <AlertDescription>
            <p>
              {POOL_CAP_PAUSE_EXPLANATION}
              {manage ? ' Pause it by hand to keep it paused after the cap clears.' : ''}
            </p>
          </AlertDescription>
        </Alert>
      ) : null}
      {!manage ? (
        <p className="mb-4 text-sm text-muted-foreground">
          Read-only: Marketing and Admin launch, pause and end campaigns.
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Summary campaign={c} />
        <Simulation campaign={c} />
        {c.status === 'DRAFT' ? (
          <div className="lg:col-span-2">
            <StackingPreview campaignId={c.id} />
          </div>
        ) : null}
      </div>
    </>
  );
}

function Lifecycle({ campaign: c }: { campaign: Campaign }) {
  const invalidates = [CampaignDocument, CampaignsDocument, CampaignResultsDocument];
  const opts = (verb: string) => ({
    select: (
      d: Record<string, { userErrors: { code: string; message: string; field?: string[] | null }[] }>,
    ) => requireNoUserErrors(Object.values(d)[0]!),
    invalidates,
    onSuccess: () => toast.success(`Campaign ${verb}`),
  });
  const launch = useGqlMutation(LaunchCampaignDocument, opts('launched') as never);
  const pause = useGqlMutation(PauseCampaignDocument, opts('paused') as never);
  const resume = useGqlMutation(ResumeCampaignDocument, opts('resumed') as never);
  const end = useGqlMutation(EndCampaignDocument, opts('ended') as never);
  const onError = (what: string) => (e: Error) =>
    toast.error(`The campaign was not ${what}`, { description: errorMessage(e) });
  const input = { input: { id: c.id } };
  // the pool cap's pause ends by itself (the API refuses Resume; the page explains why)
  const capPaused = c.status === 'PAUSED' && c.pauseReason === 'POOL_CAP';
  return (
    <>
      {c.status === 'DRAFT' ? (
        <Button
          onClick={() => launch.mutate(input as never, { onError: onError('launched') })}
          disabled={launch.isPending}
        >
          {launch.isPending ? 'Launching…' : 'Launch'}
        </Button>
      ) : null}
      {c.status === 'ACTIVE' || c.status === 'SCHEDULED' || capPaused ? (
        <Button
          variant="outline"
          onClick={() => pause.mutate(input as never, { onError: onError('paused') })}
          disabled={pause.isPending}
          title={capPaused ? 'Keeps it paused after the pool cap clears' : undefined}
        >
          {capPaused ? 'Keep paused' : 'Pause'}
        </Button>
      ) : null}
      {c.status === 'PAUSED' && !capPaused ? (
        <Button
          onClick={() => resume.mutate(input as never, { onError: onError('resumed') })}
          disabled={resume.isPending}
        >
          Resume
        </Button>
      ) : null}
      {c.status !== 'ENDED' && c.status !== 'DRAFT' ? (
        <ConfirmButton
          title={`End “${c.name}”?`}
          description="It stops issuing points at once and cannot be started again. Its results stay."
          confirmLabel="End campaign"
          onConfirm={() => end.mutate(input as never, { onError: onError('ended') })}
        >
          End
        </ConfirmButton>
      ) : null}
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[11rem_1fr] gap-2 py-1.5 text-sm">
      <dt className="text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Summary({ campaign: c }: { campaign: Campaign }) {
  const session = useSession();
  const tiers = useGqlQuery(DashboardTierOptionsDocument, {});
  const tierName = (id: string) => tiers.data?.tiers.find((t) => t.id === id)?.name ?? id;
  const s = c.schedule;
  const a = c.audience;
  const p = c.pacing;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Setup</CardTitle>
        <CardDescription>Times in {session.zoneLabel}.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="divide-y">
          <Row label="Window">
            {session.dateTime(c.startsAt)} → {c.endsAt ? session.dateTime(c.endsAt) : 'until ended'} (
            {c.status === 'ENDED' ? 'ended' : `ends ${endsIn(c.endsAt)}`})
          </Row>
          <Row label="Recurrence">
            {s?.daysOfWeek?.length ? s.daysOfWeek.map((d) => WEEKDAY_SHORT[d]).join(', ') : 'every day'}
            {s?.daysOfMonth?.length ? `; days ${s.daysOfMonth.join(', ')} of the month` : ''}
            {s?.startHour != null || s?.endHour != null
              ? `; ${s?.startHour ?? 0}:00–${s?.endHour ?? 24}:00`
              : ''}
          </Row>
          <Row label="Audience">
            {[
              a?.tierIds?.length ? `tiers ${a.tierIds.map(tierName).join(', ')}` : '',
              a?.newMembersWithinDays ? `joined within ${a.newMembersWithinDays} days` : '',
              a?.inactiveForDays ? `inactive ${a.inactiveForDays}+ days` : '',
              a?.minBalance ? `balance ≥ ${formatNumber(a.minBalance)} pts` : '',
            ]
              .filter(Boolean)
              .join('; ') || 'every member'}
          </Row>
          <Row label={c.variants.length > 1 ? 'Variants' : 'Effect'}>
            <ul className="grid gap-0.5">
              {c.variants.map((v) => (
                <li key={v.key}>
                  {c.variants.length > 1 || c.holdoutPercent > 0 ? (
                    <>
                      <strong>{v.name}</strong> ({v.key}, {v.weight}%):{' '}
                    </>
                  ) : null}
                  {describeEffect(v.effect, session.money)}
                  {c.promotedVariantKey === v.key ? (
                    <Badge variant="success" className="ml-2">
                      promoted
                    </Badge>
                  ) : null}
                </li>
              ))}
              {c.holdoutPercent > 0 ? <li>Holdout: {c.holdoutPercent}% (no bonus)</li> : null}
            </ul>
          </Row>
          <Row label="Budget">
            {c.budgetPoints
              ? `${formatNumber(c.pointsIssued)} of ${formatNumber(c.budgetPoints)} pts used`
              : `${formatNumber(c.pointsIssued)} pts issued, no budget`}
          </Row>
          <Row label="Pacing">
            <Badge variant={PACING_VARIANT[p.state]}>{PACING_LABEL[p.state]}</Badge>{' '}
            {formatNumber(Math.round(p.burnRatePerDay))} pts/day
            {p.projectedExhaustionAt ? `, runs out ${session.date(p.projectedExhaustionAt)}` : ''}
          </Row>
          <Row label="Per-member cap">
            {c.perMemberCapPoints ? `${formatNumber(c.perMemberCapPoints)} pts` : 'none'}
          </Row>
          <Row label="Priority, stacking">
            {c.priority}, {c.stackable ? 'stacks with other campaigns' : 'does not stack'}
          </Row>
          <Row label="Bonus expiry">
            {c.bonusExpiresInDays ? `${c.bonusExpiresInDays} days` : 'the program’s usual expiry'}
          </Row>
        </dl>
      </CardContent>
    </Card>
  );
}

function Simulation({ campaign: c }: { campaign: Campaign }) {
  const session = useSession();
  const [days, setDays] = useState(30);
  const [run, setRun] = useState(false);
  const sim = useGqlQuery(SimulateCampaignDocument, { id: c.id, days }, { enabled: run, staleTime: 60_000 });
  const r = sim.data?.simulateCampaign;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Simulation on past purchases</CardTitle>
        <CardDescription>
          Replays real purchases through this campaign with the live rules. Nothing is written.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex items-end gap-2">
          <div className="grid gap-1.5">
            <Label htmlFor="sim-days">Days back</Label>
            <select
              id="sim-days"
              className="h-9 rounded-md border border-input bg-transparent px-3 text-sm"
              value={days}
              onChange={(e) => setDays(Number(e.target.value))}
            >
              {[7, 14, 30, 60, 90].map((d) => (
                <option key={d} value={d}>
                  {d} days
                </option>
              ))}
            </select>
          </div>
          <Button
            variant={run ? 'outline' : 'default'}
            onClick={() => (run ? void sim.refetch() : setRun(true))}
            disabled={sim.isFetching}
          >
            {sim.isFetching ? 'Simulating…' : 'Run simulation'}
          </Button>
        </div>
        {sim.error ? <ErrorState error={sim.error} onRetry={() => void sim.refetch()} /> : null}
        {run && sim.isPending ? <LoadingRows label="Simulating" rows={3} /> : null}
        {r ? (
          <div className="grid gap-3" data-testid="simulation">
            <p className="text-base" aria-live="polite">
              Over the last {days} days this would have issued{' '}
              <strong data-testid="sim-points">{formatNumber(r.pointsIssued)} points</strong>, cost{' '}
              <strong data-testid="sim-cost">{session.money(r.costMinor)}</strong>, reached{' '}
              <strong data-testid="sim-members">{formatNumber(r.membersReached)} members</strong>
              {r.budgetExhaustedOn ? (
                <>
                  , and run out of budget on{' '}
                  <strong data-testid="sim-exhausted">{localDay(r.budgetExhaustedOn)}</strong>.
                </>
              ) : (
                ', and stayed within its budget.'
              )}
            </p>
            <p className="text-sm text-muted-foreground">
              {formatNumber(r.purchasesReplayed)} purchases ({session.money(r.salesMinor)}) replayed
              {r.costToSalesAdded != null
                ? `; cost-to-sales would rise by ${(r.costToSalesAdded * 100).toFixed(2)} percentage points`
                : ''}
              .
            </p>
            {r.byTier.length ? (
              <Table aria-label="Simulated points by tier">
                <TableHeader>
                  <TableRow>
                    <TableHead>Tier</TableHead>
                    <TableHead className="text-right">Members</TableHead>
                    <TableHead className="text-right">Points</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {r.byTier.map((t) => (
                    <TableRow key={t.tierId ?? 'none'}>
                      <TableCell>{t.tierName ?? 'no tier'}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(t.members)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatNumber(t.points)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
            {r.skipped.length ? (
              <p className="text-sm text-muted-foreground">
                Skipped:{' '}
                {r.skipped
                  .map((s) => `${formatNumber(s.purchases)} ${s.reason.toLowerCase().replaceAll('_', ' ')}`)
                  .join(', ')}
                .
              </p>
            ) : null}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** Promote a winning variant: every member gets it from now on (on the results page). */
export function PromoteButton({ id, variantKey, name }: { id: string; variantKey: string; name: string }) {
  const promote = useGqlMutation(PromoteVariantDocument, {
    select: (d) => requireNoUserErrors(d.promoteVariant),
    invalidates: [CampaignDocument, CampaignsDocument, CampaignResultsDocument],
    onSuccess: () => toast.success(`Variant “${name}” promoted to every member`),
  });
  return (
    <ConfirmButton
      destructive={false}
      title={`Promote “${name}”?`}
      description="Every member in the audience gets this variant from now on; the holdout and the other variants end."
      confirmLabel="Promote"
      onConfirm={() =>
        promote.mutate(
          { input: { id, variantKey } },
          { onError: (e) => toast.error('Not promoted', { description: errorMessage(e) }) },
        )
      }
    >
      Promote {name}
    </ConfirmButton>
  );
}
