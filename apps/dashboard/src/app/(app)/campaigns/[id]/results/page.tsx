import type { Metadata } from 'next';
import { CampaignResults } from '@/features/campaigns/campaign-results';

export const metadata: Metadata = { title: 'A/B results' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  return <CampaignResults id={id} />;
}
