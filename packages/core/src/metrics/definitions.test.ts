import { describe, expect, it } from 'vitest';
import {
  accumulationRatio,
  breakage,
  costOfPoints,
  costToSalesIssued,
  costToSalesRedeemed,
  flowRatio,
  liability,
  redemptionKind,
} from './definitions';
import { expectedRedemptionRate, type IssuedCohort } from './redemption-rate';
import { allocateToPoints, deferredRevenueSchedule, recognisePointsRevenue } from './ifrs15';
import { checkRollForward, rollForwardOf } from './roll-forward';

describe('cost and ratios (worked examples, 1 point = 1 fen)', () => {
  it('cost of points = points × point value', () => {
    expect(costOfPoints(12_345, 1)).toBe(12_345);
    expect(costOfPoints(500, 2)).toBe(1000);
  });

  it('cost-to-sales on the issued and the redeemed basis', () => {
    // 30 days: sales 1,000,000.00 (100,000,000 fen); 2,100,000 points issued, 100,000 clawed back; 900,000 redeemed
    const w = { salesMinor: 100_000_000, issued: 2_100_000, reversed: 100_000, redeemed: 900_000 };
    expect(costToSalesIssued(w, 1)).toBeCloseTo(0.02, 12); // (2,100,000 − 100,000) / 100,000,000: on the red line
    expect(costToSalesRedeemed(w, 1)).toBeCloseTo(0.009, 12);
    expect(costToSalesIssued({ ...w, salesMinor: 0 }, 1)).toBeNull();
  });

  it('flow, accumulation, breakage', () => {
    expect(flowRatio(600, 1000)).toBe(0.6);
    expect(flowRatio(1, 0)).toBeNull();
    expect(accumulationRatio(2500, 1000)).toBe(2.5);
    expect(breakage(0.85)).toBeCloseTo(0.15, 12);
    expect(() => breakage(1.2)).toThrow(/between 0 and 1/);
  });

  it('liability = outstanding × point value × expected redemption rate, to the fen', () => {
    expect(liability(1_000_001, 1, 0.85)).toBe(850_001); // 850,000.85 rounds to 850,001
    expect(liability(-40, 1, 0.85)).toBe(0);
  });
});

describe('expected redemption rate from cohorts', () => {
  const asOf = new Date('2026-12-01T00:00:00Z');
  const cohort = (key: string, c: Partial<IssuedCohort>): IssuedCohort => ({
    key,
    issued: 0,
    redeemed: 0,
    expired: 0,
    reversed: 0,
    outstanding: 0,
    lastExpiresAt: new Date('2026-01-01T00:00:00Z'),
    ...c,
  });

  it('uses matured cohorts only, and counts what is left past expiry as expired', () => {
    const cohorts = [
      cohort('2025-01', { issued: 10_000, redeemed: 7_000, expired: 2_500, reversed: 500 }),
      // matured by expiry, 1,000 not yet written off by the expiry job
      cohort('2025-02', { issued: 10_000, redeemed: 8_000, expired: 1_000, outstanding: 1_000 }),
      // immature: would pull the rate up (redemptions come before expiries)
      cohort('2026-11', {
        issued: 10_000,
        redeemed: 3_000,
        outstanding: 7_000,
        lastExpiresAt: new Date('2027-11-30T00:00:00Z'),
      }),
    ];
    const r = expectedRedemptionRate(cohorts, { asOf, defaultRate: 0.8, minMaturedPoints: 10_000 });
    // (7,000 + 8,000) / (7,000 + 2,500 + 8,000 + 1,000 + 1,000) = 15,000 / 19,500
    expect(r.basis).toBe('HISTORY');
    expect(r.maturedPoints).toBe(19_500);
    expect(r.rate).toBeCloseTo(15_000 / 19_500, 12);
  });

  it('falls back to the configured default while history is short', () => {
    const r = expectedRedemptionRate([cohort('2026-01', { issued: 900, redeemed: 900 })], {
      asOf,
      defaultRate: 0.8,
      minMaturedPoints: 1_000,
    });
    expect(r).toMatchObject({ rate: 0.8, basis: 'DEFAULT', maturedPoints: 900 });
    expect(expectedRedemptionRate([], { asOf, defaultRate: 0.7, minMaturedPoints: 0 }).rate).toBe(0.7);
  });

  it('never-expiring cohorts mature only when nothing is left', () => {
    const open = cohort('2024-01', {
      issued: 5_000,
      redeemed: 1_000,
      outstanding: 4_000,
      lastExpiresAt: null,
    });
    const r = expectedRedemptionRate([open], { asOf, defaultRate: 0.8, minMaturedPoints: 1 });
    expect(r.basis).toBe('DEFAULT');
  });
});

describe('IFRS 15 deferred revenue', () => {
  it('Example 52 (IE267–IE270): 9,000 allocated; 4,175 on 4,500 redeemed; 3,552 more after 8,500 with the estimate at 9,900', () => {
    const alloc = allocateToPoints({
      transactionPriceMinor: 100_000,
      goodsStandAloneMinor: 100_000,
      points: 10_000,
      pointValueMinor: 1,
      expectedRedemptionRate: 0.97,
      ratioDecimals: 2, // the standard shows the ratio as 9%
    });
    expect(alloc).toEqual({
      pointsStandAloneMinor: 9_700,
      pointsRatio: 0.09,
      allocatedToPointsMinor: 9_000,
      allocatedToGoodsMinor: 91_000,
    });
    const [year2, year3] = recognisePointsRevenue(alloc.allocatedToPointsMinor, [
      { redeemed: 4_500, expectedTotalRedeemed: 9_700 },
      { redeemed: 4_000, expectedTotalRedeemed: 9_900 },
    ]);
    expect(year2).toEqual({
      cumulativeRedeemed: 4_500,
      recognisedMinor: 4_175,
      cumulativeRecognisedMinor: 4_175,
      deferredMinor: 4_825,
    });
    expect(year3).toEqual({
      cumulativeRedeemed: 8_500,
      recognisedMinor: 3_552,
      cumulativeRecognisedMinor: 7_727,
      deferredMinor: 1_273,
    });
  });

  it('without rounding the ratio, the exact relative allocation is 8,842', () => {
    const alloc = allocateToPoints({
      transactionPriceMinor: 100_000,
      goodsStandAloneMinor: 100_000,
      points: 10_000,
      pointValueMinor: 1,
      expectedRedemptionRate: 0.97,
    });
    expect(alloc.allocatedToPointsMinor).toBe(8_842); // 100,000 × 9,700 / 109,700
    expect(alloc.allocatedToGoodsMinor).toBe(91_158);
  });

  it('the program as one portfolio, month by month', () => {
    const months = deferredRevenueSchedule(
      [
        { salesMinor: 100_000, pointsWithSales: 10_000, redeemed: 0 },
        { salesMinor: 0, pointsWithSales: 0, redeemed: 4_500 },
        { salesMinor: 0, pointsWithSales: 0, redeemed: 4_000 },
      ],
      1,
      0.97,
    );
    // 8,842 allocated (exact ratio); 8,842 × 4,500 / 9,700 = 4,102; 8,842 × 8,500 / 9,700 = 7,748
    expect(months).toEqual([
      { allocatedMinor: 8_842, recognisedMinor: 0, deferredMinor: 8_842 },
      { allocatedMinor: 0, recognisedMinor: 4_102, deferredMinor: 4_740 },
      { allocatedMinor: 0, recognisedMinor: 3_646, deferredMinor: 1_094 },
    ]);
  });

  it('never recognises more than was allocated', () => {
    const [p] = recognisePointsRevenue(9_000, [{ redeemed: 9_800, expectedTotalRedeemed: 9_700 }]);
    expect(p.cumulativeRecognisedMinor).toBe(9_000);
    expect(p.deferredMinor).toBe(0);
  });
});

describe('roll-forward', () => {
  it('closing = opening + issued − redeemed − expired − reversed', () => {
    const r = rollForwardOf(10_000, {
      issuedPurchase: 5_000,
      issuedCampaign: 1_000,
      redeemed: 3_000,
      expired: 500,
      reversed: 200,
    });
    expect(r.closing).toBe(12_300);
    expect(checkRollForward(r)).toEqual({ holds: true, expectedClosing: 12_300, difference: 0 });
    expect(checkRollForward({ ...r, closing: 12_290 })).toEqual({
      holds: false,
      expectedClosing: 12_300,
      difference: -10,
    });
  });
});

describe('redemption kinds', () => {
  it('cash offset without a reward, donation, else catalog', () => {
    expect(redemptionKind(null)).toBe('CASH_OFFSET');
    expect(redemptionKind('DONATION')).toBe('DONATION');
    expect(redemptionKind('ITEM')).toBe('CATALOG');
    expect(redemptionKind('DISCOUNT')).toBe('CATALOG');
  });
});
