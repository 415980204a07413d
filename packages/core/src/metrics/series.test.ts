import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToKey } from '../time';
import { metricsSeries, periodsOf, periodStartKey, weekdayOfKey, windowDays } from './series';
import type { RollupDeltas } from './rollup';

const base = { timezone: 'Asia/Shanghai', pointValueMinor: 1, expectedRedemptionRate: 0.8 };

describe('periods', () => {
  it('ISO weeks start on Monday, months on the 1st', () => {
    expect(weekdayOfKey('2026-12-06')).toBe(7); // a Sunday
    expect(periodStartKey('2026-12-06', 'WEEK')).toBe('2026-11-30');
    expect(periodStartKey('2026-11-30', 'WEEK')).toBe('2026-11-30');
    expect(periodStartKey('2026-02-17', 'MONTH')).toBe('2026-02-01');
    expect(periodsOf('2026-01-28', '2026-03-02', 'MONTH')).toEqual([
      { first: '2026-01-28', last: '2026-01-31' },
      { first: '2026-02-01', last: '2026-02-28' },
      { first: '2026-03-01', last: '2026-03-02' },
    ]);
    expect(periodsOf('2026-12-02', '2026-12-08', 'WEEK')).toEqual([
      { first: '2026-12-02', last: '2026-12-06' },
      { first: '2026-12-07', last: '2026-12-08' },
    ]);
  });

  it('a window covers whole local days, `to` exclusive', () => {
    // Shanghai midnight 2026-12-01 = 2026-11-30T16:00Z
    expect(
      windowDays(new Date('2026-11-30T16:00:00Z'), new Date('2026-12-02T16:00:00Z'), 'Asia/Shanghai'),
    ).toEqual({
      first: '2026-12-01',
      last: '2026-12-02',
    });
    expect(windowDays(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'), 'UTC')).toBeNull();
  });
});

describe('metricsSeries', () => {
  it('a worked week: figures per day, outstanding carried, cost-to-sales on the issued basis', () => {
    const days = new Map<string, RollupDeltas>([
      [
        '2026-12-01',
        { salesMinor: 1_000_000, orders: 10, activeMembers: 8, issuedPurchase: 10_000, issuedWelcome: 500 },
      ],
      [
        '2026-12-03',
        {
          salesMinor: 500_000,
          orders: 4,
          activeMembers: 4,
          issuedPurchase: 5_000,
          redeemed: 3_000,
          expired: 200,
          reversed: 100,
        },
      ],
    ]);
    const { series, totals } = metricsSeries({
      ...base,
      days,
      first: '2026-12-01',
      last: '2026-12-03',
      granularity: 'DAY',
      openingOutstanding: 1_000,
    });
    expect(series.map((p) => p.outstandingPoints)).toEqual([11_500, 11_500, 13_200]);
    expect(series[0].periodStart.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(series[0].costMinor).toBe(10_500);
    expect(series[0].costToSalesRatio).toBeCloseTo(0.0105, 12);
    expect(series[1].costToSalesRatio).toBeNull(); // no sales that day
    expect(series[2].costMinor).toBe(4_900); // (5,000 − 100) × 1
    expect(series[2].liabilityMinor).toBe(10_560); // 13,200 × 0.8
    expect(totals).toMatchObject({
      salesMinor: 1_500_000,
      orders: 14,
      pointsIssued: 15_500,
      pointsRedeemed: 3_000,
      outstandingPoints: 13_200,
      costMinor: 15_400,
    });
    expect(totals.issuedBySource.find((s) => s.source === 'WELCOME')?.points).toBe(500);
  });

  it('weeks and months take distinct active members when given', () => {
    const days = new Map<string, RollupDeltas>([
      ['2026-11-29', { activeMembers: 3 }],
      ['2026-11-30', { activeMembers: 2 }],
      ['2026-12-01', { activeMembers: 2 }],
    ]);
    const plain = metricsSeries({
      ...base,
      days,
      first: '2026-11-29',
      last: '2026-12-01',
      granularity: 'WEEK',
      openingOutstanding: 0,
    });
    expect(plain.series.map((p) => [p.firstDay, p.activeMembers])).toEqual([
      ['2026-11-29', 3],
      ['2026-11-30', 4],
    ]);
    const distinct = metricsSeries({
      ...base,
      days,
      first: '2026-11-29',
      last: '2026-12-01',
      granularity: 'WEEK',
      openingOutstanding: 0,
      activeMembers: {
        byPeriod: new Map([
          ['2026-11-29', 3],
          ['2026-11-30', 2],
        ]),
        total: 4,
      },
    });
    expect(distinct.series.map((p) => p.activeMembers)).toEqual([3, 2]);
    expect(distinct.totals.activeMembers).toBe(4);
  });

  it('refuses a window longer than allowed', () => {
    expect(() =>
      metricsSeries({
        ...base,
        days: new Map(),
        first: '2025-01-01',
        last: '2026-12-31',
        granularity: 'DAY',
        openingOutstanding: 0,
        maxDays: 400,
      }),
    ).toThrow(/at most 400 days/);
  });

  it('property: any granularity sums to the same totals, and the last outstanding is the totals outstanding', () => {
    const day = fc.record({
      salesMinor: fc.integer({ min: 0, max: 1_000_000 }),
      issuedPurchase: fc.integer({ min: 0, max: 10_000 }),
      redeemed: fc.integer({ min: -100, max: 5_000 }),
      expired: fc.integer({ min: 0, max: 1_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(day), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 100_000 }),
        (list, offset, opening) => {
          const first = addDaysToKey('2026-01-01', offset);
          const days = new Map<string, RollupDeltas>();
          list.forEach((d, k) => d && days.set(addDaysToKey(first, k), d));
          const last = addDaysToKey(first, list.length - 1);
          const results = (['DAY', 'WEEK', 'MONTH'] as const).map((g) =>
            metricsSeries({ ...base, days, first, last, granularity: g, openingOutstanding: opening }),
          );
          for (const r of results) {
            expect(r.series.reduce((s, p) => s + p.salesMinor, 0)).toBe(results[0].totals.salesMinor);
            expect(
              r.series.reduce((s, p) => s + p.pointsIssued - p.pointsRedeemed - p.pointsExpired, 0) + opening,
            ).toBe(r.totals.outstandingPoints);
            expect(r.series.at(-1)!.outstandingPoints).toBe(r.totals.outstandingPoints);
          }
          expect(results[0].series).toHaveLength(list.length);
        },
      ),
      { numRuns: 60 },
    );
  });
});
