import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  applyMonthlyBonusCap,
  assertRefundable,
  computePurchaseEarning,
  computeReferralRewards,
  refundClawbackPoints,
  welcomeGrant,
  type NewMemberTasks,
  type PurchaseEarningInput,
} from './earning';
import { DEFAULT_RULES, DEFAULT_TIERS } from './rules';
import type { Grant, ProgramRules, TierDef } from './types';

const tiers: TierDef[] = DEFAULT_TIERS.map((t) => ({ id: t.name.toLowerCase(), ...t }));
const tier = (id: string) => tiers.find((t) => t.id === id)!;
const at = new Date('2026-03-10T04:00:00Z');
const noTasks: NewMemberTasks = { profile: false, firstPurchase: false, firstReview: false, allDone: false };
const purchase = (over: Partial<PurchaseEarningInput> = {}) =>
  computePurchaseEarning({
    rules: DEFAULT_RULES,
    amountMinor: 25000,
    occurredAt: at,
    tier: tier('bronze'),
    monthSpendBeforeMinor: 0,
    milestoneAwardedThisMonth: false,
    isFirstPurchase: false,
    tasks: { ...noTasks, firstPurchase: true },
    ...over,
  });
const summary = (grants: Grant[]) => grants.map((g) => `${g.source}/${g.reason}:${g.points}`);

describe('computePurchaseEarning', () => {
  it('a 250.00 order by a Silver member: base 250, tier bonus 50, threshold 50', () => {
    const r = purchase({ tier: tier('silver') });
    expect(r.basePoints).toBe(250);
    expect(summary(r.grants)).toEqual([
      'PURCHASE/BASE:250',
      'TIER_BONUS/TIER_MULTIPLIER:50',
      'PURCHASE/ORDER_THRESHOLD:50',
    ]);
    for (const g of r.grants) {
      expect(g.bonus).toBe(false);
      expect(g.availableAt).toEqual(at);
      expect(g.expiresAt).toEqual(new Date(at.getTime() + 365 * 86_400_000));
    }
  });

  it('rounds base points down and guards floating error in multipliers', () => {
    expect(summary(purchase({ amountMinor: 19999 }).grants)).toEqual(['PURCHASE/BASE:199']);
    // 100 * 1.2 must be 120, not 119
    expect(summary(purchase({ amountMinor: 10000, tier: tier('silver') }).grants)).toEqual([
      'PURCHASE/BASE:100',
      'TIER_BONUS/TIER_MULTIPLIER:20',
    ]);
    // 333 * 1.5 = 499.5 -> 499
    expect(purchase({ amountMinor: 33300, tier: tier('gold') }).grants[1].points).toBe(166);
    // exactly 200.00 meets the threshold
    expect(summary(purchase({ amountMinor: 20000 }).grants)).toContain('PURCHASE/ORDER_THRESHOLD:50');
  });

  it('birthday month: x2 for Bronze/Silver/Gold, x3 for Diamond (local month)', () => {
    const feb = new Date('2026-01-31T16:30:00Z'); // February 1st in Shanghai
    const bronze = purchase({ amountMinor: 10000, birthday: '1990-02-14', occurredAt: feb });
    expect(summary(bronze.grants)).toEqual(['PURCHASE/BASE:100', 'TIER_BONUS/BIRTHDAY:100']);
    const diamond = purchase({
      amountMinor: 10000,
      birthday: '02-14',
      occurredAt: feb,
      tier: tier('diamond'),
    });
    expect(summary(diamond.grants)).toEqual(['PURCHASE/BASE:100', 'TIER_BONUS/BIRTHDAY:200']);
    // outside the birthday month Diamond earns x2
    const march = purchase({ amountMinor: 10000, birthday: '02-14', tier: tier('diamond') });
    expect(summary(march.grants)).toEqual(['PURCHASE/BASE:100', 'TIER_BONUS/TIER_MULTIPLIER:100']);
    // a tier whose own multiplier beats its birthday multiplier keeps it
    const odd = { ...tier('gold'), earnMultiplier: 2.5, birthdayMultiplier: 2 };
    expect(
      summary(purchase({ amountMinor: 10000, birthday: '02-14', occurredAt: feb, tier: odd }).grants),
    ).toEqual(['PURCHASE/BASE:100', 'TIER_BONUS/TIER_MULTIPLIER:150']);
  });

  it('category multiplier x1.5 adds the extra per item, summed into one grant', () => {
    const rules: ProgramRules = {
      ...DEFAULT_RULES,
      categoryMultipliers: [{ category: 'shoes', multiplier: 1.5 }],
    };
    const r = purchase({
      rules,
      amountMinor: 15050,
      items: [
        { sku: 's1', category: 'shoes', quantity: 1, amountMinor: 10000 },
        { sku: 's2', category: 'shoes', quantity: 1, amountMinor: 3350 }, // base 33 -> extra floor(16.5) = 16
        { sku: 'x', category: 'food', quantity: 2, amountMinor: 1700 },
      ],
    });
    expect(summary(r.grants)).toEqual(['PURCHASE/BASE:150', 'PURCHASE/CATEGORY_MULTIPLIER:66']);
  });

  it('the monthly milestone is awarded exactly once, on the crossing purchase', () => {
    const first = purchase({ amountMinor: 60000, monthSpendBeforeMinor: 0 });
    expect(first.milestoneAwarded).toBe(false);
    const crossing = purchase({ amountMinor: 40000, monthSpendBeforeMinor: 60000 });
    expect(summary(crossing.grants)).toContain('PURCHASE/MONTHLY_MILESTONE:200');
    expect(crossing.milestoneAwarded).toBe(true);
    // already above: no second award even if the flag were lost, and none once awarded
    expect(summary(purchase({ amountMinor: 30000, monthSpendBeforeMinor: 100000 }).grants)).not.toContain(
      'PURCHASE/MONTHLY_MILESTONE:200',
    );
    const again = purchase({
      amountMinor: 150000,
      monthSpendBeforeMinor: 0,
      milestoneAwardedThisMonth: true,
    });
    expect(summary(again.grants)).not.toContain('PURCHASE/MONTHLY_MILESTONE:200');
    expect(again.milestoneAwarded).toBe(true);
  });

  it('first purchase completes its new-member task (+100) and, with the others done, all-done (+50)', () => {
    const r = purchase({
      amountMinor: 5000,
      isFirstPurchase: true,
      tasks: { ...noTasks, profile: true, firstReview: true },
    });
    expect(summary(r.grants)).toEqual([
      'PURCHASE/BASE:50',
      'ACTIVITY/TASK_FIRST_PURCHASE:100',
      'ACTIVITY/TASK_ALL_DONE:50',
    ]);
    expect(r.tasks).toEqual({ profile: true, firstPurchase: true, firstReview: true, allDone: true });
    const task = r.grants[1];
    expect(task.bonus).toBe(true);
    expect(task.expiresAt).toEqual(
      new Date(at.getTime() + DEFAULT_RULES.activityPointsExpireInDays! * 86_400_000),
    );
    const only = purchase({ amountMinor: 5000, isFirstPurchase: true, tasks: noTasks });
    expect(summary(only.grants)).toEqual(['PURCHASE/BASE:50', 'ACTIVITY/TASK_FIRST_PURCHASE:100']);
  });

  it('pending days delay purchase-derived grants only; null expiry means never', () => {
    const rules: ProgramRules = { ...DEFAULT_RULES, pendingDays: 14, purchasePointsExpireInDays: null };
    const r = purchase({ rules, tier: tier('silver'), isFirstPurchase: true, tasks: noTasks });
    const pendingUntil = new Date(at.getTime() + 14 * 86_400_000);
    for (const g of r.grants) {
      expect(g.availableAt).toEqual(g.source === 'ACTIVITY' ? at : pendingUntil);
      if (g.source !== 'ACTIVITY') expect(g.expiresAt).toBeNull();
    }
  });

  it('rejects a negative or fractional amount', () => {
    expect(() => purchase({ amountMinor: -1 })).toThrow(DomainError);
    expect(() => purchase({ amountMinor: 10.5 })).toThrow(DomainError);
    expect(purchase({ amountMinor: 0 }).grants).toEqual([]);
  });
});

describe('applyMonthlyBonusCap', () => {
  const g = (points: number, bonus: boolean, campaignId?: string): Grant => ({
    source: bonus ? 'CAMPAIGN' : 'PURCHASE',
    reason: 'X',
    points,
    availableAt: at,
    expiresAt: null,
    bonus,
    ...(campaignId ? { campaignId } : {}),
  });

  it('issues what fits, refuses the excess (keeping source and campaign), passes non-bonus grants', () => {
    const r = applyMonthlyBonusCap(
      [g(100, true, 'c1'), g(250, false), g(80, true, 'c2'), g(30, true)],
      380,
      500,
    );
    expect(r.grants.map((x) => [x.points, x.bonus])).toEqual([
      [100, true],
      [250, false],
      [20, true],
    ]);
    expect(r.refusals).toEqual([
      { source: 'CAMPAIGN', points: 60, reason: 'MONTHLY_BONUS_CAP', campaignId: 'c2' },
      { source: 'CAMPAIGN', points: 30, reason: 'MONTHLY_BONUS_CAP' },
    ]);
  });

  it('null cap is unlimited; an exhausted cap refuses everything', () => {
    expect(applyMonthlyBonusCap([g(1000, true)], 10_000, null)).toEqual({
      grants: [g(1000, true)],
      refusals: [],
    });
    expect(applyMonthlyBonusCap([g(5, true)], 600, 500).refusals).toEqual([
      { source: 'CAMPAIGN', points: 5, reason: 'MONTHLY_BONUS_CAP' },
    ]);
  });
});

describe('welcome and referral', () => {
  it('welcome: 50 points expiring after 30 days', () => {
    const enrolled = new Date('2026-01-01T00:00:00Z');
    expect(welcomeGrant(DEFAULT_RULES, enrolled)).toEqual({
      source: 'WELCOME',
      reason: 'WELCOME',
      points: 50,
      availableAt: enrolled,
      expiresAt: new Date('2026-01-31T00:00:00Z'),
      bonus: false,
    });
    expect(welcomeGrant({ ...DEFAULT_RULES, welcomePoints: 0 }, enrolled)).toBeNull();
  });

  it('referrer gets 100 + 5% of a 300.00 order = 115; referee 50', () => {
    const r = computeReferralRewards({
      rules: DEFAULT_RULES,
      orderAmountMinor: 30000,
      occurredAt: at,
      referrerRewardsThisMonth: 19,
    });
    expect([r.referrer?.points, r.referrer?.reason, r.referrer?.source, r.referrer?.bonus]).toEqual([
      115,
      'REFERRAL_REFERRER',
      'REFERRAL',
      false,
    ]);
    expect([r.referee?.points, r.referee?.reason]).toEqual([50, 'REFERRAL_REFEREE']);
    expect(r.refusals).toEqual([]);
    // 5% of 299.99 = 14.9995 -> 14
    expect(
      computeReferralRewards({
        rules: DEFAULT_RULES,
        orderAmountMinor: 29999,
        occurredAt: at,
        referrerRewardsThisMonth: 0,
      }).referrer?.points,
    ).toBe(114);
  });

  it('at most 20 referred members a month earn the referrer points; the referee still gets hers', () => {
    const r = computeReferralRewards({
      rules: DEFAULT_RULES,
      orderAmountMinor: 30000,
      occurredAt: at,
      referrerRewardsThisMonth: 20,
    });
    expect(r.referrer).toBeNull();
    expect(r.referee?.points).toBe(50);
    expect(r.refusals).toEqual([{ source: 'REFERRAL', points: 115, reason: 'REFERRAL_MONTHLY_CAP' }]);
  });
});

describe('refunds', () => {
  it('a 30% partial refund of a 300-point order claws back 90', () => {
    expect(
      refundClawbackPoints({
        orderPoints: 300,
        amountMinor: 30000,
        refundedBeforeMinor: 0,
        refundMinor: 9000,
        reversedBefore: 0,
      }),
    ).toBe(90);
  });

  it('two partial refunds sum exactly to the order points', () => {
    const first = refundClawbackPoints({
      orderPoints: 101,
      amountMinor: 10000,
      refundedBeforeMinor: 0,
      refundMinor: 3333,
      reversedBefore: 0,
    });
    const second = refundClawbackPoints({
      orderPoints: 101,
      amountMinor: 10000,
      refundedBeforeMinor: 3333,
      refundMinor: 6667,
      reversedBefore: first,
    });
    expect([first, second, first + second]).toEqual([33, 68, 101]);
  });

  it('never negative, never beyond the order points', () => {
    expect(
      refundClawbackPoints({
        orderPoints: 100,
        amountMinor: 1000,
        refundedBeforeMinor: 0,
        refundMinor: 500,
        reversedBefore: 80,
      }),
    ).toBe(0);
    expect(
      refundClawbackPoints({
        orderPoints: 100,
        amountMinor: 1000,
        refundedBeforeMinor: 900,
        refundMinor: 900,
        reversedBefore: 90,
      }),
    ).toBe(10);
    expect(
      refundClawbackPoints({
        orderPoints: 100,
        amountMinor: 0,
        refundedBeforeMinor: 0,
        refundMinor: 0,
        reversedBefore: 0,
      }),
    ).toBe(0);
  });

  it('a refund beyond the purchase (e.g. a refund of a refund) is refused', () => {
    expect(() => assertRefundable(0, 30000, 30000)).not.toThrow();
    const err = (() => {
      try {
        assertRefundable(30000, 1, 30000);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(err?.code).toBe('REFUND_EXCEEDS_PURCHASE');
    expect(() => assertRefundable(0, 0, 30000)).toThrow(/positive/);
  });
});
