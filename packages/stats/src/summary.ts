/** Sufficient statistics of one arm's per-member values. */
export interface Summary {
  n: number;
  mean: number;
  /** sample variance (n - 1 in the denominator); 0 when n < 2 */
  variance: number;
}

export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  if (n === 0) return { n: 0, mean: 0, variance: 0 };
  let mean = 0;
  let m2 = 0;
  // Welford: stable for large revenue values
  values.forEach((x, i) => {
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  });
  return { n, mean, variance: n > 1 ? m2 / (n - 1) : 0 };
}

/** Sample covariance of paired values (n - 1 denominator); 0 when fewer than two pairs */
export function covariance(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length) throw new RangeError('covariance needs pairs of equal length');
  const n = xs.length;
  if (n < 2) return 0;
  const mx = summarize(xs).mean;
  const my = summarize(ys).mean;
  let s = 0;
  for (let i = 0; i < n; i++) s += (xs[i] - mx) * (ys[i] - my);
  return s / (n - 1);
}

/**
 * The p-th quantile (0..1) with linear interpolation between order statistics: R's default
 * `quantile(type = 7)`, numpy's default.
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  if (!(p >= 0 && p <= 1)) throw new RangeError('quantile p must be within [0, 1]');
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
