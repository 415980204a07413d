import { DomainError } from './errors';
import { addMonths } from './time';
import type { TierDef } from './types';

const byRank = <T extends { rank: number }>(tiers: T[]): T[] => [...tiers].sort((a, b) => a.rank - b.rank);

/** Highest-rank tier whose qualifyingSpendMinor <= spend (the entry tier at least). */
export function tierForSpend(tiers: TierDef[], spendMinor: number): TierDef {
  const sorted = byRank(tiers);
  if (sorted.length === 0) throw new DomainError('INVALID_INPUT', 'no tiers defined', ['input', 'tiers']);
  let best = sorted[0];
  for (const t of sorted) if (t.qualifyingSpendMinor <= spendMinor) best = t;
  return best;
}

export interface TierState {
  tierId: string;
  retainedUntil: Date | null; // null for the entry tier
}
export interface TierEvaluation extends TierState {
  change: 'UP' | 'DOWN' | null;
  fromTierId: string;
}

const later = (a: Date | null, b: Date): Date => (a !== null && a.getTime() > b.getTime() ? a : b);

/**
 * After a purchase (or when re-evaluating at `at`): upgrade at once when the rolling spend qualifies
 * for a higher tier; renew retainedUntil when it still qualifies for the current one; after
 * retainedUntil has passed without qualifying, drop one tier (retained another grace period).
 * `spendAt(t)` gives the rolling qualifying spend at instant t.
 *
 * When several grace periods have passed since the last evaluation, the member steps down one tier
 * per period: at each step instant (the previous retainedUntil) the tier is renewed if spendAt(step)
 * still qualifies for it, else dropped again. The result is then checked against the spend at `at`,
 * so evaluating twice at the same instant changes nothing.
 */
export function evaluateTier(input: {
  tiers: TierDef[];
  current: TierState;
  at: Date;
  spendAt: (t: Date) => number;
  graceMonths: number;
}): TierEvaluation {
  const { at, spendAt, graceMonths } = input;
  const sorted = byRank(input.tiers);
  const from = sorted.find((t) => t.id === input.current.tierId);
  if (!from)
    throw new DomainError('NOT_FOUND', `tier ${input.current.tierId} not found`, ['input', 'tierId']);
  const entry = sorted[0];
  const below = (t: TierDef) => sorted[sorted.indexOf(t) - 1];
  const lapsed = (d: Date | null): d is Date => d !== null && d.getTime() <= at.getTime();
  const spend = spendAt(at);

  let tier = from;
  let until = from === entry ? null : input.current.retainedUntil;

  if (tier !== entry && lapsed(until) && spend < tier.qualifyingSpendMinor) {
    // retention lapsed without qualifying: drop exactly one tier, retained from the old retainedUntil
    let step: Date = until;
    tier = below(tier);
    until = tier === entry ? null : addMonths(step, graceMonths);
    // further whole grace periods may have passed too (until > step guards a zero grace)
    while (tier !== entry && lapsed(until) && until.getTime() > step.getTime()) {
      step = until;
      if (spendAt(step) < tier.qualifyingSpendMinor) tier = below(tier);
      until = tier === entry ? null : addMonths(step, graceMonths);
    }
  }

  const qualified = tierForSpend(sorted, spend);
  if (qualified.rank > tier.rank) {
    // upgrade at once, possibly several ranks
    tier = qualified;
    until = addMonths(at, graceMonths);
  } else if (tier !== entry && spend >= tier.qualifyingSpendMinor) {
    // still qualifies: retained for a full grace period from now (never shortened)
    until = later(until, addMonths(at, graceMonths));
  } else if (tier !== entry && until === null) {
    // a non-entry tier without a retention date (e.g. set by hand): its grace period starts now
    until = addMonths(at, graceMonths);
  }

  return {
    tierId: tier.id,
    retainedUntil: until,
    change: tier.rank > from.rank ? 'UP' : tier.rank < from.rank ? 'DOWN' : null,
    fromTierId: from.id,
  };
}

export function tierProgress(
  tiers: TierDef[],
  currentTierId: string,
  spendMinor: number,
): { current: TierDef; next: TierDef | null; spendToNextMinor: number | null } {
  const sorted = byRank(tiers);
  const index = sorted.findIndex((t) => t.id === currentTierId);
  if (index < 0) throw new DomainError('NOT_FOUND', `tier ${currentTierId} not found`, ['input', 'tierId']);
  const next = sorted[index + 1] ?? null;
  return {
    current: sorted[index],
    next,
    spendToNextMinor: next === null ? null : Math.max(0, next.qualifyingSpendMinor - spendMinor),
  };
}

/** Validates a tier table: unique names and ranks, rank 0 with spend 0, spend increasing with rank, multipliers >= 1. Throws DomainError INVALID_INPUT naming the field. */
export function validateTiers(tiers: Omit<TierDef, 'id'>[]): void {
  const fail = (index: number, field: string, message: string): never => {
    throw new DomainError('INVALID_INPUT', message, ['input', 'tiers', String(index), field]);
  };
  if (tiers.length === 0)
    throw new DomainError('INVALID_INPUT', 'at least one tier is required', ['input', 'tiers']);

  const names = new Set<string>();
  const ranks = new Set<number>();
  tiers.forEach((t, i) => {
    const name = typeof t.name === 'string' ? t.name.trim() : '';
    if (name === '') fail(i, 'name', 'tier name is required');
    if (names.has(name.toLowerCase())) fail(i, 'name', `duplicate tier name ${name}`);
    names.add(name.toLowerCase());
    if (!Number.isInteger(t.rank) || t.rank < 0) fail(i, 'rank', 'rank must be a non-negative integer');
    if (ranks.has(t.rank)) fail(i, 'rank', `duplicate rank ${t.rank}`);
    ranks.add(t.rank);
    if (!Number.isSafeInteger(t.qualifyingSpendMinor) || t.qualifyingSpendMinor < 0) {
      fail(i, 'qualifyingSpendMinor', 'qualifying spend must be a non-negative integer');
    }
    if (t.rank === 0 && t.qualifyingSpendMinor !== 0)
      fail(i, 'qualifyingSpendMinor', 'the entry tier (rank 0) must need no spend');
    if (!Number.isFinite(t.earnMultiplier) || t.earnMultiplier < 1)
      fail(i, 'earnMultiplier', 'multiplier must be at least 1');
    if (!Number.isFinite(t.birthdayMultiplier) || t.birthdayMultiplier < 1) {
      fail(i, 'birthdayMultiplier', 'birthday multiplier must be at least 1');
    }
  });
  if (!ranks.has(0)) fail(0, 'rank', 'an entry tier with rank 0 is required');

  // qualifying spend strictly increases with rank
  const order = tiers.map((t, index) => ({ t, index })).sort((a, b) => a.t.rank - b.t.rank);
  for (let k = 1; k < order.length; k++) {
    if (order[k].t.qualifyingSpendMinor <= order[k - 1].t.qualifyingSpendMinor) {
      fail(order[k].index, 'qualifyingSpendMinor', 'qualifying spend must increase with rank');
    }
  }
}
