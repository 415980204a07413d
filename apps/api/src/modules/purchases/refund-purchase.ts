import {
  assertRefundable,
  campaignClawbackShares,
  refundClawbackBasis,
  refundClawbackPoints,
  DomainError,
} from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import { LedgerEntryRow, LotAllocationRow, LotRow } from '../../db/entities/points';
import { MemberRow } from '../../db/entities/members';
import { PurchaseRow, RefundRow } from '../../db/entities/purchases';
import { ID_PREFIX, newId } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { remember, seen } from '../../services/idempotency';
import { lockMembersById } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { bad, int, key, MAX_MINOR, pastOrNow } from '../../services/validate';

export interface RefundPurchaseInput {
  orderId: string;
  refundId: string;
  amountMinor: number;
  occurredAt?: Date | null;
}

export interface RefundResult {
  purchase: PurchaseRow;
  member: MemberRow;
  pointsReversed: number;
}

/**
 * A full or partial refund claws back the points the order earned, in proportion (cumulative,
 * so several partial refunds add up exactly), leaving out those that expired unspent. Points
 * already spent become a negative balance. A
 * refund of the whole order also reverses a first-purchase referral reward on both sides.
 * Idempotent by refundId.
 */
export async function refundPurchase(app: App, input: RefundPurchaseInput): Promise<RefundResult> {
  const now = app.clock.now();
  const f = (name: string) => ['input', name];
  const orderId = key(input.orderId, f('orderId'));
  const refundId = key(input.refundId, f('refundId'));
  const amountMinor = int(input.amountMinor, f('amountMinor'), { min: 1, max: MAX_MINOR })!;
  const occurredAt = pastOrNow(input.occurredAt, f('occurredAt'), now, app.config.maxClockSkewMs);
  const write = {
    scope: 'refund' as const,
    key: refundId,
    content: { orderId, amountMinor, occurredAt: input.occurredAt ?? null },
    field: f('refundId'),
  };

  return inTransaction(app, async (em) => {
    const found = await em.findOne(PurchaseRow, { orderId });
    if (!found)
      throw new DomainError('PURCHASE_NOT_FOUND', `No purchase with orderId "${orderId}"`, f('orderId'));
    const memberIds = [found.memberId];
    const firstMember = await em.findOneOrFail(MemberRow, { id: found.memberId });
    if (firstMember.referredById) memberIds.push(firstMember.referredById);
    const members = await lockMembersById(em, memberIds);
    const member = members.get(found.memberId)!;
    const purchase = await em.findOneOrFail(PurchaseRow, { orderId }, { refresh: true });

    const replay = await seen(em, write);
    if (replay) {
      const refund = await em.findOneOrFail(RefundRow, { id: replay.resultId! });
      return { purchase, member, pointsReversed: refund.pointsReversed };
    }
    if (await em.findOne(RefundRow, { purchaseId: { $ne: purchase.id }, refundId }))
      throw new DomainError(
        'IDEMPOTENCY_CONFLICT',
        `refundId "${refundId}" was used for another order`,
        f('refundId'),
      );
    if (occurredAt < purchase.occurredAt)
      bad(f('occurredAt'), `must not be before the purchase (${purchase.occurredAt.toISOString()})`);
    assertRefundable(purchase.refundedMinor, amountMinor, purchase.amountMinor);

    const orderLots = await em.find(
      LotRow,
      { memberId: member.id, orderId },
      { orderBy: { earnedAt: 'asc', id: 'asc' } },
    );
    // what of the order's points expired before they were spent never did the member any good:
    // the refund claws back its share of the rest (spent, still held, or reversed before). Expired
    // means an EXPIRE entry already written, or a lot past its expiry that the job has not reached
    // yet (it is expired in this transaction, below)
    const orderPoints = refundClawbackBasis({
      lots: orderLots,
      expiredBefore: await expiredFrom(em, orderLots),
      now,
    });
    const points = refundClawbackPoints({
      orderPoints,
      amountMinor: purchase.amountMinor,
      refundedBeforeMinor: purchase.refundedMinor,
      refundMinor: amountMinor,
      reversedBefore: purchase.pointsReversed,
    });
    const refund = em.create(RefundRow, {
      id: newId(ID_PREFIX.refund),
      refundId,
      purchaseId: purchase.id,
      memberId: member.id,
      amountMinor,
      pointsReversed: points,
      occurredAt,
      createdAt: now,
    });
    const book = await PointsBook.open(
      em,
      member,
      now,
      orderLots.map((l) => l.id),
    );
    const meta = { occurredAt, orderId, refundId, reason: `refund ${refundId} of order ${orderId}` };
    if (points > 0) {
      // each campaign's lots give back their own share (its reversal names the campaign), the
      // order's other lots the rest
      const campaignShares = campaignClawbackShares({
        total: points,
        amountMinor: purchase.amountMinor,
        refundedTotalMinor: purchase.refundedMinor + amountMinor,
        campaigns: await campaignLotsOf(em, member.id, orderId, orderLots),
      });
      for (const share of campaignShares)
        book.clawback(
          share.points,
          orderLots.filter((l) => l.campaignId === share.campaignId).map((l) => l.id),
          'REVERSAL',
          'REFUND',
          { ...meta, campaignId: share.campaignId },
        );
      const rest = points - campaignShares.reduce((s, c) => s + c.points, 0);
      if (rest > 0)
        book.clawback(
          rest,
          orderLots.filter((l) => !l.campaignId).map((l) => l.id),
          'REVERSAL',
          'REFUND',
          meta,
        );
    }

    purchase.refundedMinor += amountMinor;
    purchase.pointsReversed += points;
    let reversed = points;
    if (purchase.refundedMinor === purchase.amountMinor) {
      reversed += await reverseReferral(em, book, members, member, { ...meta, now });
    }
    book.expireDue();
    if (reversed > 0)
      book.event('points.reversed', { memberId: member.id, orderId, refundId, points: reversed });
    remember(em, write, now, member.id, refund.id);
    refund.pointsReversed = reversed;
    return { purchase, member, pointsReversed: reversed };
  });
}

/** Reverses the referral points both members earned on this (wholly refunded) first order. */
async function reverseReferral(
  em: EntityManager,
  book: PointsBook,
  members: Map<string, MemberRow>,
  member: MemberRow,
  meta: { occurredAt: Date; orderId: string; refundId: string; now: Date },
): Promise<number> {
  const entries = await em.find(LedgerEntryRow, { orderId: meta.orderId, source: 'REFERRAL', type: 'EARN' });
  let ownReversed = 0;
  for (const e of entries) {
    const target = members.get(e.memberId);
    if (!target || !e.lotId) continue;
    const reason = `referral reward reversed: order ${meta.orderId} refunded in full`;
    const entryMeta = { occurredAt: meta.occurredAt, orderId: meta.orderId, refundId: meta.refundId, reason };
    if (target.id === member.id) {
      book.clawback(e.points, [e.lotId], 'REVERSAL', 'REFUND', entryMeta);
      ownReversed += e.points;
    } else {
      const other = await PointsBook.open(em, target, meta.now, [e.lotId]);
      other.clawback(e.points, [e.lotId], 'REVERSAL', 'REFUND', entryMeta);
      other.expireDue();
    }
  }
  return ownReversed;
}

/** Points the lots lost to expiry (their EXPIRE entries' allocations). */
async function expiredFrom(em: EntityManager, lots: LotRow[]): Promise<number> {
  if (!lots.length) return 0;
  const allocations = await em.find(LotAllocationRow, { lotId: { $in: lots.map((l) => l.id) } });
  if (!allocations.length) return 0;
  const expiries = new Set(
    (
      await em.find(
        LedgerEntryRow,
        { id: { $in: [...new Set(allocations.map((a) => a.entryId))] }, type: 'EXPIRE' },
        { fields: ['id'] },
      )
    ).map((e) => e.id),
  );
  return allocations.filter((a) => expiries.has(a.entryId)).reduce((s, a) => s + a.points, 0);
}

/** The order's campaign lots by campaign, with what earlier refunds of the order reversed from each. */
async function campaignLotsOf(em: EntityManager, memberId: string, orderId: string, lots: LotRow[]) {
  const granted = new Map<string, number>();
  for (const l of lots)
    if (l.campaignId) granted.set(l.campaignId, (granted.get(l.campaignId) ?? 0) + l.points);
  if (!granted.size) return [];
  const reversed = await em.find(LedgerEntryRow, {
    memberId,
    orderId,
    type: 'REVERSAL',
    source: 'REFUND',
    campaignId: { $in: [...granted.keys()] },
  });
  return [...granted].map(([campaignId, points]) => ({
    campaignId,
    points,
    reversedBefore: -reversed.filter((e) => e.campaignId === campaignId).reduce((s, e) => s + e.points, 0),
  }));
}
