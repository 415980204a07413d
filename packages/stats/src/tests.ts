/** Two-sample tests: Welch's t-test on means, the two-proportion z-test on rates. */
import { standardNormalQuantile, studentTQuantile, twoSidedNormalP, twoSidedTP } from './distributions';
import type { Summary } from './summary';

export interface MeanComparison {
  /** treatment mean - control mean */
  difference: number;
  standardError: number;
  degreesOfFreedom: number;
  statistic: number;
  /** two-sided */
  pValue: number;
  ciLow: number;
  ciHigh: number;
  /** difference / control mean (null when the control mean is 0) */
  relative: number | null;
  /** confidence interval of `relative` by the delta method (null when the control mean is 0) */
  relativeCiLow: number | null;
  relativeCiHigh: number | null;
}

/**
 * Welch's unequal-variances t-test of treatment against control, with the Welch-Satterthwaite
 * degrees of freedom, a (1 - alpha) confidence interval of the difference and of the relative
 * uplift (delta method, as GrowthBook's frequentist engine). Null when either arm has fewer than
 * two members or both variances are 0.
 */
export function welchTTest(control: Summary, treatment: Summary, alpha = 0.05): MeanComparison | null {
  if (control.n < 2 || treatment.n < 2) return null;
  const vc = control.variance / control.n;
  const vt = treatment.variance / treatment.n;
  const se = Math.sqrt(vc + vt);
  if (!(se > 0)) return null;
  const df = (vc + vt) ** 2 / (vc ** 2 / (control.n - 1) + vt ** 2 / (treatment.n - 1));
  const difference = treatment.mean - control.mean;
  const statistic = difference / se;
  const crit = studentTQuantile(1 - alpha / 2, df);
  let relative: number | null = null;
  let relativeCiLow: number | null = null;
  let relativeCiHigh: number | null = null;
  if (control.mean !== 0) {
    relative = difference / control.mean;
    // Var(mt/mc) ~ vt/mc^2 + mt^2 vc/mc^4
    const relSe = Math.sqrt(vt / control.mean ** 2 + (treatment.mean ** 2 * vc) / control.mean ** 4);
    relativeCiLow = relative - crit * relSe;
    relativeCiHigh = relative + crit * relSe;
  }
  return {
    difference,
    standardError: se,
    degreesOfFreedom: df,
    statistic,
    pValue: twoSidedTP(statistic, df),
    ciLow: difference - crit * se,
    ciHigh: difference + crit * se,
    relative,
    relativeCiLow,
    relativeCiHigh,
  };
}

export interface Proportion {
  successes: number;
  trials: number;
}

export interface ProportionComparison {
  controlRate: number;
  treatmentRate: number;
  /** treatment rate - control rate */
  difference: number;
  /** z with the pooled standard error (the test) */
  statistic: number;
  pValue: number;
  /** Wald interval of the difference with the unpooled standard error */
  ciLow: number;
  ciHigh: number;
  relative: number | null;
}

/** Two-proportion z-test (pooled SE for the test, unpooled for the interval). Null without data on both sides. */
export function twoProportionZTest(
  control: Proportion,
  treatment: Proportion,
  alpha = 0.05,
): ProportionComparison | null {
  if (control.trials <= 0 || treatment.trials <= 0) return null;
  const p1 = control.successes / control.trials;
  const p2 = treatment.successes / treatment.trials;
  const pooled = (control.successes + treatment.successes) / (control.trials + treatment.trials);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / control.trials + 1 / treatment.trials));
  const seUnpooled = Math.sqrt((p1 * (1 - p1)) / control.trials + (p2 * (1 - p2)) / treatment.trials);
  const difference = p2 - p1;
  const statistic = sePooled > 0 ? difference / sePooled : 0;
  const crit = standardNormalQuantile(1 - alpha / 2);
  return {
    controlRate: p1,
    treatmentRate: p2,
    difference,
    statistic,
    pValue: sePooled > 0 ? twoSidedNormalP(statistic) : 1,
    ciLow: difference - crit * seUnpooled,
    ciHigh: difference + crit * seUnpooled,
    relative: p1 > 0 ? difference / p1 : null,
  };
}
