'use client';

import { DashboardMemberLedgerDocument } from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatSignedPoints } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { REDEMPTIONS_WINDOW } from './constants';

/** Redemptions and their cancellations, read from the member's latest 100 ledger entries. */
export function MemberRedemptions({ memberId }: { memberId: string }) {
  const session = useSession();
  const ledger = useGqlQuery(DashboardMemberLedgerDocument, { id: memberId, first: REDEMPTIONS_WINDOW });
  const entries = (ledger.data?.member?.ledger.edges ?? [])
    .map((e) => e.node)
    .filter((e) => e.source === 'REDEMPTION' || e.source === 'REDEMPTION_CANCEL');
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Redemptions</CardTitle>
          <CardDescription>
            Points spent at checkout or on rewards, and cancellations (from the latest 100 entries).
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {ledger.isPending ? (
          <LoadingRows label="Loading redemptions" rows={2} />
        ) : ledger.error ? (
          <ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} />
        ) : entries.length === 0 ? (
          <EmptyState title="No redemptions" />
        ) : (
          <div className="rounded-lg border">
            <Table aria-label="Redemptions">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>When</TableHead>
                  <TableHead>What</TableHead>
                  <TableHead className="text-right">Points</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {entries.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell className="whitespace-nowrap">{session.dateTime(e.occurredAt)}</TableCell>
                    <TableCell>
                      <Badge variant={e.source === 'REDEMPTION' ? 'secondary' : 'outline'}>
                        {e.source === 'REDEMPTION' ? 'redeemed' : 'cancelled'}
                      </Badge>{' '}
                      {e.orderId ? `order ${e.orderId}` : (e.reason ?? '')}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatSignedPoints(e.points)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
