/**
 * Acceptance: the scenario a reviewer scripts against the API, over real HTTP, on each database.
 *
 * Two members, Ann and Ben (referred by Ann), live through a year and a half on a test clock:
 * enrolment and referral, purchases that lift Ann from Bronze to Diamond (one in her birthday
 * month, one with a category-multiplier item, orders over and under the threshold, the monthly
 * milestone), a partial refund and then the rest (the referral reversed, spent points turned into a
 * negative balance that later earnings pay off), a redemption and its cancellation, manual
 * adjustments, activities up to their caps, and expiry (welcome points after 30 days, purchase
 * points after 12 months, then the tier stepping down one rank after its grace period).
 *
 * Every expected figure below is computed by hand from ../../../../shared/docs/product.md's default
 * rules (read as ../../../../docs/domain.md describes), with the arithmetic in the comments; none is
 * read back from the API. After every step each member's whole account is compared: every balance
 * figure, every lot (points, remaining, earned, available, expiry), the tier and its progress, and
 * every ledger entry (type, source, reason, points, balanceAfter, occurredAt, expiresAt, orderId).
 * Every write is sent twice with the same idempotency key (the second answer equals the first and
 * the accounts do not move), once with the same key and other content (IDEMPOTENCY_CONFLICT), and
 * malformed input is refused with an error naming the field, writing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustPointsDocument,
  CancelRedemptionDocument,
  EnrollMemberDocument,
  ExpirePointsDocument,
  MemberDocument,
  MemberStatementDocument,
  ProgramDocument,
  RecordActivityDocument,
  RecordPurchaseDocument,
  RedeemPointsDocument,
  RefundPurchaseDocument,
  UpdateProgramSettingsDocument,
  type ActivityType,
  type LedgerEntryType,
  type PointsSource,
} from '@accrue/sdk';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PurchaseRow } from '../db/entities/purchases';
import { RefusalRow } from '../db/entities/idempotency';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from './harness';

const DAY = 86_400_000;
/** a wall-clock time in the program's zone, Asia/Shanghai (UTC+8 all year, no DST), as an instant */
const local = (s: string) => new Date(`${s.replace(' ', 'T')}:00+08:00`);
const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);
const iso = (d: Date | null) => (d === null ? null : d.toISOString());

// ------------------------------------------------------------------ the hand-kept expectations

interface ExpLot {
  source: PointsSource;
  points: number;
  remaining: number;
  earnedAt: Date;
  expiresAt: Date | null;
}
interface ExpEntry {
  type: LedgerEntryType;
  source: PointsSource;
  reason: string | RegExp;
  points: number;
  balanceAfter: number;
  occurredAt: Date;
  expiresAt: Date | null;
  orderId: string | null;
}
interface ExpBalance {
  available: number;
  pending: number;
  negative: number;
  expiringWithin30Days: number;
  lifetimeEarned: number;
  lifetimeRedeemed: number;
  lifetimeExpired: number;
}
interface ExpTier {
  name: string;
  next: string | null;
  qualifyingSpendMinor: number;
  spendToNextMinor: number | null;
  retainedUntil: Date | null;
}
/** One member's account as the rules say it must be; every number is written by hand in the steps. */
interface Account {
  externalId: string;
  lots: ExpLot[]; // in the order they were earned (lot ids are time-sortable)
  ledger: ExpEntry[]; // oldest first
  balance: ExpBalance;
  tier: ExpTier;
}

const account = (externalId: string): Account => ({
  externalId,
  lots: [],
  ledger: [],
  balance: {
    available: 0,
    pending: 0,
    negative: 0,
    expiringWithin30Days: 0,
    lifetimeEarned: 0,
    lifetimeRedeemed: 0,
    lifetimeExpired: 0,
  },
  tier: {
    name: 'Bronze',
    next: 'Silver',
    qualifyingSpendMinor: 0,
    spendToNextMinor: 100000,
    retainedUntil: null,
  },
});

/** A ledger entry that is not an earning (redeem, cancel, refund, adjustment, expiry). */
function entry(
  acc: Account,
  type: LedgerEntryType,
  source: PointsSource,
  reason: string | RegExp,
  points: number,
  balanceAfter: number,
  occurredAt: Date,
  extra: { expiresAt?: Date | null; orderId?: string | null } = {},
) {
  acc.ledger.push({
    type,
    source,
    reason,
    points,
    balanceAfter,
    occurredAt,
    expiresAt: extra.expiresAt ?? null,
    orderId: extra.orderId ?? null,
  });
}

/**
 * An earning: an EARN entry and its lot, expiring `days` after `at` (available at once: the
 * default return window is 0 days). `remaining` differs from `points` only when part of the
 * earning paid off a negative balance.
 */
function earn(
  acc: Account,
  source: PointsSource,
  reason: string,
  points: number,
  balanceAfter: number,
  at: Date,
  days: number,
  opts: { orderId?: string | null; remaining?: number } = {},
): ExpLot {
  const lot: ExpLot = {
    source,
    points,
    remaining: opts.remaining ?? points,
    earnedAt: at,
    expiresAt: plusDays(at, days),
  };
  acc.lots.push(lot);
  entry(acc, 'EARN', source, reason, points, balanceAfter, at, {
    expiresAt: lot.expiresAt,
    orderId: opts.orderId ?? null,
  });
  return lot;
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

// ------------------------------------------------------------------ the scenario

describe.each(TEST_DATABASES)('acceptance scenario on %s', (kind) => {
  const clock = fixedClock(local('2025-03-01 09:00'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** sets the test clock to a local wall-clock time and returns that instant */
  const at = (s: string) => {
    const d = local(s);
    clock.set(d);
    return d;
  };

  const ann = account('ann');
  const ben = account('ben');
  let annReferralCode = '';

  /** Compares a member's whole account, as the API reports it, with the hand-kept expectations. */
  async function expectAccount(acc: Account) {
    // first, the expectations must agree with themselves (a slip in the hand arithmetic shows here)
    let running = 0;
    for (const [i, e] of acc.ledger.entries()) {
      running += e.points;
      expect(e.balanceAfter, `${acc.externalId}: expected balanceAfter of entry ${i}`).toBe(running);
    }
    expect(sum(acc.lots.map((l) => l.remaining)) - acc.balance.negative, `${acc.externalId}: lots`).toBe(
      running,
    );
    const points = (f: (e: ExpEntry) => boolean) => sum(acc.ledger.filter(f).map((e) => e.points));
    expect(acc.balance.lifetimeEarned, `${acc.externalId}: lifetimeEarned`).toBe(
      points((e) => e.type === 'EARN' || (e.type === 'ADJUST' && e.points > 0)),
    );
    expect(acc.balance.lifetimeRedeemed, `${acc.externalId}: lifetimeRedeemed`).toBe(
      0 - points((e) => e.type === 'REDEEM' || e.source === 'REDEMPTION_CANCEL'),
    );
    expect(acc.balance.lifetimeExpired, `${acc.externalId}: lifetimeExpired`).toBe(
      0 - points((e) => e.type === 'EXPIRE'),
    );

    const data = await t.ok(MemberStatementDocument, {
      ref: { externalId: acc.externalId },
      ledgerFirst: 100,
    });
    const m = data.member!;
    expect(m.balance, `${acc.externalId}: balance`).toEqual(acc.balance);
    expect(
      {
        name: m.tier.name,
        current: m.tierProgress.current.name,
        next: m.tierProgress.next?.name ?? null,
        qualifyingSpendMinor: m.tierProgress.qualifyingSpendMinor,
        spendToNextMinor: m.tierProgress.spendToNextMinor,
        retainedUntil: m.tierProgress.retainedUntil,
      },
      `${acc.externalId}: tier`,
    ).toEqual({
      name: acc.tier.name,
      current: acc.tier.name,
      next: acc.tier.next,
      qualifyingSpendMinor: acc.tier.qualifyingSpendMinor,
      spendToNextMinor: acc.tier.spendToNextMinor,
      retainedUntil: iso(acc.tier.retainedUntil),
    });
    const lots = [...m.lots].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ id: _id, ...l }) => l);
    expect(lots, `${acc.externalId}: lots`).toEqual(
      acc.lots.map((l) => ({
        source: l.source,
        points: l.points,
        remaining: l.remaining,
        earnedAt: iso(l.earnedAt),
        availableAt: iso(l.earnedAt),
        expiresAt: iso(l.expiresAt),
      })),
    );
    expect(m.ledger.pageInfo.hasNextPage).toBe(false);
    expect(m.ledger.totalCount, `${acc.externalId}: ledger length`).toBe(acc.ledger.length);
    const ledger = [...m.ledger.edges].reverse().map(({ node: { id: _id, ...e } }) => e);
    expect(ledger, `${acc.externalId}: ledger`).toEqual(
      acc.ledger.map((e) => ({
        type: e.type,
        source: e.source,
        reason: typeof e.reason === 'string' ? e.reason : expect.stringMatching(e.reason),
        points: e.points,
        balanceAfter: e.balanceAfter,
        occurredAt: iso(e.occurredAt),
        expiresAt: iso(e.expiresAt),
        orderId: e.orderId,
      })),
    );
  }
  const expectAccounts = async () => {
    await expectAccount(ann);
    await expectAccount(ben);
  };

  /**
   * Sends a write, then the very same write again (a client retrying after a lost answer): the
   * retry must answer exactly what the first call answered. The callers then compare the accounts
   * with expectations computed for ONE application, so a retry that changed anything fails there.
   */
  async function write<T, V>(doc: TypedDocumentNode<T, V>, variables: V): Promise<T> {
    const first = await t.ok(doc, variables);
    const again = await t.ok(doc, variables);
    expect(again, 'a retry with the same idempotency key answers the first result').toEqual(first);
    return first;
  }

  const purchase = (
    externalId: string,
    orderId: string,
    amountMinor: number,
    extra: {
      currency?: string;
      items?: { sku: string; category?: string; quantity: number; amountMinor: number }[];
    } = {},
  ) => write(RecordPurchaseDocument, { input: { member: { externalId }, orderId, amountMinor, ...extra } });

  const activity = async (externalId: string, type: ActivityType, key: string, expectedAwarded: number) => {
    const r = await write(RecordActivityDocument, { input: { member: { externalId }, type, key } });
    expect(r.recordActivity.userErrors, key).toEqual([]);
    expect(r.recordActivity.pointsAwarded, key).toBe(expectedAwarded);
    return r;
  };

  const userError = (r: { userErrors: { code: string; field?: string[] | null }[] }) => {
    expect(r.userErrors).toHaveLength(1);
    return { code: r.userErrors[0].code, field: r.userErrors[0].field };
  };

  /** a top-level error: its code and the field it names */
  const topError = (r: {
    errors?: { message: string; extensions?: { code?: string; field?: string[] } }[];
  }) => {
    expect(r.errors, 'a top-level error').toHaveLength(1);
    return { code: r.errors![0].extensions?.code, field: r.errors![0].extensions?.field };
  };

  // ---------------------------------------------------------------- setup

  it('starts with product.md defaults and takes a x1.5 category earning rule', async () => {
    at('2025-03-01 09:00');
    const p = await t.ok(ProgramDocument, {});
    expect(p.programSettings).toMatchObject({
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      pointsPerCurrencyUnit: 1, // 1 point per currency unit
      purchasePointsExpireInDays: 365, // 12 months rolling
      pendingDays: 0,
      monthlyBonusCapPoints: 500,
      categoryMultipliers: [],
    });
    expect(
      p.tiers.map((x) => [x.name, x.rank, x.qualifyingSpendMinor, x.earnMultiplier, x.birthdayMultiplier]),
    ).toEqual([
      ['Bronze', 0, 0, 1, 2],
      ['Silver', 1, 100000, 1.2, 2], // 1,000.00
      ['Gold', 2, 500000, 1.5, 2], // 5,000.00
      ['Diamond', 3, 2000000, 2, 3], // 20,000.00
    ]);

    const bad = await t.gql(UpdateProgramSettingsDocument, {
      input: { categoryMultipliers: [{ category: 'beauty', multiplier: 0.5 }] },
    });
    expect(topError(bad)).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'categoryMultipliers', '0', 'multiplier'],
    });
    const r = await t.ok(UpdateProgramSettingsDocument, {
      input: { categoryMultipliers: [{ category: 'beauty', multiplier: 1.5 }] },
    });
    expect(r.updateProgramSettings.userErrors).toEqual([]);
    expect(r.updateProgramSettings.settings!.categoryMultipliers).toEqual([
      { category: 'beauty', multiplier: 1.5 },
    ]);
  });

  // ---------------------------------------------------------------- enrolment and referral

  it('enrols Ann with 50 welcome points that expire after 30 days', async () => {
    const now = at('2025-03-03 10:00'); // a Monday
    const input = { externalId: 'ann', email: 'ann@example.com', name: 'Ann', birthday: '1990-05-20' };
    const r = await write(EnrollMemberDocument, { input });
    expect(r.enrollMember.userErrors).toEqual([]);
    expect(r.enrollMember.member!.tier.name).toBe('Bronze');
    annReferralCode = r.enrollMember.member!.referralCode;

    earn(ann, 'WELCOME', 'WELCOME', 50, 50, now, 30); // 0 + 50
    ann.balance = { ...ann.balance, available: 50, expiringWithin30Days: 50, lifetimeEarned: 50 };
    await expectAccount(ann);

    const conflict = await t.ok(EnrollMemberDocument, { input: { ...input, name: 'Someone else' } });
    expect(userError(conflict.enrollMember)).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'externalId'],
    });
    await expectAccount(ann);
  });

  it("enrols Ben with Ann's referral code", async () => {
    const now = at('2025-03-03 10:05');
    const r = await write(EnrollMemberDocument, {
      input: {
        externalId: 'ben',
        email: 'ben@example.com',
        birthday: '11-02',
        referralCode: annReferralCode,
      },
    });
    expect(r.enrollMember.userErrors).toEqual([]);
    expect(r.enrollMember.member!.referredBy!.externalId).toBe('ann');

    earn(ben, 'WELCOME', 'WELCOME', 50, 50, now, 30);
    ben.balance = { ...ben.balance, available: 50, expiringWithin30Days: 50, lifetimeEarned: 50 };
    await expectAccounts(); // referring earns nothing until Ben's first purchase
  });

  // ---------------------------------------------------------------- Ann's first purchase

  it("Ann's first purchase: base, category multiplier, order threshold and the first-purchase task", async () => {
    const now = at('2025-03-03 11:00');
    const r = await purchase('ann', 'ORD-A1', 30000, {
      currency: 'CNY',
      items: [
        { sku: 'LIP-01', category: 'beauty', quantity: 2, amountMinor: 10000 },
        { sku: 'TEE-01', category: 'apparel', quantity: 1, amountMinor: 20000 },
      ],
    });
    const p = r.recordPurchase;
    expect(p.userErrors).toEqual([]);
    // 300 base + 50 category + 50 threshold + 100 first-purchase task
    expect(p.pointsAwarded).toBe(500);
    expect(p.purchase).toMatchObject({
      orderId: 'ORD-A1',
      amountMinor: 30000,
      refundedMinor: 0,
      pointsAwarded: 500,
    });
    const year = iso(plusDays(now, 365));
    expect(p.purchase!.entries).toEqual([
      { type: 'EARN', source: 'PURCHASE', reason: 'BASE', points: 300, expiresAt: year },
      { type: 'EARN', source: 'PURCHASE', reason: 'CATEGORY_MULTIPLIER', points: 50, expiresAt: year },
      { type: 'EARN', source: 'PURCHASE', reason: 'ORDER_THRESHOLD', points: 50, expiresAt: year },
      { type: 'EARN', source: 'ACTIVITY', reason: 'TASK_FIRST_PURCHASE', points: 100, expiresAt: year },
    ]);
    expect(p.member!.tier.name).toBe('Bronze');

    const o = { orderId: 'ORD-A1' };
    earn(ann, 'PURCHASE', 'BASE', 300, 350, now, 365, o); // floor(300.00) x 1 point = 300; 50 + 300
    earn(ann, 'PURCHASE', 'CATEGORY_MULTIPLIER', 50, 400, now, 365, o); // beauty item 100.00: floor(100 x (1.5 - 1))
    // Bronze x1 adds no tier bonus; March is not Ann's birthday month (May)
    earn(ann, 'PURCHASE', 'ORDER_THRESHOLD', 50, 450, now, 365, o); // 300.00 >= 200.00
    // month spend 0 + 300.00 < 1,000.00: no milestone
    // the task's lot belongs to the order (a refund claws it back in proportion); activity lots expire
    // after 365 days too
    earn(ann, 'ACTIVITY', 'TASK_FIRST_PURCHASE', 100, 550, now, 365, o);
    ann.balance = { ...ann.balance, available: 550, lifetimeEarned: 550 }; // welcome 50 still expires within 30 days
    ann.tier = { ...ann.tier, qualifyingSpendMinor: 30000, spendToNextMinor: 70000 }; // 1,000.00 - 300.00
    await expectAccounts();

    const conflict = await t.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'ann' }, orderId: 'ORD-A1', amountMinor: 30001 },
    });
    expect(userError(conflict.recordPurchase)).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'orderId'],
    });
    await expectAccounts();
  });

  it('refuses malformed input with an error naming the field, and writes nothing', async () => {
    const now = at('2025-03-03 11:10');
    const tomorrow = iso(plusDays(now, 1))!;
    const buy = (input: Record<string, unknown>) =>
      t.gql(RecordPurchaseDocument, {
        input: { member: { externalId: 'ben' }, amountMinor: 10000, ...input },
      } as never);

    expect(topError(await buy({ orderId: 'BAD-1', amountMinor: -500 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'amountMinor'],
    });
    expect(topError(await buy({ orderId: 'BAD-2', currency: 'XYZ' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'currency'],
    });
    expect(topError(await buy({ orderId: 'BAD-3', occurredAt: tomorrow }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'occurredAt'],
    });
    const malformedDate = await buy({ orderId: 'BAD-4', occurredAt: '2025-02-30 noon' });
    expect(topError(malformedDate)).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'occurredAt'] });
    expect(malformedDate.errors![0].message).toContain('occurredAt');
    expect(topError(await buy({ orderId: 'BAD-5', amountMinor: 0 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: ['input', 'amountMinor'],
    });
    const unknown = await t.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'nobody' }, orderId: 'BAD-6', amountMinor: 10000 },
    });
    expect(userError(unknown.recordPurchase)).toEqual({
      code: 'MEMBER_NOT_FOUND',
      field: ['input', 'member'],
    });
    // ORD-A1 is Ann's order: Ben cannot claim it
    const reused = await t.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'ben' }, orderId: 'ORD-A1', amountMinor: 30000 },
    });
    expect(userError(reused.recordPurchase)).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'orderId'],
    });

    // the other writes refuse malformed input the same way
    const act = await t.ok(RecordActivityDocument, {
      input: { member: { externalId: 'nobody' }, type: 'SIGN_IN', key: 'bad-act-1' },
    });
    expect(userError(act.recordActivity)).toEqual({ code: 'MEMBER_NOT_FOUND', field: ['input', 'member'] });
    expect(
      topError(
        await t.gql(RecordActivityDocument, {
          input: { member: { externalId: 'ben' }, type: 'SIGN_IN', key: 'bad-act-2', occurredAt: tomorrow },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'occurredAt'] });
    expect(
      topError(
        await t.gql(RefundPurchaseDocument, {
          input: { orderId: 'ORD-A1', refundId: 'bad-rf-1', amountMinor: -1 },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'amountMinor'] });
    // a refund dated in the future, or before its purchase (ORD-A1 was bought at 11:00)
    for (const occurredAt of [tomorrow, iso(local('2025-03-03 10:59'))!])
      expect(
        topError(
          await t.gql(RefundPurchaseDocument, {
            input: { orderId: 'ORD-A1', refundId: 'bad-rf-3', amountMinor: 100, occurredAt },
          }),
        ),
        occurredAt,
      ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'occurredAt'] });
    const noOrder = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'NO-SUCH-ORDER', refundId: 'bad-rf-2', amountMinor: 100 },
    });
    expect(userError(noOrder.refundPurchase)).toEqual({
      code: 'PURCHASE_NOT_FOUND',
      field: ['input', 'orderId'],
    });
    expect(
      topError(
        await t.gql(RedeemPointsDocument, {
          input: { member: { externalId: 'ann' }, key: 'bad-rd-1', points: -100, orderAmountMinor: 100000 },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'points'] });
    expect(
      topError(
        await t.gql(AdjustPointsDocument, {
          input: { member: { externalId: 'ann' }, points: 10, reason: '  ', key: 'bad-adj-1' },
        }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'reason'] });
    const adjUnknown = await t.ok(AdjustPointsDocument, {
      input: { member: { externalId: 'nobody' }, points: 10, reason: 'x', key: 'bad-adj-2' },
    });
    expect(userError(adjUnknown.adjustPoints)).toEqual({
      code: 'MEMBER_NOT_FOUND',
      field: ['input', 'member'],
    });
    expect(
      topError(await t.gql(EnrollMemberDocument, { input: { externalId: 'carol', birthday: '1990-13-01' } })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'birthday'] });
    expect(
      topError(await t.gql(EnrollMemberDocument, { input: { externalId: 'carol', enrolledAt: tomorrow } })),
    ).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'enrolledAt'] });
    const badCode = await t.ok(EnrollMemberDocument, {
      input: { externalId: 'carol', referralCode: 'NOSUCHCODE' },
    });
    expect(userError(badCode.enrollMember)).toEqual({
      code: 'INVALID_REFERRAL',
      field: ['input', 'referralCode'],
    });

    // nothing was written: no member, no purchase, and both accounts exactly as before
    for (const externalId of ['nobody', 'carol'])
      expect((await t.ok(MemberDocument, { ref: { externalId } })).member).toBeNull();
    const em = t.app.orm.em.fork();
    expect(await em.count(PurchaseRow, {})).toBe(1); // ORD-A1 only
    await expectAccounts();
  });

  // ---------------------------------------------------------------- Ben's activities and first purchase

  it("Ben's first day: sign-in once a day, profile completed once, a first review", async () => {
    const now = at('2025-03-03 12:00');
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-03', 5);
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-03#2', 0); // the same local day: nothing
    await activity('ben', 'PROFILE_COMPLETED', 'ben:profile', 60); // +30 profile, +30 new-member task
    await activity('ben', 'PROFILE_COMPLETED', 'ben:profile#2', 0); // once only
    await activity('ben', 'REVIEW', 'ben:review:1', 40); // +20 review, +20 first-review task

    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 55, now, 365); // 50 + 5
    earn(ben, 'ACTIVITY', 'PROFILE_COMPLETED', 30, 85, now, 365);
    earn(ben, 'ACTIVITY', 'TASK_PROFILE', 30, 115, now, 365);
    earn(ben, 'ACTIVITY', 'REVIEW', 20, 135, now, 365);
    earn(ben, 'ACTIVITY', 'TASK_FIRST_REVIEW', 20, 155, now, 365);
    // bonus points this month: 5 + 60 + 40 = 105 of 500
    ben.balance = { ...ben.balance, available: 155, lifetimeEarned: 155 };
    await expectAccounts();

    const conflict = await t.ok(RecordActivityDocument, {
      input: { member: { externalId: 'ben' }, type: 'SHARE', key: 'ben:signin:2025-03-03' },
    });
    expect(userError(conflict.recordActivity)).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'key'],
    });
    await expectAccounts();
  });

  it("Ben's second day: a sign-in and shares up to the 100-point monthly share cap", async () => {
    const now = at('2025-03-04 12:00');
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-04', 5); // streak 2
    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 160, now, 365);
    for (let i = 1; i <= 10; i++) {
      await activity('ben', 'SHARE', `ben:share:${i}`, 10);
      earn(ben, 'ACTIVITY', 'SHARE', 10, 160 + 10 * i, now, 365); // 170, 180, ... 260
    }
    await activity('ben', 'SHARE', 'ben:share:11', 0); // 10 x 10 = 100: the month's share cap is reached
    // bonus this month: 105 + 5 + 100 = 210
    ben.balance = { ...ben.balance, available: 260, lifetimeEarned: 260 };
    await expectAccounts();
  });

  it("Ben's first purchase completes the new-member tasks and rewards the referral on both sides", async () => {
    const signIn = at('2025-03-05 12:00');
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-05', 5); // streak 3
    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 265, signIn, 365); // bonus this month: 215

    const now = at('2025-03-05 12:30');
    const r = await purchase('ben', 'ORD-B1', 40000);
    const p = r.recordPurchase;
    expect(p.userErrors).toEqual([]);
    // 400 base + 50 threshold + 100 first-purchase task + 50 all tasks done + 50 referee reward
    expect(p.pointsAwarded).toBe(650);
    expect(p.purchase!.entries.map((e) => `${e.source}/${e.reason}/${e.points}`)).toEqual([
      'PURCHASE/BASE/400',
      'PURCHASE/ORDER_THRESHOLD/50',
      'ACTIVITY/TASK_FIRST_PURCHASE/100',
      'ACTIVITY/TASK_ALL_DONE/50',
      'REFERRAL/REFERRAL_REFEREE/50',
    ]);

    const o = { orderId: 'ORD-B1' };
    earn(ben, 'PURCHASE', 'BASE', 400, 665, now, 365, o); // 265 + 400
    earn(ben, 'PURCHASE', 'ORDER_THRESHOLD', 50, 715, now, 365, o); // 400.00 >= 200.00
    earn(ben, 'ACTIVITY', 'TASK_FIRST_PURCHASE', 100, 815, now, 365, o); // bonus 215 + 100 = 315 <= 500
    earn(ben, 'ACTIVITY', 'TASK_ALL_DONE', 50, 865, now, 365, o); // profile, first purchase, first review: 365
    earn(ben, 'REFERRAL', 'REFERRAL_REFEREE', 50, 915, now, 365, o);
    ben.balance = { ...ben.balance, available: 915, lifetimeEarned: 915 };
    ben.tier = { ...ben.tier, qualifyingSpendMinor: 40000, spendToNextMinor: 60000 };
    // the referrer: 100 + 5% of 400.00 in points (floor(400 x 5 / 100) = 20) = 120
    earn(ann, 'REFERRAL', 'REFERRAL_REFERRER', 120, 670, now, 365, o); // 550 + 120
    ann.balance = { ...ann.balance, available: 670, lifetimeEarned: 670 };
    await expectAccounts();
  });

  it('Ben signs in on days 4 to 7 and reviews; the 7-day streak bonus is cut at the monthly bonus cap', async () => {
    let now = at('2025-03-06 12:00');
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-06', 5); // streak 4
    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 920, now, 365); // bonus 370
    now = at('2025-03-07 12:00');
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-07', 5); // streak 5
    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 925, now, 365); // bonus 375
    now = at('2025-03-08 12:00');
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-08', 5); // streak 6
    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 930, now, 365); // bonus 380
    for (let i = 2; i <= 6; i++) {
      await activity('ben', 'REVIEW', `ben:review:${i}`, 20); // no second first-review task
      earn(ben, 'ACTIVITY', 'REVIEW', 20, 930 + 20 * (i - 1), now, 365); // 950 ... 1030
    }
    // bonus this month: 380 + 5 x 20 = 480
    ben.balance = { ...ben.balance, available: 1030, lifetimeEarned: 1030 };
    await expectAccounts();

    now = at('2025-03-09 12:00');
    // the 7th consecutive day: +5 and +20 streak; 480 + 5 = 485, so only 15 of the 20 fit under 500
    await activity('ben', 'SIGN_IN', 'ben:signin:2025-03-09', 20);
    earn(ben, 'ACTIVITY', 'SIGN_IN', 5, 1035, now, 365);
    earn(ben, 'ACTIVITY', 'SIGN_IN_STREAK', 15, 1050, now, 365);
    await activity('ben', 'REVIEW', 'ben:review:7', 0); // the cap is reached: nothing more this month
    ben.balance = { ...ben.balance, available: 1050, lifetimeEarned: 1050 };
    await expectAccounts();

    // the refusals are recorded (what was asked and refused), never issued
    const refusals = await t.app.orm.em.fork().find(RefusalRow, {
      memberId: (await t.ok(MemberDocument, { ref: { externalId: 'ben' } })).member!.id,
    });
    expect(refusals.map((x) => `${x.reason}:${x.points}`).sort()).toEqual(
      [
        'ALREADY_SIGNED_IN_TODAY:5',
        'ALREADY_AWARDED:30',
        'SHARE_MONTHLY_CAP:10',
        'MONTHLY_BONUS_CAP:5', // 20 - 15 of the streak bonus
        'MONTHLY_BONUS_CAP:20', // the 7th review
      ].sort(),
    );
  });

  // ---------------------------------------------------------------- Ann: milestone, Silver, redeem and cancel

  it('Ann crosses the monthly milestone and is upgraded to Silver at once', async () => {
    const now = at('2025-03-10 11:00');
    const r = await purchase('ann', 'ORD-A2', 80000);
    expect(r.recordPurchase.userErrors).toEqual([]);
    expect(r.recordPurchase.pointsAwarded).toBe(1050); // 800 + 50 + 200
    expect(r.recordPurchase.member!.tier.name).toBe('Silver');

    const o = { orderId: 'ORD-A2' };
    earn(ann, 'PURCHASE', 'BASE', 800, 1470, now, 365, o); // Bronze (the tier held before): x1, no bonus
    earn(ann, 'PURCHASE', 'ORDER_THRESHOLD', 50, 1520, now, 365, o);
    // March spend 300.00 + 800.00 = 1,100.00 crosses 1,000.00: +200, a lot of the order that crossed it
    earn(ann, 'PURCHASE', 'MONTHLY_MILESTONE', 200, 1720, now, 365, o);
    ann.balance = { ...ann.balance, available: 1720, lifetimeEarned: 1720 };
    // 1,100.00 in the last 12 months >= 1,000.00: Silver, kept 12 months
    ann.tier = {
      name: 'Silver',
      next: 'Gold',
      qualifyingSpendMinor: 110000,
      spendToNextMinor: 390000, // 5,000.00 - 1,100.00
      retainedUntil: local('2026-03-10 11:00'),
    };
    await expectAccounts();
  });

  it('Ann redeems soonest-expiring points first; cancelling returns them to the same lots and expiry', async () => {
    const now = at('2025-03-11 11:00');
    const input = {
      member: { externalId: 'ann' },
      key: 'ann:redeem:1',
      points: 600,
      orderId: 'POS-7001',
      orderAmountMinor: 200000,
    };
    const r = await write(RedeemPointsDocument, { input });
    expect(r.redeemPoints.userErrors).toEqual([]);
    // 600 points x 1 minor unit = 6.00, within 30% of 2,000.00
    expect(r.redeemPoints.redemption).toMatchObject({ points: 600, valueMinor: 600, status: 'COMPLETED' });
    const redemptionId = r.redeemPoints.redemption!.id;

    // welcome (expires 2025-04-02) 50, then the lots of ORD-A1 (2026-03-03): 300 + 50 + 50 + 100 = 500,
    // then the referral lot (2026-03-05): 50 of 120
    const [welcome, a1Base, a1Cat, a1Thr, a1Task, referral] = ann.lots;
    welcome.remaining = 0;
    a1Base.remaining = 0;
    a1Cat.remaining = 0;
    a1Thr.remaining = 0;
    a1Task.remaining = 0;
    referral.remaining = 70;
    entry(ann, 'REDEEM', 'REDEMPTION', 'checkout offset on order POS-7001', -600, 1120, now, {
      orderId: 'POS-7001',
    });
    ann.balance = { ...ann.balance, available: 1120, expiringWithin30Days: 0, lifetimeRedeemed: 600 };
    await expectAccounts();

    const conflict = await t.ok(RedeemPointsDocument, { input: { ...input, points: 700 } });
    expect(userError(conflict.redeemPoints)).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'key'],
    });
    const redeem = (key: string, points: number, orderAmountMinor: number) =>
      t.ok(RedeemPointsDocument, { input: { member: { externalId: 'ann' }, key, points, orderAmountMinor } });
    expect(userError((await redeem('ann:rd:x1', 99, 100000)).redeemPoints).code).toBe(
      'BELOW_MINIMUM_REDEMPTION',
    );
    // 200 points = 2.00 > 30% of 5.00
    expect(userError((await redeem('ann:rd:x2', 200, 500)).redeemPoints).code).toBe('EXCEEDS_ORDER_LIMIT');
    expect(userError((await redeem('ann:rd:x3', 1200, 1000000)).redeemPoints).code).toBe(
      'INSUFFICIENT_POINTS',
    );
    await expectAccounts();

    const cancelAt = at('2025-03-11 11:30');
    const c = await t.ok(CancelRedemptionDocument, { input: { redemptionId } });
    expect(c.cancelRedemption.userErrors).toEqual([]);
    expect(c.cancelRedemption.redemption).toEqual({ id: redemptionId, status: 'CANCELLED' });
    welcome.remaining = 50;
    a1Base.remaining = 300;
    a1Cat.remaining = 50;
    a1Thr.remaining = 50;
    a1Task.remaining = 100;
    referral.remaining = 120;
    entry(ann, 'REVERSAL', 'REDEMPTION_CANCEL', `redemption ${redemptionId} cancelled`, 600, 1720, cancelAt, {
      orderId: 'POS-7001',
    });
    ann.balance = { ...ann.balance, available: 1720, expiringWithin30Days: 50, lifetimeRedeemed: 0 };
    await expectAccounts();

    // cancelling again (a retry) answers the cancelled redemption and changes nothing
    const again = await t.ok(CancelRedemptionDocument, { input: { redemptionId } });
    expect(again.cancelRedemption.userErrors).toEqual([]);
    expect(again.cancelRedemption.redemption).toMatchObject({ id: redemptionId, status: 'CANCELLED' });
    // the redemption key stays used: a retry still answers the (now cancelled) redemption, spending nothing
    const replay = await t.ok(RedeemPointsDocument, { input });
    expect(replay.redeemPoints.redemption).toMatchObject({ id: redemptionId, status: 'CANCELLED' });
    await expectAccounts();
  });

  // ---------------------------------------------------------------- Ben: refunds and the negative balance

  it("Ben: a partial refund claws back the order's points in proportion", async () => {
    const now = at('2025-03-12 12:00');
    const input = { orderId: 'ORD-B1', refundId: 'RF-B1-1', amountMinor: 10000 };
    const r = await write(RefundPurchaseDocument, { input });
    expect(r.refundPurchase.userErrors).toEqual([]);
    // the points the order earned: 400 base + 50 threshold + the tasks it completed, first purchase 100
    // and all tasks done 50 = 600 (the referral rewards are reversed only by a refund of the whole order);
    // 100.00 of 400.00 refunded: floor(600 x 10000 / 40000) = 150
    expect(r.refundPurchase.pointsReversed).toBe(150);
    expect(r.refundPurchase.purchase).toEqual({ orderId: 'ORD-B1', refundedMinor: 10000 });
    ben.lots[18].remaining = 400 - 150; // from the order's own lots first: its base lot
    entry(ben, 'REVERSAL', 'REFUND', 'refund RF-B1-1 of order ORD-B1', -150, 900, now, { orderId: 'ORD-B1' });
    ben.balance = { ...ben.balance, available: 900 }; // 1050 - 150
    ben.tier = { ...ben.tier, qualifyingSpendMinor: 30000, spendToNextMinor: 70000 }; // net 300.00
    await expectAccounts();

    const conflicts = [
      { ...input, amountMinor: 10001 },
      { ...input, orderId: 'ORD-A1' },
    ];
    for (const c of conflicts) {
      const x = await t.ok(RefundPurchaseDocument, { input: c });
      expect(userError(x.refundPurchase)).toEqual({
        code: 'IDEMPOTENCY_CONFLICT',
        field: ['input', 'refundId'],
      });
    }
    await expectAccounts();
  });

  it('Ben spends most of his points, soonest-expiring first', async () => {
    const now = at('2025-03-12 12:30');
    const r = await write(RedeemPointsDocument, {
      input: { member: { externalId: 'ben' }, key: 'ben:redeem:1', points: 900, orderAmountMinor: 300000 },
    });
    expect(r.redeemPoints.userErrors).toEqual([]);
    expect(r.redeemPoints.redemption).toMatchObject({ points: 900, valueMinor: 900, status: 'COMPLETED' });
    // 900 = welcome 50 + day 1: 105 + day 2: 105 + day 3 sign-in 5 + ORD-B1: 250 + 50 + 100 + 50 + 50
    //     + days 4-6 sign-ins 15 + five reviews of day 6: 100 + the last lots, 5 and 15: everything
    for (const l of ben.lots.slice(0, 33)) l.remaining = 0;
    entry(ben, 'REDEEM', 'REDEMPTION', 'checkout offset', -900, 0, now); // 900 - 900
    ben.balance = { ...ben.balance, available: 0, expiringWithin30Days: 0, lifetimeRedeemed: 900 };
    await expectAccounts();
  });

  it('Ben: refunding the rest reverses the referral on both sides; spent points become a negative balance', async () => {
    const now = at('2025-03-13 12:00');
    const tooMuch = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'ORD-B1', refundId: 'RF-B1-X', amountMinor: 30001 }, // 300.00 is left
    });
    expect(userError(tooMuch.refundPurchase)).toEqual({
      code: 'REFUND_EXCEEDS_PURCHASE',
      field: ['input', 'amountMinor'],
    });
    await expectAccounts();

    const r = await write(RefundPurchaseDocument, {
      input: { orderId: 'ORD-B1', refundId: 'RF-B1-2', amountMinor: 30000 },
    });
    expect(r.refundPurchase.userErrors).toEqual([]);
    // cumulative: floor(600 x 40000 / 40000) - 150 = 450; plus Ben's own referral reward 50
    expect(r.refundPurchase.pointsReversed).toBe(500);
    expect(r.refundPurchase.purchase).toEqual({ orderId: 'ORD-B1', refundedMinor: 40000 });
    expect(r.refundPurchase.member!.balance).toEqual({ available: 0, pending: 0, negative: 500 });

    // 450: every lot is spent, so all of it becomes a negative balance
    entry(ben, 'REVERSAL', 'REFUND', 'refund RF-B1-2 of order ORD-B1', -450, -450, now, {
      orderId: 'ORD-B1',
    });
    // the referee reward (its lot already spent): all 50 to the negative balance, now 500
    const reversed = 'referral reward reversed: order ORD-B1 refunded in full';
    entry(ben, 'REVERSAL', 'REFUND', reversed, -50, -500, now, { orderId: 'ORD-B1' });
    ben.balance = { ...ben.balance, available: 0, negative: 500 };
    ben.tier = { ...ben.tier, qualifyingSpendMinor: 0, spendToNextMinor: 100000 };
    // the referrer's 120 come out of her referral lot
    ann.lots[5].remaining = 0;
    entry(ann, 'REVERSAL', 'REFUND', reversed, -120, 1600, now, { orderId: 'ORD-B1' }); // 1720 - 120
    ann.balance = { ...ann.balance, available: 1600 };
    await expectAccounts();

    // the balance offered for redemption is never negative
    const broke = await t.ok(RedeemPointsDocument, {
      input: { member: { externalId: 'ben' }, key: 'ben:redeem:2', points: 100, orderAmountMinor: 100000 },
    });
    expect(userError(broke.redeemPoints).code).toBe('INSUFFICIENT_POINTS');
    const more = await t.ok(RefundPurchaseDocument, {
      input: { orderId: 'ORD-B1', refundId: 'RF-B1-3', amountMinor: 1 },
    });
    expect(userError(more.refundPurchase).code).toBe('REFUND_EXCEEDS_PURCHASE');
    await expectAccounts();
  });

  // ---------------------------------------------------------------- Ann: manual adjustments

  it('Ann: a positive and a negative manual adjustment, each with its reason', async () => {
    let now = at('2025-03-14 11:00');
    const input = {
      member: { externalId: 'ann' },
      points: 80,
      reason: 'goodwill: late delivery',
      key: 'ann:adjust:1',
    };
    const plus = await write(AdjustPointsDocument, { input });
    expect(plus.adjustPoints.userErrors).toEqual([]);
    expect(plus.adjustPoints.entry).toMatchObject({
      type: 'ADJUST',
      source: 'MANUAL',
      points: 80,
      reason: input.reason,
    });
    // a MANUAL lot with the purchase expiry (365 days)
    ann.lots.push({
      source: 'MANUAL',
      points: 80,
      remaining: 80,
      earnedAt: now,
      expiresAt: plusDays(now, 365),
    });
    entry(ann, 'ADJUST', 'MANUAL', input.reason, 80, 1680, now, { expiresAt: plusDays(now, 365) });
    ann.balance = { ...ann.balance, available: 1680, lifetimeEarned: 1800 };
    await expectAccounts();

    const conflict = await t.ok(AdjustPointsDocument, { input: { ...input, points: 81 } });
    expect(userError(conflict.adjustPoints)).toEqual({
      code: 'IDEMPOTENCY_CONFLICT',
      field: ['input', 'key'],
    });

    now = at('2025-03-14 11:05');
    const minus = await write(AdjustPointsDocument, {
      input: {
        member: { externalId: 'ann' },
        points: -30,
        reason: 'correction: goodwill counted twice',
        key: 'ann:adjust:2',
      },
    });
    expect(minus.adjustPoints.entry).toMatchObject({ type: 'ADJUST', source: 'MANUAL', points: -30 });
    ann.lots[0].remaining = 20; // soonest-expiring first: the welcome lot, 50 - 30
    entry(ann, 'ADJUST', 'MANUAL', 'correction: goodwill counted twice', -30, 1650, now);
    ann.balance = { ...ann.balance, available: 1650, expiringWithin30Days: 20 };
    await expectAccounts();
  });

  // ---------------------------------------------------------------- welcome points expire

  it('the expiry job expires what is left of the welcome points after 30 days, once', async () => {
    at('2025-04-03 10:00');
    // before the job runs, expired points are no longer offered for redemption
    ann.balance = { ...ann.balance, available: 1630, expiringWithin30Days: 0 };
    // (the ledger and its balance move only when the job records the expiry)
    await expectAccount(ann);

    const run = await t.ok(ExpirePointsDocument, { input: {} });
    // Ann's welcome lot holds 20; Ben's welcome points were all spent
    expect(run.expirePoints).toEqual({ pointsExpired: 20, membersAffected: 1 });
    const again = await t.ok(ExpirePointsDocument, { input: {} });
    expect(again.expirePoints).toEqual({ pointsExpired: 0, membersAffected: 0 });

    ann.lots[0].remaining = 0;
    // dated when the lot expired: 30 days after enrolment
    entry(ann, 'EXPIRE', 'EXPIRY', /^lot lot_\w+ expired$/, -20, 1630, local('2025-04-02 10:00'));
    ann.balance = { ...ann.balance, lifetimeExpired: 20 };
    await expectAccounts();
  });

  it("Ben's next earnings pay off the negative balance first", async () => {
    let now = at('2025-04-05 12:00');
    const share = await activity('ben', 'SHARE', 'ben:share:apr:1', 10); // a new month: the caps start over
    expect(share.recordActivity.member!.balance.available).toBe(0);
    earn(ben, 'ACTIVITY', 'SHARE', 10, -490, now, 365, { remaining: 0 }); // all 10 pay the negative: 500 - 10
    ben.balance = { ...ben.balance, negative: 490, lifetimeEarned: 1060 };
    await expectAccounts();

    now = at('2025-04-06 12:00');
    const r = await purchase('ben', 'ORD-B2', 50000);
    expect(r.recordPurchase.pointsAwarded).toBe(550); // 500 + 50; not a first purchase any more
    expect(r.recordPurchase.member!.balance).toEqual({ available: 60, pending: 0, negative: 0 });
    const o = { orderId: 'ORD-B2' };
    earn(ben, 'PURCHASE', 'BASE', 500, 10, now, 365, { ...o, remaining: 10 }); // 490 of it pays the negative
    earn(ben, 'PURCHASE', 'ORDER_THRESHOLD', 50, 60, now, 365, o);
    ben.balance = { ...ben.balance, available: 60, negative: 0, lifetimeEarned: 1610 };
    ben.tier = { ...ben.tier, qualifyingSpendMinor: 50000, spendToNextMinor: 50000 }; // ORD-B1 nets 0
    await expectAccounts();
  });

  // ---------------------------------------------------------------- Ann climbs to Diamond

  it('Ann earns at Silver x1.2', async () => {
    const now = at('2025-04-08 11:00');
    const r = await purchase('ann', 'ORD-A3', 50000);
    expect(r.recordPurchase.pointsAwarded).toBe(650); // 500 + 100 + 50
    const o = { orderId: 'ORD-A3' };
    earn(ann, 'PURCHASE', 'BASE', 500, 2130, now, 365, o); // 1630 + 500
    earn(ann, 'TIER_BONUS', 'TIER_MULTIPLIER', 100, 2230, now, 365, o); // floor(500 x 1.2) - 500
    earn(ann, 'PURCHASE', 'ORDER_THRESHOLD', 50, 2280, now, 365, o);
    // April spend 500.00: no milestone
    ann.balance = { ...ann.balance, available: 2280, lifetimeEarned: 2450 }; // 1800 + 650
    // 300.00 + 800.00 + 500.00 = 1,600.00: still Silver, retained 12 months from this purchase
    ann.tier = {
      ...ann.tier,
      qualifyingSpendMinor: 160000,
      spendToNextMinor: 340000,
      retainedUntil: local('2026-04-08 11:00'),
    };
    await expectAccounts();
  });

  it("Ann's birthday-month purchase doubles base points and lifts her to Gold", async () => {
    const now = at('2025-05-20 11:00');
    const r = await purchase('ann', 'ORD-A4', 350000);
    expect(r.recordPurchase.pointsAwarded).toBe(7250); // 3500 + 3500 + 50 + 200
    expect(r.recordPurchase.member!.tier.name).toBe('Gold');
    const o = { orderId: 'ORD-A4' };
    earn(ann, 'PURCHASE', 'BASE', 3500, 5780, now, 365, o); // 2280 + 3500
    // May is her birthday month: x2 (Silver's birthday multiplier) replaces x1.2: floor(3500 x 2) - 3500
    earn(ann, 'TIER_BONUS', 'BIRTHDAY', 3500, 9280, now, 365, o);
    earn(ann, 'PURCHASE', 'ORDER_THRESHOLD', 50, 9330, now, 365, o);
    earn(ann, 'PURCHASE', 'MONTHLY_MILESTONE', 200, 9530, now, 365, o); // May: 0 + 3,500.00 >= 1,000.00
    ann.balance = { ...ann.balance, available: 9530, lifetimeEarned: 9700 };
    // 1,600.00 + 3,500.00 = 5,100.00 >= 5,000.00
    ann.tier = {
      name: 'Gold',
      next: 'Diamond',
      qualifyingSpendMinor: 510000,
      spendToNextMinor: 1490000, // 20,000.00 - 5,100.00
      retainedUntil: local('2026-05-20 11:00'),
    };
    await expectAccounts();
  });

  it('an order of exactly 200.00 earns the threshold bonus; Gold earns x1.5', async () => {
    const now = at('2025-06-02 11:00');
    const r = await purchase('ann', 'ORD-A5', 20000);
    expect(r.recordPurchase.pointsAwarded).toBe(350); // 200 + 100 + 50
    const o = { orderId: 'ORD-A5' };
    earn(ann, 'PURCHASE', 'BASE', 200, 9730, now, 365, o);
    earn(ann, 'TIER_BONUS', 'TIER_MULTIPLIER', 100, 9830, now, 365, o); // floor(200 x 1.5) - 200
    earn(ann, 'PURCHASE', 'ORDER_THRESHOLD', 50, 9880, now, 365, o); // "at least 200.00"
    ann.balance = { ...ann.balance, available: 9880, lifetimeEarned: 10050 };
    ann.tier = {
      ...ann.tier,
      qualifyingSpendMinor: 530000,
      spendToNextMinor: 1470000,
      retainedUntil: local('2026-06-02 11:00'),
    };
    await expectAccounts();
  });

  it('Ann redeems 1000 points', async () => {
    const now = at('2025-06-10 11:00');
    const r = await write(RedeemPointsDocument, {
      input: {
        member: { externalId: 'ann' },
        key: 'ann:redeem:2',
        points: 1000,
        orderId: 'POS-7002',
        orderAmountMinor: 400000,
      },
    });
    expect(r.redeemPoints.redemption).toMatchObject({ points: 1000, valueMinor: 1000, status: 'COMPLETED' });
    // ORD-A1's lots (expire 2026-03-03): 300 + 50 + 50 + 100 = 500; the referral lot is empty;
    // then ORD-A2's base lot (2026-03-10): 500 of 800
    for (const i of [1, 2, 3, 4]) ann.lots[i].remaining = 0;
    ann.lots[6].remaining = 300;
    entry(ann, 'REDEEM', 'REDEMPTION', 'checkout offset on order POS-7002', -1000, 8880, now, {
      orderId: 'POS-7002',
    });
    ann.balance = { ...ann.balance, available: 8880, lifetimeRedeemed: 1000 };
    await expectAccounts();
  });

  it('Ann reaches Diamond at exactly 20,000.00 in 12 months', async () => {
    const now = at('2025-07-01 11:00');
    const r = await purchase('ann', 'ORD-A6', 1470000);
    expect(r.recordPurchase.pointsAwarded).toBe(22300); // 14700 + 7350 + 50 + 200
    expect(r.recordPurchase.member!.tier.name).toBe('Diamond');
    const o = { orderId: 'ORD-A6' };
    earn(ann, 'PURCHASE', 'BASE', 14700, 23580, now, 365, o); // 8880 + 14700
    earn(ann, 'TIER_BONUS', 'TIER_MULTIPLIER', 7350, 30930, now, 365, o); // Gold before: floor(14700 x 1.5) - 14700
    earn(ann, 'PURCHASE', 'ORDER_THRESHOLD', 50, 30980, now, 365, o);
    earn(ann, 'PURCHASE', 'MONTHLY_MILESTONE', 200, 31180, now, 365, o); // July: a new month
    ann.balance = { ...ann.balance, available: 31180, lifetimeEarned: 32350 };
    // 300.00 + 800.00 + 500.00 + 3,500.00 + 200.00 + 14,700.00 = 20,000.00
    ann.tier = {
      name: 'Diamond',
      next: null,
      qualifyingSpendMinor: 2000000,
      spendToNextMinor: null,
      retainedUntil: local('2026-07-01 11:00'),
    };
    await expectAccounts();
  });

  it('Diamond earns x2; 199.99 rounds down and misses the threshold; the milestone comes once a month', async () => {
    const now = at('2025-07-02 11:00');
    const r = await purchase('ann', 'ORD-A7', 19999);
    expect(r.recordPurchase.pointsAwarded).toBe(398); // 199 + 199
    const o = { orderId: 'ORD-A7' };
    earn(ann, 'PURCHASE', 'BASE', 199, 31379, now, 365, o); // floor(199.99)
    earn(ann, 'TIER_BONUS', 'TIER_MULTIPLIER', 199, 31578, now, 365, o); // floor(199 x 2) - 199
    ann.balance = { ...ann.balance, available: 31578, lifetimeEarned: 32748 };
    ann.tier = { ...ann.tier, qualifyingSpendMinor: 2019999, retainedUntil: local('2026-07-02 11:00') };
    await expectAccounts();
  });

  // ---------------------------------------------------------------- a year later

  it('12 months on, purchase points expire lot by lot; the tier is kept for its grace period', async () => {
    at('2026-04-21 10:00');
    // due (expiresAt <= now): ORD-A2's base lot (300 left), threshold 50, milestone 200; the manual
    // lot 80; ORD-A3's 500, 100 and 50: 1280. ORD-A4's lots expire on 2026-05-20 11:00, within 30 days.
    ann.balance = { ...ann.balance, available: 30298, expiringWithin30Days: 7250 }; // 31578 - 1280; 3500 + 3500 + 50 + 200
    ben.balance = { ...ben.balance, available: 0 }; // ORD-B2's lots expired on 2026-04-06
    // Ann's purchases of the last 12 months: 3,500.00 + 200.00 + 14,700.00 + 199.99
    ann.tier = { ...ann.tier, qualifyingSpendMinor: 1859999 };
    ben.tier = { ...ben.tier, qualifyingSpendMinor: 0, spendToNextMinor: 100000 };
    await expectAccounts(); // before the job: nothing offered that has expired, the ledger unchanged
    // the default lot list shows only what can still be spent: ORD-A4 to ORD-A7's 13 lots
    const active = (await t.ok(MemberDocument, { ref: { externalId: 'ann' } })).member!.lots;
    expect(
      [...active].sort((a, b) => (a.id < b.id ? -1 : 1)).map((l) => [l.points, l.remaining, l.expiresAt]),
    ).toEqual(ann.lots.slice(13).map((l) => [l.points, l.points, iso(l.expiresAt)]));

    const run = await t.ok(ExpirePointsDocument, { input: {} });
    expect(run.expirePoints).toEqual({ pointsExpired: 1280 + 60, membersAffected: 2 });
    expect((await t.ok(ExpirePointsDocument, { input: {} })).expirePoints).toEqual({
      pointsExpired: 0,
      membersAffected: 0,
    });

    // one EXPIRE entry per lot, dated at the lot's expiry, soonest-expiring first
    const expired = /^lot lot_\w+ expired$/;
    const a2 = local('2026-03-10 11:00');
    const a3 = local('2026-04-08 11:00');
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -300, 31278, a2, { orderId: 'ORD-A2' });
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -50, 31228, a2, { orderId: 'ORD-A2' });
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -200, 31028, a2, { orderId: 'ORD-A2' }); // the milestone's lot is the order's
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -80, 30948, local('2026-03-14 11:00'));
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -500, 30448, a3, { orderId: 'ORD-A3' });
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -100, 30348, a3, { orderId: 'ORD-A3' });
    entry(ann, 'EXPIRE', 'EXPIRY', expired, -50, 30298, a3, { orderId: 'ORD-A3' });
    for (const i of [6, 7, 8, 9, 10, 11, 12]) ann.lots[i].remaining = 0;
    ann.balance = { ...ann.balance, lifetimeExpired: 1300 }; // 20 + 1280
    const b2 = local('2026-04-06 12:00');
    entry(ben, 'EXPIRE', 'EXPIRY', expired, -10, 50, b2, { orderId: 'ORD-B2' });
    entry(ben, 'EXPIRE', 'EXPIRY', expired, -50, 0, b2, { orderId: 'ORD-B2' });
    ben.lots[34].remaining = 0;
    ben.lots[35].remaining = 0;
    ben.balance = { ...ben.balance, lifetimeExpired: 60 };
    await expectAccounts();
  });

  it("after the tier's grace period the rest expires and Ann drops one tier only", async () => {
    at('2026-08-01 10:00');
    const run = await t.ok(ExpirePointsDocument, { input: {} });
    // ORD-A4 7250 + ORD-A5 350 + ORD-A6 22300 + ORD-A7 398
    expect(run.expirePoints).toEqual({ pointsExpired: 30298, membersAffected: 1 });
    const expired = /^lot lot_\w+ expired$/;
    const steps: [number, number, Date, string][] = [
      [3500, 26798, local('2026-05-20 11:00'), 'ORD-A4'],
      [3500, 23298, local('2026-05-20 11:00'), 'ORD-A4'],
      [50, 23248, local('2026-05-20 11:00'), 'ORD-A4'],
      [200, 23048, local('2026-05-20 11:00'), 'ORD-A4'], // the milestone ORD-A4 reached
      [200, 22848, local('2026-06-02 11:00'), 'ORD-A5'],
      [100, 22748, local('2026-06-02 11:00'), 'ORD-A5'],
      [50, 22698, local('2026-06-02 11:00'), 'ORD-A5'],
      [14700, 7998, local('2026-07-01 11:00'), 'ORD-A6'],
      [7350, 648, local('2026-07-01 11:00'), 'ORD-A6'],
      [50, 598, local('2026-07-01 11:00'), 'ORD-A6'],
      [200, 398, local('2026-07-01 11:00'), 'ORD-A6'],
      [199, 199, local('2026-07-02 11:00'), 'ORD-A7'],
      [199, 0, local('2026-07-02 11:00'), 'ORD-A7'],
    ];
    for (const [points, balanceAfter, when, orderId] of steps)
      entry(ann, 'EXPIRE', 'EXPIRY', expired, -points, balanceAfter, when, { orderId });
    for (const l of ann.lots) l.remaining = 0;
    ann.balance = { ...ann.balance, available: 0, expiringWithin30Days: 0, lifetimeExpired: 31598 }; // 1300 + 30298
    // Diamond was kept until 2026-07-02 11:00; no purchase in the last 12 months: one tier down, to
    // Gold, kept another 12 months from the end of the last grace period
    ann.tier = {
      name: 'Gold',
      next: 'Diamond',
      qualifyingSpendMinor: 0,
      spendToNextMinor: 2000000,
      retainedUntil: local('2027-07-02 11:00'),
    };
    await expectAccounts();
  });
});
