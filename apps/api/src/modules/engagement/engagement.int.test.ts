/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Tasks and challenges over HTTP on each database (product.md, Engagement): marketing defines them;
 * integrations post member events by key (twice, out of order); purchases complete purchase goals
 * through the pipeline; completion grants bonus points once, under the monthly bonus cap (refusals
 * recorded); a refund of the completing order claws them back; the storefront reads progress.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RefusalRow } from '../../db/entities/idempotency';
import { startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const CREATE = `mutation($i: CreateEngagementTaskInput!) { createEngagementTask(input: $i) { task { id kind points } userErrors { code message field } } }`;
const UPDATE = `mutation($i: UpdateEngagementTaskInput!) { updateEngagementTask(input: $i) { task { id active points } userErrors { code field } } }`;
const EVENT = `mutation($i: RecordMemberEventInput!) { recordMemberEvent(input: $i) { pointsAwarded event { id type } member { balance { available } } userErrors { code message field } } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } userErrors { code } } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded userErrors { code message } } }`;
const REFUND = `mutation($i: RefundPurchaseInput!) { refundPurchase(input: $i) { userErrors { code message } } }`;
const PROGRESS = `query($m: MemberRefInput!, $at: DateTime) { memberTaskProgress(member: $m, at: $at) { task { id name } periodKey value target completed } }`;
const LEDGER = `query($r: MemberRefInput!) { member(ref: $r) { balance { available } ledger(first: 100) { edges { node { type source points reason orderId } } } } }`;
const TASKS = `query { engagementTasks(first: 50) { totalCount edges { node { id name measure } } } }`;

const now = Date.now();
const hoursAgo = (h: number) => new Date(now - h * 3_600_000).toISOString();
const window = {
  startsAt: new Date(now - 30 * 86_400_000).toISOString(),
  endsAt: new Date(now + 30 * 86_400_000).toISOString(),
};

describe.each(TEST_DATABASES)('tasks and challenges on %s', (kind) => {
  let t: TestApp;
  let storefront: string;
  let integration: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    const key = async (role: string) =>
      (
        await t.ok<any, any>(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, {
          i: { name: `k-${role}`, role },
        })
      ).createApiKey.key as string;
    storefront = await key('STOREFRONT');
    integration = await key('INTEGRATION');
    const create = async (name: string, i: Record<string, unknown>) => {
      const r = (await t.ok<any, any>(CREATE, { i: { name, ...window, ...i } })).createEngagementTask;
      expect(r.userErrors).toEqual([]);
      ids[name] = r.task.id;
    };
    await create('browse 3 shoes today', {
      kind: 'TASK',
      period: 'DAILY',
      measure: 'EVENT_COUNT',
      eventType: 'BROWSE_PRODUCT',
      category: 'shoes',
      target: 3,
      points: 40,
    });
    await create('sign in 3 days running', {
      kind: 'CHALLENGE',
      period: 'WINDOW',
      measure: 'EVENT_STREAK_DAYS',
      eventType: 'SIGN_IN',
      target: 3,
      points: 100,
    });
    await create('2 orders', {
      kind: 'CHALLENGE',
      period: 'WINDOW',
      measure: 'PURCHASE_COUNT',
      target: 2,
      points: 60,
    });
    for (const m of ['ann', 'bob', 'cat']) await t.ok(ENROL, { i: { externalId: m } });
  });
  afterAll(async () => {
    await t?.close();
  });
  const post = async (
    member: string,
    key: string,
    type: string,
    extra: Record<string, unknown> = {},
    token = integration,
  ) =>
    (await t.ok<any, any>(EVENT, { i: { member: { externalId: member }, key, type, ...extra } }, token))
      .recordMemberEvent;
  const ledger = async (m: string) => (await t.ok<any, any>(LEDGER, { r: { externalId: m } })).member;

  it('lists tasks for staff; refuses a bad definition naming the field, and a storefront writer', async () => {
    expect((await t.ok<any, any>(TASKS)).engagementTasks.totalCount).toBe(3);
    const bad = await t.gql<any, any>(CREATE, {
      i: {
        name: 'x',
        kind: 'TASK',
        period: 'DAILY',
        measure: 'EVENT_COUNT',
        target: 1,
        points: 1,
        ...window,
      },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'eventType'],
    });
    const forbidden = await t.gql<any, any>(UPDATE, { i: { id: ids['2 orders'], points: 1 } }, storefront);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noEvents = await t.gql<any, any>(
      EVENT,
      { i: { member: { externalId: 'ann' }, key: 'x', type: 'SIGN_IN' } },
      storefront,
    );
    expect(noEvents.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('counts events of the category once per key, grants once, replays a retry and refuses a changed one', async () => {
    expect(
      (await post('ann', 'b1', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } })).pointsAwarded,
    ).toBe(0);
    expect(
      (await post('ann', 'b1', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } })).pointsAwarded,
    ).toBe(0);
    await post('ann', 'b2', 'BROWSE_PRODUCT', { attributes: { category: 'hats' } });
    const conflict = await post('ann', 'b2', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } });
    expect(conflict.userErrors).toMatchObject([{ code: 'IDEMPOTENCY_CONFLICT', field: ['input', 'key'] }]);
    await post('ann', 'b3', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } });
    const third = await post('ann', 'b4', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } });
    expect(third.pointsAwarded).toBe(40);
    expect(
      (await post('ann', 'b4', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } })).pointsAwarded,
    ).toBe(40);
    expect(
      (await post('ann', 'b5', 'BROWSE_PRODUCT', { attributes: { category: 'shoes' } })).pointsAwarded,
    ).toBe(0);
    const l = await ledger('ann');
    const task = l.ledger.edges.map((e: any) => e.node).filter((n: any) => n.source === 'TASK');
    expect(task).toEqual([
      { type: 'EARN', source: 'TASK', points: 40, reason: 'TASK_COMPLETED', orderId: null },
    ]);
    const progress = (await t.ok<any, any>(PROGRESS, { m: { externalId: 'ann' } }, storefront))
      .memberTaskProgress;
    expect(progress.find((p: any) => p.task.id === ids['browse 3 shoes today'])).toMatchObject({
      value: 4,
      target: 3,
      completed: true,
    });
  });

  it('completes a streak from events posted out of order, in the days they occurred', async () => {
    expect((await post('bob', 's3', 'SIGN_IN', { occurredAt: hoursAgo(1) })).pointsAwarded).toBe(0);
    expect((await post('bob', 's1', 'SIGN_IN', { occurredAt: hoursAgo(49) })).pointsAwarded).toBe(0);
    const p = (await t.ok<any, any>(PROGRESS, { m: { externalId: 'bob' } }, storefront)).memberTaskProgress;
    expect(p.find((x: any) => x.task.id === ids['sign in 3 days running'])).toMatchObject({
      value: 1,
      completed: false,
    });
    expect((await post('bob', 's2', 'SIGN_IN', { occurredAt: hoursAgo(25) })).pointsAwarded).toBe(100);
    expect((await post('bob', 's4', 'SIGN_IN')).pointsAwarded).toBe(0);
  });

  it("counts each task's participants, completions and completion points", async () => {
    const q = `query { engagementTasks(first: 50) { edges { node { id participation { members membersCompleted completions completionPoints lastCompletedAt } } } } }`;
    const byId = new Map(
      (await t.ok<any, any>(q)).engagementTasks.edges.map((e: any) => [e.node.id, e.node.participation]),
    );
    expect(byId.get(ids['browse 3 shoes today'])).toMatchObject({
      members: 1,
      membersCompleted: 1,
      completions: 1,
      completionPoints: 40,
    });
    expect(byId.get(ids['sign in 3 days running'])).toMatchObject({
      members: 1,
      membersCompleted: 1,
      completions: 1,
      completionPoints: 100,
    });
    expect(typeof (byId.get(ids['sign in 3 days running']) as any).lastCompletedAt).toBe('string');
    expect(byId.get(ids['2 orders'])).toMatchObject({ members: 0, completions: 0, lastCompletedAt: null });
  });

  it('completes a purchase challenge in the pipeline; a refund of that order claws the points back', async () => {
    const buy = (orderId: string) =>
      t.ok<any, any>(
        PURCHASE,
        { i: { member: { externalId: 'cat' }, orderId, amountMinor: 10000 } },
        integration,
      );
    expect((await buy('cat-1')).recordPurchase.pointsAwarded).toBe(200); // 100 + the first-purchase task
    expect((await buy('cat-2')).recordPurchase.pointsAwarded).toBe(160);
    expect((await buy('cat-2')).recordPurchase.pointsAwarded).toBe(160); // a retry
    expect((await buy('cat-3')).recordPurchase.pointsAwarded).toBe(100); // completed once
    let l = await ledger('cat');
    const challenge = l.ledger.edges.map((e: any) => e.node).filter((n: any) => n.source === 'CHALLENGE');
    expect(challenge).toEqual([
      { type: 'EARN', source: 'CHALLENGE', points: 60, reason: 'CHALLENGE_COMPLETED', orderId: 'cat-2' },
    ]);
    const before = l.balance.available;
    const r = await t.ok<any, any>(
      REFUND,
      { i: { orderId: 'cat-2', refundId: 'r-cat-2', amountMinor: 10000 } },
      integration,
    );
    expect(r.refundPurchase.userErrors).toEqual([]);
    l = await ledger('cat');
    expect(l.balance.available).toBe(before - 160);
  });

  it('caps completion bonuses at 500 a month and records the refusal', async () => {
    const big = (
      await t.ok<any, any>(CREATE, {
        i: {
          name: 'big share',
          kind: 'TASK',
          period: 'MONTHLY',
          measure: 'EVENT_COUNT',
          eventType: 'SHARE_LINK',
          target: 1,
          points: 450,
          ...window,
        },
      })
    ).createEngagementTask.task.id;
    await t.ok(ENROL, { i: { externalId: 'dan' } });
    // 100 from the streak challenge first, then 450 of which 400 fit
    for (const [k, h] of [
      ['d1', 49],
      ['d2', 25],
      ['d3', 1],
    ] as const)
      await post('dan', k, 'SIGN_IN', { occurredAt: hoursAgo(h) });
    const r = await post('dan', 'share-1', 'SHARE_LINK');
    const monthStartedLately = new Date(now - 49 * 3_600_000).getUTCMonth() !== new Date(now).getUTCMonth();
    if (!monthStartedLately) expect(r.pointsAwarded).toBe(400);
    const refusals = await t.app.orm.em.fork().find(RefusalRow, { context: 'event share-1' });
    if (!monthStartedLately)
      expect(refusals.map((x) => ({ source: x.source, points: x.points, reason: x.reason }))).toEqual([
        { source: 'TASK', points: 50, reason: 'MONTHLY_BONUS_CAP' },
      ]);
    // switching it off stops it counting
    const off = (await t.ok<any, any>(UPDATE, { i: { id: big, active: false } })).updateEngagementTask;
    expect(off.task.active).toBe(false);
    expect((await post('cat', 'share-cat', 'SHARE_LINK')).pointsAwarded).toBe(0);
  });
});
