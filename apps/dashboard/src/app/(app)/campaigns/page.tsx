import type { Metadata } from 'next';
import { LaterRelease } from '@/components/later-release';

export const metadata: Metadata = { title: 'Campaigns' };

export default function Page() {
  return (
    <LaterRelease
      title="Campaigns"
      what="Campaign list and setup (window, recurrence, audience, effect, budget), launch and pause, and A/B test results with their charts. The API answers NOT_IMPLEMENTED for campaigns until then."
    />
  );
}
