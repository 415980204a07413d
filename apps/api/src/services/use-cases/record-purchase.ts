import {
  applyMonthlyBonusCap,
  basePointsFor,
  computePurchaseEarning,
  earningVelocityReason,
  computeReferralRewards,
  DomainError,
  type Grant,
  type PurchaseItem,
} from '@accrue/core';
import { WriteBatch } from '../../db/batch';
import { applyRollups, batchRollupSource } from '../../modules/metrics/rollup-writer';
import { MemberRow, PurchaseRow } from '../../db/entities';
import { readAfter, readMany, type Codecs, type Query, type Row, type SqlTx } from '../../db/sql';
import { ID_PREFIX, newId } from '../../ids';
import { inSqlTransaction, retrying, type App } from '../app';
import type { PurchaseContext } from '../extensions';
import { assertSameContent, remember } from '../idempotency';
import { lockedMember, lockMemberQuery, lockMemberSql, requireActive, type MemberRef } from '../members';
import { PointsBook } from '../points-book';
import type { Program } from '../program';
import { recordRefusals } from '../refusals';
import { applyTierAt } from '../tier-change';
import {
  monthEarnings,
  monthEarningsQuery,
  spendHistoryQuery,
  toMonthEarnings,
  toSpendHistory,
  type SpendHistory,
  type SpendHistoryOptions,
} from '../spend-history';
import { bad, int, key, MAX_MINOR, pastOrNow, str } from '../validate';

export interface RecordPurchaseInput {
  member: MemberRef;
  orderId: string;
  amountMinor: number;
  currency?: string | null;
  occurredAt?: Date | null;
  items?: PurchaseItem[] | null;
}

export interface PurchaseResult {
  purchase: PurchaseRow;
  member: MemberRow;
  pointsAwarded: number;
}

/**
 * Grants whose lots belong to the order: a refund claws these back in proportion. That is every
 * point the order earned (base, tier, threshold, the monthly milestone it reached, the new-member
 * tasks it completed, campaign bonuses) except the referral rewards, which a refund of the whole
 * order reverses on both sides instead.
 */
export const isOrderLot = (g: Grant) => g.source !== 'REFERRAL';

/**
 * An order system posts a purchase: the member earns by the rules (base, category, tier or
 * birthday multiplier, order threshold, monthly milestone, new-member task, campaign bonuses under
 * the monthly bonus cap), the tier is upgraded at once if the spend qualifies, and a referred
 * member's first purchase rewards both sides. One transaction; idempotent by orderId.
 */
export async function recordPurchase(app: App, input: RecordPurchaseInput): Promise<PurchaseResult> {
  const now = app.clock.now();
  const f = (...name: string[]) => ['input', ...name];
  const orderId = key(input.orderId, f('orderId'));
  const amountMinor = int(input.amountMinor, f('amountMinor'), { min: 1, max: MAX_MINOR })!;
  const occurredAt = pastOrNow(input.occurredAt, f('occurredAt'), now, app.config.maxClockSkewMs);
  const currency = str(input.currency, f('currency'), {
    max: 3,
    pattern: /^[A-Za-z]{3}$/,
    patternMessage: 'must be an ISO 4217 code such as CNY',
  })?.toUpperCase();
  const items = input.items ? input.items.map((it, i) => cleanItem(it, f('items', String(i)))) : null;
  if (items && items.reduce((s, it) => s + it.amountMinor, 0) > amountMinor)
    bad(f('items'), 'the items add up to more than amountMinor');

  // the rules are cached; a cold cache is filled through the ORM before the transaction starts
  const program = await app.program.get(() => app.orm.em.fork());
  if (currency && currency !== program.rules.currency)
    bad(f('currency'), `unknown currency ${currency}: this program earns in ${program.rules.currency}`);

  const job: PurchaseJob = {
    member: input.member,
    orderId,
    amountMinor,
    occurredAt,
    occurredAtGiven: input.occurredAt ?? null,
    currency: currency ?? null,
    items,
    now,
  };
  // on SQLite the transaction runs on the writer thread (db/purchase-writer.ts) unless extensions
  // (which live in this thread) must see it
  if (app.purchaseWriter && !app.purchaseExtensions.length)
    return retrying(() => app.purchaseWriter!.record(program, job));
  return inSqlTransaction(app, (tx) => purchaseInTx(app, program, job, tx));
}

/** A validated purchase, as handed to its transaction (plain data: it may cross to the writer thread). */
export interface PurchaseJob {
  member: MemberRef;
  orderId: string;
  amountMinor: number;
  occurredAt: Date;
  /** occurredAt as the caller gave it (part of the idempotency fingerprint) */
  occurredAtGiven: Date | null;
  currency: string | null;
  items: PurchaseItem[] | null;
  now: Date;
}

/** What the purchase transaction needs of the app: on the writer thread these are its own. */
export type PurchaseEnv = Pick<App, 'codecs' | 'purchaseExtensions'>;

/** The purchase's transaction: the member's lock, the reads, the rules and one batch of writes. */
export async function purchaseInTx(
  app: PurchaseEnv,
  program: Program,
  job: PurchaseJob,
  tx: SqlTx,
): Promise<PurchaseResult> {
  const f = (...name: string[]) => ['input', ...name];
  const { orderId, amountMinor, occurredAt, items, now } = job;
  const { rules } = program;
  // the rolling window is enough unless the tier's grace has ended (then step instants reach back)
  const lookback = (member: MemberRow) =>
    rules.qualifyingWindowMonths +
    (member.tierRetainedUntil && member.tierRetainedUntil <= occurredAt ? rules.tierGraceMonths * 3 : 0);
  const historyOptions = (member: MemberRow) => ({
    timezone: rules.timezone,
    windowMonths: rules.qualifyingWindowMonths,
    lookbackMonths: lookback(member),
  });
  const readsOf = (memberId: string, history: SpendHistoryOptions) => ({
    order: orderQuery(orderId),
    history: spendHistoryQuery(memberId, occurredAt, history),
    month: monthEarningsQuery(memberId, occurredAt, rules.timezone),
    lots: PointsBook.dueLotsQuery(memberId, now),
  });
  // the member's row lock and everything the rules need: one round trip on PostgreSQL when the
  // member is given by id (the reads are sent before the lock is granted, and run after it)
  const ref = job.member;
  const lock = lockMemberQuery(tx.dialect, app.codecs, ref, f('member'));
  let member: MemberRow;
  let reads: Record<keyof ReturnType<typeof readsOf>, Row[]>;
  if (ref.id) {
    const shortWindow = {
      timezone: rules.timezone,
      windowMonths: rules.qualifyingWindowMonths,
      lookbackMonths: rules.qualifyingWindowMonths,
    };
    const out = await readAfter(tx, lock, readsOf(ref.id, shortWindow));
    member = lockedMember(app.codecs, out.first, ref, f('member'));
    reads = out.reads;
    // a tier whose grace has ended needs the longer history (rare: one more read)
    if (lookback(member) !== shortWindow.lookbackMonths)
      reads.history = (
        await readMany(tx, { history: spendHistoryQuery(member.id, occurredAt, historyOptions(member)) })
      ).history;
  } else {
    member = lockedMember(app.codecs, await tx.all(lock.sql, lock.params), ref, f('member'));
    reads = await readMany(tx, readsOf(member.id, historyOptions(member)));
  }
  const write = {
    scope: 'purchase' as const,
    key: orderId,
    content: {
      memberId: member.id,
      amountMinor,
      currency: job.currency,
      occurredAt: job.occurredAtGiven,
      items,
    },
    field: f('orderId'),
  };
  const existing = reads.order.length ? toOrder(app.codecs, reads.order[0]) : null;
  if (existing && existing.purchase.memberId !== member.id)
    // the same key with different content (another member): the contract's IDEMPOTENCY_CONFLICT
    throw new DomainError(
      'IDEMPOTENCY_CONFLICT',
      `input.orderId "${orderId}" was already used for a purchase of another member`,
      f('orderId'),
    );
  if (existing) {
    // a retry: the same content replays the first result, other content is a conflict
    assertSameContent(write, existing.fingerprint ?? '');
    return { purchase: existing.purchase, member, pointsAwarded: existing.purchase.pointsAwarded };
  }
  requireActive(member);
  const batch = new WriteBatch(app.codecs);
  const result = await earnOnPurchase(app, tx, batch, program, member, {
    orderId,
    amountMinor,
    occurredAt,
    items,
    write,
    now,
    history: toSpendHistory(reads.history, historyOptions(member)),
    month: toMonthEarnings(reads.month),
    book: PointsBook.fromRows(app.codecs, batch, member, reads.lots, now),
  });
  await applyRollups(tx, batchRollupSource(batch), { timezone: program.rules.timezone });
  await batch.flush(tx, { last: true });
  return result;
}

/** The order's purchase row and the fingerprint its idempotency key was stored with. */
const orderQuery = (orderId: string): Query => ({
  sql: `select p.*, i."fingerprint" as "idempotency_fingerprint" from "purchase" p
         left join "idempotency_key" i on i."scope" = 'purchase' and i."key" = p."order_id"
        where p."order_id" = ?`,
  params: [orderId],
});

function toOrder(codecs: Codecs, row: Row) {
  return {
    purchase: codecs.of(PurchaseRow).fromRow(row),
    fingerprint: (row.idempotency_fingerprint as string | null) ?? null,
  };
}

function cleanItem(it: PurchaseItem, field: string[]): PurchaseItem {
  return {
    sku: str(it.sku, [...field, 'sku'], { max: 128, required: true })!,
    category: str(it.category, [...field, 'category'], { max: 128 }),
    quantity: int(it.quantity, [...field, 'quantity'], { min: 1, max: 1_000_000 })!,
    amountMinor: int(it.amountMinor, [...field, 'amountMinor'], { min: 0, max: MAX_MINOR })!,
  };
}

async function earnOnPurchase(
  app: PurchaseEnv,
  tx: SqlTx,
  batch: WriteBatch,
  program: Program,
  member: MemberRow,
  p: {
    orderId: string;
    amountMinor: number;
    occurredAt: Date;
    items: PurchaseItem[] | null;
    write: Parameters<typeof remember>[1];
    now: Date;
    history: SpendHistory;
    month: ReturnType<typeof toMonthEarnings>;
    /** the member's book over the lots due to expire */
    book: PointsBook;
  },
): Promise<PurchaseResult> {
  const { rules } = program;
  const { history, month, book } = p;
  const tierBefore = member.tierId;
  // the tier as it stands when the purchase happens: a step-down already due (grace over, spend no
  // longer qualifying) applies before earning, so the multiplier is the tier actually held
  const tierAt = (at: Date) => applyTierAt(batch, program, member, at, history.spendAt, p.now);
  const purchaseAt = p.occurredAt > p.now ? p.now : p.occurredAt;
  tierAt(purchaseAt);
  const tier = program.tierDefs.find((t) => t.id === member.tierId) ?? program.tierDefs[0];
  const isFirstPurchase = !member.firstPurchaseAt;
  const earning = computePurchaseEarning({
    rules,
    amountMinor: p.amountMinor,
    items: p.items,
    occurredAt: p.occurredAt,
    tier,
    birthday: member.birthday,
    monthSpendBeforeMinor: history.monthSpend(p.occurredAt),
    milestoneAwardedThisMonth: month.milestoneAwarded,
    isFirstPurchase,
    tasks: member.activity.tasks,
  });

  const purchase = batch.insert(PurchaseRow, {
    id: newId(ID_PREFIX.purchase),
    orderId: p.orderId,
    memberId: member.id,
    amountMinor: p.amountMinor,
    currency: rules.currency,
    refundedMinor: 0,
    occurredAt: p.occurredAt,
    pointsAwarded: 0,
    pointsReversed: 0,
    items: p.items,
    createdAt: p.now,
  });
  const ctx: PurchaseContext = {
    tx,
    batch,
    member,
    purchase,
    items: p.items,
    rules,
    tier,
    basePoints: earning.basePoints,
    now: p.now,
  };
  const extra: Grant[] = [];
  for (const ext of app.purchaseExtensions) if (ext.grants) extra.push(...(await ext.grants(ctx)));
  const capped = applyMonthlyBonusCap(
    [...earning.grants, ...extra],
    month.bonusIssued,
    rules.monthlyBonusCapPoints,
  );
  recordRefusals(batch, member.id, capped.refusals, p.occurredAt, `order ${p.orderId}`, p.now);

  let awarded = 0;
  for (const g of capped.grants) {
    book.grant(g, {
      occurredAt: p.occurredAt,
      orderId: p.orderId,
      lotOrderId: isOrderLot(g) ? p.orderId : null,
    });
    awarded += g.points;
  }
  member.activity = { ...member.activity, tasks: earning.tasks };
  member.firstPurchaseAt ??= p.occurredAt;
  if (!member.lastPurchaseAt || member.lastPurchaseAt < p.occurredAt) member.lastPurchaseAt = p.occurredAt;

  // the purchase counts toward the rolling spend from now on
  history.purchases.push({ occurredAt: p.occurredAt, netMinor: p.amountMinor });
  // earning far above the member's norm puts them on the review list (once, until staff clear it)
  let flagged = false;
  const velocity = earningVelocityReason({
    rules: rules.risk,
    at: p.occurredAt,
    purchases: history.purchases,
    points: (h) => basePointsFor(rules, h.netMinor),
  });
  if (velocity && !(member.reviewReasons ?? []).some((r) => r.startsWith('EARNING_VELOCITY'))) {
    member.flaggedForReview = true;
    member.reviewReasons = [...(member.reviewReasons ?? []), velocity];
    flagged = true;
  }
  tierAt(purchaseAt); // an upgrade applies at once, a qualifying purchase renews the retention
  // a backdated purchase (an import, a late store sync): then bring the tier up to the present
  if (purchaseAt < p.now) tierAt(p.now);

  if (isFirstPurchase && member.referredById)
    awarded += await rewardReferral(app, tx, batch, program, book, member, p);

  book.expireDue();
  purchase.pointsAwarded = awarded;
  if (awarded > 0) book.event('points.earned', { memberId: member.id, orderId: p.orderId, points: awarded });
  for (const ext of app.purchaseExtensions) if (ext.afterWrite) await ext.afterWrite(ctx, book.entries);
  remember(batch, p.write, p.now, member.id, purchase.id);
  member.updatedAt = p.now;
  // tier_id is indexed: set only when it moved (on SQLite, setting it rewrites its index entry, one
  // more page in every commit)
  batch.update(MemberRow, member, [
    ...(member.tierId !== tierBefore ? (['tierId'] as const) : []),
    ...(flagged ? (['flaggedForReview', 'reviewReasons'] as const) : []),
    'tierRetainedUntil',
    'firstPurchaseAt',
    'lastPurchaseAt',
    'activity',
    'updatedAt',
  ]);
  return { purchase, member, pointsAwarded: awarded };
}

/** The referred member's first purchase: +50 to them, 100 + 5% of the order to the referrer (capped monthly). */
async function rewardReferral(
  app: PurchaseEnv,
  tx: SqlTx,
  batch: WriteBatch,
  program: Program,
  book: PointsBook,
  member: MemberRow,
  p: { orderId: string; amountMinor: number; occurredAt: Date; now: Date },
): Promise<number> {
  // the referee's row is already locked; a second lock never waits on the referee (ids differ)
  const referrer = await lockMemberSql(tx, app.codecs, { id: member.referredById! });
  const month = await monthEarnings(tx, referrer.id, p.occurredAt, program.rules.timezone);
  const rewards = computeReferralRewards({
    rules: program.rules,
    orderAmountMinor: p.amountMinor,
    occurredAt: p.occurredAt,
    referrerRewardsThisMonth: month.referrerRewards,
  });
  recordRefusals(
    batch,
    referrer.id,
    rewards.refusals,
    p.occurredAt,
    `referral of ${member.externalId}`,
    p.now,
  );
  if (rewards.referrer && referrer.status === 'ACTIVE') {
    const referrerBook = await PointsBook.openForEarningSql(tx, app.codecs, batch, referrer, p.now);
    referrerBook.grant(rewards.referrer, { occurredAt: p.occurredAt, orderId: p.orderId });
    referrerBook.event('points.earned', {
      memberId: referrer.id,
      referralOf: member.id,
      points: rewards.referrer.points,
    });
  }
  if (!rewards.referee) return 0;
  book.grant(rewards.referee, { occurredAt: p.occurredAt, orderId: p.orderId });
  return rewards.referee.points;
}
