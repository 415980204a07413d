/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers in a few places */
/**
 * Campaigns through the real HTTP server on both databases: a Wednesday double-points campaign in
 * Asia/Shanghai with an audience (backdated purchases included), budgets under concurrent
 * purchases, the per-member cap, lifecycle moves and their userErrors, an A/B test with a holdout
 * (assignment, exposure, results, promotion) and refunds clawing campaign lots back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { experimentHash } from '@accrue/core';
import { OutboxEventRow } from '../../db/entities/outbox';
import { CampaignBudgetSliceRow } from '../../db/entities/campaigns';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const CAMPAIGN_FIELDS = `id key status startsAt endsAt holdoutPercent budgetPoints pointsIssued
  variants { key weight effect { type multiplier bonusPoints } }
  pacing { pointsIssued budgetLeft burnRatePerDay state }`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { ${CAMPAIGN_FIELDS} } userErrors { code message field } } }`;
const MOVE = (op: string) => `mutation($id: ID!) { ${op}(input: { id: $id }) {
  campaign { id status } userErrors { code message field } } }`;
const PURCHASE = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) {
  pointsAwarded purchase { entries { source reason points variantKey campaign { id } } } userErrors { code message } } }`;

describe.each(TEST_DATABASES)('campaigns on %s', (kind) => {
  // Wednesday 2 December 2026, 12:00 in Shanghai
  const clock = fixedClock(new Date('2026-12-02T04:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  const enrol = async (externalId: string) =>
    (
      await t.ok<any, any>(`mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`, {
        i: { externalId },
      })
    ).enrollMember.member.id as string;
  const buy = async (externalId: string, orderId: string, amountMinor: number, occurredAt?: string) => {
    const r = await t.ok<any, any>(PURCHASE, {
      input: { member: { externalId }, orderId, amountMinor, occurredAt },
    });
    expect(r.recordPurchase.userErrors).toEqual([]);
    return r.recordPurchase;
  };
  const campaignPoints = (p: any, id: string) =>
    p.purchase.entries
      .filter((e: any) => e.source === 'CAMPAIGN' && e.campaign?.id === id)
      .reduce((s: number, e: any) => s + e.points, 0);
  const create = async (input: Record<string, unknown>) => {
    const r = await t.ok<any, any>(CREATE, { input });
    expect(r.createCampaign.userErrors).toEqual([]);
    return r.createCampaign.campaign;
  };
  const move = async (op: string, id: string) => (await t.ok<any, any>(MOVE(op), { id }))[op];
  const end = (id: string) => move('endCampaign', id);

  it('double points on Wednesdays in Shanghai for Gold and above, backdated purchases included', async () => {
    const tiers = (await t.ok<any, any>(`{ tiers { id name } }`)).tiers as { id: string; name: string }[];
    const gold = tiers.filter((x) => x.name === 'Gold' || x.name === 'Diamond').map((x) => x.id);
    const c = await create({
      name: 'Double Wednesday',
      startsAt: '2026-11-30T16:00:00Z', // Tue 1 Dec 00:00 local
      endsOn: '2026-12-31',
      schedule: { daysOfWeek: ['WEDNESDAY'] },
      audience: { tierIds: gold },
      effect: { type: 'MULTIPLIER', multiplier: 2 },
      budgetPoints: 2_000_000,
    });
    expect(c.status).toBe('DRAFT');
    expect(c.endsAt).toBe('2026-12-31T16:00:00.000Z'); // the whole of 31 Dec, local
    expect((await move('launchCampaign', c.id)).campaign.status).toBe('ACTIVE');

    await enrol('gold-1');
    await enrol('bronze-1');
    // Monday 30 Nov: 5,000.00 makes gold-1 Gold (before the window: no campaign)
    const up = await buy('gold-1', 'g-0', 500_000, '2026-11-30T04:00:00Z');
    expect(campaignPoints(up, c.id)).toBe(0);
    // Wednesday: Gold earns base x 1.5 and the campaign adds the base again
    const wed = await buy('gold-1', 'g-1', 10_000);
    expect(campaignPoints(wed, c.id)).toBe(100);
    expect(wed.purchase.entries.find((e: any) => e.source === 'CAMPAIGN').reason).toBe('CAMPAIGN_MULTIPLIER');
    // Bronze is outside the audience
    expect(campaignPoints(await buy('bronze-1', 'b-1', 10_000), c.id)).toBe(0);
    // Thursday 00:00 local is outside the schedule, Wednesday 23:59:59 inside
    clock.set(new Date('2026-12-03T04:00:00Z'));
    expect(campaignPoints(await buy('gold-1', 'g-2', 10_000, '2026-12-02T16:00:00Z'), c.id)).toBe(0);
    expect(campaignPoints(await buy('gold-1', 'g-3', 10_000, '2026-12-02T15:59:59Z'), c.id)).toBe(100);
    // a store syncing on Friday the purchase of Wednesday 9 Dec still gets it
    clock.set(new Date('2026-12-11T02:00:00Z'));
    expect(campaignPoints(await buy('gold-1', 'g-4', 20_000, '2026-12-09T02:00:00Z'), c.id)).toBe(200);
    const figures = (
      await t.ok<any, any>(
        `query($id: ID!) { campaign(id: $id) { pointsIssued status pacing { pointsIssued budgetLeft state } } }`,
        { id: c.id },
      )
    ).campaign;
    expect(figures.pointsIssued).toBe(400);
    expect(figures.pacing).toMatchObject({
      pointsIssued: 400,
      budgetLeft: 2_000_000 - 400,
      state: 'ON_TRACK',
    });
    await end(c.id);
  });

  it('a budget is never exceeded by concurrent purchases, is used up to the last bonus that fits, and its exhaustion is recorded once', async () => {
    clock.set(new Date('2026-12-14T04:00:00Z'));
    const c = await create({
      name: 'Nearly spent',
      startsAt: '2026-12-14T00:00:00Z',
      effect: { type: 'MULTIPLIER', multiplier: 2 },
      budgetPoints: 1050,
    });
    await move('launchCampaign', c.id);
    const members = Array.from({ length: 30 }, (_, i) => `burst-${i}`);
    for (const m of members) await enrol(m);
    // 30 purchases of 100.00 at once: each bonus is 100, the budget fits 10 of them
    const results = await Promise.all(members.map((m) => buy(m, `burst-order-${m}`, 10_000)));
    const given = results.map((r) => campaignPoints(r, c.id));
    expect(given.filter((p) => p === 100)).toHaveLength(10);
    expect(given.filter((p) => p !== 0 && p !== 100)).toEqual([]);
    // 50 left: a 50.00 purchase's bonus still fits, then nothing does
    expect(campaignPoints(await buy('burst-0', 'burst-tail-1', 5_000), c.id)).toBe(50);
    expect(campaignPoints(await buy('burst-1', 'burst-tail-2', 100), c.id)).toBe(0);

    const em = t.app.orm.em.fork();
    const slices = await em.find(CampaignBudgetSliceRow, { campaignId: c.id });
    expect(slices.reduce((s, x) => s + x.used, 0)).toBe(1050);
    expect(slices.reduce((s, x) => s + x.cap, 0)).toBe(1050);
    const issued = (
      await t.ok<any, any>(
        `query($id: ID!) { campaign(id: $id) { pointsIssued budgetExhausted pacing { budgetLeft state } } }`,
        { id: c.id },
      )
    ).campaign;
    expect(issued).toMatchObject({
      pointsIssued: 1050,
      budgetExhausted: true,
      pacing: { budgetLeft: 0, state: 'EXHAUSTED' },
    });
    const events = await em.find(OutboxEventRow, { type: 'campaign.budget_exhausted' });
    expect(events.filter((e) => (e.payload as any).campaignId === c.id)).toHaveLength(1);
    await end(c.id);
  });

  it('the per-member cap holds under concurrent purchases of one member', async () => {
    clock.set(new Date('2026-12-15T04:00:00Z'));
    const c = await create({
      name: 'Capped',
      startsAt: '2026-12-15T00:00:00Z',
      effect: { type: 'FIXED_BONUS', bonusPoints: 100 },
      perMemberCapPoints: 250,
    });
    await move('launchCampaign', c.id);
    await enrol('capped-1');
    const r = await Promise.all([1, 2, 3, 4, 5].map((i) => buy('capped-1', `cap-${i}`, 1_000)));
    const given = r.map((x) => campaignPoints(x, c.id)).sort((a, b) => b - a);
    expect(given).toEqual([100, 100, 50, 0, 0]);
    await end(c.id);
  });

  it('lifecycle: illegal moves and live edits are userErrors; every change is audited', async () => {
    clock.set(new Date('2026-12-16T04:00:00Z'));
    const c = await create({
      name: 'Life',
      startsAt: '2026-12-20T00:00:00Z',
      effect: { type: 'FIXED_BONUS', bonusPoints: 5 },
      budgetPoints: 100,
    });
    expect((await move('pauseCampaign', c.id)).userErrors[0].code).toBe('INVALID_TRANSITION');
    expect((await move('launchCampaign', c.id)).campaign.status).toBe('SCHEDULED');
    // a scheduled campaign becomes active at its start without anyone acting
    clock.set(new Date('2026-12-20T00:00:00Z'));
    expect(
      (await t.ok<any, any>(`query($id: ID!) { campaign(id: $id) { status } }`, { id: c.id })).campaign
        .status,
    ).toBe('ACTIVE');
    const upd = (input: Record<string, unknown>) =>
      t.ok<any, any>(
        `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { name budgetPoints } userErrors { code field } } }`,
        { input: { id: c.id, ...input } },
      );
    expect(
      (await upd({ effect: { type: 'FIXED_BONUS', bonusPoints: 9 } })).updateCampaign.userErrors,
    ).toEqual([{ code: 'CAMPAIGN_NOT_EDITABLE', field: ['input', 'variants'] }]);
    expect((await upd({ budgetPoints: 50 })).updateCampaign.userErrors[0].code).toBe('CAMPAIGN_NOT_EDITABLE');
    expect((await upd({ name: 'Life 2', budgetPoints: 300 })).updateCampaign.campaign).toEqual({
      name: 'Life 2',
      budgetPoints: 300,
    });
    const em = t.app.orm.em.fork();
    expect((await em.find(CampaignBudgetSliceRow, { campaignId: c.id })).reduce((s, x) => s + x.cap, 0)).toBe(
      300,
    );
    expect((await move('pauseCampaign', c.id)).campaign.status).toBe('PAUSED');
    expect((await move('resumeCampaign', c.id)).campaign.status).toBe('ACTIVE');
    expect((await end(c.id)).campaign.status).toBe('ENDED');
    expect((await move('resumeCampaign', c.id)).userErrors[0].code).toBe('INVALID_TRANSITION');
    const audit = (
      await t.ok<any, any>(`{ auditLog(first: 50) { edges { node { action target } } } }`)
    ).auditLog.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.target === c.id)
      .map((n: any) => n.action);
    expect(audit.sort()).toEqual(
      [
        'campaign.create',
        'campaign.launch',
        'campaign.update',
        'campaign.pause',
        'campaign.resume',
        'campaign.end',
      ].sort(),
    );
    // bad input names its field
    const bad = await t.gql<any, any>(CREATE, {
      input: {
        name: 'x',
        startsAt: '2026-12-20T00:00:00Z',
        variants: [{ key: 'a', name: 'A', weight: 60, effect: { type: 'MULTIPLIER', multiplier: 2 } }],
        holdoutPercent: 30,
      },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'variants'],
    });
  });

  it('an A/B test: GrowthBook-compatible assignment, exposure at the first purchase, results per arm, promotion', async () => {
    clock.set(new Date('2026-12-21T04:00:00Z'));
    const c = await create({
      key: 'ab-wed',
      name: 'AB',
      startsAt: '2026-12-21T00:00:00Z',
      holdoutPercent: 20,
      variants: [
        { key: 'x2', name: '2x', weight: 40, effect: { type: 'MULTIPLIER', multiplier: 2 } },
        { key: 'x15', name: '1.5x', weight: 40, effect: { type: 'MULTIPLIER', multiplier: 1.5 } },
      ],
    });
    await move('launchCampaign', c.id);
    const ids: Record<string, string> = {};
    for (let i = 0; i < 40; i++) ids[`ab-${i}`] = await enrol(`ab-${i}`);
    const arm = (id: string) => {
      const n = experimentHash('ab-wed', id); // an independent check of the formula is in core's tests
      return n < 0.2 ? null : n < 0.6 ? 'x2' : 'x15';
    };
    const q = `query($c: ID!, $m: MemberRefInput!) { assignment(campaignId: $c, member: $m) { variantKey inHoldout campaign { id } } }`;
    for (const [ext, id] of Object.entries(ids).slice(0, 10)) {
      const a = (await t.ok<any, any>(q, { c: c.id, m: { externalId: ext } })).assignment;
      expect(a.variantKey).toBe(arm(id));
      expect(a.inHoldout).toBe(arm(id) === null);
    }
    for (const [ext, id] of Object.entries(ids)) {
      const p = await buy(ext, `ab-order-${ext}`, 20_000);
      const expected = { x2: 200, x15: 100, holdout: 0 }[arm(id) ?? 'holdout'];
      expect(campaignPoints(p, c.id)).toBe(expected);
      const entry = p.purchase.entries.find((e: any) => e.campaign?.id === c.id);
      expect(entry?.variantKey ?? null).toBe(arm(id));
    }
    const results = (
      await t.ok<any, any>(
        `query($id: ID!) { campaign(id: $id) { results {
        variants { key isHoldout members purchasers orders revenueMinor pointsCost costMinor repurchaseRate revenuePerMember upliftVsHoldout pValue expectedMembers }
        srmOk srmStatus srmPValue winner missing additionalMembersNeeded
        daily { day arm members cumulativeRevenueMinor revenuePerMemberMinor } } } }`,
        { id: c.id },
      )
    ).campaign.results;
    const count = (k: string | null) => Object.values(ids).filter((id) => arm(id) === k).length;
    const byKey = Object.fromEntries(results.variants.map((v: any) => [v.key, v]));
    expect(byKey.holdout).toMatchObject({
      isHoldout: true,
      members: count(null),
      orders: count(null),
      pointsCost: 0,
    });
    expect(byKey.x2).toMatchObject({
      members: count('x2'),
      revenueMinor: count('x2') * 20_000,
      pointsCost: count('x2') * 200,
    });
    expect(byKey.x15.pointsCost).toBe(count('x15') * 100);
    expect(results.srmStatus).toBe('NOT_ENOUGH_DATA');
    expect(results.winner).toBeNull();
    expect(results.missing).toContain('NOT_ENOUGH_MEMBERS');
    // the cumulative series per arm ends at the arm's totals, its days in order and never falling
    for (const v of results.variants) {
      const days = results.daily.filter((d: any) => d.arm === v.key);
      expect(days.length).toBeGreaterThan(0);
      expect(days.at(-1)).toMatchObject({ members: v.members, cumulativeRevenueMinor: v.revenueMinor });
      for (let i = 1; i < days.length; i++) {
        expect(days[i].day > days[i - 1].day).toBe(true);
        expect(days[i].cumulativeRevenueMinor).toBeGreaterThanOrEqual(days[i - 1].cumulativeRevenueMinor);
      }
    }

    // promotion: everyone, holdout included, gets the winner's effect from now on
    const promoted = await t.ok<any, any>(
      `mutation { promoteVariant(input: { id: "${c.id}", variantKey: "x15" }) { campaign { variants { key weight } holdoutPercent } userErrors { code } } }`,
    );
    expect(promoted.promoteVariant.campaign).toEqual({
      variants: [{ key: 'x15', weight: 100 }],
      holdoutPercent: 0,
    });
    const holdoutMember = Object.entries(ids).find(([, id]) => arm(id) === null)![0];
    expect(campaignPoints(await buy(holdoutMember, 'ab-after', 20_000), c.id)).toBe(100);
    await end(c.id);
  });

  it('a refund claws the campaign lot back in proportion', async () => {
    clock.set(new Date('2026-12-22T04:00:00Z'));
    const c = await create({
      name: 'Refundable',
      startsAt: '2026-12-22T00:00:00Z',
      effect: { type: 'MULTIPLIER', multiplier: 3 },
    });
    await move('launchCampaign', c.id);
    await enrol('refund-1');
    const p = await buy('refund-1', 'refund-order', 10_000);
    expect(campaignPoints(p, c.id)).toBe(200);
    const r = await t.ok<
      any,
      any
    >(`mutation { refundPurchase(input: { orderId: "refund-order", refundId: "rf-1", amountMinor: 5000 }) {
      pointsReversed userErrors { code } } }`);
    expect(r.refundPurchase.userErrors).toEqual([]);
    const ledger = (
      await t.ok<any, any>(
        `{ member(ref: { externalId: "refund-1" }) { ledger(first: 50) { edges { node { type source points campaign { id } } } } } }`,
      )
    ).member.ledger.edges.map((e: any) => e.node);
    const campaignNet = ledger
      .filter((e: any) => e.campaign?.id === c.id)
      .reduce((s: number, e: any) => s + e.points, 0);
    expect(campaignNet).toBe(100); // half of 200 clawed back
    await end(c.id);
  });

  it('an activity multiplier doubles reviews only, within its budget', async () => {
    clock.set(new Date('2026-12-23T04:00:00Z'));
    const c = await create({
      name: 'Review week',
      startsAt: '2026-12-23T00:00:00Z',
      effect: { type: 'ACTIVITY_MULTIPLIER', multiplier: 2, activityType: 'REVIEW' },
      budgetPoints: 30,
    });
    await move('launchCampaign', c.id);
    await enrol('act-1');
    const act = (type: string, key: string) =>
      t.ok<any, any>(
        `mutation($i: RecordActivityInput!) { recordActivity(input: $i) { pointsAwarded userErrors { code } } }`,
        {
          i: { member: { externalId: 'act-1' }, type, key },
        },
      );
    // a review: +20, and the campaign +20 (first review task +20 too)
    const r1 = (await act('REVIEW', 'rev-1')).recordActivity.pointsAwarded;
    expect((await act('SIGN_IN', 'sign-1')).recordActivity.pointsAwarded).toBe(5);
    // the second review's +20 no longer fits the 10 left of the budget
    const r2 = (await act('REVIEW', 'rev-2')).recordActivity.pointsAwarded;
    expect(r1 - r2).toBe(40); // the first had the task (+20) and the campaign (+20)
    const issued = (
      await t.ok<any, any>(`query($id: ID!) { campaign(id: $id) { pointsIssued budgetExhausted } }`, {
        id: c.id,
      })
    ).campaign;
    expect(issued).toEqual({ pointsIssued: 20, budgetExhausted: true });
    await end(c.id);
  });

  it('simulates a draft over the last days of real purchases, writing nothing', async () => {
    clock.set(new Date('2026-12-24T06:00:00Z'));
    const c = await create({
      name: 'What if',
      startsAt: '2026-12-24T00:00:00Z',
      effect: { type: 'FIXED_BONUS', bonusPoints: 40 },
      budgetPoints: 100,
    });
    await enrol('sim-1');
    for (const [i, at] of [
      '2026-12-24T01:00:00Z',
      '2026-12-24T02:00:00Z',
      '2026-12-24T03:00:00Z',
    ].entries()) {
      expect(campaignPoints(await buy('sim-1', `sim-${i}`, 10_000, at), c.id)).toBe(0); // a draft gives nothing
    }
    const r = (
      await t.ok<any, any>(
        `query($id: ID!) { simulateCampaign(id: $id, days: 1) {
        purchasesReplayed salesMinor pointsIssued costMinor costToSalesAdded membersReached
        byTier { tierName members points } budgetExhaustedOn skipped { reason purchases } } }`,
        { id: c.id },
      )
    ).simulateCampaign;
    expect(r).toMatchObject({
      purchasesReplayed: 3,
      salesMinor: 30_000,
      pointsIssued: 80, // 40 + 40, then 20 left: the third bonus does not fit
      costMinor: 80,
      membersReached: 1,
      byTier: [{ tierName: 'Bronze', members: 1, points: 80 }],
      budgetExhaustedOn: '2026-12-24',
      skipped: [{ reason: 'BUDGET_EXHAUSTED', purchases: 1 }],
    });
    expect(r.costToSalesAdded).toBeCloseTo(80 / 30_000, 12);
    const figures = (
      await t.ok<any, any>(`query($id: ID!) { campaign(id: $id) { pointsIssued status } }`, { id: c.id })
    ).campaign;
    expect(figures).toEqual({ pointsIssued: 0, status: 'DRAFT' });
  });
});
