'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import { PlusIcon } from 'lucide-react';
import { PointsDrawsDocument, type PointsDrawFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { PHASE_LABEL, PHASE_VARIANT } from './labels';

const CreateDrawDialog = dynamic(() => import('./create-draw-dialog').then((m) => m.CreateDrawDialog), {
  loading: () => (
    <Button disabled>
      <PlusIcon aria-hidden /> New draw
    </Button>
  ),
});

type Draw = PointsDrawFieldsFragment;
const column = createColumnHelper<Draw>();

export function DrawsList() {
  const session = useSession();
  const cursor = useCursorPage('', 25);
  const draws = useGqlQuery(PointsDrawsDocument, cursor.variables, { keepPrevious: true });
  const writer = session.can('engagement:write');
  const columns = [
    column.accessor('name', {
      header: 'Draw',
      cell: (c) => (
        <Link
          href={`/draws/${encodeURIComponent(c.row.original.id)}`}
          className="font-medium underline-offset-4 hover:underline"
        >
          {c.getValue()}
        </Link>
      ),
    }),
    column.accessor('phase', {
      header: 'Status',
      cell: (c) => <Badge variant={PHASE_VARIANT[c.getValue()]}>{PHASE_LABEL[c.getValue()]}</Badge>,
    }),
    column.accessor('entryCostPoints', {
      header: 'Entry cost',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => `${formatNumber(c.getValue())} pts`,
    }),
    column.accessor('prizes', {
      header: 'Prizes',
      cell: (c) =>
        c
          .getValue()
          .map((p) => `${p.name} ×${formatNumber(p.stock)}`)
          .join(', '),
    }),
    column.accessor('opensAt', { header: 'Opens', cell: (c) => session.dateTime(c.getValue()) }),
    column.accessor('closesAt', { header: 'Closes', cell: (c) => session.dateTime(c.getValue()) }),
    column.display({
      id: 'winners',
      header: 'Winners',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => (c.row.original.phase === 'DRAWN' ? formatNumber(c.row.original.winners.length) : '—'),
    }),
  ];
  const connection = draws.data?.pointsDraws;
  return (
    <>
      <PageHeader
        title="Points draws"
        description={`Members buy entries with points while a draw is open. Each draw publishes a fingerprint (hash) of its secret seed when created and reveals the seed once drawn, so anyone can recompute the winners. Times in ${session.zoneLabel}.`}
        actions={writer ? <CreateDrawDialog /> : null}
      />
      <DataTable
        label="Points draws"
        columns={columns}
        rows={connection?.edges.map((e) => e.node)}
        rowKey={(r) => r.id}
        isPending={draws.isPending}
        fetching={draws.isFetching && !draws.isPending}
        error={draws.error}
        onRetry={() => void draws.refetch()}
        page={cursor.pager(connection)}
        empty={
          <EmptyState title="No draws yet">
            {writer ? 'Create one with “New draw”.' : 'Marketing sets them up.'}
          </EmptyState>
        }
      />
    </>
  );
}
