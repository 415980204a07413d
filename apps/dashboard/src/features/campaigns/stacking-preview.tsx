'use client';

import { useEffect, useId, useState } from 'react';
import {
  CampaignStackingPreviewDocument,
  DashboardTierOptionsDocument,
  type CampaignStackingPreviewQuery,
} from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { formatNumber, minorPerUnit, zonedToUtc } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { toInput, validate, type CampaignDraft } from './campaign-draft';

type Preview = CampaignStackingPreviewQuery['campaignStackingPreview'];
type Row = Preview['campaigns'][number];

const selectClass =
  'h-9 w-full rounded-md border border-input bg-transparent px-3 text-sm shadow-xs focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50';

/** The value after it stopped changing for `ms` (the preview is not asked for on every key stroke). */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/** Enter in the example's fields does not save the campaign (they sit inside its form). */
const keepInForm = (e: React.KeyboardEvent) => {
  if (e.key === 'Enter') e.preventDefault();
};

const points = (n: number) => `${formatNumber(n)} pts`;

/** Why a campaign adds nothing (or less) to the example purchase, in words. */
export function reasonText(r: Row): string {
  switch (r.reason) {
    case null:
    case undefined:
      return r.isPreviewed ? 'Applies' : 'Applies with the others';
    case 'STACKING_EXCLUDED':
      return r.excludedByStackable === false
        ? `“${r.excludedByName}” comes first and does not stack with other campaigns (this one would have added ${points(r.excludedPoints)})`
        : `Does not stack, and “${r.excludedByName}” already applies ahead of it (it would have added ${points(r.excludedPoints)})`;
    case 'NOT_ACTIVE':
      return r.status === 'PAUSED'
        ? 'Paused'
        : r.status === 'SCHEDULED'
          ? 'Not started yet at the time of the purchase'
          : r.status === 'ENDED'
            ? 'Ended by the time of the purchase'
            : 'Not launched';
    case 'POOL_CAP':
      return 'Paused: the program’s points pool cap is reached (resumes on its own)';
    case 'OUTSIDE_WINDOW':
      return 'The purchase falls outside its dates';
    case 'OUTSIDE_SCHEDULE':
      return 'The purchase falls outside its days or hours';
    case 'NOT_IN_AUDIENCE':
      return 'The example member is not in its audience';
    case 'HOLDOUT':
      return 'The example member is in its holdout';
    case 'NOT_APPLICABLE':
      return 'Gives nothing on this purchase (e.g. below its minimum order, or no item in its category)';
    case 'MEMBER_CAP':
      return r.applies ? 'Applies, limited by its cap per member' : 'The member has reached its cap';
    case 'BUDGET_EXHAUSTED':
      return 'Its budget is used up';
    case 'EVALUATION_ERROR':
      return 'Could not be worked out: check its effect';
  }
}

/**
 * How the campaign being set up stacks with the live ones on an example purchase: the API runs the
 * same campaign engine as real purchases (campaignStackingPreview), nothing is saved.
 */
export function StackingPreview({ draft, campaignId }: { draft?: CampaignDraft; campaignId?: string }) {
  const session = useSession();
  const uid = useId();
  const { currency, timezone } = session.program;
  const unit = minorPerUnit(currency);
  const [amount, setAmount] = useState('100');
  const [tierId, setTierId] = useState('');
  const [at, setAt] = useState('');
  const tiers = useGqlQuery(DashboardTierOptionsDocument, {});
  // without a tier chosen the API takes the lowest one; the select names it as the sentence does
  const [entryTier, ...higherTiers] = [...(tiers.data?.tiers ?? [])].sort((a, b) => a.rank - b.rank);

  const amountOk = /^\d+(\.\d{1,2})?$/.test(amount.trim()) && Number(amount) > 0;
  // the name is not needed to preview; every other field the form checks is
  const blocking = draft ? Object.keys(validate({ ...draft, name: draft.name || 'x' }, unit)) : [];
  const variables =
    amountOk && !blocking.length
      ? {
          input: {
            campaignId,
            draft: draft
              ? { ...toInput(draft, timezone, unit), name: draft.name.trim() || 'This campaign' }
              : undefined,
            amountMinor: Math.round(Number(amount) * unit),
            memberTierId: tierId || undefined,
            at: at ? zonedToUtc(at, timezone).toISOString() : undefined,
          },
        }
      : null;
  // compared as text: a new object on every render must not restart the wait
  const settledKey = useSettled(variables && JSON.stringify(variables));
  const settled = settledKey ? (JSON.parse(settledKey) as NonNullable<typeof variables>) : null;
  const query = useGqlQuery(CampaignStackingPreviewDocument, settled!, {
    enabled: settled !== null,
    keepPrevious: true,
  });
  const p = settled ? query.data?.campaignStackingPreview : undefined;

  return (
    <Card data-testid="stacking-preview">
      <CardHeader>
        <CardTitle>How it stacks with live campaigns</CardTitle>
        <CardDescription>
          An example purchase worked out by the same engine as real purchases, with this campaign as if
          launched. Nothing is saved.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="grid content-start gap-1.5">
            <Label htmlFor={`${uid}-amount`}>Example purchase ({currency})</Label>
            <Input
              id={`${uid}-amount`}
              inputMode="decimal"
              value={amount}
              aria-invalid={amountOk ? undefined : true}
              aria-describedby={amountOk ? undefined : `${uid}-amount-error`}
              onChange={(e) => setAmount(e.target.value)}
              onKeyDown={keepInForm}
            />
            {!amountOk ? (
              <p id={`${uid}-amount-error`} className="text-sm text-destructive">
                An amount above 0, e.g. 100 or 49.90
              </p>
            ) : null}
          </div>
          <div className="grid content-start gap-1.5">
            <Label htmlFor={`${uid}-tier`}>Member’s tier</Label>
            <select
              id={`${uid}-tier`}
              className={selectClass}
              value={tierId}
              onChange={(e) => setTierId(e.target.value)}
            >
              <option value="">
                {entryTier?.name ?? (tiers.error ? 'The lowest tier' : 'Loading tiers…')}
              </option>
              {higherTiers.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="grid content-start gap-1.5">
            <Label htmlFor={`${uid}-at`}>Purchase made ({timezone})</Label>
            <Input
              id={`${uid}-at`}
              type="datetime-local"
              value={at}
              onChange={(e) => setAt(e.target.value)}
              onKeyDown={keepInForm}
            />
            <p className="text-xs text-muted-foreground">Empty: now, or when the campaign starts if later.</p>
          </div>
        </div>
        {blocking.length ? (
          <EmptyState title="Nothing to preview yet">
            Fill in the start and the effect (and fix any field marked above) to see how this campaign stacks.
          </EmptyState>
        ) : query.error && settled ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !p ? (
          amountOk ? (
            <LoadingRows label="Working out the example purchase" rows={3} />
          ) : null
        ) : (
          <PreviewTable preview={p} updating={query.isFetching} />
        )}
      </CardContent>
    </Card>
  );
}

function PreviewTable({ preview: p, updating }: { preview: Preview; updating: boolean }) {
  const session = useSession();
  const live = p.campaigns.filter((r) => !r.isPreviewed);
  return (
    <div className="grid gap-3" aria-busy={updating || undefined}>
      <p className="text-sm" aria-live="polite" data-testid="stacking-summary">
        A purchase of <strong>{session.money(p.amountMinor)}</strong> by a {p.tierName} member on{' '}
        {session.dateTime(p.at)} earns <strong>{points(p.programPoints)}</strong> from the program’s rules
        {p.campaignPoints ? (
          <>
            {' '}
            plus <strong>{points(p.campaignPoints)}</strong> from campaigns:{' '}
            <strong>{points(p.totalPoints)}</strong> in all.
          </>
        ) : (
          ' and nothing from campaigns.'
        )}
      </p>
      {p.poolCapReached ? (
        <Alert variant="warning">
          <AlertDescription>
            The program’s points pool cap is reached: every campaign is paused until it clears.
          </AlertDescription>
        </Alert>
      ) : null}
      {!live.length ? (
        <p className="text-sm text-muted-foreground">
          No other campaign is live: this one would apply on its own.
        </p>
      ) : null}
      <Table aria-label="Campaigns on the example purchase, in the order they apply">
        <TableCaption className="mt-2 text-left">
          Campaigns are taken by priority (higher first). Stackable ones add up; one that does not stack
          applies only if nothing applied before it, and then nothing after it does.
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-10">Order</TableHead>
            <TableHead>Campaign</TableHead>
            <TableHead className="text-right">Priority</TableHead>
            <TableHead>Stacks</TableHead>
            <TableHead>Result</TableHead>
            <TableHead className="text-right">Points added</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {p.campaigns.map((r, i) => (
            <TableRow key={r.campaignId ?? 'this'} data-testid="stacking-row" data-applies={r.applies}>
              <TableCell className="tabular-nums">{i + 1}</TableCell>
              <TableCell>
                <span className="font-medium">{r.name}</span>
                {r.isPreviewed ? (
                  <Badge variant="outline" className="ml-2">
                    this campaign
                  </Badge>
                ) : null}
              </TableCell>
              <TableCell className="text-right tabular-nums">{r.priority}</TableCell>
              <TableCell>{r.stackable ? 'Yes' : 'No'}</TableCell>
              <TableCell>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge
                    variant={
                      r.applies ? 'success' : r.reason === 'STACKING_EXCLUDED' ? 'warning' : 'secondary'
                    }
                  >
                    {r.applies ? 'applies' : r.reason === 'STACKING_EXCLUDED' ? 'excluded' : 'does not apply'}
                  </Badge>
                  <span className="text-sm text-muted-foreground">{reasonText(r)}</span>
                </div>
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {r.applies ? `+${points(r.points)}` : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        <tfoot className="border-t font-medium">
          <TableRow>
            <TableCell colSpan={5}>Program’s rules (base rate, tier and order bonuses)</TableCell>
            <TableCell className="text-right tabular-nums">{points(p.programPoints)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell colSpan={5}>Total for the purchase</TableCell>
            <TableCell className="text-right tabular-nums" data-testid="stacking-total">
              {points(p.totalPoints)}
            </TableCell>
          </TableRow>
        </tfoot>
      </Table>
    </div>
  );
}
