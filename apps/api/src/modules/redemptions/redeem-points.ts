import { DomainError, planRedemption } from '@accrue/core';
import { MemberRow } from '../../db/entities/members';
import { RedemptionRow } from '../../db/entities/redemptions';
import { RewardRow } from '../../db/entities/rewards';
import { ID_PREFIX, newId } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { remember, seen } from '../../services/idempotency';
import { lockMember, requireActive, type MemberRef } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { lockReward, rewardDef } from '../../services/rewards';
import { int, key, MAX_MINOR, MAX_POINTS, str } from '../../services/validate';

export interface RedeemPointsInput {
  member: MemberRef;
  key: string;
  points?: number | null;
  rewardId?: string | null;
  orderId?: string | null;
  orderAmountMinor?: number | null;
}

/**
 * Points offset cash at checkout (at least 100 points, at most 30% of the order) or buy a catalog
 * reward (stock and per-member limits). Spends soonest-expiring lots first; never overdraws: the
 * member's row is locked for the whole transaction. Idempotent by key.
 */
export async function redeemPoints(
  app: App,
  input: RedeemPointsInput,
  opts: { createdBy?: string | null } = {},
): Promise<{ redemption: RedemptionRow; member: MemberRow }> {
  const now = app.clock.now();
  const f = (name: string) => ['input', name];
  const k = key(input.key, f('key'));
  const points = int(input.points, f('points'), { min: 1, max: MAX_POINTS });
  const orderAmountMinor = int(input.orderAmountMinor, f('orderAmountMinor'), { min: 1, max: MAX_MINOR });
  const orderId = str(input.orderId, f('orderId'), { max: 128 });
  const rewardId = str(input.rewardId, f('rewardId'), { max: 40 });
  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const write = {
      scope: 'redemption' as const,
      key: k,
      content: { memberId: member.id, points, rewardId, orderId, orderAmountMinor },
      field: f('key'),
    };
    const replay = await seen(em, write);
    if (replay) {
      const first = await em.findOneOrFail(RedemptionRow, { id: replay.resultId! });
      // a key that only sees its own redemptions (STOREFRONT) is not answered with another's
      if (opts.createdBy && first.createdBy !== opts.createdBy)
        throw new DomainError(
          'IDEMPOTENCY_CONFLICT',
          `${write.field.join('.')} "${k}" was already used by another API key`,
          write.field,
        );
      return { redemption: first, member };
    }
    requireActive(member);
    const { rules } = await app.program.get(em);
    let reward: RewardRow | null = null;
    if (rewardId) {
      // locked: its stock is counted down by one redemption at a time
      reward = await lockReward(em, rewardId);
      if (!reward)
        throw new DomainError('REWARD_NOT_FOUND', `No reward with id "${rewardId}"`, f('rewardId'));
    }
    const book = await PointsBook.open(em, member, now);
    const memberRedemptionsOfReward = reward
      ? await em.count(RedemptionRow, { memberId: member.id, rewardId: reward.id, status: 'COMPLETED' })
      : 0;
    // a cash offset on an order that earlier redemptions already offset: together they stay within
    // the order's limit, and the order keeps the amount they were given (the member's row is locked)
    let alreadyOffsetOnOrderMinor = 0;
    if (!reward && orderId) {
      const earlier = await em.find(RedemptionRow, {
        memberId: member.id,
        orderId,
        rewardId: null,
        status: 'COMPLETED',
      });
      const other = earlier.find(
        (r) => r.orderAmountMinor != null && r.orderAmountMinor !== orderAmountMinor,
      );
      if (other && orderAmountMinor != null)
        throw new DomainError(
          'INVALID_INPUT',
          `order "${orderId}" amounts to ${other.orderAmountMinor} (minor units) in redemption ${other.id}, not ${orderAmountMinor}`,
          f('orderAmountMinor'),
        );
      alreadyOffsetOnOrderMinor = earlier.reduce((s, r) => s + r.valueMinor, 0);
    }
    const plan = planRedemption({
      rules,
      points,
      orderAmountMinor,
      reward: reward ? rewardDef(reward) : null,
      memberRedemptionsOfReward,
      available: book.balance().available,
      alreadyOffsetOnOrderMinor,
    });
    const redemption = em.create(RedemptionRow, {
      id: newId(ID_PREFIX.redemption),
      memberId: member.id,
      points: plan.points,
      valueMinor: plan.valueMinor,
      rewardId: reward?.id ?? null,
      orderId,
      orderAmountMinor: orderAmountMinor ?? null,
      status: 'COMPLETED',
      createdAt: now,
      createdBy: opts.createdBy ?? null,
      cancelledAt: null,
    });
    if (reward && reward.stock !== null && reward.stock !== undefined) reward.stock -= 1;
    book.spend(plan.points, 'REDEEM', 'REDEMPTION', {
      occurredAt: now,
      orderId,
      redemptionId: redemption.id,
      reason: reward
        ? `reward ${reward.name}`
        : orderId
          ? `checkout offset on order ${orderId}`
          : 'checkout offset',
    });
    book.expireDue();
    book.event('points.redeemed', { memberId: member.id, redemptionId: redemption.id, points: plan.points });
    remember(em, write, now, member.id, redemption.id);
    return { redemption, member };
  });
}

/** A reward read for a change of its stock: row-locked on PostgreSQL (SQLite has one writer). */
