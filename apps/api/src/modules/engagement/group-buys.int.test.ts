/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Group buys over HTTP on each database: self-joins, duplicates and shared devices refused; the join
 * that fills the group gives every participant the GROUP_BUY bonus once (monthly cap applies); racing
 * joins for the last seats seat exactly `size` members; an unfilled group expires at its deadline
 * (the job run twice, concurrently, and after a "crash" between groups) and returns every hold to
 * its exact lots; the ledger invariants hold for everyone involved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryRow } from '../../db/entities/points';
import { MemberRow } from '../../db/entities/members';
import { GroupBuyRow } from '../../db/entities/social';
import { RefusalRow } from '../../db/entities/idempotency';
import { checkMember, dbRead, httpClient } from '../../test/ledger-net';
import { ADMIN_SECRET, fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { expireGroupBuy } from './group-buys';

const UE = 'userErrors { code message field }';
const GROUP = `group { id code status size participants { memberId seat newCustomer pointsHeld holdStatus bonusAwarded } }`;
const OPEN = `mutation($i: OpenGroupBuyInput!) { openGroupBuy(input: $i) { ${GROUP} participant { seat holdStatus } member { balance { available } } ${UE} } }`;
const JOIN = `mutation($i: JoinGroupBuyInput!) { joinGroupBuy(input: $i) { ${GROUP} participant { id seat holdStatus pointsHeld } member { balance { available } } ${UE} } }`;
const EXPIRE = `mutation { expireGroupBuysAndBoosts { groupBuysExpired boostsExpired } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } ${UE} } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded ${UE} } }`;
const LOTS = `query($r: MemberRefInput!) { member(ref: $r) { balance { available } lots { id remaining expiresAt } } }`;
const SETTINGS = `mutation($i: UpdateProgramSettingsInput!) { updateProgramSettings(input: $i) { ${UE} } }`;

describe.each(TEST_DATABASES)('group buys on %s', (kind) => {
  let t: TestApp;
  let shop: string;
  const start = new Date('2026-12-01T00:00:00Z');
  const clock = fixedClock(start);
  const deadline = new Date('2026-12-02T00:00:00Z');
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    shop = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "shop", role: STOREFRONT }) { key } }`)
    ).createApiKey.key;
  });
  afterAll(async () => {
    await t?.close();
  });
  const enrol = async (x: string, purchase = true, deviceId?: string) => {
    await t.ok(ENROL, { i: { externalId: x, ...(deviceId ? { deviceId } : {}) } });
    if (purchase)
      await t.ok(PURCHASE, { i: { member: { externalId: x }, orderId: `o-${x}`, amountMinor: 10000 } });
  };
  const open = async (x: string, key: string, size: number, extra: Record<string, unknown> = {}) =>
    (
      await t.ok<any, any>(
        OPEN,
        {
          i: {
            member: { externalId: x },
            key,
            productId: 'sku-1',
            productName: 'Tea set',
            priceMinor: 9900,
            size,
            deadline: deadline.toISOString(),
            ...extra,
          },
        },
        shop,
      )
    ).openGroupBuy;
  const join = async (x: string, code: string, key: string, extra: Record<string, unknown> = {}) =>
    (await t.ok<any, any>(JOIN, { i: { member: { externalId: x }, code, key, ...extra } }, shop))
      .joinGroupBuy;
  const check = (...xs: string[]) =>
    Promise.all(xs.map((x) => checkMember(httpClient(t.url, ADMIN_SECRET), x, dbRead(t.app))));
  const groupBuyEarnings = async (x: string) => {
    const em = t.app.orm.em.fork();
    const m = await em.findOneOrFail(MemberRow, { externalId: x });
    return (await em.find(LedgerEntryRow, { memberId: m.id, source: 'GROUP_BUY', type: 'EARN' })).map(
      (e) => e.points,
    );
  };

  it('refuses self-joins, duplicates and shared devices; the last seat fills it and every participant gets the bonus once', async () => {
    await enrol('a');
    await enrol('b');
    await enrol('n1', false); // a new customer: 50 welcome points, no purchase
    const o = await open('a', 'open-a', 3);
    expect(o.userErrors).toEqual([]);
    expect(o.group).toMatchObject({ status: 'OPEN', size: 3 });
    expect(o.participant).toMatchObject({ seat: 1, holdStatus: 'NONE' });
    const code = o.group.code;
    expect((await open('a', 'open-a', 3)).group.id).toBe(o.group.id); // a retry
    expect((await join('a', code, 'j-a')).userErrors[0].code).toBe('SELF_JOIN');
    // an existing customer may not pay with points; a new one may, up to 20% of the price
    const paid = await t.gql<any, any>(
      JOIN,
      { i: { member: { externalId: 'b' }, code, key: 'j-b0', pointsTowardPrice: 10 } },
      shop,
    );
    expect(paid.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'pointsTowardPrice'],
    });
    const n1 = await join('n1', code, 'j-n1', { pointsTowardPrice: 30, deviceId: 'dev-1' });
    expect(n1.userErrors).toEqual([]);
    expect(n1.participant).toMatchObject({ seat: 2, holdStatus: 'HELD', pointsHeld: 30 });
    expect(n1.member.balance.available).toBe(20);
    expect(
      (await join('n1', code, 'j-n1', { pointsTowardPrice: 30, deviceId: 'dev-1' })).participant.id,
    ).toBe(n1.participant.id); // a retry
    expect((await join('n1', code, 'j-n1', { pointsTowardPrice: 20 })).userErrors[0].code).toBe(
      'IDEMPOTENCY_CONFLICT',
    );
    expect((await join('n1', code, 'j-n1b')).userErrors[0].code).toBe('ALREADY_JOINED');
    expect((await join('b', code, 'j-b1', { deviceId: 'dev-1' })).userErrors[0].code).toBe('SHARED_DEVICE');
    const full = await join('b', code, 'j-b2', { deviceId: 'dev-2' });
    expect(full.userErrors).toEqual([]);
    expect(full.group.status).toBe('FILLED');
    expect(full.group.participants.map((p: any) => [p.seat, p.bonusAwarded, p.holdStatus])).toEqual([
      [1, 100, 'NONE'],
      [2, 100, 'SPENT'],
      [3, 100, 'NONE'],
    ]);
    await enrol('c');
    expect((await join('c', code, 'j-c')).userErrors[0].code).toBe('GROUP_FULL');
    // each seat names its member, read in one batch; a Viewer sees them masked
    await t.ok(
      `mutation { updateMember(input: { member: { externalId: "a" }, name: "Ann Li" }) { member { id } } }`,
    );
    const SEATS = `query($c: String) { groupBuy(code: $c) { participants { memberId member { id externalId name } } } }`;
    const seats = (await t.ok<any, any>(SEATS, { c: code })).groupBuy.participants;
    expect(seats.map((p: any) => p.member.id)).toEqual(seats.map((p: any) => p.memberId));
    expect(seats.map((p: any) => p.member.externalId)).toEqual(['a', 'n1', 'b']);
    expect(seats[0].member.name).toBe('Ann Li');
    const viewer = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "viewer", role: VIEWER }) { key } }`)
    ).createApiKey.key;
    const masked = (await t.ok<any, any>(SEATS, { c: code }, viewer)).groupBuy.participants;
    expect(masked[0].member).toMatchObject({ externalId: 'a' });
    expect(masked[0].member.name).not.toBe('Ann Li');
    for (const x of ['a', 'b', 'n1']) expect(await groupBuyEarnings(x)).toEqual([100]);
    await check('a', 'b', 'n1', 'c');
  });

  it('a member enrolled from a participant device is refused', async () => {
    await enrol('s1', true, 'phone-9');
    await enrol('s2', true, 'phone-9');
    const o = await open('s1', 'open-s1', 2);
    expect((await join('s2', o.group.code, 'j-s2')).userErrors[0].code).toBe('SHARED_DEVICE');
  });

  it('racing joins for the last seats: exactly `size` members, each bonus once', async () => {
    await enrol('r0');
    const racers = Array.from({ length: 10 }, (_, i) => `r${i + 1}`);
    for (const r of racers) await enrol(r);
    const o = await open('r0', 'open-r0', 4);
    const answers = await Promise.all(racers.map((r) => join(r, o.group.code, `j-${r}`)));
    const ok = answers.filter((a) => a.userErrors.length === 0);
    expect(ok).toHaveLength(3);
    expect(answers.filter((a) => a.userErrors[0]?.code === 'GROUP_FULL')).toHaveLength(7);
    const em = t.app.orm.em.fork();
    const g = await em.findOneOrFail(GroupBuyRow, { id: o.group.id });
    expect(g.status).toBe('FILLED');
    const seated = ok.at(-1)!.group.participants.length;
    expect(seated).toBeLessThanOrEqual(4);
    const last = (
      await t.ok<any, any>(`query($c: String) { groupBuy(code: $c) { participants { seat } } }`, {
        c: o.group.code,
      })
    ).groupBuy;
    expect(last.participants.map((p: any) => p.seat)).toEqual([1, 2, 3, 4]);
    let bonuses = 0;
    for (const r of ['r0', ...racers]) bonuses += (await groupBuyEarnings(r)).length;
    expect(bonuses).toBe(4);
    await check('r0', ...racers);
  });

  it('the monthly cap applies to the group bonus (refusals recorded)', async () => {
    expect(
      (await t.ok<any, any>(SETTINGS, { i: { monthlyBonusCapPoints: 150 } })).updateProgramSettings
        .userErrors,
    ).toEqual([]);
    await enrol('k1');
    await enrol('k2');
    const first = await open('k1', 'open-k1', 2);
    // the first purchase's task already issued 100 bonus points to each: 50 fit under the cap
    const f1 = await join('k2', first.group.code, 'j-k2');
    expect(f1.group.participants.map((p: any) => p.bonusAwarded)).toEqual([50, 50]);
    const second = await open('k1', 'open-k1b', 2);
    const full = await join('k2', second.group.code, 'j-k2b');
    expect(full.group.participants.map((p: any) => p.bonusAwarded)).toEqual([0, 0]);
    expect(await groupBuyEarnings('k1')).toEqual([50]);
    const em = t.app.orm.em.fork();
    const k1 = await em.findOneOrFail(MemberRow, { externalId: 'k1' });
    const refusals = await em.find(RefusalRow, { memberId: k1.id, source: 'GROUP_BUY' });
    expect(refusals.map((r) => [r.points, r.reason]).sort()).toEqual([
      [100, 'MONTHLY_BONUS_CAP'],
      [50, 'MONTHLY_BONUS_CAP'],
    ]);
    await t.ok(SETTINGS, { i: { monthlyBonusCapPoints: 500 } });
  });

  it('an unfilled group gives nothing and returns every hold to its exact lots, once, whatever the job does', async () => {
    await enrol('e0');
    await enrol('e1', false);
    await enrol('e2', false);
    await enrol('f0');
    const before1 = JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: 'e1' } })).member.lots);
    const before2 = JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: 'e2' } })).member.lots);
    const g1 = await open('e0', 'open-e0', 3);
    expect((await join('e1', g1.group.code, 'j-e1', { pointsTowardPrice: 40 })).participant.holdStatus).toBe(
      'HELD',
    );
    const g2 = await open('f0', 'open-f0', 3);
    expect((await join('e2', g2.group.code, 'j-e2', { pointsTowardPrice: 25 })).participant.holdStatus).toBe(
      'HELD',
    );
    expect((await t.ok<any, any>(LOTS, { r: { externalId: 'e1' } })).member.balance.available).toBe(10);
    clock.set(new Date(deadline.getTime() + 1000));
    await enrol('late');
    expect((await join('late', g1.group.code, 'j-late')).userErrors[0].code).toBe('INVALID_TRANSITION');
    // the job died after its first group: that group is expired whole, the rest not at all
    expect(await expireGroupBuy(t.app, g1.group.id)).toBe(true);
    const runs = await Promise.all([t.ok<any, any>(EXPIRE), t.ok<any, any>(EXPIRE)]);
    const again = await t.ok<any, any>(EXPIRE);
    const total = [...runs, again].reduce((s, r) => s + r.expireGroupBuysAndBoosts.groupBuysExpired, 0);
    expect(total).toBeGreaterThanOrEqual(1); // g2, plus the groups of the earlier tests' still-open races: none
    expect(again.expireGroupBuysAndBoosts.groupBuysExpired).toBe(0);
    expect(JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: 'e1' } })).member.lots)).toBe(
      before1,
    );
    expect(JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: 'e2' } })).member.lots)).toBe(
      before2,
    );
    const em = t.app.orm.em.fork();
    for (const id of [g1.group.id, g2.group.id])
      expect((await em.findOneOrFail(GroupBuyRow, { id })).status).toBe('EXPIRED');
    for (const x of ['e0', 'e1', 'e2', 'f0']) expect(await groupBuyEarnings(x)).toEqual([]);
    const restored = await em.find(LedgerEntryRow, { type: 'REVERSAL', source: 'REDEMPTION_CANCEL' });
    expect(restored.map((e) => e.points).sort()).toEqual([25, 40]);
    await check('e0', 'e1', 'e2', 'f0');
  });
});
