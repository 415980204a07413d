/**
 * The finance figures, defined once. Money is integer minor units; a ratio whose denominator is
 * zero is null ("no data"), never 0 or Infinity.
 */
import { DomainError } from '../errors';

/** numerator / denominator, or null when the denominator is zero */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Cost of points = points × point value (minor units per point). Exact for integer inputs. */
export function costOfPoints(points: number, pointValueMinor: number): number {
  return points * pointValueMinor;
}

/** What one window of rollups says about points and sales. */
export interface WindowFlows {
  salesMinor: number;
  /** points issued in the window, all sources */
  issued: number;
  /** points redeemed in the window (net of cancelled redemptions) */
  redeemed: number;
  /** points clawed back in the window (refunds, manual removals) */
  reversed: number;
}

/**
 * Cost-to-sales on the ISSUED basis: the cost of the points issued in the window (net of points
 * clawed back by refunds and removals) over the window's sales (net of refunds).
 *
 * The red line uses this basis. The cost of a point is committed when it is issued: the member
 * holds a claim from then on, and a campaign that overspends shows in the ratio the day it issues.
 * On the redeemed basis the same overspend would show only months later, when the points are
 * spent, long after the campaign could have been paused; and the ratio would move with members'
 * redemption habits rather than with what marketing decided. The issued basis is also the
 * conservative one (it assumes every point will be redeemed; breakage only lowers the real cost).
 */
export function costToSalesIssued(w: WindowFlows, pointValueMinor: number): number | null {
  return ratio(costOfPoints(w.issued - w.reversed, pointValueMinor), w.salesMinor);
}

/**
 * Cost-to-sales on the REDEEMED basis: the cost of the points redeemed in the window over the
 * window's sales (the cash the program actually gave away in the window). Shown beside the issued
 * basis; it lags it by the time members hold their points.
 */
export function costToSalesRedeemed(w: WindowFlows, pointValueMinor: number): number | null {
  return ratio(costOfPoints(w.redeemed, pointValueMinor), w.salesMinor);
}

/** Flow ratio = redeemed / issued (over a window): below 1 the pool of points grows. */
export function flowRatio(redeemed: number, issued: number): number | null {
  return ratio(redeemed, issued);
}

/** Accumulation ratio = outstanding / issued (issued over the window it is measured on). */
export function accumulationRatio(outstanding: number, issued: number): number | null {
  return ratio(outstanding, issued);
}

function assertRate(rate: number, field = 'expectedRedemptionRate') {
  if (!(rate >= 0 && rate <= 1)) {
    throw new DomainError('INVALID_INPUT', `${field} must be between 0 and 1`, ['input', field]);
  }
}

/** Breakage = 1 − expected redemption rate: the share of points expected never to be redeemed. */
export function breakage(expectedRedemptionRate: number): number {
  assertRate(expectedRedemptionRate);
  return 1 - expectedRedemptionRate;
}

/**
 * Liability = outstanding points × point value × expected redemption rate, rounded to the minor
 * unit (half away from zero). A negative outstanding figure (points owed by members) is no
 * liability: it is floored at zero.
 */
export function liability(
  outstandingPoints: number,
  pointValueMinor: number,
  expectedRedemptionRate: number,
): number {
  assertRate(expectedRedemptionRate);
  if (outstandingPoints <= 0) return 0;
  return Math.round(outstandingPoints * pointValueMinor * expectedRedemptionRate);
}

export const REDEMPTION_KINDS = ['CASH_OFFSET', 'CATALOG', 'DONATION'] as const;
export type RedemptionKind = (typeof REDEMPTION_KINDS)[number];

/** A redemption's kind for finance: no reward = points off an order's cash; a donation; else catalog. */
export function redemptionKind(rewardType: string | null | undefined): RedemptionKind {
  if (!rewardType) return 'CASH_OFFSET';
  return rewardType === 'DONATION' ? 'DONATION' : 'CATALOG';
}
