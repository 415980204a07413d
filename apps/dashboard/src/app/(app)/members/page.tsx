import type { Metadata } from 'next';
import { DashboardMembersDocument, DashboardTierOptionsDocument } from '@accrue/sdk/src/generated/graphql';
import { MEMBERS_PAGE, membersFilter } from '@/features/members/constants';
import { MembersList } from '@/features/members/members-list';
import { Prefetched } from '@/lib/server/prefetch';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const query = await searchParams;
  // the first page of what the URL asks for is read on the server; later pages in the browser
  const firstPage = !query.after && !query.before;
  return (
    <Prefetched
      queries={[
        { doc: DashboardTierOptionsDocument, variables: {} },
        ...(firstPage
          ? [
              {
                doc: DashboardMembersDocument,
                variables: {
                  first: MEMBERS_PAGE,
                  filter: membersFilter({
                    q: query.q ?? '',
                    tier: query.tier ?? null,
                    flagged: query.flagged === 'true',
                  }),
                },
              },
            ]
          : []),
      ]}
    >
      <MembersList />
    </Prefetched>
  );
}
