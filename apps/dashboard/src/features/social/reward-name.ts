'use client';

import { DashboardRewardsDocument } from '@accrue/sdk/src/generated/graphql';
import { useGqlQuery } from '@/lib/use-gql';

/** A reward's name by its id (from the program's rewards, read once), for the boosts that name it. */
export function useRewardName() {
  const rewards = useGqlQuery(DashboardRewardsDocument, {}, { staleTime: 300_000 });
  return (id: string) =>
    rewards.data?.rewards.find((r) => r.id === id)?.name ?? (rewards.isPending ? 'Reward…' : 'A reward');
}
