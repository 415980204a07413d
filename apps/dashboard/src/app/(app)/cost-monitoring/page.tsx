import type { Metadata } from 'next';
import { LaterRelease } from '@/components/later-release';

export const metadata: Metadata = { title: 'Cost monitoring' };

export default function Page() {
  return (
    <LaterRelease
      title="Cost monitoring"
      what="Points issued, redeemed and expired over time, cost-to-sales against its red line, the liability and its forecast, and alerts."
    />
  );
}
