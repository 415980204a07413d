/**
 * The expected redemption rate, estimated from the program's own history: cohorts of issued points
 * (e.g. the lots issued in one month) and what became of them.
 *
 * Only MATURED cohorts count: those whose points can no longer change fate (every lot has reached
 * its expiry, or nothing is left outstanding). An immature cohort would bias the estimate upwards,
 * because redemptions happen before expiries: a month-old cohort has had its redemptions but not
 * yet its expiries. Points clawed back (refunds, removals) were never the members' to redeem, so
 * they count neither way. While fewer than `minMaturedPoints` points have matured, the program's
 * configured default is used instead.
 */
import { DomainError } from '../errors';

export interface IssuedCohort {
  /** e.g. the month the points were issued, 'YYYY-MM' (for display only) */
  key: string;
  issued: number;
  redeemed: number;
  expired: number;
  reversed: number;
  /** still held (remaining in the cohort's lots) */
  outstanding: number;
  /** the latest expiry among the cohort's lots; null when some never expire */
  lastExpiresAt: Date | null;
}

export interface RedemptionRateOptions {
  asOf: Date;
  /** the rate used while history is short (e.g. 0.8) */
  defaultRate: number;
  /** how many matured (redeemed + expired) points make history long enough (e.g. 10,000) */
  minMaturedPoints: number;
}

export interface RedemptionRateEstimate {
  rate: number;
  basis: 'HISTORY' | 'DEFAULT';
  maturedPoints: number;
  redeemedPoints: number;
}

/** a cohort whose points can no longer be redeemed or expire */
export function isMatured(c: IssuedCohort, asOf: Date): boolean {
  return c.outstanding <= 0 || (c.lastExpiresAt !== null && c.lastExpiresAt.getTime() <= asOf.getTime());
}

export function expectedRedemptionRate(
  cohorts: readonly IssuedCohort[],
  opts: RedemptionRateOptions,
): RedemptionRateEstimate {
  if (!(opts.defaultRate >= 0 && opts.defaultRate <= 1)) {
    throw new DomainError('INVALID_INPUT', 'defaultRate must be between 0 and 1', ['input', 'defaultRate']);
  }
  let redeemed = 0;
  let expired = 0;
  for (const c of cohorts) {
    if (!isMatured(c, opts.asOf)) continue;
    redeemed += Math.max(0, c.redeemed);
    // points still held past their cohort's last expiry are expired in all but the entry
    expired += Math.max(0, c.expired) + Math.max(0, c.outstanding);
  }
  const matured = redeemed + expired;
  if (matured === 0 || matured < opts.minMaturedPoints) {
    return { rate: opts.defaultRate, basis: 'DEFAULT', maturedPoints: matured, redeemedPoints: redeemed };
  }
  return { rate: redeemed / matured, basis: 'HISTORY', maturedPoints: matured, redeemedPoints: redeemed };
}
