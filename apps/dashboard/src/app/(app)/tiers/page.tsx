import type { Metadata } from 'next';
import { TiersPage } from '@/features/program/tiers-page';

export const metadata: Metadata = { title: 'Tiers & rules' };

export default function Page() {
  return <TiersPage />;
}
