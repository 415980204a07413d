'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { PlusIcon } from 'lucide-react';
import {
  CampaignsDocument,
  type CampaignStatus,
  type CampaignsQuery,
} from '@accrue/sdk/src/generated/graphql';
import { DataTable } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import {
  PACING_LABEL,
  PACING_VARIANT,
  POOL_CAP_PAUSE_EXPLANATION,
  STATUS_LABEL,
  STATUS_VARIANT,
  endsIn,
  statusText,
} from './labels';

type Campaign = CampaignsQuery['campaigns']['edges'][number]['node'];
const column = createColumnHelper<Campaign>();
const STATUSES = ['ALL', 'DRAFT', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED'] as const;

export function CampaignsList() {
  const session = useSession();
  const [status, setStatus] = useQueryState('status', parseAsStringLiteral(STATUSES).withDefault('ALL'));
  const campaigns = useGqlQuery(
    CampaignsDocument,
    { status: status === 'ALL' ? undefined : (status as CampaignStatus), first: 100 },
    { keepPrevious: true },
  );
  const columns = [
    column.accessor('name', {
      header: 'Campaign',
      cell: (c) => (
        <div className="grid">
          <Link
            href={`/campaigns/${encodeURIComponent(c.row.original.id)}`}
            className="font-medium underline-offset-4 hover:underline"
          >
            {c.getValue()}
          </Link>
          <span className="text-xs text-muted-foreground">
            {c.row.original.key}
            {c.row.original.variants.length > 1 || c.row.original.holdoutPercent > 0
              ? ` · A/B test, ${c.row.original.variants.length} variant${c.row.original.variants.length === 1 ? '' : 's'}${c.row.original.holdoutPercent ? `, ${c.row.original.holdoutPercent}% holdout` : ''}`
              : ''}
          </span>
        </div>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      cell: (c) => (
        <Badge
          variant={STATUS_VARIANT[c.getValue()]}
          title={c.row.original.pauseReason === 'POOL_CAP' ? POOL_CAP_PAUSE_EXPLANATION : undefined}
        >
          {statusText(c.row.original)}
        </Badge>
      ),
    }),
    column.display({
      id: 'budget',
      header: 'Budget used',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => {
        const { pointsIssued, budgetPoints } = c.row.original;
        if (!budgetPoints) return `${formatNumber(pointsIssued)} pts (no budget)`;
        const share = Math.min(1, pointsIssued / budgetPoints);
        return (
          <div className="grid justify-items-end gap-1">
            <span>
              {formatNumber(pointsIssued)} / {formatNumber(budgetPoints)} pts
            </span>
            <div
              className="h-1.5 w-28 overflow-hidden rounded bg-muted"
              role="img"
              aria-label={`${Math.round(share * 100)}% of the budget used`}
            >
              <div
                className={share >= 0.9 ? 'h-full bg-destructive' : 'h-full bg-primary'}
                style={{ width: `${share * 100}%` }}
              />
            </div>
          </div>
        );
      },
    }),
    column.display({
      id: 'pacing',
      header: 'Pacing',
      cell: (c) => {
        const p = c.row.original.pacing;
        return (
          <div className="grid gap-0.5">
            <Badge variant={PACING_VARIANT[p.state]}>{PACING_LABEL[p.state]}</Badge>
            {p.projectedExhaustionAt ? (
              <span className="text-xs text-muted-foreground">
                runs out {session.date(p.projectedExhaustionAt)}
              </span>
            ) : null}
          </div>
        );
      },
    }),
    column.accessor('startsAt', {
      header: 'Starts',
      cell: (c) => session.dateTime(c.getValue()),
    }),
    column.accessor('endsAt', {
      header: 'Ends in',
      cell: (c) => (
        <span title={session.dateTime(c.getValue())}>
          {c.row.original.status === 'ENDED' ? 'ended' : endsIn(c.getValue())}
        </span>
      ),
    }),
  ];
  const rows = campaigns.data?.campaigns.edges.map((e) => e.node);
  return (
    <>
      <PageHeader
        title="Campaigns"
        description={`Double-points days, bonuses and A/B tests. Status and pacing are computed by the API; times in ${session.zoneLabel}.`}
        actions={
          session.can('campaigns:write') ? (
            <Button asChild>
              <Link href="/campaigns/new">
                <PlusIcon aria-hidden /> New campaign
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="mb-4 flex items-end gap-3">
        <div className="grid gap-1.5">
          <Label htmlFor="campaign-status">Status</Label>
          <Select value={status} onValueChange={(v) => void setStatus(v as (typeof STATUSES)[number])}>
            <SelectTrigger id="campaign-status" className="w-44">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {STATUSES.map((s) => (
                <SelectItem key={s} value={s}>
                  {s === 'ALL' ? 'All statuses' : STATUS_LABEL[s]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        {campaigns.data ? (
          <p className="pb-2 text-sm text-muted-foreground" aria-live="polite">
            {formatNumber(campaigns.data.campaigns.totalCount)} campaigns
          </p>
        ) : null}
      </div>
      <DataTable
        label="Campaigns"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        isPending={campaigns.isPending}
        fetching={campaigns.isFetching && !campaigns.isPending}
        error={campaigns.error}
        onRetry={() => void campaigns.refetch()}
        empty={
          <EmptyState
            title={
              status === 'ALL' ? 'No campaigns yet' : `No ${STATUS_LABEL[status as CampaignStatus]} campaigns`
            }
          >
            {session.can('campaigns:write') ? 'Create one with “New campaign”.' : 'Marketing sets them up.'}
          </EmptyState>
        }
      />
    </>
  );
}
