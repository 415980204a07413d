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
import { PencilIcon, PlusIcon } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

// the forms (react-hook-form, zod) load only for those who may create and edit rewards
const CreateRewardDialog = dynamic(() => import('./reward-dialogs').then((m) => m.CreateRewardDialog), {
  loading: () => (
    <Button disabled>
      <PlusIcon aria-hidden /> New reward
    </Button>
  ),
});
const EditRewardDialog = dynamic(() => import('./reward-dialogs').then((m) => m.EditRewardDialog));

type Reward = DashboardRewardsQuery['rewards'][number];
const column = createColumnHelper<Reward>();

export function RewardsPage() {
  const session = useSession();
  const rewards = useGqlQuery(DashboardRewardsDocument, {});
  const canWrite = session.can('rewards:write');
  const [editing, setEditing] = useState<Reward | null>(null);
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
    ...(canWrite
      ? [
          column.display({
            id: 'edit',
            header: () => <span className="sr-only">Actions</span>,
            meta: { className: 'text-right' },
            cell: ({ row: { original: r } }) => (
              <Button variant="ghost" size="sm" onClick={() => setEditing(r)} aria-label={`Edit ${r.name}`}>
                <PencilIcon aria-hidden /> Edit
              </Button>
            ),
          }),
        ]
      : []),
  ];
  return (
    <>
      <PageHeader
        title="Rewards"
        description={`The catalog members spend points on, with stock and per-member limits. Prices in ${session.program.currency}. A change applies to the next redemption.`}
        actions={canWrite ? <CreateRewardDialog /> : null}
      />
      {canWrite && editing ? <EditRewardDialog reward={editing} onClose={() => setEditing(null)} /> : null}
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
            {canWrite ? 'Create the first one with “New reward”.' : 'Marketing creates them.'}
          </EmptyState>
        }
      />
    </>
  );
}
