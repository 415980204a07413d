import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { planRedemption, type RewardDef } from './redemption';
import { DEFAULT_RULES } from './rules';

const reward: RewardDef = {
  id: 'mug',
  pointsCost: 800,
  cashPriceMinor: 1000,
  valueMinor: 2500,
  stock: 3,
  perMemberLimit: 2,
  active: true,
};
type Input = Parameters<typeof planRedemption>[0];
const plan = (over: Partial<Input>) =>
  planRedemption({ rules: DEFAULT_RULES, memberRedemptionsOfReward: 0, available: 10_000, ...over });
const refusal = (over: Partial<Input>) => {
  try {
    plan(over);
  } catch (e) {
    if (e instanceof DomainError) return { code: e.code, field: e.field };
    throw e;
  }
  return null;
};

describe('planRedemption: cash offset', () => {
  it('100 points are worth 1.00; at most 30% of the order', () => {
    expect(plan({ points: 3000, orderAmountMinor: 10000 })).toEqual({ points: 3000, valueMinor: 3000 });
    expect(refusal({ points: 3001, orderAmountMinor: 10000 })?.code).toBe('EXCEEDS_ORDER_LIMIT');
  });

  it('adds up the offsets on one order: earlier redemptions count toward its 30%', () => {
    expect(plan({ points: 1000, orderAmountMinor: 10000, alreadyOffsetOnOrderMinor: 2000 }).points).toBe(
      1000,
    );
    const r = refusal({ points: 1001, orderAmountMinor: 10000, alreadyOffsetOnOrderMinor: 2000 });
    expect(r).toEqual({ code: 'EXCEEDS_ORDER_LIMIT', field: ['input', 'points'] });
    expect(refusal({ points: 100, orderAmountMinor: 10000, alreadyOffsetOnOrderMinor: 3000 })?.code).toBe(
      'EXCEEDS_ORDER_LIMIT',
    );
  });

  it('at least 100 points', () => {
    expect(plan({ points: 100, orderAmountMinor: 10000 }).points).toBe(100);
    expect(refusal({ points: 99, orderAmountMinor: 10000 })?.code).toBe('BELOW_MINIMUM_REDEMPTION');
  });

  it('bad input: missing/non-positive points, missing order amount', () => {
    expect(refusal({ orderAmountMinor: 10000 })).toEqual({
      code: 'INVALID_INPUT',
      field: ['input', 'points'],
    });
    expect(refusal({ points: 0, orderAmountMinor: 10000 })?.code).toBe('INVALID_INPUT');
    expect(refusal({ points: -5, orderAmountMinor: 10000 })?.code).toBe('INVALID_INPUT');
    expect(refusal({ points: 500 })).toEqual({
      code: 'INVALID_INPUT',
      field: ['input', 'orderAmountMinor'],
    });
  });

  it('never more than the available points', () => {
    expect(refusal({ points: 200, orderAmountMinor: 10000, available: 199 })?.code).toBe(
      'INSUFFICIENT_POINTS',
    );
  });
});

describe('planRedemption: catalog reward', () => {
  it('costs its points; its value is the reward value', () => {
    expect(plan({ reward })).toEqual({ points: 800, valueMinor: 2500 });
    expect(plan({ reward, points: 800 })).toEqual({ points: 800, valueMinor: 2500 });
  });

  it('refuses a conflicting points value, inactive, out of stock, over the member limit, unaffordable', () => {
    expect(refusal({ reward, points: 500 })).toEqual({ code: 'INVALID_INPUT', field: ['input', 'points'] });
    const rewardField = ['input', 'rewardId'];
    expect(refusal({ reward: { ...reward, active: false } })).toEqual({
      code: 'REWARD_INACTIVE',
      field: rewardField,
    });
    expect(refusal({ reward: { ...reward, stock: 0 } })).toEqual({
      code: 'OUT_OF_STOCK',
      field: rewardField,
    });
    expect(
      plan({ reward: { ...reward, stock: null, perMemberLimit: null }, memberRedemptionsOfReward: 99 })
        .points,
    ).toBe(800);
    expect(refusal({ reward, memberRedemptionsOfReward: 2 })).toEqual({
      code: 'REWARD_LIMIT_REACHED',
      field: rewardField,
    });
    expect(plan({ reward, memberRedemptionsOfReward: 1 }).points).toBe(800);
    expect(refusal({ reward, available: 799 })?.code).toBe('INSUFFICIENT_POINTS');
  });
});
