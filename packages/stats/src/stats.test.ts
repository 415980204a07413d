import { describe, expect, it } from 'vitest';
import {
  capPooled,
  chiSquareSurvival,
  cuped,
  holmAdjust,
  quantile,
  sampleSizeForMeans,
  sampleSizeForProportions,
  srmCheck,
  summarize,
  twoProportionZTest,
  welchTTest,
} from './index';

// R's `sleep` data set: extra hours of sleep under two drugs
const sleep1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const sleep2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("Welch's t-test", () => {
  it("matches R's t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p = 0.07939, CI [-3.3655, 0.2055]", () => {
    const r = welchTTest(summarize(sleep1), summarize(sleep2))!;
    // treatment (group 2) - control (group 1): the signs flip against R's group1 - group2
    expect(r.difference).toBeCloseTo(1.58, 10);
    expect(r.statistic).toBeCloseTo(1.8608, 4);
    expect(r.degreesOfFreedom).toBeCloseTo(17.776, 3);
    expect(r.pValue).toBeCloseTo(0.07939, 5);
    expect(r.ciLow).toBeCloseTo(-0.2054832, 6);
    expect(r.ciHigh).toBeCloseTo(3.3654832, 6);
    expect(r.relative).toBeCloseTo(1.58 / 0.75, 10);
  });

  it('is symmetric and says nothing with fewer than two members or no variance', () => {
    const ab = welchTTest(summarize(sleep1), summarize(sleep2))!;
    const ba = welchTTest(summarize(sleep2), summarize(sleep1))!;
    expect(ba.statistic).toBeCloseTo(-ab.statistic, 12);
    expect(ba.pValue).toBeCloseTo(ab.pValue, 12);
    expect(welchTTest(summarize([1]), summarize(sleep2))).toBeNull();
    expect(welchTTest(summarize([2, 2, 2]), summarize([3, 3, 3]))).toBeNull();
  });

  it('a 99% interval is wider than a 95% one', () => {
    const r95 = welchTTest(summarize(sleep1), summarize(sleep2), 0.05)!;
    const r99 = welchTTest(summarize(sleep1), summarize(sleep2), 0.01)!;
    expect(r99.ciHigh - r99.ciLow).toBeGreaterThan(r95.ciHigh - r95.ciLow);
  });
});

describe('two-proportion z-test', () => {
  it("matches R's prop.test(c(60, 45), c(100, 100), correct = FALSE): X-squared = 4.5113, p = 0.03367", () => {
    const r = twoProportionZTest({ successes: 45, trials: 100 }, { successes: 60, trials: 100 })!;
    expect(r.difference).toBeCloseTo(0.15, 12);
    expect(r.statistic ** 2).toBeCloseTo(4.5113, 3);
    expect(r.pValue).toBeCloseTo(0.03367, 5);
    // Wald interval: 0.15 -/+ 1.96 * sqrt(.45*.55/100 + .6*.4/100)
    const se = Math.sqrt((0.45 * 0.55) / 100 + (0.6 * 0.4) / 100);
    expect(r.ciLow).toBeCloseTo(0.15 - 1.959964 * se, 5);
    expect(r.ciHigh).toBeCloseTo(0.15 + 1.959964 * se, 5);
  });

  it('equal rates give p = 1; an empty arm gives nothing', () => {
    expect(
      twoProportionZTest({ successes: 10, trials: 100 }, { successes: 10, trials: 100 })!.pValue,
    ).toBeCloseTo(1, 12);
    expect(twoProportionZTest({ successes: 0, trials: 0 }, { successes: 10, trials: 100 })).toBeNull();
  });
});

describe('chi-square and SRM', () => {
  it('agrees with the chi-square table: 3.841 (df 1), 5.991 (df 2) and 10.828 (df 1) are the 5%, 5% and 0.1% points', () => {
    expect(chiSquareSurvival(3.841, 1)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(5.991, 2)).toBeCloseTo(0.05, 4);
    expect(chiSquareSurvival(10.828, 1)).toBeCloseTo(0.001, 5);
  });

  it('a 5000 / 5100 split against 50/50 is healthy: chi2 = 0.990, p = 0.3197', () => {
    const r = srmCheck([5000, 5100], [50, 50]);
    expect(r.chiSquare).toBeCloseTo(0.990099, 5);
    expect(r.pValue).toBeCloseTo(0.3197, 4);
    expect(r.status).toBe('HEALTHY');
  });

  it('600 / 400 against 50/50 is a mismatch (chi2 = 40); weights on any scale, a zero-weight arm left out', () => {
    expect(srmCheck([600, 400], [50, 50]).chiSquare).toBeCloseTo(40, 10);
    expect(srmCheck([600, 400], [0.5, 0.5]).status).toBe('MISMATCH');
    expect(srmCheck([600, 400, 0], [1, 1, 0]).status).toBe('MISMATCH');
  });

  it('three arms 10 / 45 / 45 with exactly the expected counts: p = 1', () => {
    const r = srmCheck([100, 450, 450], [10, 45, 45]);
    expect(r.chiSquare).toBeCloseTo(0, 12);
    expect(r.degreesOfFreedom).toBe(2);
    expect(r.status).toBe('HEALTHY');
  });

  it('says NOT_ENOUGH_DATA under 100 members or with an expected count under 5', () => {
    expect(srmCheck([30, 60], [50, 50]).status).toBe('NOT_ENOUGH_DATA');
    expect(srmCheck([1, 199], [1, 99]).status).toBe('NOT_ENOUGH_DATA');
    expect(srmCheck([200], [100]).status).toBe('NOT_ENOUGH_DATA');
  });
});

describe('Holm correction', () => {
  it('matches R\'s p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") = c(0.03, 0.06, 0.06, 0.02)', () => {
    const r = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((p, i) => expect(r[i]).toBeCloseTo(p, 12));
  });
  it('caps at 1 and leaves a single p-value alone', () => {
    expect(holmAdjust([0.6, 0.7])).toEqual([1, 1]);
    expect(holmAdjust([0.2])).toEqual([0.2]);
  });
});

describe('sample size', () => {
  it('d = 0.5 at alpha 0.05 and power 0.8 needs 63 per arm (normal approximation: 2 (1.96 + 0.8416)^2 / 0.25)', () => {
    expect(sampleSizeForMeans({ controlSd: 1, treatmentSd: 1, effect: 0.5 })).toBe(63);
  });
  it("matches R's power.prop.test(p1 = .5, p2 = .75, power = .9): n = 76.7 per group", () => {
    expect(sampleSizeForProportions(0.5, 0.75, 0.05, 0.9)).toBe(77);
  });
  it('no effect: no finite answer', () => {
    expect(sampleSizeForMeans({ controlSd: 1, treatmentSd: 1, effect: 0 })).toBeNull();
    expect(sampleSizeForProportions(0.3, 0.3)).toBeNull();
  });
});

describe('capping and CUPED', () => {
  it("quantile is R's type 7: quantile(1:10, .99) = 9.91", () => {
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.99)).toBeCloseTo(9.91, 12);
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
  });

  it('caps every arm at the pooled percentile and floors refund-negative values at 0', () => {
    const r = capPooled(
      [
        [1, 2, 3, -50],
        [4, 5, 6, 1000],
      ],
      0.75,
    );
    // pooled sorted: -50 1 2 3 4 5 6 1000; type 7 at .75: h = 5.25 -> 5 + .25 * (6 - 5)
    expect(r.cap).toBeCloseTo(5.25, 12);
    expect(r.arms).toEqual([
      [1, 2, 3, 0],
      [4, 5, 5.25, 5.25],
    ]);
    expect(r.cappedCount).toBe(3);
  });

  it('CUPED removes the variance the pre-period explains and keeps the difference', () => {
    const pre = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
    const noise = (i: number) => ((i * 13) % 7) - 3;
    const control = pre.slice(0, 100).map((x, i) => x + noise(i));
    const treatment = pre.slice(100).map((x, i) => x + 10 + noise(i + 100));
    const r = cuped([
      { values: control, covariates: pre.slice(0, 100) },
      { values: treatment, covariates: pre.slice(100) },
    ]);
    expect(r.theta).toBeGreaterThan(0.9);
    expect(r.varianceReduction).toBeGreaterThan(0.9);
    const plain = welchTTest(summarize(control), summarize(treatment))!;
    const adjusted = welchTTest(r.arms[0], r.arms[1])!;
    expect(adjusted.standardError).toBeLessThan(plain.standardError / 3);
    expect(adjusted.difference).toBeGreaterThan(8);
    expect(adjusted.difference).toBeLessThan(12);
  });

  it('without a useful covariate CUPED changes nothing', () => {
    const r = cuped([
      { values: [1, 2, 3], covariates: [0, 0, 0] },
      { values: [4, 5, 6], covariates: [0, 0, 0] },
    ]);
    expect(r.theta).toBe(0);
    expect(r.arms.map((a) => a.mean)).toEqual([2, 5]);
  });
});
