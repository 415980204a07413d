/**
 * The distribution functions the tests use, from the maintained per-function @stdlib packages
 * (no hand-written CDFs or tables). Standard normal, Student's t and chi-square.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';

/** P(Z <= z) for the standard normal */
export const standardNormalCdf = (z: number): number => normalCdf(z, 0, 1);
/** z such that P(Z <= z) = p */
export const standardNormalQuantile = (p: number): number => normalQuantile(p, 0, 1);
/** P(T <= t) for Student's t with `df` degrees of freedom (df may be fractional, as Welch's is) */
export const studentTCdf = (t: number, df: number): number => tCdf(t, df);
export const studentTQuantile = (p: number, df: number): number => tQuantile(p, df);
/** P(X > x) for chi-square with `df` degrees of freedom */
export const chiSquareSurvival = (x: number, df: number): number => 1 - chisquareCdf(x, df);

/** Two-sided p-value of a z statistic */
export const twoSidedNormalP = (z: number): number => 2 * (1 - standardNormalCdf(Math.abs(z)));
/** Two-sided p-value of a t statistic */
export const twoSidedTP = (t: number, df: number): number => 2 * (1 - studentTCdf(Math.abs(t), df));
