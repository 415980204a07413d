import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';

export const metadata: Metadata = { title: 'Tiers & rules' };

export default function Page() {
  return <ComingSoon title="Tiers & rules" description="Tiers and earning rules." />;
}
