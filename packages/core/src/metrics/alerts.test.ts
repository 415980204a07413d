import { describe, expect, it } from 'vitest';
import {
  alertConditions,
  alertTransitions,
  costStatus,
  DEFAULT_ALERT_THRESHOLDS,
  poolCap,
  projectedExhaustion,
  validateAlertThresholds,
  type AlertFigures,
  type OpenAlert,
} from './alerts';
import { dailyRedemptionFraction, forecastError, forecastLiability, linearTrend } from './forecast';

const now = new Date('2026-12-06T04:00:00Z');
const calm: AlertFigures = {
  costToSales: 0.01,
  dailyIssued: 1_000,
  flowRatio: 0.7,
  accumulationRatio: 1.5,
  liabilityMinor: 1_000,
  trailingYearSalesMinor: 1_000_000,
  campaigns: [],
};
const thresholds = {
  ...DEFAULT_ALERT_THRESHOLDS,
  maxDailyIssuedPoints: 5_000,
  minFlowRatio: 0.5,
  maxAccumulationRatio: 3,
};

describe('cost status', () => {
  it('OK, WARNING above 80% of the red line, BREACH above it', () => {
    const t = { costToSalesRedLine: 0.02, warningFraction: 0.8 };
    expect(costStatus(0.016, t)).toBe('OK');
    expect(costStatus(0.0161, t)).toBe('WARNING');
    expect(costStatus(0.02, t)).toBe('WARNING');
    expect(costStatus(0.0201, t)).toBe('BREACH');
    expect(costStatus(null, t)).toBe('OK');
  });
});

describe('pool cap: liability at most 5% of trailing-12-month sales', () => {
  it('is reached at the cap and clears below it', () => {
    expect(poolCap(49_999, 1_000_000, 0.05)).toEqual({ capMinor: 50_000, reached: false, ratio: 0.049999 });
    expect(poolCap(50_000, 1_000_000, 0.05).reached).toBe(true);
    expect(poolCap(1, 0, 0.05)).toEqual({ capMinor: 0, reached: true, ratio: null });
    expect(poolCap(0, 0, 0.05).reached).toBe(false);
  });
});

describe('campaign budget projection', () => {
  const c = {
    campaignId: 'cmp_1',
    name: 'Double Wednesday',
    budgetPoints: 100_000,
    spentPoints: 40_000,
    startsAt: new Date('2026-12-01T04:00:00Z'),
    endsAt: new Date('2026-12-31T04:00:00Z'),
  };
  it('runs out at the pace so far: 40,000 in 5 days → 60,000 more in 7.5 days', () => {
    expect(projectedExhaustion(c, now)?.toISOString()).toBe('2026-12-13T16:00:00.000Z');
    expect(projectedExhaustion({ ...c, budgetPoints: null }, now)).toBeNull();
    expect(projectedExhaustion({ ...c, spentPoints: 0 }, now)).toBeNull();
    expect(projectedExhaustion({ ...c, spentPoints: 100_000 }, now)).toEqual(now);
  });
  it('raises CAMPAIGN_BUDGET only when that is before the end', () => {
    expect(alertConditions(thresholds, { ...calm, campaigns: [c] }, now).map((a) => a.kind)).toEqual([
      'CAMPAIGN_BUDGET',
    ]);
    expect(alertConditions(thresholds, { ...calm, campaigns: [{ ...c, spentPoints: 10_000 }] }, now)).toEqual(
      [],
    );
  });
});

describe('alert conditions and transitions', () => {
  it('nothing holds on calm figures', () => {
    expect(alertConditions(thresholds, calm, now)).toEqual([]);
  });

  it('each threshold crossed on purpose', () => {
    const kinds = alertConditions(
      thresholds,
      {
        ...calm,
        costToSales: 0.03,
        dailyIssued: 5_001,
        flowRatio: 0.4,
        accumulationRatio: 3.5,
        liabilityMinor: 60_000,
      },
      now,
    ).map((a) => `${a.kind}:${a.level}`);
    expect(kinds).toEqual([
      'COST_TO_SALES:BREACH',
      'DAILY_ISSUANCE:BREACH',
      'FLOW_RATIO:BREACH',
      'ACCUMULATION_RATIO:BREACH',
      'POOL_CAP:BREACH',
    ]);
    const warn = alertConditions(thresholds, { ...calm, costToSales: 0.017 }, now)[0];
    expect(warn).toMatchObject({ kind: 'COST_TO_SALES', level: 'WARNING', threshold: 0.016 });
  });

  it('raised once, resolved when the figure recovers', () => {
    let open: OpenAlert[] = [];
    let ids = 0;
    const step = (f: AlertFigures) => {
      const t = alertTransitions(open, alertConditions(thresholds, f, now));
      open = open
        .filter((a) => !t.resolve.includes(a))
        .concat(
          t.raise.map((c) => ({
            id: `alr_${++ids}`,
            kind: c.kind,
            level: c.level,
            campaignId: c.campaignId,
          })),
        );
      return t;
    };
    expect(step({ ...calm, costToSales: 0.025 }).raise.map((a) => a.kind)).toEqual(['COST_TO_SALES']);
    expect(step({ ...calm, costToSales: 0.03 })).toEqual({ raise: [], resolve: [] }); // still above: not again
    const back = step({ ...calm, costToSales: 0.017 }); // below the red line, above the warning level
    expect(back.resolve.map((a) => a.level)).toEqual(['BREACH']);
    expect(back.raise.map((a) => a.level)).toEqual(['WARNING']);
    expect(step({ ...calm }).resolve.map((a) => a.id)).toEqual(['alr_2']);
    expect(open).toEqual([]);
    expect(step({ ...calm, costToSales: 0.025 }).raise).toHaveLength(1); // a new crossing is a new alert
  });

  it('validates thresholds naming the field', () => {
    expect(() => validateAlertThresholds({ costToSalesRedLine: 0 })).toThrow(/costToSalesRedLine/);
    expect(() => validateAlertThresholds({ maxDailyIssuedPoints: 1.5 })).toThrow(/maxDailyIssuedPoints/);
    expect(() => validateAlertThresholds({ minFlowRatio: -1 })).toThrow(/minFlowRatio/);
    expect(() =>
      validateAlertThresholds({ costToSalesRedLine: 0.03, maxDailyIssuedPoints: null }),
    ).not.toThrow();
  });
});

describe('liability forecast', () => {
  it('a least-squares line', () => {
    expect(linearTrend([1, 3, 5, 7])).toEqual([1, 2]);
    expect(linearTrend([4])).toEqual([4, 0]);
  });

  it('daily redemption fraction = redeemed / points there to redeem', () => {
    expect(dailyRedemptionFraction([{ issued: 0, redeemed: 10, outstanding: 990 }])).toBeCloseTo(0.01, 12);
  });

  it('no flows: the forecast only loses the scheduled expiries', () => {
    const f = forecastLiability({
      today: '2026-12-06',
      outstandingPoints: 10_000,
      expirySchedule: new Map([['2026-12-10', 2_000]]),
      history: [{ issued: 0, redeemed: 0, outstanding: 10_000 }],
      pointValueMinor: 1,
      expectedRedemptionRate: 0.5,
    });
    expect(f).toHaveLength(90);
    expect(f[0]).toEqual({ day: '2026-12-07', outstandingPoints: 10_000, liabilityMinor: 5_000 });
    expect(f[3]).toEqual({ day: '2026-12-10', outstandingPoints: 8_000, liabilityMinor: 4_000 });
    expect(f[89].outstandingPoints).toBe(8_000);
  });

  it('follows the issuance trend and the redemption pattern', () => {
    const history = Array.from({ length: 30 }, (_, k) => ({
      issued: 1_000 + 10 * k,
      redeemed: 100,
      outstanding: 10_000,
    }));
    const f = forecastLiability({
      today: '2026-12-06',
      outstandingPoints: 10_000,
      expirySchedule: new Map(),
      history,
      pointValueMinor: 1,
      expectedRedemptionRate: 1,
    });
    // day 1: +1,300 issued (trend at x = 30), −~99 redeemed
    expect(f[0].outstandingPoints).toBe(Math.round(10_000 + 1_300 - 10_000 * (3_000 / 303_000)));
    expect(f[29].outstandingPoints).toBeGreaterThan(f[0].outstandingPoints);
  });

  it('back-test error', () => {
    expect(forecastError([110, 90], [100, 100])).toBeCloseTo(0.1, 12);
    expect(forecastError([1], [0])).toBeNull();
  });
});
