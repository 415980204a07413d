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
  type CampaignBudgetFigures,
  type OpenAlert,
} from './alerts';
import { rollupPacingWindow } from '../campaigns/pacing';
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

const WORDS = { timezone: 'Asia/Shanghai', currency: 'CNY' };

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
  const c: CampaignBudgetFigures = {
    campaignId: 'cmp_1',
    name: 'Double Wednesday',
    budgetPoints: 100_000,
    spentPoints: 40_000,
    startsAt: new Date('2026-12-01T04:00:00Z'),
    endsAt: new Date('2026-12-31T04:00:00Z'),
    recentSpentPoints: 40_000,
    // the window reaches before the start: it counts from the start
    recentSince: new Date('2026-11-28T16:00:00Z'),
  };
  it('runs out at the recent pace: 40,000 in the 5 days since the start → 60,000 more in 7.5 days', () => {
    expect(projectedExhaustion(c, now, WORDS)?.toISOString()).toBe('2026-12-13T16:00:00.000Z');
    expect(projectedExhaustion({ ...c, budgetPoints: null }, now, WORDS)).toBeNull();
    expect(projectedExhaustion({ ...c, spentPoints: 0, recentSpentPoints: 0 }, now, WORDS)).toBeNull();
    expect(projectedExhaustion({ ...c, spentPoints: 100_000 }, now, WORDS)).toEqual(now);
    expect(projectedExhaustion({ ...c, spentPoints: 120_000 }, now, WORDS)).toEqual(now);
    expect(projectedExhaustion(c, c.startsAt)).toBeNull();
  });
  it('the recent week, not the average since the start: a campaign that sped up', () => {
    // started 10 days ago, 40,000 spent (4,000 a day on average), 35,000 of them in the last 7 days
    // (5,000 a day): 60,000 left → 12 days (Dec 18), not the 15 days (Dec 21) of the average pace
    const faster = {
      ...c,
      startsAt: new Date('2026-11-26T04:00:00Z'),
      recentSpentPoints: 35_000,
      recentSince: new Date('2026-11-29T04:00:00Z'),
    };
    expect(projectedExhaustion(faster, now, WORDS)?.toISOString()).toBe('2026-12-18T04:00:00.000Z');
    // nothing issued in the window: nothing burns now, no projection
    expect(projectedExhaustion({ ...faster, recentSpentPoints: 0 }, now, WORDS)).toBeNull();
  });
  it('raises CAMPAIGN_BUDGET only when that is before the end', () => {
    const [a] = alertConditions(thresholds, { ...calm, campaigns: [c] }, now, WORDS);
    expect(a).toEqual({
      kind: 'CAMPAIGN_BUDGET',
      level: 'WARNING',
      campaignId: 'cmp_1',
      value: 40_000,
      threshold: 100_000,
      message:
        'Campaign Double Wednesday is projected to spend its budget of 100,000 points on 2026-12-14, before its end on 2026-12-31',
    });
    // 10,000 in 5 days: 90,000 more takes 45 days, after the end
    expect(
      alertConditions(
        thresholds,
        { ...calm, campaigns: [{ ...c, spentPoints: 10_000, recentSpentPoints: 10_000 }] },
        now,
        WORDS,
      ),
    ).toEqual([]);
    // the budget raised to 400,000: 360,000 more at 8,000 a day is after the end; resolved
    expect(
      alertConditions(thresholds, { ...calm, campaigns: [{ ...c, budgetPoints: 400_000 }] }, now, WORDS),
    ).toEqual([]);
    // no end: nothing to run out before
    expect(alertConditions(thresholds, { ...calm, campaigns: [{ ...c, endsAt: null }] }, now, WORDS)).toEqual(
      [],
    );
    // spent already, before the end
    expect(
      alertConditions(thresholds, { ...calm, campaigns: [{ ...c, spentPoints: 100_000 }] }, now, WORDS)[0]
        .message,
    ).toBe('Campaign Double Wednesday has spent its budget of 100,000 points before its end on 2026-12-31');
  });
  it('one alert per campaign: raised once, kept while it holds, resolved when it recovers', () => {
    const raise = alertConditions(
      thresholds,
      { ...calm, campaigns: [c, { ...c, campaignId: 'cmp_2' }] },
      now,
      WORDS,
    );
    const first = alertTransitions([], raise);
    expect(first.raise.map((x) => x.campaignId)).toEqual(['cmp_1', 'cmp_2']);
    const open: OpenAlert[] = first.raise.map((x, i) => ({ id: `a${i}`, ...x }));
    expect(alertTransitions(open, raise)).toEqual({ raise: [], resolve: [] });
    const recovered = alertConditions(
      thresholds,
      { ...calm, campaigns: [{ ...c, budgetPoints: 400_000 }] },
      now,
      WORDS,
    );
    expect(alertTransitions(open, recovered).resolve.map((x) => x.id)).toEqual(['a0', 'a1']);
  });
});

describe('the rollups’ burn-rate window', () => {
  it('7 whole local days before today, from the first instant of the first', () => {
    // 2026-12-06 12:00 in Shanghai: rows from Nov 29, counted from its local midnight (16:00 UTC the day before)
    expect(rollupPacingWindow(now, 'Asia/Shanghai')).toEqual({
      firstDay: '2026-11-29',
      since: new Date('2026-11-28T16:00:00Z'),
    });
  });
});

describe('alert conditions and transitions', () => {
  it('nothing holds on calm figures', () => {
    expect(alertConditions(thresholds, calm, now, WORDS)).toEqual([]);
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
      WORDS,
    );
    // messages in the program's words: money in its currency, points counted
    expect(kinds.find((a) => a.kind === 'POOL_CAP')!.message).toBe(
      'Points liability CNY 600.00 has reached the pool cap of CNY 500.00 (5.00% of trailing-12-month sales): bonus campaigns pause',
    );
    expect(kinds.find((a) => a.kind === 'DAILY_ISSUANCE')!.message).toBe(
      '5,001 points issued today, above the limit of 5,000 points',
    );
    expect(kinds.map((a) => `${a.kind}:${a.level}`)).toEqual([
      'COST_TO_SALES:BREACH',
      'DAILY_ISSUANCE:BREACH',
      'FLOW_RATIO:BREACH',
      'ACCUMULATION_RATIO:BREACH',
      'POOL_CAP:BREACH',
    ]);
    const warn = alertConditions(thresholds, { ...calm, costToSales: 0.017 }, now, WORDS)[0];
    expect(warn).toMatchObject({ kind: 'COST_TO_SALES', level: 'WARNING', threshold: 0.016 });
  });

  it('raised once, resolved when the figure recovers', () => {
    let open: OpenAlert[] = [];
    let ids = 0;
    const step = (f: AlertFigures) => {
      const t = alertTransitions(open, alertConditions(thresholds, f, now, WORDS));
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
