import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PurchaseItem } from '../earning';
import { DEFAULT_RULES } from '../rules';
import { campaignClaims, evaluateCampaigns, type CampaignCandidate } from './evaluate';
import type { CampaignEvent } from './effects';
import { campaign, member } from './test-fixtures';
import type { CampaignDefinition } from './types';

const rules = DEFAULT_RULES; // Asia/Shanghai, 1 point per 1.00, campaign lots 180 days
const wednesday = new Date('2026-12-02T12:00:00+08:00');
const purchase = (amountMinor: number, items: PurchaseItem[] = []): CampaignEvent => ({
  kind: 'PURCHASE',
  amountMinor,
  items,
});
const candidate = (c: CampaignDefinition, over: Partial<CampaignCandidate> = {}): CampaignCandidate => ({
  campaign: c,
  budgetLeft: c.budgetPoints,
  memberIssued: 0,
  ...over,
});
const evaluate = (
  campaigns: CampaignCandidate[],
  event = purchase(25000),
  occurredAt = wednesday,
  recordedAt = occurredAt,
) => evaluateCampaigns({ rules, event, occurredAt, recordedAt, member, campaigns });
const summary = (d: ReturnType<typeof evaluate>) =>
  d.grants.map((g) => `${g.campaignId}/${g.reason}:${g.points}`);

describe('effects', () => {
  it('x2 on a 250.00 order adds the 250 base points as its own CAMPAIGN grant (bonus, 180-day lot, campaign and variant named)', () => {
    const c = campaign({ id: 'dbl' });
    const d = evaluate([candidate(c)]);
    expect(d.grants).toHaveLength(1);
    const g = d.grants[0];
    expect(g).toMatchObject({
      source: 'CAMPAIGN',
      reason: 'CAMPAIGN_MULTIPLIER',
      points: 250,
      bonus: true,
      campaignId: 'dbl',
      variantKey: 'default',
    });
    expect(g.expiresAt!.getTime() - wednesday.getTime()).toBe(180 * 86_400_000);
  });

  it('x1.5 floors: 99.99 has 99 base points and adds 49', () => {
    const d = evaluate(
      [candidate(campaign({ effect: { type: 'MULTIPLIER', multiplier: 1.5 } }))],
      purchase(9999),
    );
    expect(d.grants[0].points).toBe(49);
  });

  it('fixed bonus, threshold bonus (at and below), category multiplier on its items only', () => {
    expect(
      evaluate([candidate(campaign({ effect: { type: 'FIXED_BONUS', bonusPoints: 30 } }))]).grants[0].points,
    ).toBe(30);
    const threshold = campaign({
      effect: { type: 'ORDER_THRESHOLD_BONUS', thresholdMinor: 25000, bonusPoints: 80 },
    });
    expect(evaluate([candidate(threshold)], purchase(25000)).grants[0].points).toBe(80);
    const below = evaluate([candidate(threshold)], purchase(24999));
    expect(below.grants).toHaveLength(0);
    expect(below.skips[0].reason).toBe('NOT_APPLICABLE');
    const beauty = campaign({ effect: { type: 'CATEGORY_MULTIPLIER', category: 'beauty', multiplier: 3 } });
    const items = [
      { sku: 'a', category: 'beauty', quantity: 1, amountMinor: 10050 },
      { sku: 'b', category: 'food', quantity: 1, amountMinor: 5000 },
    ];
    expect(evaluate([candidate(beauty)], purchase(15050, items)).grants[0].points).toBe(200); // 100 base x (3 - 1)
  });

  it('activity multiplier applies to activities (optionally one type), not purchases', () => {
    const all = campaign({ effect: { type: 'ACTIVITY_MULTIPLIER', multiplier: 2 } });
    const reviews = campaign({
      effect: { type: 'ACTIVITY_MULTIPLIER', multiplier: 3, activityType: 'REVIEW' },
    });
    const signIn: CampaignEvent = { kind: 'ACTIVITY', activityType: 'SIGN_IN', points: 5 };
    const review: CampaignEvent = { kind: 'ACTIVITY', activityType: 'REVIEW', points: 20 };
    expect(evaluate([candidate(all)], signIn).grants[0].points).toBe(5);
    expect(evaluate([candidate(reviews)], signIn).grants).toHaveLength(0);
    expect(evaluate([candidate(reviews)], review).grants[0].points).toBe(40);
    expect(evaluate([candidate(all)], purchase(10000)).grants).toHaveLength(0);
    // activity grants are not pending even when purchases are
    const pending = { ...rules, pendingDays: 14 };
    const g = evaluateCampaigns({
      rules: pending,
      event: signIn,
      occurredAt: wednesday,
      recordedAt: wednesday,
      member,
      campaigns: [candidate(all)],
    }).grants[0];
    expect(g.availableAt).toEqual(wednesday);
  });
});

describe('when a campaign is evaluated', () => {
  it('ACTIVE at record time and the window and schedule contain occurredAt: a backdated Wednesday purchase synced on Friday still doubles', () => {
    const wed = campaign({ schedule: { daysOfWeek: ['WEDNESDAY'] } });
    const friday = new Date('2026-12-04T09:00:00+08:00');
    expect(evaluate([candidate(wed)], purchase(10000), wednesday, friday).grants).toHaveLength(1);
    const d = evaluate([candidate(wed)], purchase(10000), friday, friday);
    expect(d.grants).toHaveLength(0);
    expect(d.skips[0].reason).toBe('OUTSIDE_SCHEDULE');
  });

  it('a campaign starting at the purchase second applies with no job run (status computed from the clock)', () => {
    const start = new Date('2026-12-02T00:00:00+08:00');
    const c = campaign({ startsAt: start });
    expect(evaluate([candidate(c)], purchase(10000), start, start).grants).toHaveLength(1);
    const before = evaluate(
      [candidate(c)],
      purchase(10000),
      new Date(start.getTime() - 1),
      new Date(start.getTime() - 1),
    );
    expect(before.skips[0].reason).toBe('NOT_ACTIVE');
  });

  it('paused, draft or ended at record time: skipped even when the purchase was inside the window', () => {
    for (const phase of ['PAUSED', 'DRAFT', 'ENDED'] as const) {
      expect(evaluate([candidate(campaign({ phase }))]).skips[0].reason).toBe('NOT_ACTIVE');
    }
    // ended by its end date when recorded, though the purchase was inside
    const c = campaign({ endsAt: new Date('2026-12-03T00:00:00Z') });
    expect(
      evaluate([candidate(c)], purchase(10000), wednesday, new Date('2026-12-05T00:00:00Z')).skips[0].reason,
    ).toBe('NOT_ACTIVE');
  });

  it('while the pool cap is reached: every campaign is skipped (POOL_CAP), nobody exposed, nothing given', () => {
    const c = campaign({ id: 'dbl' });
    const capped = evaluateCampaigns({
      rules,
      event: purchase(25000),
      occurredAt: wednesday,
      recordedAt: wednesday,
      member,
      campaigns: [candidate(c)],
      poolCapReached: true,
    });
    expect(capped.grants).toEqual([]);
    expect(capped.exposures).toEqual([]);
    expect(capped.skips).toEqual([{ campaignId: 'dbl', variantKey: null, reason: 'POOL_CAP', points: 0 }]);
    // a campaign paused by hand stays NOT_ACTIVE; once the cap clears, the same purchase earns
    expect(
      evaluateCampaigns({
        rules,
        event: purchase(25000),
        occurredAt: wednesday,
        recordedAt: wednesday,
        member,
        campaigns: [candidate(campaign({ phase: 'PAUSED' }))],
        poolCapReached: true,
      }).skips[0].reason,
    ).toBe('NOT_ACTIVE');
    expect(evaluate([candidate(c)]).grants).toHaveLength(1);
  });

  it('a purchase before the window, recorded while active, is outside the window', () => {
    const c = campaign({ startsAt: new Date('2026-12-02T00:00:00Z') });
    const d = evaluate(
      [candidate(c)],
      purchase(10000),
      new Date('2026-12-01T12:00:00Z'),
      new Date('2026-12-03T00:00:00Z'),
    );
    expect(d.skips[0].reason).toBe('OUTSIDE_WINDOW');
  });

  it('audiences: tiers, new members, inactive members, minimum balance', () => {
    const reason = (c: CampaignDefinition) => evaluate([candidate(c)]).skips[0]?.reason ?? 'GIVEN';
    expect(reason(campaign({ audience: { tierIds: ['gold', 'diamond'] } }))).toBe('GIVEN');
    expect(reason(campaign({ audience: { tierIds: ['silver'] } }))).toBe('NOT_IN_AUDIENCE');
    expect(reason(campaign({ audience: { newMembersWithinDays: 30 } }))).toBe('NOT_IN_AUDIENCE');
    expect(reason(campaign({ audience: { newMembersWithinDays: 400 } }))).toBe('GIVEN');
    expect(reason(campaign({ audience: { inactiveForDays: 90 } }))).toBe('NOT_IN_AUDIENCE'); // bought 12 days ago
    expect(reason(campaign({ audience: { inactiveForDays: 10 } }))).toBe('GIVEN');
    expect(reason(campaign({ audience: { minBalance: 1200 } }))).toBe('GIVEN');
    expect(reason(campaign({ audience: { minBalance: 1201 } }))).toBe('NOT_IN_AUDIENCE');
  });
});

describe('stacking', () => {
  it('stackable campaigns combine', () => {
    const d = evaluate([
      candidate(campaign({ id: 'a' })),
      candidate(campaign({ id: 'b', effect: { type: 'FIXED_BONUS', bonusPoints: 10 } })),
    ]);
    expect(d.grants.map((g) => g.points).sort()).toEqual([10, 250]);
  });

  it('a non-stackable campaign of higher priority excludes the others; of lower priority it is excluded', () => {
    const exclusive = campaign({
      id: 'x',
      key: 'x',
      priority: 10,
      stackable: false,
      effect: { type: 'MULTIPLIER', multiplier: 3 },
    });
    const other = campaign({ id: 'o', key: 'o', priority: 5 });
    let d = evaluate([candidate(other), candidate(exclusive)]);
    expect(summary(d)).toEqual(['x/CAMPAIGN_MULTIPLIER:500']);
    expect(d.skips).toEqual([
      { campaignId: 'o', variantKey: 'default', reason: 'STACKING_EXCLUDED', points: 250 },
    ]);
    d = evaluate([candidate({ ...exclusive, priority: 1 }), candidate(other)]);
    expect(summary(d)).toEqual(['o/CAMPAIGN_MULTIPLIER:250']);
    expect(d.skips[0]).toMatchObject({ campaignId: 'x', reason: 'STACKING_EXCLUDED' });
  });

  it('equal priorities are broken by key', () => {
    const a = campaign({ id: 'z', key: 'a-key', stackable: false });
    const b = campaign({ id: 'y', key: 'b-key', stackable: false });
    expect(summary(evaluate([candidate(b), candidate(a)]))).toEqual(['z/CAMPAIGN_MULTIPLIER:250']);
  });

  it('a non-stackable campaign with no budget left does not block the next one', () => {
    const exclusive = campaign({ id: 'x', key: 'x', priority: 10, stackable: false, budgetPoints: 100 });
    const other = campaign({
      id: 'o',
      key: 'o',
      priority: 5,
      effect: { type: 'FIXED_BONUS', bonusPoints: 20 },
    });
    const d = evaluate([candidate(exclusive, { budgetLeft: 100 }), candidate(other)]);
    expect(summary(d)).toEqual(['o/CAMPAIGN_FIXED_BONUS:20']);
    expect(d.skips[0]).toMatchObject({ campaignId: 'x', reason: 'BUDGET_EXHAUSTED', points: 250 });
  });

  it('property: the decision does not depend on the order campaigns are loaded in', () => {
    const effectArb = fc.oneof(
      fc.record({ type: fc.constant('MULTIPLIER' as const), multiplier: fc.constantFrom(1.5, 2, 3) }),
      fc.record({ type: fc.constant('FIXED_BONUS' as const), bonusPoints: fc.integer({ min: 1, max: 300 }) }),
      fc.record({
        type: fc.constant('ORDER_THRESHOLD_BONUS' as const),
        thresholdMinor: fc.integer({ min: 1, max: 50000 }),
        bonusPoints: fc.integer({ min: 1, max: 300 }),
      }),
    );
    const campaignArb = fc.record({
      priority: fc.integer({ min: 0, max: 3 }),
      stackable: fc.boolean(),
      effect: effectArb,
      budgetLeft: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
      cap: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
      memberIssued: fc.integer({ min: 0, max: 300 }),
      holdout: fc.constantFrom(0, 0, 30),
    });
    fc.assert(
      fc.property(
        fc.array(campaignArb, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 60000 }),
        fc.integer(),
        (specs, amount, seed) => {
          const candidates = specs.map((s, i) => {
            const c = campaign({
              id: `id${i}`,
              key: `k${i}`,
              priority: s.priority,
              stackable: s.stackable,
              effect: s.effect,
              perMemberCapPoints: s.cap,
              holdoutPercent: s.holdout,
            });
            if (s.holdout) c.variants[0].weight = 100 - s.holdout;
            return candidate(c, { budgetLeft: s.budgetLeft, memberIssued: s.memberIssued });
          });
          const shuffled = fc.sample(
            fc.shuffledSubarray(candidates, { minLength: candidates.length, maxLength: candidates.length }),
            { numRuns: 1, seed },
          )[0];
          const a = evaluate(candidates, purchase(amount));
          const b = evaluate(shuffled, purchase(amount));
          expect(b).toEqual(a);
          // and never more than one non-stackable grant, never a non-stackable beside another grant
          const exclusive = a.grants.filter(
            (g) => !candidates.find((c) => c.campaign.id === g.campaignId)!.campaign.stackable,
          );
          if (exclusive.length > 0) expect(a.grants).toHaveLength(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('caps and budgets', () => {
  it('the per-member cap gives what fits and records the rest', () => {
    const c = campaign({ perMemberCapPoints: 300 });
    const d = evaluate([candidate(c, { memberIssued: 200 })]);
    expect(d.grants[0].points).toBe(100);
    expect(d.skips).toEqual([{ campaignId: c.id, variantKey: 'default', reason: 'MEMBER_CAP', points: 150 }]);
    const full = evaluate([candidate(c, { memberIssued: 300 })]);
    expect(full.grants).toHaveLength(0);
    expect(full.skips[0]).toMatchObject({ reason: 'MEMBER_CAP', points: 250 });
  });

  it('a bonus is given whole while it fits the budget, and skipped (BUDGET_EXHAUSTED) once it does not', () => {
    const c = campaign({ budgetPoints: 1000 });
    expect(evaluate([candidate(c, { budgetLeft: 250 })]).grants[0].points).toBe(250);
    const d = evaluate([candidate(c, { budgetLeft: 249 })]);
    expect(d.grants).toHaveLength(0);
    expect(d.skips[0]).toMatchObject({ reason: 'BUDGET_EXHAUSTED', points: 250 });
    // a smaller purchase still fits what is left
    expect(evaluate([candidate(c, { budgetLeft: 249 })], purchase(10000)).grants[0].points).toBe(100);
  });

  it('claims sum the grants per campaign', () => {
    const d = evaluate([
      candidate(campaign({ id: 'p' })),
      candidate(campaign({ id: 'q', effect: { type: 'FIXED_BONUS', bonusPoints: 7 } })),
    ]);
    expect(campaignClaims(d.grants).sort((a, b) => (a.campaignId < b.campaignId ? -1 : 1))).toEqual([
      { campaignId: 'p', points: 250 },
      { campaignId: 'q', points: 7 },
    ]);
  });

  it('a broken effect is skipped with EVALUATION_ERROR, never thrown', () => {
    const broken = campaign({ effect: { type: 'MULTIPLIER', multiplier: Number.NaN } });
    const d = evaluate([candidate(broken), candidate(campaign({ id: 'ok' }))]);
    expect(d.skips[0].reason).toBe('EVALUATION_ERROR');
    expect(summary(d)).toEqual(['ok/CAMPAIGN_MULTIPLIER:250']);
  });
});

describe('experiments', () => {
  const ab = () =>
    campaign({
      key: 'wed-test',
      holdoutPercent: 20,
      variants: [
        { key: 'x2', name: '2x', weight: 40, effect: { type: 'MULTIPLIER', multiplier: 2 } },
        { key: 'x15', name: '1.5x', weight: 40, effect: { type: 'MULTIPLIER', multiplier: 1.5 } },
      ],
    });

  it('exposes the member at the first evaluation (assignment to record) and gives the variant effect; holdout gets nothing', () => {
    const c = ab();
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const m = { ...member, id: `m${i}` };
      const d = evaluateCampaigns({
        rules,
        event: purchase(20000),
        occurredAt: wednesday,
        recordedAt: wednesday,
        member: m,
        campaigns: [candidate(c)],
      });
      expect(d.exposures).toHaveLength(1);
      const e = d.exposures[0];
      seen.add(e.variantKey ?? 'holdout');
      if (e.inHoldout) {
        expect(d.grants).toHaveLength(0);
        expect(d.skips[0].reason).toBe('HOLDOUT');
      } else {
        expect(d.grants[0].variantKey).toBe(e.variantKey);
        expect(d.grants[0].points).toBe(e.variantKey === 'x2' ? 200 : 100);
      }
    }
    expect(seen).toEqual(new Set(['holdout', 'x2', 'x15']));
  });

  it('a recorded assignment is sticky and not exposed again', () => {
    const d = evaluate(
      [candidate(ab(), { assignment: { variantKey: 'x15', inHoldout: false } })],
      purchase(20000),
    );
    expect(d.exposures).toEqual([]);
    expect(d.grants[0]).toMatchObject({ variantKey: 'x15', points: 100 });
  });

  it('no exposure outside the schedule or audience', () => {
    const c = { ...ab(), audience: { tierIds: ['silver'] } };
    expect(evaluate([candidate(c)]).exposures).toEqual([]);
  });
});
