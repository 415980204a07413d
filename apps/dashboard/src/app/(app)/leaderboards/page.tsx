import type { Metadata } from 'next';
import { LeaderboardsList } from '@/features/engagement/leaderboards-list';

export const metadata: Metadata = { title: 'Leaderboards' };

export default function Page() {
  return <LeaderboardsList />;
}
