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
/**
 * Decides the points and value of a redemption, or throws DomainError:
 * cash offset (no reward): points >= minPoints, points * pointValueMinor <= maxOrderPercent of orderAmountMinor;
 * reward: active, stock > 0, member's completed redemptions of it < perMemberLimit; points = pointsCost.
 */
export declare function planRedemption(input: {
  rules: ProgramRules;
  points?: number | null;
  orderAmountMinor?: number | null;
  reward?: RewardDef | null;
  memberRedemptionsOfReward: number;
  available: number;
}): { points: number; valueMinor: number };
