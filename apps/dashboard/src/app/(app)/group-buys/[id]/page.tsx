import type { Metadata } from 'next';
import { GroupBuyDetail } from '@/features/social/group-buy-detail';

export const metadata: Metadata = { title: 'Group buy' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  return <GroupBuyDetail id={id} />;
}
