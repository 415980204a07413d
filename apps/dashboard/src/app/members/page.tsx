import type { Metadata } from 'next';
import { ComingSoon } from '@/components/coming-soon';

export const metadata: Metadata = { title: 'Members' };

export default function Page() {
  return (
    <ComingSoon
      title="Members"
      description="Member search, balances, lots, tier progress, ledger and manual adjustments."
    />
  );
}
