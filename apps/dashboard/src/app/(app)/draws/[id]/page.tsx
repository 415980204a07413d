import type { Metadata } from 'next';
import { DrawDetail } from '@/features/engagement/draw-detail';

export const metadata: Metadata = { title: 'Points draw' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  return <DrawDetail id={id} />;
}
