/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Boosts over HTTP on each database: self-contribution, duplicate friends and shared devices
 * refused; contributions within the limits, never past the target; reaching it redeems the reward
 * for the requester once; a request that expires returns every contribution to the exact lots it
 * came from (the job run twice and concurrently); the ledger invariants hold for everyone involved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRow } from '../../db/entities/members';
import { RedemptionRow } from '../../db/entities/redemptions';
import { checkMember, dbRead, httpClient } from '../../test/ledger-net';
import { ADMIN_SECRET, fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const UE = 'userErrors { code message field }';
const BOOST = `boost { id status targetPoints collectedPoints redemptionId expiresAt contributions { memberId points status } }`;
const REQUEST = `mutation($i: RequestBoostInput!) { requestBoost(input: $i) { ${BOOST} ${UE} } }`;
const CONTRIBUTE = `mutation($i: ContributeToBoostInput!) { contributeToBoost(input: $i) { ${BOOST} member { balance { available } } ${UE} } }`;
const EXPIRE = `mutation { expireGroupBuysAndBoosts { groupBuysExpired boostsExpired } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } ${UE} } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded ${UE} } }`;
const REWARD = `mutation($i: CreateRewardInput!) { createReward(input: $i) { reward { id } ${UE} } }`;
const CANCEL = `mutation($i: CancelRedemptionInput!) { cancelRedemption(input: $i) { ${UE} } }`;
const LOTS = `query($r: MemberRefInput!) { member(ref: $r) { balance { available } lots { id remaining expiresAt } } }`;

describe.each(TEST_DATABASES)('boosts on %s', (kind) => {
  let t: TestApp;
  let shop: string;
  let rewardId = '';
  const start = new Date('2026-12-01T00:00:00Z');
  const clock = fixedClock(start);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    shop = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "shop", role: STOREFRONT }) { key } }`)
    ).createApiKey.key;
    rewardId = (
      await t.ok<any, any>(REWARD, {
        i: { name: 'Mug', type: 'ITEM', pointsCost: 100, valueMinor: 2000, stock: 5 },
      })
    ).createReward.reward.id;
    for (const x of ['req', 'f1', 'f2', 'f3', 'f4', 'f5', 'g1', 'g2', 'req2']) {
      await t.ok(ENROL, { i: { externalId: x, ...(x === 'f5' ? { deviceId: 'dev-req' } : {}) } });
      await t.ok(PURCHASE, { i: { member: { externalId: x }, orderId: `o-${x}`, amountMinor: 20000 } });
    }
  });
  afterAll(async () => {
    await t?.close();
  });
  const request = async (x: string, key: string, extra: Record<string, unknown> = {}) =>
    (await t.ok<any, any>(REQUEST, { i: { member: { externalId: x }, rewardId, key, ...extra } }, shop))
      .requestBoost;
  const give = async (
    x: string,
    boostId: string,
    points: number,
    key: string,
    extra: Record<string, unknown> = {},
  ) =>
    (
      await t.ok<any, any>(
        CONTRIBUTE,
        { i: { member: { externalId: x }, boostId, points, key, ...extra } },
        shop,
      )
    ).contributeToBoost;
  const lots = async (x: string) =>
    JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: x } })).member.lots);
  const check = (...xs: string[]) =>
    Promise.all(xs.map((x) => checkMember(httpClient(t.url, ADMIN_SECRET), x, dbRead(t.app))));

  it('refuses self-contribution, duplicate friends, shared devices and amounts outside the limits; reaching the target redeems the reward once', async () => {
    const r = await request('req', 'b-1', { deviceId: 'dev-req' });
    expect(r.userErrors).toEqual([]);
    expect(r.boost).toMatchObject({ status: 'OPEN', targetPoints: 100, collectedPoints: 0 });
    const id = r.boost.id;
    expect((await request('req', 'b-1', { deviceId: 'dev-req' })).boost.id).toBe(id); // a retry
    expect((await give('req', id, 10, 'c-self')).userErrors[0].code).toBe('SELF_CONTRIBUTION');
    const one = await give('f1', id, 40, 'c-f1');
    expect(one.userErrors).toEqual([]);
    expect(one.boost.collectedPoints).toBe(40);
    expect((await give('f1', id, 40, 'c-f1')).boost.collectedPoints).toBe(40); // a retry
    expect((await give('f1', id, 10, 'c-f1b')).userErrors[0].code).toBe('ALREADY_CONTRIBUTED');
    expect((await give('f2', id, 10, 'c-f2d', { deviceId: 'dev-req' })).userErrors[0].code).toBe(
      'SHARED_DEVICE',
    );
    expect((await give('f5', id, 10, 'c-f5')).userErrors[0].code).toBe('SHARED_DEVICE'); // enrolled from it
    const tooMuch = await t.gql<any, any>(
      CONTRIBUTE,
      { i: { member: { externalId: 'f2' }, boostId: id, points: 51, key: 'c-f2x' } },
      shop,
    );
    expect(tooMuch.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await give('f2', id, 50, 'c-f2');
    const last = await give('f3', id, 50, 'c-f3'); // only 10 are missing: 10 are taken
    expect(last.userErrors).toEqual([]);
    expect(last.boost.status).toBe('REDEEMED');
    expect(last.boost.contributions.map((c: any) => [c.points, c.status])).toEqual([
      [40, 'SPENT'],
      [50, 'SPENT'],
      [10, 'SPENT'],
    ]);
    expect((await give('f4', id, 5, 'c-f4')).userErrors[0].code).toBe('INVALID_TRANSITION');
    const em = t.app.orm.em.fork();
    const redemption = await em.findOneOrFail(RedemptionRow, { id: last.boost.redemptionId });
    const req = await em.findOneOrFail(MemberRow, { externalId: 'req' });
    expect(redemption).toMatchObject({ memberId: req.id, rewardId, points: 100, status: 'COMPLETED' });
    expect(
      (await t.ok<any, any>(CANCEL, { i: { redemptionId: redemption.id } })).cancelRedemption.userErrors[0]
        .code,
    ).toBe('INVALID_TRANSITION');
    await check('req', 'f1', 'f2', 'f3', 'f4', 'f5');
  });

  it('an expired request returns every contribution to its exact lots, once', async () => {
    const before = { g1: await lots('g1'), g2: await lots('g2') };
    const r = await request('req2', 'b-2');
    await give('g1', r.boost.id, 30, 'c-g1');
    await give('g2', r.boost.id, 45, 'c-g2');
    expect((await t.ok<any, any>(LOTS, { r: { externalId: 'g1' } })).member.balance.available).toBeLessThan(
      JSON.parse(before.g1).reduce((s: number, l: any) => s + l.remaining, 0),
    );
    clock.set(new Date(r.boost.expiresAt));
    expect((await give('f4', r.boost.id, 5, 'c-f4-late')).userErrors[0].code).toBe('INVALID_TRANSITION');
    const runs = await Promise.all([t.ok<any, any>(EXPIRE), t.ok<any, any>(EXPIRE)]);
    const again = await t.ok<any, any>(EXPIRE);
    expect(runs.reduce((s, x) => s + x.expireGroupBuysAndBoosts.boostsExpired, 0)).toBe(1);
    expect(again.expireGroupBuysAndBoosts.boostsExpired).toBe(0);
    expect(await lots('g1')).toBe(before.g1);
    expect(await lots('g2')).toBe(before.g2);
    const b = (
      await t.ok<any, any>(`query($id: ID!) { ${BOOST.replace('boost {', 'boost(id: $id) {')} }`, {
        id: r.boost.id,
      })
    ).boost;
    expect(b.status).toBe('EXPIRED');
    expect(b.contributions.map((c: any) => c.status)).toEqual(['RETURNED', 'RETURNED']);
    await check('req2', 'g1', 'g2');
  });
});
