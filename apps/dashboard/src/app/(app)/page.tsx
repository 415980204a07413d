import { DashboardOverviewDocument } from '@accrue/sdk/src/generated/graphql';
import { Overview } from '@/features/overview/overview';
import { Prefetched } from '@/lib/server/prefetch';

export default function OverviewPage() {
  return (
    <Prefetched queries={[{ doc: DashboardOverviewDocument, variables: {} }]}>
      <Overview />
    </Prefetched>
  );
}
