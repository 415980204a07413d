import type { Metadata } from 'next';
import { GroupBuysList } from '@/features/social/group-buys-list';

export const metadata: Metadata = { title: 'Group buys' };

export default function Page() {
  return <GroupBuysList />;
}
