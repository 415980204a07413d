import { RewardRow } from '../../db/entities/rewards';
import { ID_PREFIX, newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { int, MAX_MINOR, MAX_POINTS, str } from '../../services/validate';

export interface CreateRewardInput {
  name: string;
  type: 'DISCOUNT' | 'ITEM' | 'DONATION';
  pointsCost: number;
  cashPriceMinor?: number | null;
  valueMinor: number;
  stock?: number | null;
  perMemberLimit?: number | null;
}

/** Adds a catalog reward (points only, or points + cash), with optional stock and per-member limit. */
export async function createReward(app: App, actor: Actor, input: CreateRewardInput): Promise<RewardRow> {
  const now = app.clock.now();
  const f = (n: string) => ['input', n];
  const clean = {
    name: str(input.name, f('name'), { max: 200, required: true })!,
    type: input.type,
    pointsCost: int(input.pointsCost, f('pointsCost'), { min: 1, max: MAX_POINTS })!,
    cashPriceMinor: int(input.cashPriceMinor ?? 0, f('cashPriceMinor'), { min: 0, max: MAX_MINOR })!,
    valueMinor: int(input.valueMinor, f('valueMinor'), { min: 0, max: MAX_MINOR })!,
    stock: int(input.stock, f('stock'), { min: 0, max: 100_000_000 }) ?? null,
    perMemberLimit: int(input.perMemberLimit, f('perMemberLimit'), { min: 1, max: 1_000_000 }) ?? null,
  };
  return inTransaction(app, async (em) => {
    const reward = em.create(RewardRow, {
      ...clean,
      id: newId(ID_PREFIX.reward),
      active: true,
      createdAt: now,
    });
    audit(em, actor, 'reward.create', `reward:${reward.id}`, null, clean, now);
    return reward;
  });
}
