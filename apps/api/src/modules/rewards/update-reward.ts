import { DomainError } from '@accrue/core';
import type { RewardRow } from '../../db/entities/rewards';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { lockReward } from '../../services/rewards';
import { bad, int, MAX_MINOR, MAX_POINTS, str } from '../../services/validate';
import type { CreateRewardInput } from './create-reward';

/**
 * A change to a catalog reward. A field left out stays as it is; for stock, perMemberLimit and
 * cashPriceMinor, null clears it (unlimited stock, no limit, points only).
 */
export interface UpdateRewardInput extends Partial<
  Omit<CreateRewardInput, 'name' | 'type' | 'pointsCost' | 'valueMinor'>
> {
  id: string;
  name?: string | null;
  type?: CreateRewardInput['type'] | null;
  pointsCost?: number | null;
  valueMinor?: number | null;
  /** false takes the reward out of the catalog (redemptions of it are refused); true puts it back */
  active?: boolean | null;
}

type Patch = Partial<
  Pick<
    RewardRow,
    'name' | 'type' | 'pointsCost' | 'cashPriceMinor' | 'valueMinor' | 'stock' | 'perMemberLimit' | 'active'
  >
>;

/** Changes a reward (audited with the fields given, before and after); the row is locked as a redemption locks it. */
export async function updateReward(app: App, actor: Actor, input: UpdateRewardInput): Promise<RewardRow> {
  const now = app.clock.now();
  const f = (n: string) => ['input', n];
  const patch: Patch = {};
  // required fields: null is "unchanged" only when left out; an explicit null is refused
  if (input.name !== undefined) patch.name = str(input.name, f('name'), { max: 200, required: true })!;
  if (input.type !== undefined) {
    patch.type = input.type ?? bad(f('type'), 'cannot be cleared');
  }
  if (input.pointsCost !== undefined) {
    patch.pointsCost =
      int(input.pointsCost, f('pointsCost'), { min: 1, max: MAX_POINTS }) ??
      bad(f('pointsCost'), 'cannot be cleared');
  }
  if (input.valueMinor !== undefined) {
    patch.valueMinor =
      int(input.valueMinor, f('valueMinor'), { min: 0, max: MAX_MINOR }) ??
      bad(f('valueMinor'), 'cannot be cleared');
  }
  if (input.cashPriceMinor !== undefined)
    patch.cashPriceMinor = int(input.cashPriceMinor ?? 0, f('cashPriceMinor'), { min: 0, max: MAX_MINOR })!;
  if (input.stock !== undefined)
    patch.stock = int(input.stock, f('stock'), { min: 0, max: 100_000_000 }) ?? null;
  if (input.perMemberLimit !== undefined)
    patch.perMemberLimit = int(input.perMemberLimit, f('perMemberLimit'), { min: 1, max: 1_000_000 }) ?? null;
  if (input.active !== undefined && input.active !== null) patch.active = input.active;

  return inTransaction(app, async (em) => {
    const reward = await lockReward(em, input.id);
    if (!reward) throw new DomainError('REWARD_NOT_FOUND', `No reward with id "${input.id}"`, f('id'));
    const changed = (Object.keys(patch) as (keyof Patch)[]).filter((k) => (reward[k] ?? null) !== patch[k]);
    if (changed.length === 0) return reward;
    const before = Object.fromEntries(changed.map((k) => [k, reward[k] ?? null]));
    const after = Object.fromEntries(changed.map((k) => [k, patch[k]]));
    Object.assign(reward, after);
    audit(em, actor, 'reward.update', `reward:${reward.id}`, before, after, now);
    return reward;
  });
}
