import type { Metadata } from 'next';
import { BoostsList } from '@/features/social/boosts-list';

export const metadata: Metadata = { title: 'Boosts' };

export default function Page() {
  return <BoostsList />;
}
