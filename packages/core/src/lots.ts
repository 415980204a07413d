/**
 * A member's points as lots plus a negative balance. Invariants (see docs/domain.md, property-tested):
 * - net = sum of lot remainders - negative = sum of ledger entries;
 * - 0 <= lot.remaining <= lot.points;
 * - negative > 0 only while every unexpired lot is empty (earnings and restores pay it off first);
 * - a throwing operation leaves the state untouched.
 */
import { DomainError } from './errors';
import { addDays } from './time';
import type { Lot, LotAllocation, PointsState } from './types';

function assertPoints(points: number, field: string): void {
  if (!Number.isSafeInteger(points) || points < 0) {
    throw new DomainError('INVALID_INPUT', `${field} must be a non-negative integer`, ['input', field]);
  }
}

const isExpired = (lot: Lot, now: Date) => lot.expiresAt !== null && lot.expiresAt.getTime() <= now.getTime();

/** Spendable now: availableAt <= now and (expiresAt null or now < expiresAt) and remaining > 0. */
export function isAvailable(lot: Lot, now: Date): boolean {
  return lot.remaining > 0 && lot.availableAt.getTime() <= now.getTime() && !isExpired(lot, now);
}

/** Spending order: soonest expiresAt first (null last), then earnedAt, then id. */
export function compareSpendOrder(a: Lot, b: Lot): number {
  const ea = a.expiresAt?.getTime() ?? Infinity;
  const eb = b.expiresAt?.getTime() ?? Infinity;
  if (ea !== eb) return ea < eb ? -1 : 1;
  const d = a.earnedAt.getTime() - b.earnedAt.getTime();
  if (d !== 0) return d;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Takes up to `points` from `lots` in the given order; returns the allocations and what is still missing. */
function drain(lots: Lot[], points: number): { allocations: LotAllocation[]; missing: number } {
  const allocations: LotAllocation[] = [];
  let missing = points;
  for (const lot of lots) {
    if (missing === 0) break;
    const take = Math.min(lot.remaining, missing);
    if (take === 0) continue;
    lot.remaining -= take;
    missing -= take;
    allocations.push({ lotId: lot.id, points: take });
  }
  return { allocations, missing };
}

/**
 * Adds an earning: pays off state.negative first; the lot (pushed into state.lots) keeps the rest.
 * Returns the lot as stored and how much of it paid the negative balance.
 */
export function earn(state: PointsState, lot: Omit<Lot, 'remaining'>): { lot: Lot; paidNegative: number } {
  assertPoints(lot.points, 'points');
  if (state.lots.some((l) => l.id === lot.id)) {
    throw new DomainError('INVALID_INPUT', `duplicate lot id ${lot.id}`, ['input', 'lotId']);
  }
  const paidNegative = Math.min(state.negative, lot.points);
  const stored: Lot = { ...lot, remaining: lot.points - paidNegative };
  state.negative -= paidNegative;
  state.lots.push(stored);
  return { lot: stored, paidNegative };
}

/** Takes `points` from available lots in spending order; throws DomainError INSUFFICIENT_POINTS. */
export function spend(state: PointsState, points: number, now: Date): LotAllocation[] {
  assertPoints(points, 'points');
  const available = state.lots.filter((l) => isAvailable(l, now)).sort(compareSpendOrder);
  const total = available.reduce((s, l) => s + l.remaining, 0);
  // checked before any lot is touched, so a refusal leaves the state as it was
  if (points > total) {
    throw new DomainError('INSUFFICIENT_POINTS', `${points} points requested, ${total} available`, [
      'input',
      'points',
    ]);
  }
  return drain(available, points).allocations;
}

/** Returns allocations to their lots (a cancelled redemption); pays the negative balance first. */
export function restore(
  state: PointsState,
  allocations: LotAllocation[],
): { paidNegative: number; restored: LotAllocation[] } {
  const byId = new Map(state.lots.map((l) => [l.id, l]));
  // Plan first (negative paid from the allocations in their order, i.e. the soonest-expiring points),
  // validate, then apply: a refusal must not leave a half-restored state.
  let negative = state.negative;
  const restored: LotAllocation[] = [];
  const added = new Map<string, number>();
  for (const a of allocations) {
    assertPoints(a.points, 'points');
    const lot = byId.get(a.lotId);
    if (!lot) throw new DomainError('NOT_FOUND', `lot ${a.lotId} not found`, ['input', 'lotId']);
    const pay = Math.min(negative, a.points);
    negative -= pay;
    const back = a.points - pay;
    if (back === 0) continue;
    const total = (added.get(lot.id) ?? 0) + back;
    if (lot.remaining + total > lot.points) {
      throw new DomainError('INVALID_INPUT', `lot ${lot.id} would hold more than it earned`, [
        'input',
        'lotId',
      ]);
    }
    added.set(lot.id, total);
    restored.push({ lotId: lot.id, points: back });
  }
  for (const [id, points] of added) byId.get(id)!.remaining += points;
  const paidNegative = state.negative - negative;
  state.negative = negative;
  return { paidNegative, restored };
}

/**
 * Claws back `points`: from `preferLotIds` first (in the given order), then the other lots with
 * remaining > 0 (pending or available, unexpired at `now`) in spending order; the rest becomes
 * negative balance. Expired lots (expiresAt <= now) are never touched: their points are lost to expiry.
 */
export function clawback(
  state: PointsState,
  points: number,
  preferLotIds: string[],
  now: Date,
): { allocations: LotAllocation[]; negativeAdded: number } {
  assertPoints(points, 'points');
  const usable = (l: Lot | undefined): l is Lot => l !== undefined && l.remaining > 0 && !isExpired(l, now);
  const preferred = [...new Set(preferLotIds)]
    .map((id) => state.lots.find((l) => l.id === id))
    .filter(usable);
  const preferredIds = new Set(preferred.map((l) => l.id));
  const others = state.lots.filter((l) => usable(l) && !preferredIds.has(l.id)).sort(compareSpendOrder);
  const { allocations, missing } = drain([...preferred, ...others], points);
  state.negative += missing;
  return { allocations, negativeAdded: missing };
}

/**
 * Lots whose expiresAt <= asOf with remaining > 0 are emptied; returns what each lost, in spending
 * order (soonest expiry first, then earnedAt, then id) whatever the order of `state.lots`: callers
 * write one ledger entry per allocation, so the same history gives the same ledger (and the same
 * balanceAfter on each entry) whichever order the database returned the lots in.
 */
export function expire(state: PointsState, asOf: Date): LotAllocation[] {
  const due = state.lots.filter((lot) => lot.remaining > 0 && isExpired(lot, asOf)).sort(compareSpendOrder);
  return due.map((lot) => {
    const points = lot.remaining;
    lot.remaining = 0;
    return { lotId: lot.id, points };
  });
}

export interface BalanceView {
  available: number;
  pending: number;
  negative: number;
  /** net: sum of remainders - negative (equals the sum of ledger entries) */
  net: number;
  expiringWithinDays: (days: number) => number;
}

export function balanceOf(state: PointsState, now: Date): BalanceView {
  const sum = (lots: Lot[]) => lots.reduce((s, l) => s + l.remaining, 0);
  const available = state.lots.filter((l) => isAvailable(l, now));
  const pending = state.lots.filter((l) => l.availableAt.getTime() > now.getTime() && !isExpired(l, now));
  return {
    available: sum(available),
    pending: sum(pending),
    negative: state.negative,
    net: sum(state.lots) - state.negative,
    /** available points whose lot expires within `days` of now (what expiry reminders announce) */
    expiringWithinDays: (days: number) => {
      const horizon = addDays(now, days).getTime();
      return sum(available.filter((l) => l.expiresAt !== null && l.expiresAt.getTime() <= horizon));
    },
  };
}
