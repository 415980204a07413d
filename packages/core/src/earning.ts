import type { Grant, ProgramRules, Refusal, TierDef } from './types';
export interface PurchaseItem {
  sku: string;
  category?: string | null;
  quantity: number;
  amountMinor: number;
}
export interface PurchaseEarningInput {
  rules: ProgramRules;
  amountMinor: number;
  items?: PurchaseItem[] | null;
  occurredAt: Date;
  tier: TierDef; // held before the purchase
  birthday?: string | null;
  /** the member's net spend in the same local month before this purchase */
  monthSpendBeforeMinor: number;
  milestoneAwardedThisMonth: boolean;
  isFirstPurchase: boolean;
  tasks: NewMemberTasks;
}
export interface NewMemberTasks {
  profile: boolean;
  firstPurchase: boolean;
  firstReview: boolean;
  allDone: boolean;
}
export interface PurchaseEarning {
  grants: Grant[];
  /** base points before any multiplier (what tier/birthday multiply) */
  basePoints: number;
  milestoneAwarded: boolean;
  tasks: NewMemberTasks; // after this purchase
}
export declare function computePurchaseEarning(input: PurchaseEarningInput): PurchaseEarning;
/** Issues bonus grants (bonus: true) while the month's bonus stays within the cap; excess is refused. Non-bonus grants pass through. */
export declare function applyMonthlyBonusCap(
  grants: Grant[],
  bonusIssuedThisMonth: number,
  cap: number | null,
): { grants: Grant[]; refusals: Refusal[] };
export declare function welcomeGrant(rules: ProgramRules, enrolledAt: Date): Grant | null;
export interface ReferralRewardInput {
  rules: ProgramRules;
  orderAmountMinor: number;
  occurredAt: Date;
  referrerRewardsThisMonth: number; // referred members the referrer already earned for this local month
}
export declare function computeReferralRewards(input: ReferralRewardInput): {
  referee: Grant | null;
  referrer: Grant | null;
  refusals: Refusal[];
};
/** cumulative form: floor(orderPoints * refundedTotal / amount) - alreadyReversed, never negative */
export declare function refundClawbackPoints(input: {
  orderPoints: number;
  amountMinor: number;
  refundedBeforeMinor: number;
  refundMinor: number;
  reversedBefore: number;
}): number;
