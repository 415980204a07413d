/** Sample-ratio mismatch: are members spread over the arms as the configured weights say? */
import { chiSquareSurvival } from './distributions';

export type SrmStatus = 'HEALTHY' | 'MISMATCH' | 'NOT_ENOUGH_DATA';

export interface SrmResult {
  status: SrmStatus;
  chiSquare: number | null;
  degreesOfFreedom: number;
  pValue: number | null;
  observed: number[];
  expected: number[];
}

export interface SrmOptions {
  /** p below which the split is a mismatch (0.001, as GrowthBook) */
  threshold?: number;
  /** fewest members in all arms together before the check says anything (100) */
  minTotal?: number;
  /** fewest expected members in every arm (5: the chi-square approximation's rule of thumb) */
  minExpected?: number;
}

/**
 * Pearson's chi-square goodness-of-fit of the observed counts against `weights` (any scale; they
 * are normalized). Arms with weight 0 are left out.
 */
export function srmCheck(
  observed: readonly number[],
  weights: readonly number[],
  options: SrmOptions = {},
): SrmResult {
  if (observed.length !== weights.length) throw new RangeError('one weight per arm');
  const threshold = options.threshold ?? 0.001;
  const minTotal = options.minTotal ?? 100;
  const minExpected = options.minExpected ?? 5;
  const arms = observed.map((o, i) => ({ o, w: weights[i] })).filter((a) => a.w > 0);
  const total = arms.reduce((s, a) => s + a.o, 0);
  const weightSum = arms.reduce((s, a) => s + a.w, 0);
  const expected = arms.map((a) => (total * a.w) / weightSum);
  const df = arms.length - 1;
  const base = { degreesOfFreedom: df, observed: arms.map((a) => a.o), expected };
  if (df < 1 || total < minTotal || expected.some((e) => e < minExpected)) {
    return { ...base, status: 'NOT_ENOUGH_DATA', chiSquare: null, pValue: null };
  }
  const chiSquare = arms.reduce((s, a, i) => s + (a.o - expected[i]) ** 2 / expected[i], 0);
  const pValue = chiSquareSurvival(chiSquare, df);
  return { ...base, status: pValue < threshold ? 'MISMATCH' : 'HEALTHY', chiSquare, pValue };
}
