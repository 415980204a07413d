import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';

export const metadata: Metadata = { title: 'Audit log' };

export default function Page() {
  return (
    <ComingSoon title="Audit log" description="Every staff change to rules, tiers, campaigns and balances." />
  );
}
