/**
 * A liability forecast for the coming days (30 and 90 by default), from three things the program
 * already knows: the expiry schedule of the points held now, the issuance trend and the redemption
 * pattern of the recent past.
 *
 * Day by day: outstanding(t) = outstanding(t−1) + issued(t) − redeemed(t) − expiring(t), where
 *  - issued(t) follows a least-squares line through the recent daily issuance (never below zero;
 *    the plain mean while there are fewer than `minTrendDays` days of history),
 *  - redeemed(t) = outstanding(t−1) × the daily redemption fraction of the recent past
 *    (points redeemed / point-days held),
 *  - expiring(t) = the points scheduled to expire that day × the share not redeemed by then,
 *    (1 − daily fraction)^t: members spend soonest-expiring points first, so this overstates what
 *    expires a little, which keeps the forecast on the cautious side.
 * liability(t) = outstanding(t) × point value × expected redemption rate.
 */
import { addDaysToKey } from '../time';
import { liability } from './definitions';

export interface ForecastHistoryDay {
  issued: number;
  redeemed: number;
  /** outstanding points at the day's end */
  outstanding: number;
}

export interface ForecastInput {
  /** the day the forecast starts after ('YYYY-MM-DD'); day 1 is the next day */
  today: string;
  outstandingPoints: number;
  /** points of the lots held now, by the day key they expire on */
  expirySchedule: ReadonlyMap<string, number>;
  /** the recent past, oldest first (e.g. the last 90 days) */
  history: readonly ForecastHistoryDay[];
  pointValueMinor: number;
  expectedRedemptionRate: number;
  horizonDays?: number; // 90
  minTrendDays?: number; // 14
}

export interface ForecastDay {
  day: string;
  outstandingPoints: number;
  liabilityMinor: number;
}

/** least-squares line through ys at x = 0..n−1: [intercept, slope] */
export function linearTrend(ys: readonly number[]): [number, number] {
  const n = ys.length;
  if (n === 0) return [0, 0];
  if (n === 1) return [ys[0], 0];
  const mx = (n - 1) / 2;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let x = 0; x < n; x++) {
    sxy += (x - mx) * (ys[x] - my);
    sxx += (x - mx) ** 2;
  }
  const slope = sxy / sxx;
  return [my - slope * mx, slope];
}

/** points redeemed per point held per day, over the history (0 when nothing was held) */
export function dailyRedemptionFraction(history: readonly ForecastHistoryDay[]): number {
  let redeemed = 0;
  let held = 0;
  for (const h of history) {
    redeemed += h.redeemed;
    held += Math.max(0, h.outstanding + h.redeemed); // what was there to redeem that day
  }
  if (held <= 0) return 0;
  return Math.min(1, Math.max(0, redeemed / held));
}

export function forecastLiability(i: ForecastInput): ForecastDay[] {
  const horizon = i.horizonDays ?? 90;
  const n = i.history.length;
  const issuedHistory = i.history.map((h) => h.issued);
  const [a, b] =
    n >= (i.minTrendDays ?? 14)
      ? linearTrend(issuedHistory)
      : [n ? issuedHistory.reduce((s, x) => s + x, 0) / n : 0, 0];
  const f = dailyRedemptionFraction(i.history);
  const out: ForecastDay[] = [];
  let outstanding = Math.max(0, i.outstandingPoints);
  let survival = 1;
  for (let t = 1; t <= horizon; t++) {
    const day = addDaysToKey(i.today, t);
    survival *= 1 - f;
    const issued = Math.max(0, a + b * (n - 1 + t));
    const redeemed = outstanding * f;
    const expiring = (i.expirySchedule.get(day) ?? 0) * survival;
    outstanding = Math.max(0, outstanding + issued - redeemed - expiring);
    const points = Math.round(outstanding);
    out.push({
      day,
      outstandingPoints: points,
      liabilityMinor: liability(points, i.pointValueMinor, i.expectedRedemptionRate),
    });
  }
  return out;
}

/**
 * How far a forecast was from what happened: mean absolute percentage error over the days both
 * have (days whose actual figure is zero are left out). For the README's back-test.
 */
export function forecastError(predicted: readonly number[], actual: readonly number[]): number | null {
  let sum = 0;
  let count = 0;
  for (let k = 0; k < Math.min(predicted.length, actual.length); k++) {
    if (actual[k] === 0) continue;
    sum += Math.abs(predicted[k] - actual[k]) / Math.abs(actual[k]);
    count++;
  }
  return count ? sum / count : null;
}
