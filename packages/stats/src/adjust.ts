/** Variance control: percentile capping pooled across arms, and CUPED. */
import { covariance, quantile, summarize, type Summary } from './summary';

export interface CappedArms {
  /** the upper cap applied (the pooled percentile), null when there were no values */
  cap: number | null;
  /** values below this were raised to it (0: a refund-negative member counts as 0) */
  floor: number;
  /** how many values were changed, all arms together */
  cappedCount: number;
  arms: number[][];
}

/**
 * Winsorizes per-member values: the upper cap is the `percentile` (e.g. 0.99) of all arms' values
 * pooled (so every arm is capped at the same level), the floor is `floor` (default 0: a member
 * whose refunds exceed their purchases counts as 0, not negative).
 */
export function capPooled(arms: readonly (readonly number[])[], percentile = 0.99, floor = 0): CappedArms {
  const pooled = arms.flat();
  if (pooled.length === 0) return { cap: null, floor, cappedCount: 0, arms: arms.map(() => []) };
  const cap = Math.max(floor, quantile(pooled, percentile));
  let cappedCount = 0;
  const capped = arms.map((values) =>
    values.map((v) => {
      const c = Math.min(cap, Math.max(floor, v));
      if (c !== v) cappedCount++;
      return c;
    }),
  );
  return { cap, floor, cappedCount, arms: capped };
}

export interface CupedArm {
  /** the metric after exposure */
  values: readonly number[];
  /** the same members' pre-period covariate (e.g. spend in the 30 days before exposure), same order */
  covariates: readonly number[];
}

export interface CupedResult {
  /** cov(X, Y) / var(X), pooled across arms */
  theta: number;
  /** each arm's adjusted summary: mean of Y - theta (X - mean X over all arms) */
  arms: Summary[];
  /** 1 - var(adjusted) / var(Y) over all arms pooled (0 when nothing was gained) */
  varianceReduction: number;
}

/**
 * CUPED (Deng et al. 2013): Y' = Y - theta (X - mean(X)), theta = cov(X, Y) / var(X) over all arms
 * pooled, so the adjustment is the same for every arm and the estimate of the difference stays
 * unbiased while its variance shrinks by corr(X, Y)^2.
 */
export function cuped(arms: readonly CupedArm[]): CupedResult {
  for (const a of arms) {
    if (a.values.length !== a.covariates.length) throw new RangeError('CUPED needs one covariate per value');
  }
  const ys = arms.flatMap((a) => [...a.values]);
  const xs = arms.flatMap((a) => [...a.covariates]);
  const varX = summarize(xs).variance;
  const theta = varX > 0 ? covariance(xs, ys) / varX : 0;
  const meanX = summarize(xs).mean;
  const adjusted = arms.map((a) => a.values.map((y, i) => y - theta * (a.covariates[i] - meanX)));
  const varY = summarize(ys).variance;
  const varAdj = summarize(adjusted.flat()).variance;
  return {
    theta,
    arms: adjusted.map((values) => summarize(values)),
    varianceReduction: varY > 0 ? Math.max(0, 1 - varAdj / varY) : 0,
  };
}
