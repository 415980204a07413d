import type { Metadata } from 'next';
import { BoostDetail } from '@/features/social/boost-detail';

export const metadata: Metadata = { title: 'Boost' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  return <BoostDetail id={id} />;
}
