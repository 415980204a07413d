import { DashboardOverviewDocument } from '@accrue/sdk/src/generated/graphql';
import { Overview } from '@/features/overview/overview';
import { overviewVariables } from '@/features/overview/variables';
import { can } from '@/lib/permissions';
import { Prefetched } from '@/lib/server/prefetch';
import { readSession } from '@/lib/server/session';

// The overview is one query, read on the server for the first paint.
export default async function OverviewPage() {
  const session = await readSession();
  const withMetrics = session.state === 'signed-in' && can(session.data.viewer.role, 'metrics:read');
  return (
    <Prefetched queries={[{ doc: DashboardOverviewDocument, variables: overviewVariables(withMetrics) }]}>
      <Overview />
    </Prefetched>
  );
}
