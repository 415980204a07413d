import { DomainError } from './errors';
import type { ProgramRules } from './types';

export interface RewardDef {
  id: string;
  pointsCost: number;
  cashPriceMinor: number;
  valueMinor: number;
  stock: number | null; // null = unlimited
  perMemberLimit: number | null;
  active: boolean;
}

const isPositiveInt = (n: number | null | undefined): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n > 0;

/**
 * Decides the points and value of a redemption, or throws DomainError:
 * cash offset (no reward): points >= minPoints, points * pointValueMinor plus what earlier redemptions
 *   already offset on the same order <= maxOrderPercent of orderAmountMinor;
 * reward: active, stock > 0, member's completed redemptions of it < perMemberLimit; points = pointsCost.
 * Input errors come first, then the rule refusals, then INSUFFICIENT_POINTS (points > available).
 */
export function planRedemption(input: {
  rules: ProgramRules;
  points?: number | null;
  orderAmountMinor?: number | null;
  reward?: RewardDef | null;
  memberRedemptionsOfReward: number;
  available: number;
  /** value (minor units) of the member's earlier redemptions, not cancelled, that offset the same order */
  alreadyOffsetOnOrderMinor?: number;
}): { points: number; valueMinor: number } {
  const { rules, reward, points } = input;
  let plan: { points: number; valueMinor: number };

  if (reward) {
    // a reward has its own price: a points value, if given, must agree with it
    if (points != null && points !== reward.pointsCost) {
      throw new DomainError(
        'INVALID_INPUT',
        `reward ${reward.id} costs ${reward.pointsCost} points, not ${points}`,
        ['input', 'points'],
      );
    }
    const field = ['input', 'rewardId'];
    if (!reward.active) throw new DomainError('REWARD_INACTIVE', `reward ${reward.id} is not active`, field);
    if (reward.stock !== null && reward.stock <= 0)
      throw new DomainError('OUT_OF_STOCK', `reward ${reward.id} is out of stock`, field);
    if (reward.perMemberLimit !== null && input.memberRedemptionsOfReward >= reward.perMemberLimit) {
      throw new DomainError(
        'REWARD_LIMIT_REACHED',
        `reward ${reward.id} is limited to ${reward.perMemberLimit} per member`,
        field,
      );
    }
    plan = { points: reward.pointsCost, valueMinor: reward.valueMinor };
  } else {
    if (points == null) {
      throw new DomainError(
        'INVALID_INPUT',
        'give either points (a cash offset at checkout) or rewardId (a catalog reward)',
        ['input', 'points'],
      );
    }
    if (!isPositiveInt(points)) {
      throw new DomainError('INVALID_INPUT', 'points must be a positive integer', ['input', 'points']);
    }
    const order = input.orderAmountMinor;
    if (order == null || !Number.isSafeInteger(order) || order < 0) {
      throw new DomainError('INVALID_INPUT', 'a cash offset needs the order amount (minor units)', [
        'input',
        'orderAmountMinor',
      ]);
    }
    const { minPoints, maxOrderPercent } = rules.redemption;
    if (points < minPoints) {
      throw new DomainError('BELOW_MINIMUM_REDEMPTION', `at least ${minPoints} points must be redeemed`, [
        'input',
        'points',
      ]);
    }
    const valueMinor = points * rules.pointValueMinor;
    // the order's offsets together, this one included: value <= percent% of the order, compared in
    // integers (no division)
    const earlier = input.alreadyOffsetOnOrderMinor ?? 0;
    if ((earlier + valueMinor) * 100 > maxOrderPercent * order) {
      throw new DomainError(
        'EXCEEDS_ORDER_LIMIT',
        earlier
          ? `points may pay at most ${maxOrderPercent}% of the order, and earlier redemptions already offset ${earlier} of its ${order} (minor units)`
          : `points may pay at most ${maxOrderPercent}% of the order`,
        ['input', 'points'],
      );
    }
    plan = { points, valueMinor };
  }

  if (plan.points > input.available) {
    throw new DomainError(
      'INSUFFICIENT_POINTS',
      `${plan.points} points needed, ${input.available} available`,
      ['input', 'points'],
    );
  }
  return plan;
}
