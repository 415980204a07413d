'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { DashboardRewardsDocument, type DashboardRewardsQuery } from '@accrue/sdk/src/generated/graphql';
import { DataTable } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import dynamic from 'next/dynamic';
import { PlusIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';

// the form (react-hook-form, zod) loads only for those who may create rewards
const CreateRewardDialog = dynamic(() => import('./create-reward-dialog').then((m) => m.CreateRewardDialog), {
  loading: () => (
    <Button disabled>
      <PlusIcon aria-hidden /> New reward
    </Button>
  ),
});

type Reward = DashboardRewardsQuery['rewards'][number];
const column = createColumnHelper<Reward>();

export function RewardsPage() {
  const session = useSession();
  const rewards = useGqlQuery(DashboardRewardsDocument, {});
  const columns = [
    column.accessor('name', {
      header: 'Reward',
      cell: (c) => <span className="font-medium">{c.getValue()}</span>,
    }),
    column.accessor('type', {
      header: 'Type',
      cell: (c) => <Badge variant="outline">{c.getValue().toLowerCase()}</Badge>,
    }),
    column.accessor('pointsCost', {
      header: 'Points',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.accessor('cashPriceMinor', {
      header: 'Cash price',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => (c.getValue() ? session.money(c.getValue()) : '—'),
    }),
    column.accessor('valueMinor', {
      header: 'Value',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => session.money(c.getValue()),
    }),
    column.accessor('stock', {
      header: 'Stock',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => {
        const stock = c.getValue();
        if (stock == null) return 'unlimited';
        return stock === 0 ? <Badge variant="destructive">sold out</Badge> : formatNumber(stock);
      },
    }),
    column.accessor('perMemberLimit', {
      header: 'Per member',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => (c.getValue() == null ? 'no limit' : formatNumber(c.getValue()!)),
    }),
    column.accessor('active', {
      header: 'Status',
      cell: (c) => (
        <Badge variant={c.getValue() ? 'success' : 'secondary'}>{c.getValue() ? 'active' : 'inactive'}</Badge>
      ),
    }),
  ];
  return (
    <>
      <PageHeader
        title="Rewards"
        description={`The catalog members spend points on, with stock and per-member limits. Prices in ${session.program.currency}. A reward cannot be changed through the API once created yet; create a new one instead.`}
        actions={session.can('rewards:write') ? <CreateRewardDialog /> : null}
      />
      <DataTable
        label="Rewards"
        columns={columns}
        rows={rewards.data?.rewards}
        rowKey={(r) => r.id}
        isPending={rewards.isPending}
        error={rewards.error}
        onRetry={() => void rewards.refetch()}
        empty={
          <EmptyState title="No rewards yet">
            {session.can('rewards:write')
              ? 'Create the first one with “New reward”.'
              : 'Marketing creates them.'}
          </EmptyState>
        }
      />
    </>
  );
}
