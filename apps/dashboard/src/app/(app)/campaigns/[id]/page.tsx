import type { Metadata } from 'next';
import { CampaignDetail } from '@/features/campaigns/campaign-detail';

export const metadata: Metadata = { title: 'Campaign' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  return <CampaignDetail id={id} />;
}
