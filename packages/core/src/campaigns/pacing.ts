/** Pacing: is the budget going to last? Burn rate over the recent days and the projected run-out. */
import { addDaysToKey, dayKey, startOfLocalDay } from '../time';

const DAY_MS = 86_400_000;

export interface PacingInput {
  budgetPoints: number | null;
  pointsIssued: number;
  startsAt: Date;
  endsAt: Date | null;
  now: Date;
  /** points issued from `recentSince` up to now (the API reads them from the ledger) */
  recentPointsIssued: number;
  /** where the burn-rate window starts: `pacingWindowStart` */
  recentSince: Date;
}

export type PacingState = 'NOT_STARTED' | 'NO_BUDGET' | 'ON_TRACK' | 'EXHAUSTS_BEFORE_END' | 'EXHAUSTED';

export interface Pacing {
  pointsIssued: number;
  budgetLeft: number | null;
  /** points a day over the recent window */
  burnRatePerDay: number;
  /** when the budget runs out at the current burn rate (null: no budget, or nothing burning) */
  projectedExhaustionAt: Date | null;
  /** points issued by the end date at the current rate, at most the budget (null: open-ended) */
  projectedIssuedAtEnd: number | null;
  state: PacingState;
}

/** The burn-rate window: the last `days` days (7), not before the campaign started. */
export function pacingWindowStart(startsAt: Date, now: Date, days = 7): Date {
  return new Date(Math.max(startsAt.getTime(), now.getTime() - days * DAY_MS));
}

/**
 * The burn-rate window read from daily rollups (whole program-local days): the rows from
 * `firstDay` (the local day `days` days before today) up to today, whose points were all issued
 * from `since` (that day's first instant) to now. A campaign started later counts from its start
 * (`projectedExhaustion` clamps it).
 */
export function rollupPacingWindow(now: Date, timezone: string, days = 7): { firstDay: string; since: Date } {
  const firstDay = addDaysToKey(dayKey(now, timezone), -days);
  return { firstDay, since: startOfLocalDay(firstDay, timezone) };
}

export function computePacing(p: PacingInput): Pacing {
  const now = p.now.getTime();
  const until = p.endsAt === null ? now : Math.min(now, p.endsAt.getTime());
  const elapsedDays = (until - p.recentSince.getTime()) / DAY_MS;
  // under an hour of data says little: count at least an hour
  const burnRatePerDay = elapsedDays > 0 ? p.recentPointsIssued / Math.max(elapsedDays, 1 / 24) : 0;
  const budgetLeft = p.budgetPoints === null ? null : Math.max(0, p.budgetPoints - p.pointsIssued);
  const remainingDays = p.endsAt === null ? null : Math.max(0, (p.endsAt.getTime() - now) / DAY_MS);

  let projectedExhaustionAt: Date | null = null;
  if (budgetLeft !== null && budgetLeft > 0 && burnRatePerDay > 0) {
    projectedExhaustionAt = new Date(now + (budgetLeft / burnRatePerDay) * DAY_MS);
  } else if (budgetLeft === 0) {
    projectedExhaustionAt = p.now;
  }
  let projectedIssuedAtEnd: number | null = null;
  if (remainingDays !== null) {
    const projected = Math.round(p.pointsIssued + burnRatePerDay * remainingDays);
    projectedIssuedAtEnd = p.budgetPoints === null ? projected : Math.min(p.budgetPoints, projected);
  }

  let state: PacingState;
  if (now < p.startsAt.getTime()) state = 'NOT_STARTED';
  else if (budgetLeft === null) state = 'NO_BUDGET';
  else if (budgetLeft === 0) state = 'EXHAUSTED';
  else if (
    projectedExhaustionAt !== null &&
    (p.endsAt === null || projectedExhaustionAt.getTime() < p.endsAt.getTime())
  ) {
    state = 'EXHAUSTS_BEFORE_END';
  } else state = 'ON_TRACK';
  return {
    pointsIssued: p.pointsIssued,
    budgetLeft,
    burnRatePerDay,
    projectedExhaustionAt,
    projectedIssuedAtEnd,
    state,
  };
}
