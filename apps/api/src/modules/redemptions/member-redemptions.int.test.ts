/**
 * Member.redemptions on each database: the member's own redemptions, newest first, with reward,
 * points, status and cancellation time; cursor pages; another member's stay out; roles as the ledger.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustPointsDocument,
  CancelRedemptionDocument,
  CreateRewardDocument,
  DashboardCreateApiKeyDocument,
  EnrollMemberDocument,
  MemberRedemptionsDocument,
  RedeemPointsDocument,
} from '@accrue/sdk';
import { startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

describe.each(TEST_DATABASES)('Member.redemptions on %s', (kind) => {
  let t: TestApp;
  let rewardId = '';
  const ids: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind);
    rewardId = (
      await t.ok(CreateRewardDocument, {
        input: { name: 'Cap', type: 'ITEM' as never, pointsCost: 200, valueMinor: 800 },
      })
    ).createReward.reward!.id;
    for (const ext of ['red-a', 'red-b']) {
      const m = await t.ok(EnrollMemberDocument, { input: { externalId: ext } });
      await t.ok(AdjustPointsDocument, {
        input: {
          member: { id: m.enrollMember.member!.id },
          points: 2000,
          reason: 'test balance',
          key: `adj-${ext}`,
        },
      });
    }
    for (const [i, input] of [
      { rewardId },
      { points: 150, orderId: 'ord-1', orderAmountMinor: 10_000 },
      { rewardId },
    ].entries()) {
      const r = await t.ok(RedeemPointsDocument, {
        input: { member: { externalId: 'red-a' }, key: `k${i}`, ...input },
      });
      expect(r.redeemPoints.userErrors).toEqual([]);
      ids.push(r.redeemPoints.redemption!.id);
    }
    await t.ok(RedeemPointsDocument, { input: { member: { externalId: 'red-b' }, key: 'kb', rewardId } });
    await t.ok(CancelRedemptionDocument, { input: { redemptionId: ids[0] } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it("lists the member's redemptions newest first, with reward, status and cancellation", async () => {
    const r = await t.ok(MemberRedemptionsDocument, { ref: { externalId: 'red-a' }, first: 10 });
    const list = r.member!.redemptions;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => e.node.id)).toEqual([...ids].reverse());
    const [third, second, first] = list.edges.map((e) => e.node);
    expect(third).toMatchObject({
      points: 200,
      status: 'COMPLETED',
      cancelledAt: null,
      reward: { id: rewardId, name: 'Cap' },
    });
    expect(second).toMatchObject({ points: 150, orderId: 'ord-1', reward: null, status: 'COMPLETED' });
    expect(first).toMatchObject({ status: 'CANCELLED', reward: { name: 'Cap' } });
    expect(first.cancelledAt).not.toBeNull();
  });

  it('pages with cursors', async () => {
    const one = await t.ok(MemberRedemptionsDocument, { ref: { externalId: 'red-a' }, first: 2 });
    expect(one.member!.redemptions.pageInfo.hasNextPage).toBe(true);
    const two = await t.ok(MemberRedemptionsDocument, {
      ref: { externalId: 'red-a' },
      first: 2,
      after: one.member!.redemptions.pageInfo.endCursor,
    });
    expect(two.member!.redemptions.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(two.member!.redemptions.pageInfo.hasNextPage).toBe(false);
  });

  it('follows the ledger permission: SUPPORT reads, MARKETING is refused', async () => {
    const key = async (role: string) =>
      (await t.ok(DashboardCreateApiKeyDocument, { input: { name: `k-${role}`, role: role as never } }))
        .createApiKey.key!;
    const support = await t.gql(
      MemberRedemptionsDocument,
      { ref: { externalId: 'red-b' }, first: 5 },
      await key('SUPPORT'),
    );
    expect(support.data?.member?.redemptions.totalCount).toBe(1);
    const marketing = await t.gql(
      MemberRedemptionsDocument,
      { ref: { externalId: 'red-b' }, first: 5 },
      await key('MARKETING'),
    );
    expect(marketing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
