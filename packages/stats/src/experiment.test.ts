import { describe, expect, it } from 'vitest';
import { analyzeExperiment, type ArmInput, type MemberOutcome } from './experiment';

/** mulberry32: a seeded generator so the simulated experiments are the same on every run */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** members whose spend is log-normal-ish around their pre-period spend, scaled by `lift` */
function arm(
  key: string,
  weight: number,
  n: number,
  lift: number,
  seed: number,
  isHoldout = false,
  costPerMember = 0,
): ArmInput {
  const r = rng(seed);
  const members: MemberOutcome[] = Array.from({ length: n }, () => {
    const pre = Math.round(5000 + 20000 * r() ** 2);
    const orders = r() < 0.6 ? 1 : 2 + Math.floor(r() * 3);
    const revenue = Math.round(pre * (0.6 + 0.8 * r()) * lift) + (r() < 0.005 ? 500000 : 0);
    return {
      revenueMinor: revenue,
      orders,
      pointsCostMinor: isHoldout ? 0 : costPerMember,
      preRevenueMinor: pre,
    };
  });
  return { key, isHoldout, weight, members };
}

describe('analyzeExperiment', () => {
  it('finds a known effect: +20% revenue for 2x against the holdout, none for 1.5x', () => {
    const r = analyzeExperiment([
      arm('holdout', 20, 1000, 1, 1, true),
      arm('x2', 40, 2000, 1.2, 2, false, 200),
      arm('x15', 40, 2000, 1.0, 3, false, 100),
    ]);
    expect(r.srm.status).toBe('HEALTHY');
    const x2 = r.arms.find((a) => a.key === 'x2')!;
    const x15 = r.arms.find((a) => a.key === 'x15')!;
    expect(x2.revenue!.relative!).toBeGreaterThan(0.1);
    expect(x2.revenue!.relativeCiLow!).toBeGreaterThan(0);
    expect(x2.adjustedPValue!).toBeLessThan(0.05);
    expect(x15.adjustedPValue!).toBeGreaterThan(0.05);
    // CUPED narrows the interval
    expect(x2.revenueCuped!.standardError).toBeLessThan(x2.revenue!.standardError);
    expect(r.winner).toBe('x2');
    expect(r.missing).toEqual([]);
    expect(r.cap).not.toBeNull();
    expect(r.cappedMembers).toBeGreaterThan(0);
    expect(x2.incrementalRevenueMinor!).toBeGreaterThan(0);
    expect(x2.roi!).toBeGreaterThan(0);
  });

  it('claims no winner when there is no effect, and says how many more members it would take', () => {
    const r = analyzeExperiment([
      arm('holdout', 50, 1000, 1, 11, true),
      arm('x2', 50, 1000, 1.0, 12, false, 200),
    ]);
    expect(r.winner).toBeNull();
    expect(r.missing.some((m) => m === 'NOT_SIGNIFICANT' || m === 'NO_POSITIVE_EFFECT')).toBe(true);
  });

  it('names no winner on a sample-ratio mismatch, nor with too few members', () => {
    const srm = analyzeExperiment([arm('holdout', 50, 600, 1, 21, true), arm('x2', 50, 2000, 1.3, 22)]);
    expect(srm.srm.status).toBe('MISMATCH');
    expect(srm.winner).toBeNull();
    expect(srm.missing).toContain('SRM_MISMATCH');

    const small = analyzeExperiment([arm('holdout', 50, 30, 1, 31, true), arm('x2', 50, 30, 1.5, 32)]);
    expect(small.winner).toBeNull();
    expect(small.missing).toContain('NOT_ENOUGH_MEMBERS');
    expect(small.additionalMembersNeeded!).toBeGreaterThan(0);
  });

  it('without a holdout: figures per arm, no uplift, no winner', () => {
    const r = analyzeExperiment([arm('a', 50, 200, 1, 41), arm('b', 50, 200, 1.2, 42)]);
    expect(r.arms.every((a) => a.revenue === null)).toBe(true);
    expect(r.missing).toEqual(['NO_HOLDOUT']);
    expect(r.winner).toBeNull();
  });

  it('counts members, purchasers, repurchasers, orders and revenue exactly', () => {
    const r = analyzeExperiment([
      {
        key: 'h',
        isHoldout: true,
        weight: 50,
        members: [
          { revenueMinor: 1000, orders: 1, pointsCostMinor: 0, preRevenueMinor: 0 },
          { revenueMinor: -200, orders: 2, pointsCostMinor: 0, preRevenueMinor: 0 },
        ],
      },
      {
        key: 'v',
        isHoldout: false,
        weight: 50,
        members: [{ revenueMinor: 3000, orders: 3, pointsCostMinor: 60, preRevenueMinor: 0 }],
      },
    ]);
    const [h, v] = r.arms;
    expect([h.members, h.purchasers, h.repurchasers, h.orders, h.revenueMinor]).toEqual([2, 2, 1, 3, 800]);
    expect(h.repurchaseRate).toBe(0.5);
    expect(h.revenuePerMemberUncapped).toBe(400);
    expect([v.members, v.orders, v.revenueMinor, v.pointsCostMinor]).toEqual([1, 3, 3000, 60]);
    expect(v.incrementalRevenueMinor).toBe(2600);
    expect(v.incrementalNetRevenueMinor).toBe(2540);
  });
});

describe("a campaign's money figures (worked examples)", () => {
  const m = (revenueMinor: number, pointsCostMinor = 0) => ({
    revenueMinor,
    orders: revenueMinor > 0 ? 1 : 0,
    pointsCostMinor,
    preRevenueMinor: 0,
  });
  it('holdout 2 members (100.00 and 50.00), variant 3 members (120.00, 90.00, 0.00) with 5.00 of points each', () => {
    const r = analyzeExperiment([
      { key: 'holdout', isHoldout: true, weight: 40, members: [m(10_000), m(5_000)] },
      { key: 'x2', isHoldout: false, weight: 60, members: [m(12_000, 500), m(9_000, 500), m(0, 500)] },
    ]);
    // cost = 3 × 500 = 1,500; revenue from participants = 12,000 + 9,000 + 0 = 21,000
    expect(r.pointsCostMinor).toBe(1_500);
    expect(r.participantRevenueMinor).toBe(21_000);
    // per member: variant 7,000, holdout 7,500 → incremental = (7,000 − 7,500) × 3 = −1,500
    expect(r.incrementalRevenueMinor).toBe(-1_500);
    expect(r.incrementalNetRevenueMinor).toBe(-3_000);
    // ROI = (−1,500 − 1,500) ÷ 1,500 = −2
    expect(r.roi).toBe(-2);
  });
  it('two variants against one holdout: incremental revenue and cost add up over the variants', () => {
    const r = analyzeExperiment([
      { key: 'holdout', isHoldout: true, weight: 20, members: [m(10_000), m(10_000)] },
      { key: 'a', isHoldout: false, weight: 40, members: [m(15_000, 1_000), m(13_000, 1_000)] },
      { key: 'b', isHoldout: false, weight: 40, members: [m(11_000, 200), m(12_000, 200)] },
    ]);
    // a: (14,000 − 10,000) × 2 = 8,000; b: (11,500 − 10,000) × 2 = 3,000 → 11,000
    expect(r.arms.map((x) => x.incrementalRevenueMinor)).toEqual([null, 8_000, 3_000]);
    expect(r.incrementalRevenueMinor).toBe(11_000);
    expect(r.pointsCostMinor).toBe(2_400);
    expect(r.participantRevenueMinor).toBe(51_000);
    // ROI = (11,000 − 2,400) ÷ 2,400 = 3.5833…
    expect(r.roi).toBeCloseTo(8_600 / 2_400, 12);
    expect(r.arms[1].roi).toBe(3); // a alone: (8,000 − 2,000) ÷ 2,000
  });
  it('no holdout: cost and participant revenue, no incremental revenue, no ROI', () => {
    const r = analyzeExperiment([{ key: 'all', isHoldout: false, weight: 100, members: [m(8_000, 300)] }]);
    expect([r.pointsCostMinor, r.participantRevenueMinor]).toEqual([300, 8_000]);
    expect([r.incrementalRevenueMinor, r.roi]).toEqual([null, null]);
  });
});

describe('calibration', () => {
  it("Welch's test rejects about 5% of A/A comparisons at alpha 0.05, and its 95% intervals cover the truth about 95% of the time", async () => {
    const { welchTTest, summarize } = await import('./index');
    const r = rng(7);
    const normal = () => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
    let rejected = 0;
    let covered = 0;
    const runs = 1000;
    for (let k = 0; k < runs; k++) {
      const a = Array.from({ length: 40 }, () => 100 + 15 * normal());
      const b = Array.from({ length: 60 }, () => 103 + 30 * normal()); // unequal variances, true difference 3
      const same = Array.from({ length: 60 }, () => 100 + 30 * normal());
      if (welchTTest(summarize(a), summarize(same))!.pValue < 0.05) rejected++;
      const t = welchTTest(summarize(a), summarize(b))!;
      if (t.ciLow <= 3 && 3 <= t.ciHigh) covered++;
    }
    expect(rejected / runs).toBeGreaterThan(0.03);
    expect(rejected / runs).toBeLessThan(0.07);
    expect(covered / runs).toBeGreaterThan(0.93);
    expect(covered / runs).toBeLessThan(0.97);
  });
});
