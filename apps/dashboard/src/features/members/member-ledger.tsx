'use client';

import Link from 'next/link';
import { createColumnHelper } from '@tanstack/react-table';
import {
  DashboardMemberLedgerDocument,
  type DashboardMemberLedgerQuery,
} from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ENTRY_TYPE_LABEL, SOURCE_LABEL, formatNumber, formatSignedPoints, reasonLabel } from '@/lib/format';
import { cn } from '@/lib/utils';
import { useGqlQuery } from '@/lib/use-gql';
import { LEDGER_PAGE } from './constants';

type Entry = NonNullable<DashboardMemberLedgerQuery['member']>['ledger']['edges'][number]['node'];
const column = createColumnHelper<Entry>();

export function MemberLedger({ memberId }: { memberId: string }) {
  const session = useSession();
  const cursor = useCursorPage('ledger_', LEDGER_PAGE);
  const ledger = useGqlQuery(
    DashboardMemberLedgerDocument,
    { id: memberId, ...cursor.variables },
    { keepPrevious: true },
  );
  const columns = [
    column.accessor('occurredAt', {
      header: 'When',
      meta: { className: 'whitespace-nowrap' },
      cell: (c) => session.dateTime(c.getValue()),
    }),
    column.display({
      id: 'origin',
      header: 'Where the points came from',
      cell: ({ row: { original: e } }) => (
        <div className="min-w-48">
          <div className="flex items-center gap-1.5">
            <Badge variant="outline">{ENTRY_TYPE_LABEL[e.type]}</Badge>
            <span className="font-medium">{SOURCE_LABEL[e.source]}</span>
          </div>
          <p className="mt-0.5 text-xs break-all text-muted-foreground">
            {e.campaign ? (
              <>
                <Link
                  href={`/campaigns/${encodeURIComponent(e.campaign.id)}`}
                  className="text-primary underline underline-offset-2"
                >
                  {e.campaign.name}
                </Link>
                {' · '}
              </>
            ) : null}
            {[reasonLabel(e.reason), e.orderId ? `order ${e.orderId}` : undefined]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      ),
    }),
    column.accessor('points', {
      header: 'Points',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => (
        <span
          className={cn(
            'font-medium',
            c.getValue() > 0 ? 'text-success' : c.getValue() < 0 && 'text-destructive',
          )}
        >
          {formatSignedPoints(c.getValue())}
        </span>
      ),
    }),
    column.accessor('balanceAfter', {
      header: 'Balance after',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.accessor('expiresAt', {
      header: 'Expires',
      meta: { className: 'hidden whitespace-nowrap 2xl:table-cell' },
      cell: (c) => session.date(c.getValue()),
    }),
  ];
  const connection = ledger.data?.member?.ledger;
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Ledger</CardTitle>
          <CardDescription>
            Every change to the balance, newest first; times in {session.program.timezone}.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <DataTable
          label="Ledger"
          columns={columns}
          rows={connection?.edges.map((e) => e.node)}
          rowKey={(e) => e.id}
          isPending={ledger.isPending}
          fetching={ledger.isFetching && !ledger.isPending}
          error={ledger.error}
          onRetry={() => void ledger.refetch()}
          page={cursor.pager(connection)}
          empty={<EmptyState title="No ledger entries yet" />}
        />
      </CardContent>
    </Card>
  );
}
