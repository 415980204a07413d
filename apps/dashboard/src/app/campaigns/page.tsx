import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';

export const metadata: Metadata = { title: 'Campaigns' };

export default function Page() {
  return (
    <ComingSoon
      title="Campaigns"
      description="Campaign list, setup, launch and pause, and A/B test results."
    />
  );
}
