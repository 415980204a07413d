'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { toast } from 'sonner';
import {
  DashboardAuditLogDocument,
  DashboardCancelRedemptionDocument,
  DashboardMemberDocument,
  DashboardMemberLedgerDocument,
  DashboardMemberRedemptionsDocument,
  DashboardRewardsDocument,
  type DashboardMemberRedemptionsQuery,
} from '@accrue/sdk/src/generated/graphql';
import { ConfirmButton } from '@/components/confirm-button';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatNumber } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import { REDEMPTIONS_PAGE } from './constants';

type Redemption = NonNullable<
  DashboardMemberRedemptionsQuery['member']
>['redemptions']['edges'][number]['node'];
const column = createColumnHelper<Redemption>();

/** The member's redemptions (Member.redemptions), newest first, with cancellation for those allowed. */
export function MemberRedemptions({ memberId }: { memberId: string }) {
  const session = useSession();
  const cursor = useCursorPage('redemptions_', REDEMPTIONS_PAGE);
  const redemptions = useGqlQuery(
    DashboardMemberRedemptionsDocument,
    { id: memberId, ...cursor.variables },
    { keepPrevious: true },
  );
  const cancel = useGqlMutation(DashboardCancelRedemptionDocument, {
    select: (d) => requireNoUserErrors(d.cancelRedemption),
    invalidates: [
      DashboardMemberRedemptionsDocument,
      DashboardMemberDocument,
      DashboardMemberLedgerDocument,
      DashboardRewardsDocument,
      DashboardAuditLogDocument,
    ],
  });
  const columns = [
    column.accessor('createdAt', {
      header: 'When',
      meta: { className: 'whitespace-nowrap' },
      cell: (c) => session.dateTime(c.getValue()),
    }),
    column.display({
      id: 'what',
      header: 'What',
      cell: ({ row: { original: r } }) =>
        r.reward ? (
          <span className="font-medium">{r.reward.name}</span>
        ) : (
          <span>
            Points off an order
            {r.orderId ? <span className="text-muted-foreground"> · order {r.orderId}</span> : null}
          </span>
        ),
    }),
    column.accessor('points', {
      header: 'Points',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.accessor('valueMinor', {
      header: 'Value',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => session.money(c.getValue()),
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: ({ row: { original: r } }) =>
        r.status === 'CANCELLED' ? (
          <Badge
            variant="outline"
            title={r.cancelledAt ? `Cancelled ${session.dateTime(r.cancelledAt)}` : undefined}
          >
            cancelled
          </Badge>
        ) : (
          <Badge variant="secondary">completed</Badge>
        ),
    }),
    ...(session.can('redemption:write')
      ? [
          column.display({
            id: 'cancel',
            header: () => <span className="sr-only">Actions</span>,
            meta: { className: 'text-right' },
            cell: ({ row: { original: r } }) =>
              r.status === 'COMPLETED' ? (
                <ConfirmButton
                  title="Cancel this redemption?"
                  description={`The member gets ${formatNumber(r.points)} points back${r.reward ? ' and the reward goes back into stock' : ''}.`}
                  confirmLabel="Cancel redemption"
                  label={`Cancel redemption of ${r.reward?.name ?? 'points off an order'}`}
                  disabled={cancel.isPending}
                  onConfirm={() =>
                    cancel.mutate(
                      { input: { redemptionId: r.id } },
                      {
                        onSuccess: () => toast.success('Redemption cancelled; the points are back'),
                        onError: (e) => toast.error('Not cancelled', { description: errorMessage(e) }),
                      },
                    )
                  }
                >
                  Cancel
                </ConfirmButton>
              ) : null,
          }),
        ]
      : []),
  ];
  const connection = redemptions.data?.member?.redemptions;
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Redemptions</CardTitle>
          <CardDescription>
            Rewards and points off orders, newest first; times in {session.program.timezone}.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        <DataTable
          label="Redemptions"
          columns={columns}
          rows={connection?.edges.map((e) => e.node)}
          rowKey={(r) => r.id}
          isPending={redemptions.isPending}
          fetching={redemptions.isFetching && !redemptions.isPending}
          error={redemptions.error}
          onRetry={() => void redemptions.refetch()}
          page={cursor.pager(connection)}
          empty={<EmptyState title="No redemptions" />}
        />
      </CardContent>
    </Card>
  );
}
