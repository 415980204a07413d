import type { Metadata } from 'next';
import { LeaderboardStandings } from '@/features/engagement/leaderboard-standings';

export const metadata: Metadata = { title: 'Leaderboard' };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  return <LeaderboardStandings id={id} />;
}
