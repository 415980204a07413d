import type { TierDef } from './types';
/** Highest-rank tier whose qualifyingSpendMinor <= spend (the entry tier at least). */
export declare function tierForSpend(tiers: TierDef[], spendMinor: number): TierDef;
export interface TierState {
  tierId: string;
  retainedUntil: Date | null; // null for the entry tier
}
export interface TierEvaluation extends TierState {
  change: 'UP' | 'DOWN' | null;
  fromTierId: string;
}
/**
 * After a purchase (or when re-evaluating at `at`): upgrade at once when the rolling spend qualifies
 * for a higher tier; renew retainedUntil when it still qualifies for the current one; after
 * retainedUntil has passed without qualifying, drop one tier (retained another grace period).
 * `spendAt(t)` gives the rolling qualifying spend at instant t.
 */
export declare function evaluateTier(input: {
  tiers: TierDef[];
  current: TierState;
  at: Date;
  spendAt: (t: Date) => number;
  graceMonths: number;
}): TierEvaluation;
export declare function tierProgress(
  tiers: TierDef[],
  currentTierId: string,
  spendMinor: number,
): { current: TierDef; next: TierDef | null; spendToNextMinor: number | null };
/** Validates a tier table: unique names and ranks, rank 0 with spend 0, spend increasing with rank, multipliers >= 1. Throws DomainError BAD_USER_INPUT naming the field. */
export declare function validateTiers(tiers: Omit<TierDef, 'id'>[]): void;
