import type { CostStatus } from '@accrue/sdk/src/generated/graphql';
import { Badge } from '@/components/ui/badge';

const VARIANT = { OK: 'success', WARNING: 'warning', BREACH: 'destructive' } as const;
const TEXT: Record<CostStatus, string> = {
  OK: 'under the red line',
  WARNING: 'near the red line',
  BREACH: 'over the red line',
};

/** Cost-to-sales against the red line, as the API's status says. */
export function CostStatusBadge({ status }: { status: CostStatus }) {
  return <Badge variant={VARIANT[status]}>{TEXT[status]}</Badge>;
}
