/**
 * The points API end to end over HTTP, on each database: enrolment with referral, purchases across
 * tiers and a birthday month, partial refund, redeem and cancel, adjustment, backdated expiry,
 * idempotent retries, malformed input, and the ledger invariant after all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustPointsDocument,
  CancelRedemptionDocument,
  CreateRewardDocument,
  EnrollMemberDocument,
  ExpirePointsDocument,
  MemberDocument,
  MemberLedgerDocument,
  RecordActivityDocument,
  RecordPurchaseDocument,
  RedeemPointsDocument,
  RefundPurchaseDocument,
  RewardsDocument,
} from '@accrue/sdk';
import { LedgerEntryRow, LotRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { startTestApp, TEST_DATABASES, type TestApp } from './harness';

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

/** balance = sum of ledger entries = sum of lot remainders - negative, for every member */
async function expectLedgerConsistent(t: TestApp) {
  const em = t.app.orm.em.fork();
  const members = await em.find(MemberRow, {});
  for (const m of members) {
    const entries = await em.find(LedgerEntryRow, { memberId: m.id });
    const lots = await em.find(LotRow, { memberId: m.id });
    const ledgerSum = entries.reduce((s, e) => s + e.points, 0);
    const lotSum = lots.reduce((s, l) => s + l.remaining, 0);
    expect(ledgerSum, `ledger of ${m.externalId}`).toBe(m.pointsBalance);
    expect(lotSum - m.negative, `lots of ${m.externalId}`).toBe(m.pointsBalance);
    for (const l of lots) expect(l.remaining).toBeGreaterThanOrEqual(0);
  }
}

describe.each(TEST_DATABASES)('points API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const purchase = (
    externalId: string,
    orderId: string,
    amountMinor: number,
    extra: Record<string, unknown> = {},
  ) => t.ok(RecordPurchaseDocument, { input: { member: { externalId }, orderId, amountMinor, ...extra } });

  it('enrols with welcome points and a referral, refusing bad referrals', async () => {
    const a = await t.ok(EnrollMemberDocument, {
      input: { externalId: 'alice', email: 'alice@example.com', name: 'Alice' },
    });
    expect(a.enrollMember.userErrors).toEqual([]);
    expect(a.enrollMember.member!.balance.available).toBe(50);
    expect(a.enrollMember.member!.tier.name).toBe('Bronze');
    const code = a.enrollMember.member!.referralCode;

    const b = await t.ok(EnrollMemberDocument, { input: { externalId: 'bob', referralCode: code } });
    expect(b.enrollMember.member!.referredBy!.externalId).toBe('alice');

    const bad = await t.ok(EnrollMemberDocument, {
      input: { externalId: 'carol', referralCode: 'NOSUCHCODE' },
    });
    expect(bad.enrollMember.userErrors[0].code).toBe('INVALID_REFERRAL');
    const self = await t.ok(EnrollMemberDocument, {
      input: { externalId: 'alice2', email: 'alice@example.com', referralCode: code },
    });
    expect(self.enrollMember.userErrors[0].code).toBe('SELF_REFERRAL');

    // retry of the same enrolment returns the first result; other content is a conflict
    const again = await t.ok(EnrollMemberDocument, {
      input: { externalId: 'alice', email: 'alice@example.com', name: 'Alice' },
    });
    expect(again.enrollMember.member!.id).toBe(a.enrollMember.member!.id);
    const conflict = await t.ok(EnrollMemberDocument, { input: { externalId: 'alice', name: 'Other' } });
    expect(conflict.enrollMember.userErrors[0].code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('earns base, threshold, first-purchase task and referral rewards; retries change nothing', async () => {
    const r = await purchase('bob', 'order-b1', 30000);
    expect(r.recordPurchase.userErrors).toEqual([]);
    const reasons = r.recordPurchase.purchase!.entries.map((e) => `${e.source}:${e.reason}:${e.points}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'PURCHASE:BASE:300',
        'PURCHASE:ORDER_THRESHOLD:50',
        'ACTIVITY:TASK_FIRST_PURCHASE:100',
        'REFERRAL:REFERRAL_REFEREE:50',
      ]),
    );
    // welcome 50 + 300 + 50 + 100 + 50
    expect(r.recordPurchase.member!.balance.available).toBe(550);
    // the referrer: 100 + 5% of 300.00 = 15
    const alice = await t.ok(MemberDocument, { ref: { externalId: 'alice' } });
    expect(alice.member!.balance.available).toBe(50 + 115);

    const retry = await purchase('bob', 'order-b1', 30000);
    expect(retry.recordPurchase.pointsAwarded).toBe(r.recordPurchase.pointsAwarded);
    expect(retry.recordPurchase.member!.balance.available).toBe(550);
    const changed = await purchase('bob', 'order-b1', 30001);
    expect(changed.recordPurchase.userErrors[0]).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'orderId'],
    });
    const otherMember = await purchase('alice', 'order-b1', 30000);
    expect(otherMember.recordPurchase.userErrors[0]).toMatchObject({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'orderId'],
    });
  });

  it('upgrades the tier at once and applies the tier multiplier to base points afterwards', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'dave' } });
    const big = await purchase('dave', 'order-d1', 120000); // 1,200.00: Silver from now on
    expect(big.recordPurchase.member!.tier.name).toBe('Silver');
    const next = await purchase('dave', 'order-d2', 10000); // 100.00 at Silver ×1.2: base 100 + tier 20
    const entries = next.recordPurchase.purchase!.entries;
    expect(entries.find((e) => e.reason === 'BASE')!.points).toBe(100);
    expect(entries.find((e) => e.source === 'TIER_BONUS')!.points).toBe(20);
  });

  it('doubles base points in the birthday month', async () => {
    const month = new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', month: '2-digit' });
    await t.ok(EnrollMemberDocument, { input: { externalId: 'erin', birthday: `1990-${month}-01` } });
    const r = await purchase('erin', 'order-e1', 10000);
    const tierBonus = r.recordPurchase.purchase!.entries.find((e) => e.source === 'TIER_BONUS');
    expect(tierBonus).toMatchObject({ reason: 'BIRTHDAY', points: 100 });
  });

  it('claws back a partial refund in proportion and refuses refunding more than was paid', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'fay' } });
    await purchase('fay', 'order-f1', 30000); // 300 base + 50 threshold + 100 first-purchase task = 450
    const r1 = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'order-f1', refundId: 'rf-1', amountMinor: 9000 },
    });
    expect(r1.refundPurchase.pointsReversed).toBe(135); // 30% of 450
    const replay = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'order-f1', refundId: 'rf-1', amountMinor: 9000 },
    });
    expect(replay.refundPurchase.pointsReversed).toBe(135);
    const tooMuch = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'order-f1', refundId: 'rf-2', amountMinor: 30000 },
    });
    expect(tooMuch.refundPurchase.userErrors[0].code).toBe('REFUND_EXCEEDS_PURCHASE');
    const rest = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'order-f1', refundId: 'rf-3', amountMinor: 21000 },
    });
    expect(rest.refundPurchase.pointsReversed).toBe(315);
  });

  it('a refund claws back every point the order earned: its monthly milestone and the tasks it completed too', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'milly' } }); // 50 welcome
    await purchase('milly', 'milly-1', 10000); // 100 base + 100 first-purchase task
    const big = await purchase('milly', 'milly-2', 100000); // 1000 base + 50 threshold + 200 milestone
    expect(big.recordPurchase.pointsAwarded).toBe(1250);
    const half = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'milly-2', refundId: 'milly-rf-2a', amountMinor: 50000 },
    });
    expect(half.refundPurchase.pointsReversed).toBe(625);
    const rest = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'milly-2', refundId: 'milly-rf-2b', amountMinor: 50000 },
    });
    // the month's spend is back to 100.00: nothing of the milestone is left
    expect(rest.refundPurchase.pointsReversed).toBe(625);
    const first = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'milly-1', refundId: 'milly-rf-1', amountMinor: 10000 },
    });
    expect(first.refundPurchase.pointsReversed).toBe(200);
    expect(first.refundPurchase.member!.balance).toMatchObject({ available: 50, negative: 0 });
  });

  it('a sign-in that arrives late, for a day not yet signed in, still earns its points', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'sid' } }); // 50 welcome
    const at = { 2: daysAgo(2), 3: daysAgo(3) };
    const signIn = async (key: string, days: 2 | 3) =>
      (
        await t.ok(RecordActivityDocument, {
          input: { member: { externalId: 'sid' }, type: 'SIGN_IN', key, occurredAt: at[days] },
        })
      ).recordActivity;
    const first = await signIn('sid-2', 2);
    expect(first.userErrors).toEqual([]);
    expect(first.pointsAwarded).toBe(5);
    expect((await signIn('sid-3', 3)).pointsAwarded).toBe(5); // the day before, synced late
    expect((await signIn('sid-3-again', 3)).pointsAwarded).toBe(0); // that day is signed in now
    expect((await signIn('sid-3', 3)).pointsAwarded).toBe(5); // a retry replays the first answer
    const after = await t.ok(MemberDocument, { ref: { externalId: 'sid' } });
    expect(after.member!.balance.available).toBe(60);
  });

  it('answers resends of an enrolment that arrive while the first is still running with its result', async () => {
    const doc = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } userErrors { code } } }`;
    for (let burst = 0; burst < 8; burst++) {
      const input = { externalId: `resend-${burst}`, email: `resend-${burst}@example.com` };
      const answers = await Promise.all(
        Array.from({ length: 10 }, async () => {
          await new Promise((r) => setTimeout(r, Math.random() * 40));
          type Answer = { enrollMember: { member: { id: string } | null; userErrors: unknown[] } };
          return (await t.ok<Answer, unknown>(doc, { i: input })).enrollMember;
        }),
      );
      expect(answers.map((a) => a.userErrors)).toEqual(answers.map(() => []));
      expect(new Set(answers.map((a) => a.member?.id)).size).toBe(1);
    }
  });

  it('does not claw back what of the order expired unspent', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'lapsed' } }); // 50 welcome
    // a year and a day ago: 200 base + 50 threshold (order lots) + 100 first-purchase task, all expired
    await purchase('lapsed', 'lapsed-1', 20000, { occurredAt: daysAgo(366) });
    const before = (await t.ok(MemberDocument, { ref: { externalId: 'lapsed' } })).member!.balance;
    expect(before).toMatchObject({ available: 50, negative: 0 });
    const r = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'lapsed-1', refundId: 'lapsed-rf', amountMinor: 20000 },
    });
    expect(r.refundPurchase.pointsReversed).toBe(0);
    const after = (await t.ok(MemberDocument, { ref: { externalId: 'lapsed' } })).member!.balance;
    expect(after).toMatchObject({ available: 50, negative: 0 });
  });

  it('spends soonest-expiring lots, cancels back into the same lots, and records negative balance after a refund of spent points', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'gus' } });
    await purchase('gus', 'order-g1', 50000); // 500 + 50 + 100 task (+ 50 welcome)
    const before = await t.ok(MemberDocument, { ref: { externalId: 'gus' } });
    const red = await t.ok(RedeemPointsDocument, {
      input: { member: { externalId: 'gus' }, key: 'rd-g1', points: 150, orderAmountMinor: 100000 },
    });
    expect(red.redeemPoints.userErrors).toEqual([]);
    const welcomeLot = (m: typeof before) => m.member!.lots.find((l) => l.source === 'WELCOME');
    const after = await t.ok(MemberDocument, { ref: { externalId: 'gus' } });
    expect(welcomeLot(after)).toBeUndefined(); // the 30-day welcome lot went first
    const tooBig = await t.ok(RedeemPointsDocument, {
      input: { member: { externalId: 'gus' }, key: 'rd-g2', points: 200, orderAmountMinor: 500 },
    });
    expect(tooBig.redeemPoints.userErrors[0].code).toBe('EXCEEDS_ORDER_LIMIT');
    const tooSmall = await t.ok(RedeemPointsDocument, {
      input: { member: { externalId: 'gus' }, key: 'rd-g3', points: 50, orderAmountMinor: 50000 },
    });
    expect(tooSmall.redeemPoints.userErrors[0].code).toBe('BELOW_MINIMUM_REDEMPTION');

    const cancel = await t.ok(CancelRedemptionDocument, {
      input: { redemptionId: red.redeemPoints.redemption!.id },
    });
    expect(cancel.cancelRedemption.member!.balance.available).toBe(before.member!.balance.available);
    const restored = await t.ok(MemberDocument, { ref: { externalId: 'gus' } });
    expect(welcomeLot(restored)).toMatchObject({ remaining: 50, expiresAt: welcomeLot(before)!.expiresAt });
    const twice = await t.ok(CancelRedemptionDocument, {
      input: { redemptionId: red.redeemPoints.redemption!.id },
    });
    // a retried cancel answers the first result and changes nothing
    expect(twice.cancelRedemption.userErrors).toEqual([]);
    expect(twice.cancelRedemption.member!.balance.available).toBe(before.member!.balance.available);

    // spend almost everything, then refund the order: what was spent becomes negative balance
    const all = restored.member!.balance.available;
    await t.ok(RedeemPointsDocument, {
      input: { member: { externalId: 'gus' }, key: 'rd-g4', points: all, orderAmountMinor: all * 10 },
    });
    const refund = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'order-g1', refundId: 'rf-g1', amountMinor: 50000 },
    });
    // 500 base + 50 threshold + 100 first-purchase task, all spent
    expect(refund.refundPurchase.member!.balance).toMatchObject({ available: 0, negative: 650 });
    // later earnings pay the negative balance off first
    const next = await purchase('gus', 'order-g2', 60000); // 600 + 50
    expect(next.recordPurchase.member!.balance).toMatchObject({ available: 0, negative: 0 });
  });

  it('adjusts with a reason (audited) and expires backdated points, idempotently', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'hal', enrolledAt: daysAgo(400) } });
    await purchase('hal', 'order-h1', 10000, { occurredAt: daysAgo(380) }); // expired 15 days ago
    await purchase('hal', 'order-h2', 20000, { occurredAt: daysAgo(10) });
    const adj = await t.ok(AdjustPointsDocument, {
      input: { member: { externalId: 'hal' }, points: 40, reason: 'goodwill', key: 'adj-h1' },
    });
    expect(adj.adjustPoints.entry).toMatchObject({ type: 'ADJUST', source: 'MANUAL', points: 40 });
    const noReason = await t.gql(AdjustPointsDocument, {
      input: { member: { externalId: 'hal' }, points: 40, reason: ' ', key: 'adj-h2' },
    });
    expect(noReason.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

    await t.ok(ExpirePointsDocument, { input: {} });
    const second = await t.ok(ExpirePointsDocument, { input: {} });
    expect(second.expirePoints.pointsExpired).toBe(0);
    const hal = await t.ok(MemberDocument, { ref: { externalId: 'hal' } });
    expect(hal.member!.balance.lifetimeExpired).toBe(50 + 100 + 100); // welcome, order h1, first-purchase task? (task expires with activity expiry)
    const ledger = await t.ok(MemberLedgerDocument, { ref: { externalId: 'hal' }, first: 50 });
    expect(ledger.member!.ledger.edges.some((e) => e.node.type === 'EXPIRE')).toBe(true);
    const future = await t.gql(ExpirePointsDocument, { input: { asOf: daysAgo(-2) } });
    expect(future.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ member: { externalId: 'bob' }, orderId: 'x1', amountMinor: -5 }, ['input', 'amountMinor']],
      [
        { member: { externalId: 'bob' }, orderId: 'x2', amountMinor: 100, currency: 'XYZ' },
        ['input', 'currency'],
      ],
      [
        { member: { externalId: 'bob' }, orderId: 'x3', amountMinor: 100, occurredAt: daysAgo(-1) },
        ['input', 'occurredAt'],
      ],
      [{ member: { externalId: 'bob' }, orderId: '', amountMinor: 100 }, ['input', 'orderId']],
      [{ member: {}, orderId: 'x4', amountMinor: 100 }, ['input', 'member']],
    ];
    for (const [input, field] of cases) {
      const r = await t.gql(RecordPurchaseDocument, { input } as never);
      expect(r.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const unknown = await purchase('nobody', 'x5', 100);
    expect(unknown.recordPurchase.userErrors[0]).toMatchObject({
      code: 'MEMBER_NOT_FOUND',
      field: ['input', 'member'],
    });
    const malformedDate = await t.gql(RecordPurchaseDocument, {
      input: { member: { externalId: 'bob' }, orderId: 'x6', amountMinor: 100, occurredAt: 'yesterday' },
    } as never);
    expect(malformedDate.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const em = t.app.orm.em.fork();
    expect(await em.count(LedgerEntryRow, { orderId: { $in: ['x1', 'x2', 'x3', 'x4', 'x5', 'x6'] } })).toBe(
      0,
    );
  });

  it('refuses settings and member data that make no sense, and keeps what a tier save leaves out', async () => {
    const zero = await t.gql(
      `mutation { updateProgramSettings(input: { pointsPerCurrencyUnit: 0 }) { settings { pointsPerCurrencyUnit } } }`,
    );
    expect(zero.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'pointsPerCurrencyUnit'],
    });
    for (const birthday of ['2999-01-01', '1800-05-05']) {
      const r = await t.gql(EnrollMemberDocument, { input: { externalId: `bday-${birthday}`, birthday } });
      expect(r.errors?.[0].extensions, birthday).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: ['input', 'birthday'],
      });
    }
    expect(
      (await t.ok(EnrollMemberDocument, { input: { externalId: 'bday-ok', birthday: '12-31' } })).enrollMember
        .member,
    ).not.toBeNull();
    // re-saving the tier table without birthdayMultiplier keeps Diamond's ×3
    type TierAnswer = { id: string; name: string; birthdayMultiplier: number };
    const { tiers } = await t.ok<{ tiers: TierAnswer[] }, Record<string, never>>(
      `{ tiers { id name rank qualifyingSpendMinor earnMultiplier birthdayMultiplier } }`,
    );
    const saved = await t.ok<
      { saveTiers: { tiers: TierAnswer[]; userErrors: unknown[] } },
      { i: { tiers: Omit<TierAnswer, 'birthdayMultiplier'>[] } }
    >(
      `mutation($i: SaveTiersInput!) { saveTiers(input: $i) { tiers { name birthdayMultiplier } userErrors { code message } } }`,
      { i: { tiers: tiers.map(({ birthdayMultiplier: _b, ...rest }) => rest) } },
    );
    expect(saved.saveTiers.userErrors).toEqual([]);
    const multipliers = (list: TierAnswer[]) => list.map((x) => [x.name, x.birthdayMultiplier]);
    expect(multipliers(saved.saveTiers.tiers)).toEqual(multipliers(tiers));
    expect(saved.saveTiers.tiers.find((x) => x.name === 'Diamond')?.birthdayMultiplier).toBe(3);

    // the audit log shows a tier change from what to what (then the table is put back)
    const changed = tiers.map((x) =>
      x.name === 'Gold' ? { ...x, earnMultiplier: 1.6, perks: ['lounge'] } : x,
    );
    await t.ok(`mutation($i: SaveTiersInput!) { saveTiers(input: $i) { userErrors { code } } }`, {
      i: { tiers: changed },
    });
    const { auditLog } = await t.ok<
      { auditLog: { edges: { node: { action: string; before: string; after: string } }[] } },
      Record<string, never>
    >(`{ auditLog(first: 1) { edges { node { action before after } } } }`);
    const entry = auditLog.edges[0].node;
    expect(entry.action).toBe('tiers.save');
    const gold = (json: string) =>
      (JSON.parse(json) as { name: string; earnMultiplier: number; perks: string[] }[]).find(
        (x) => x.name === 'Gold',
      );
    expect(gold(entry.before)).toMatchObject({ earnMultiplier: 1.5, perks: [] });
    expect(gold(entry.after)).toMatchObject({ earnMultiplier: 1.6, perks: ['lounge'] });
    await t.ok(`mutation($i: SaveTiersInput!) { saveTiers(input: $i) { userErrors { code } } }`, {
      i: { tiers: tiers.map((x) => ({ ...x, perks: [] })) },
    });
  });

  it('awards activities within their caps', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'ivy' } });
    const act = (type: 'SIGN_IN' | 'SHARE' | 'PROFILE_COMPLETED', key: string) =>
      t.ok(RecordActivityDocument, { input: { member: { externalId: 'ivy' }, type, key } });
    expect((await act('SIGN_IN', 's1')).recordActivity.pointsAwarded).toBe(5);
    expect((await act('SIGN_IN', 's2')).recordActivity.pointsAwarded).toBe(0); // same day
    expect((await act('SIGN_IN', 's1')).recordActivity.pointsAwarded).toBe(5); // retry replays
    expect((await act('PROFILE_COMPLETED', 'p1')).recordActivity.pointsAwarded).toBe(60); // +30 activity, +30 task
    expect((await act('PROFILE_COMPLETED', 'p2')).recordActivity.pointsAwarded).toBe(0);
  });

  it('never overdraws under 50 concurrent redemptions', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'jay' } });
    await purchase('jay', 'order-j1', 100000); // 1000 + 50 + 200 milestone? (1000.00 spent) + 100 task + 50 welcome
    const m = await t.ok(MemberDocument, { ref: { externalId: 'jay' } });
    const available = m.member!.balance.available;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql(RedeemPointsDocument, {
          input: { member: { externalId: 'jay' }, key: `c-${i}`, points: 100, orderAmountMinor: 100000 },
        }),
      ),
    );
    const ok = results.filter((r) => r.data?.redeemPoints.redemption).length;
    const refused = results.filter(
      (r) => r.data?.redeemPoints.userErrors[0]?.code === 'INSUFFICIENT_POINTS',
    ).length;
    expect(ok).toBe(Math.floor(available / 100));
    expect(ok + refused).toBe(50);
    const after = await t.ok(MemberDocument, { ref: { externalId: 'jay' } });
    expect(after.member!.balance.available).toBe(available - ok * 100);
  });

  it('never sells a reward beyond its stock under concurrent redemptions, and a cancel returns it', async () => {
    const reward = (
      await t.ok(CreateRewardDocument, {
        input: { name: 'Tote bag', type: 'ITEM', pointsCost: 100, valueMinor: 500, stock: 5 },
      })
    ).createReward.reward!;
    const buyers = Array.from({ length: 12 }, (_, i) => `stock-${i}`);
    for (const b of buyers) await t.ok(EnrollMemberDocument, { input: { externalId: b } });
    for (const b of buyers) await purchase(b, `stock-order-${b}`, 10000); // 100 + 100 task + 50 welcome
    const results = await Promise.all(
      buyers.map((b) =>
        t.gql(RedeemPointsDocument, {
          input: { member: { externalId: b }, key: `stock-${b}`, rewardId: reward.id },
        }),
      ),
    );
    const won = results.filter((r) => r.data?.redeemPoints.redemption);
    const refused = results.map((r) => r.data?.redeemPoints.userErrors[0]).filter(Boolean);
    expect(won).toHaveLength(5);
    expect(refused).toHaveLength(7);
    for (const e of refused) expect(e).toMatchObject({ code: 'OUT_OF_STOCK', field: ['input', 'rewardId'] });
    const stockOf = async () =>
      (await t.ok(RewardsDocument, { activeOnly: false })).rewards.find((r) => r.id === reward.id)!.stock;
    expect(await stockOf()).toBe(0);
    // two cancels at once: both come back to the stock
    await Promise.all(
      won
        .slice(0, 2)
        .map((r) =>
          t.ok(CancelRedemptionDocument, { input: { redemptionId: r.data!.redeemPoints.redemption!.id } }),
        ),
    );
    expect(await stockOf()).toBe(2);
  });

  it('holds all the cash offsets on one order to 30% of it, at the amount it was first given', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'split' } });
    await purchase('split', 'split-earn', 500000);
    const redeem = (key: string, points: number, orderAmountMinor = 12000) =>
      t.gql(RedeemPointsDocument, {
        input: { member: { externalId: 'split' }, key, points, orderId: 'SO-split', orderAmountMinor },
      });
    expect((await redeem('split-1', 2000)).data!.redeemPoints.redemption!.points).toBe(2000);
    expect((await redeem('split-2', 1600)).data!.redeemPoints.redemption!.points).toBe(1600);
    // 3,600 of 12,000 is offset: nothing more fits
    expect((await redeem('split-3', 100)).data!.redeemPoints.userErrors[0]).toMatchObject({
      code: 'EXCEEDS_ORDER_LIMIT',
      field: ['input', 'points'],
    });
    // nor does a larger amount for the same order
    const larger = await redeem('split-4', 100, 999999);
    expect(larger.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'orderAmountMinor'],
    });
    expect(larger.errors?.[0]?.message).toContain('amounts to 12000');
    // a cancelled offset frees its share; a retry of an earlier one still answers it
    const first = (await redeem('split-1', 2000)).data!.redeemPoints.redemption!;
    await t.ok(CancelRedemptionDocument, { input: { redemptionId: first.id } });
    expect((await redeem('split-5', 2000)).data!.redeemPoints.redemption!.points).toBe(2000);
  });

  it('records concurrent purchases by member id (group commits), referrals and repeats among them', async () => {
    const enrol = async (externalId: string, referralCode?: string) =>
      (await t.ok(EnrollMemberDocument, { input: { externalId, referralCode } })).enrollMember.member!;
    const referrer = await enrol('gc-referrer');
    const referred = await Promise.all(
      [1, 2, 3].map((i) => enrol(`gc-referred-${i}`, referrer.referralCode)),
    );
    const others = await Promise.all([1, 2, 3, 4, 5, 6].map((i) => enrol(`gc-other-${i}`)));
    const buyers = [referrer, ...referred, ...others];
    // every buyer three times, the referred members' first purchases among them, all at once
    const orders = buyers.flatMap((m, i) => [0, 1, 2].map((k) => ({ id: m.id, orderId: `gc-${i}-${k}` })));
    const results = await Promise.all(
      orders.map((o) =>
        t.ok(RecordPurchaseDocument, {
          input: { member: { id: o.id }, orderId: o.orderId, amountMinor: 20_000 },
        }),
      ),
    );
    expect(results.every((r) => r.recordPurchase.purchase)).toBe(true);
    const em = t.app.orm.em.fork();
    const rewards = await em.find(LedgerEntryRow, { memberId: referrer.id, reason: 'REFERRAL_REFERRER' });
    expect(rewards).toHaveLength(3); // one per referred member's first purchase, none lost
    for (const m of buyers) {
      const row = await em.findOneOrFail(MemberRow, { id: m.id });
      const entries = await em.find(LedgerEntryRow, { memberId: m.id });
      expect(
        entries.reduce((s, e) => s + e.points, 0),
        m.externalId,
      ).toBe(row.pointsBalance);
    }
  });

  it('keeps balance, ledger and lots in agreement', async () => {
    await expectLedgerConsistent(t);
  });
});
