import type { Metadata } from 'next';
import {
  DashboardMemberDocument,
  DashboardMemberLedgerDocument,
  DashboardMemberRedemptionsDocument,
} from '@accrue/sdk/src/generated/graphql';
import { MemberDetail } from '@/features/members/member-detail';
import { can } from '@/lib/permissions';
import { Prefetched } from '@/lib/server/prefetch';
import { readSession } from '@/lib/server/session';
import { LEDGER_PAGE, REDEMPTIONS_PAGE } from '@/features/members/constants';

export const metadata: Metadata = { title: 'Member' };

export default async function MemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const id = decodeURIComponent((await params).id);
  const query = await searchParams;
  const session = await readSession();
  const ledger = session.state === 'signed-in' && can(session.data.viewer.role, 'ledger:read');
  const firstLedgerPage = !query.ledger_after && !query.ledger_before;
  const firstRedemptionsPage = !query.redemptions_after && !query.redemptions_before;
  return (
    <Prefetched
      queries={[
        { doc: DashboardMemberDocument, variables: { id } },
        ...(ledger && firstLedgerPage
          ? [{ doc: DashboardMemberLedgerDocument, variables: { id, first: LEDGER_PAGE } }]
          : []),
        ...(ledger && firstRedemptionsPage
          ? [{ doc: DashboardMemberRedemptionsDocument, variables: { id, first: REDEMPTIONS_PAGE } }]
          : []),
      ]}
    >
      <MemberDetail id={id} />
    </Prefetched>
  );
}
