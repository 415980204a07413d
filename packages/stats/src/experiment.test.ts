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
