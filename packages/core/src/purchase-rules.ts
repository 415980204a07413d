/**
 * Rules and constants the API's SQL and its two write paths (ORM and plain SQL) are built from, so
 * that each is written once, here: reason codes, the sources that count as bonus, the qualifying
 * window's look-back, which lots are due, which lots an order owns, a refund's clawback basis, a new
 * member's activity state, and the split of a campaign budget into slices that purchases claim from.
 */
import type { ActivityState } from './activities';
import { addMonths } from './time';
import type { Grant, PointsSource, ProgramRules } from './types';

/** The machine-readable reasons on ledger entries and refusals (the `reason` column). */
export const REASON = {
  BASE: 'BASE',
  CATEGORY_MULTIPLIER: 'CATEGORY_MULTIPLIER',
  TIER_MULTIPLIER: 'TIER_MULTIPLIER',
  BIRTHDAY: 'BIRTHDAY',
  ORDER_THRESHOLD: 'ORDER_THRESHOLD',
  MONTHLY_MILESTONE: 'MONTHLY_MILESTONE',
  WELCOME: 'WELCOME',
  REFERRAL_REFERRER: 'REFERRAL_REFERRER',
  REFERRAL_REFEREE: 'REFERRAL_REFEREE',
  SIGN_IN: 'SIGN_IN',
  SIGN_IN_STREAK: 'SIGN_IN_STREAK',
  REVIEW: 'REVIEW',
  SHARE: 'SHARE',
  PROFILE_COMPLETED: 'PROFILE_COMPLETED',
  TASK_PROFILE: 'TASK_PROFILE',
  TASK_FIRST_PURCHASE: 'TASK_FIRST_PURCHASE',
  TASK_FIRST_REVIEW: 'TASK_FIRST_REVIEW',
  TASK_ALL_DONE: 'TASK_ALL_DONE',
  TASK_COMPLETED: 'TASK_COMPLETED',
  CHALLENGE_COMPLETED: 'CHALLENGE_COMPLETED',
  MONTHLY_BONUS_CAP: 'MONTHLY_BONUS_CAP',
  SHARE_MONTHLY_CAP: 'SHARE_MONTHLY_CAP',
  REFERRAL_MONTHLY_CAP: 'REFERRAL_MONTHLY_CAP',
  EARNING_VELOCITY: 'EARNING_VELOCITY',
  LEADERBOARD_PRIZE: 'LEADERBOARD_PRIZE',
} as const;
export type ReasonCode = (typeof REASON)[keyof typeof REASON];

/** The sources whose grants count toward the monthly bonus cap (campaigns, activities, tasks and challenges). */
export const BONUS_SOURCES: readonly PointsSource[] = [
  'CAMPAIGN',
  'ACTIVITY',
  'TASK',
  'CHALLENGE',
  'GROUP_BUY',
];
export const isBonusSource = (source: PointsSource) => BONUS_SOURCES.includes(source);

/**
 * Months of purchase history the qualifying spend needs at `at`: the rolling window, and, once the
 * tier's grace has ended (a step-down may be due), enough to find the instants the tier stepped at.
 */
export function qualifyingLookbackMonths(
  rules: Pick<ProgramRules, 'qualifyingWindowMonths' | 'tierGraceMonths'>,
  tierRetainedUntil: Date | null | undefined,
  at: Date,
): number {
  return (
    rules.qualifyingWindowMonths +
    (tierRetainedUntil && tierRetainedUntil <= at ? qualifyingGraceLookbackMonths(rules) : 0)
  );
}
/** The longest extra look-back a tier step-down needs (three graces). */
export const qualifyingGraceLookbackMonths = (rules: Pick<ProgramRules, 'tierGraceMonths'>) =>
  rules.tierGraceMonths * 3;
/** The first instant (exclusive) of the purchases a qualifying spend at `at` reads. */
export const qualifyingHistoryFrom = (at: Date, lookbackMonths: number) => addMonths(at, -lookbackMonths);

/**
 * A lot filter as plain data, in the shape of a MikroORM filter (the ORM takes it as it is; the
 * plain-SQL path renders it with `sqlWhere`), so that a lot set is defined once.
 */
export type LotFilter = {
  remaining?: { $gt: number };
  expiresAt?: { $lte: Date } | { $gt: Date; $lte: Date };
};

/** Due lots: points still held that have reached their expiry at `at` (expiry expires them). */
export const dueLotFilter = (at: Date) =>
  ({ remaining: { $gt: 0 }, expiresAt: { $lte: at } }) satisfies LotFilter;
/** Open lots: points still held. */
export const openLotFilter = () => ({ remaining: { $gt: 0 } }) satisfies LotFilter;

/** Whether a lot is due at `at` (dueLotFilter as a predicate). */
export function isDueLot(lot: { remaining: number; expiresAt?: Date | null }, at: Date): boolean {
  const f = dueLotFilter(at);
  return lot.remaining > f.remaining.$gt && !!lot.expiresAt && lot.expiresAt <= f.expiresAt.$lte;
}

/**
 * Grants whose lots belong to the order: a refund claws these back in proportion. That is every
 * point the order earned (base, tier, threshold, the monthly milestone it reached, the new-member
 * tasks it completed, campaign bonuses) except the referral rewards, which a refund of the whole
 * order reverses on both sides instead.
 */
export const isOrderLot = (g: Pick<Grant, 'source'>) => g.source !== 'REFERRAL';

/**
 * The points a refund claws back a share of: what the order's lots issued, less what expired before
 * it was spent (an EXPIRE entry already written, or a lot due now that expiry has not reached yet),
 * which never did the member any good.
 */
export function refundClawbackBasis(input: {
  lots: { points: number; remaining: number; expiresAt?: Date | null }[];
  expiredBefore: number;
  now: Date;
}): number {
  const issued = input.lots.reduce((s, l) => s + l.points, 0);
  const dueNow = input.lots.filter((l) => isDueLot(l, input.now)).reduce((s, l) => s + l.remaining, 0);
  return issued - input.expiredBefore - dueNow;
}

/** A new member's activity state: nothing signed in, shared, reviewed or completed yet. */
export function newMemberActivity(): ActivityState {
  return {
    lastSignInDay: null,
    signInStreak: 0,
    sharePointsThisMonth: 0,
    profileCompleted: false,
    reviewed: false,
    tasks: { profile: false, firstPurchase: false, firstReview: false, allDone: false },
  };
}

/** Whether a member's review reasons already hold one of `code` ("EARNING_VELOCITY: ..."). */
export const hasReviewReason = (reasons: readonly string[] | null | undefined, code: ReasonCode) =>
  (reasons ?? []).some((r) => r.startsWith(code));

/**
 * A shared counter with a ceiling (a campaign's budget) is kept as slices: rows of its own, each
 * with `used` and `cap`, so that purchases claiming from it touch different rows and never queue on
 * one. A purchase claims from the slices it read, starting at the one its member hashes to and
 * moving on while it needs more; the host writes each claim as an increment of that slice's `used`,
 * and the slice table's CHECK (used <= cap) refuses an overdraw made by a concurrent claim (the
 * purchase then runs again and reads the new figures).
 */
export interface BudgetSlice {
  slice: number;
  used: number;
  cap: number;
}

/** Claims up to `want` from the slices; returns what was granted and what to add to each slice's `used`. */
export function claimBudget(
  slices: readonly BudgetSlice[],
  want: number,
  start: number,
): { granted: number; claims: { slice: number; points: number }[] } {
  const ordered = [...slices].sort((a, b) => a.slice - b.slice);
  const claims: { slice: number; points: number }[] = [];
  let left = Math.max(0, Math.floor(want));
  for (let i = 0; i < ordered.length && left > 0; i++) {
    const s = ordered[((((start % ordered.length) + ordered.length) % ordered.length) + i) % ordered.length];
    const take = Math.min(left, Math.max(0, s.cap - s.used));
    if (take > 0) {
      claims.push({ slice: s.slice, points: take });
      left -= take;
    }
  }
  return { granted: Math.floor(want) - left, claims };
}

/** Splits a budget into `n` slices whose caps add up to it (the first ones take the remainder). */
export function budgetSlices(budget: number, n: number): number[] {
  const base = Math.floor(budget / n);
  return Array.from({ length: n }, (_, i) => base + (i < budget - base * n ? 1 : 0));
}

/** A stable slice for a member (FNV-1a of the id), so a member's claims land on the same row. */
export function sliceOf(memberId: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < memberId.length; i++) h = Math.imul(h ^ memberId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % n;
}

/** The qualifying window at `at`: purchases (net of refunds) in (after, until] count toward a tier. */
export const qualifyingWindow = (at: Date, windowMonths: number) => ({
  after: addMonths(at, -windowMonths),
  until: at,
});
