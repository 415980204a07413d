/**
 * A reward row locked for a redemption or its cancellation (stock and limits change under it), and
 * its rule view for core.
 */
import type { RewardDef } from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { RewardRow } from '../db/entities/rewards';
import { isPostgres } from './members';

export function lockReward(em: EntityManager, id: string): Promise<RewardRow | null> {
  return em.findOne(
    RewardRow,
    { id },
    isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true },
  );
}

export const rewardDef = (r: RewardRow): RewardDef => ({
  id: r.id,
  pointsCost: r.pointsCost,
  cashPriceMinor: r.cashPriceMinor,
  valueMinor: r.valueMinor,
  stock: r.stock ?? null,
  perMemberLimit: r.perMemberLimit ?? null,
  active: r.active,
});
