import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';

export const metadata: Metadata = { title: 'Cost monitoring' };

export default function Page() {
  return (
    <ComingSoon
      title="Cost monitoring"
      description="Issued vs redeemed vs expired points, cost-to-sales against its red line, liability and alerts."
    />
  );
}
