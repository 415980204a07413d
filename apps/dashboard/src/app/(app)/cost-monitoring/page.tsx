import type { Metadata } from 'next';
import { CostMonitoring } from '@/features/cost/cost-monitoring';

export const metadata: Metadata = { title: 'Cost monitoring' };

export default function Page() {
  return <CostMonitoring />;
}
