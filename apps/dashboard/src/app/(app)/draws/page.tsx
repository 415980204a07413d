import type { Metadata } from 'next';
import { DrawsList } from '@/features/engagement/draws-list';

export const metadata: Metadata = { title: 'Points draws' };

export default function Page() {
  return <DrawsList />;
}
