import type { Metadata } from 'next';
import { CampaignForm } from '@/features/campaigns/campaign-form';

export const metadata: Metadata = { title: 'New campaign' };

export default function Page() {
  return <CampaignForm />;
}
