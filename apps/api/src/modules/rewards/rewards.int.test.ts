/**
 * Editing a reward (updateReward) on each database: who may, what changes (and what a field left out
 * or set to null does), the audit entry with before and after, clear userErrors, and a redemption that
 * sees the new stock and limit at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLogDocument,
  DashboardCreateApiKeyDocument as CreateApiKeyDocument,
  CreateRewardDocument,
  EnrollMemberDocument,
  AdjustPointsDocument,
  RedeemPointsDocument,
  RewardsDocument,
  UpdateRewardDocument,
  type Role,
} from '@accrue/sdk';
import { startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

describe.each(TEST_DATABASES)('updateReward on %s', (kind) => {
  let t: TestApp;
  const keys: Partial<Record<Role, string>> = {};
  let rewardId = '';
  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const role of ['MARKETING', 'SUPPORT', 'VIEWER', 'FINANCE', 'STOREFRONT'] as Role[]) {
      const r = await t.ok(CreateApiKeyDocument, { input: { name: `key-${role}`, role } });
      keys[role] = r.createApiKey.key!;
    }
    const created = await t.ok(CreateRewardDocument, {
      input: { name: 'Mug', type: 'ITEM' as never, pointsCost: 500, valueMinor: 1500, stock: 10 },
    });
    rewardId = created.createReward.reward!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lets ADMIN and MARKETING change a reward; others are refused and change nothing', async () => {
    for (const role of ['SUPPORT', 'VIEWER', 'FINANCE', 'STOREFRONT'] as Role[]) {
      const r = await t.gql(UpdateRewardDocument, { input: { id: rewardId, stock: 1 } }, keys[role]);
      expect(r.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    const r = await t.ok(
      UpdateRewardDocument,
      { input: { id: rewardId, stock: 3, perMemberLimit: 1, pointsCost: 400 } },
      keys.MARKETING,
    );
    expect(r.updateReward.userErrors).toEqual([]);
    expect(r.updateReward.reward).toMatchObject({
      id: rewardId,
      name: 'Mug', // left out: unchanged
      stock: 3,
      perMemberLimit: 1,
      pointsCost: 400,
      valueMinor: 1500,
      active: true,
    });
    const catalog = await t.ok(RewardsDocument, { activeOnly: false });
    expect(catalog.rewards.find((x) => x.id === rewardId)).toMatchObject({ stock: 3, perMemberLimit: 1 });
  });

  it('audits the fields that changed, from what to what, under the actor', async () => {
    const log = await t.ok(AuditLogDocument, { first: 5, filter: { action: 'reward.update' } });
    const entry = log.auditLog.edges[0].node;
    expect(entry.actor).toMatch(/^key:key-MARKETING \(/);
    expect(entry.target).toBe(`reward:${rewardId}`);
    expect(JSON.parse(entry.before!)).toEqual({ pointsCost: 500, stock: 10, perMemberLimit: null });
    expect(JSON.parse(entry.after!)).toEqual({ pointsCost: 400, stock: 3, perMemberLimit: 1 });
    // nothing changed: no entry
    await t.ok(UpdateRewardDocument, { input: { id: rewardId, stock: 3 } });
    expect(
      (await t.ok(AuditLogDocument, { first: 5, filter: { action: 'reward.update' } })).auditLog.totalCount,
    ).toBe(1);
  });

  it('clears stock and limit with null, and takes a reward out of the catalog', async () => {
    const r = await t.ok(UpdateRewardDocument, {
      input: { id: rewardId, stock: null, perMemberLimit: null },
    });
    expect(r.updateReward.reward).toMatchObject({ stock: null, perMemberLimit: null });
    const off = await t.ok(UpdateRewardDocument, { input: { id: rewardId, active: false } });
    expect(off.updateReward.reward!.active).toBe(false);
    expect((await t.ok(RewardsDocument, {})).rewards.some((x) => x.id === rewardId)).toBe(false);
    await t.ok(UpdateRewardDocument, { input: { id: rewardId, active: true, stock: 3, perMemberLimit: 1 } });
  });

  it('answers bad values and an unknown reward with userErrors on the field', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ id: rewardId, pointsCost: 0 }, ['input', 'pointsCost']],
      [{ id: rewardId, pointsCost: null }, ['input', 'pointsCost']],
      [{ id: rewardId, name: '  ' }, ['input', 'name']],
      [{ id: rewardId, stock: -1 }, ['input', 'stock']],
      [{ id: rewardId, perMemberLimit: 0 }, ['input', 'perMemberLimit']],
      [{ id: 'rwd_nothere', stock: 1 }, ['input', 'id']],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(UpdateRewardDocument, { input: input as never });
      const errors = r.data?.updateReward.userErrors ?? [];
      const fieldOf = errors[0]?.field ?? r.errors?.[0]?.extensions?.field;
      expect(fieldOf, JSON.stringify(input)).toEqual(field);
    }
    const catalog = await t.ok(RewardsDocument, { activeOnly: false });
    expect(catalog.rewards.find((x) => x.id === rewardId)).toMatchObject({
      stock: 3,
      perMemberLimit: 1,
      pointsCost: 400,
    });
  });

  it('is what the next redemption sees: the new limit refuses a second one, the stock counts down', async () => {
    const m = await t.ok(EnrollMemberDocument, { input: { externalId: `upd-${kind}` } });
    await t.ok(AdjustPointsDocument, {
      input: {
        member: { id: m.enrollMember.member!.id },
        points: 5000,
        reason: 'test balance',
        key: `adj-${kind}`,
      },
    });
    const redeem = (key: string) =>
      t.gql(RedeemPointsDocument, { input: { member: { externalId: `upd-${kind}` }, key, rewardId } });
    expect((await redeem('r1')).data?.redeemPoints.userErrors).toEqual([]);
    const second = await redeem('r2');
    expect(second.data?.redeemPoints.userErrors[0]?.code).toBe('REWARD_LIMIT_REACHED');
    const catalog = await t.ok(RewardsDocument, {});
    expect(catalog.rewards.find((x) => x.id === rewardId)!.stock).toBe(2);
  });
});
