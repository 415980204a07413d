import type { Lot, LotAllocation, PointsState } from './types';
/** Spendable now: availableAt <= now and (expiresAt null or now < expiresAt) and remaining > 0. */
export declare function isAvailable(lot: Lot, now: Date): boolean;
/** Spending order: soonest expiresAt first (null last), then earnedAt, then id. */
export declare function compareSpendOrder(a: Lot, b: Lot): number;
/**
 * Adds an earning: pays off state.negative first; the lot (pushed into state.lots) keeps the rest.
 * Returns the lot as stored and how much of it paid the negative balance.
 */
export declare function earn(state: PointsState, lot: Omit<Lot, 'remaining'>): { lot: Lot; paidNegative: number };
/** Takes `points` from available lots in spending order; throws DomainError INSUFFICIENT_POINTS. */
export declare function spend(state: PointsState, points: number, now: Date): LotAllocation[];
/** Returns allocations to their lots (a cancelled redemption); pays the negative balance first. */
export declare function restore(state: PointsState, allocations: LotAllocation[]): { paidNegative: number; restored: LotAllocation[] };
/**
 * Claws back `points`: from `preferLotIds` first (in the given order), then the other lots with
 * remaining > 0 (pending or available, unexpired at `now`) in spending order; the rest becomes
 * negative balance.
 */
export declare function clawback(
  state: PointsState,
  points: number,
  preferLotIds: string[],
  now: Date,
): { allocations: LotAllocation[]; negativeAdded: number };
/** Lots whose expiresAt <= asOf with remaining > 0 are emptied; returns what each lost. */
export declare function expire(state: PointsState, asOf: Date): LotAllocation[];
export interface BalanceView {
  available: number;
  pending: number;
  negative: number;
  /** net: sum of remainders - negative (equals the sum of ledger entries) */
  net: number;
  expiringWithinDays: (days: number) => number;
}
export declare function balanceOf(state: PointsState, now: Date): BalanceView;
