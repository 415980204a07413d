import type { Metadata } from 'next';
import { EngagementOverview } from '@/features/engagement/engagement-overview';

export const metadata: Metadata = { title: 'Engagement' };

export default function Page() {
  return <EngagementOverview />;
}
