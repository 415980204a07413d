import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';

export const metadata: Metadata = { title: 'Rewards' };

export default function Page() {
  return <ComingSoon title="Rewards" description="The rewards catalog." />;
}
