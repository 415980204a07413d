/** Multiple comparisons and sample size. */
import { standardNormalQuantile } from './distributions';

/**
 * Holm's step-down adjustment (R's `p.adjust(p, "holm")`): the i-th smallest of m p-values is
 * multiplied by (m - i + 1), made monotone, capped at 1; returned in the input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

export interface MeansSampleSizeInput {
  /** standard deviations of the metric in control and treatment */
  controlSd: number;
  treatmentSd: number;
  /** the absolute difference to detect */
  effect: number;
  alpha?: number;
  power?: number;
  /** treatment members per control member (1) */
  ratio?: number;
}

/**
 * Members needed in the control arm (the treatment needs `ratio` times as many) for a two-sided
 * test of means at level alpha with the given power (normal approximation):
 * n_c = (z_{1-a/2} + z_{power})^2 (sd_c^2 + sd_t^2 / ratio) / effect^2. Null when effect is 0.
 */
export function sampleSizeForMeans(input: MeansSampleSizeInput): number | null {
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  const ratio = input.ratio ?? 1;
  if (!(Math.abs(input.effect) > 0)) return null;
  const z = standardNormalQuantile(1 - alpha / 2) + standardNormalQuantile(power);
  const variance = input.controlSd ** 2 + input.treatmentSd ** 2 / ratio;
  return Math.ceil((z * z * variance) / input.effect ** 2);
}

/**
 * Members per arm to tell rate p1 from p2 (two-sided, equal arms; Fleiss without continuity
 * correction, R's `power.prop.test`). Null when the rates are equal.
 */
export function sampleSizeForProportions(p1: number, p2: number, alpha = 0.05, power = 0.8): number | null {
  if (p1 === p2) return null;
  const za = standardNormalQuantile(1 - alpha / 2);
  const zb = standardNormalQuantile(power);
  const pBar = (p1 + p2) / 2;
  const n =
    (za * Math.sqrt(2 * pBar * (1 - pBar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 /
    (p1 - p2) ** 2;
  return Math.ceil(n);
}
