import { DomainError } from './errors';
import { isBonusSource, REASON } from './purchase-rules';
import { floorPoints, makeGrant } from './grants';
import { isBirthdayMonth } from './time';
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

function assertMinor(value: number, field: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new DomainError('INVALID_INPUT', `${field} must be a non-negative integer (minor units)`, [
      'input',
      field,
    ]);
  }
}

/** Points for an amount in minor units at the base earning rate, rounded down. */
export function basePointsFor(rules: ProgramRules, amountMinor: number): number {
  return floorPoints((amountMinor / rules.minorPerUnit) * rules.pointsPerCurrencyUnit);
}

/** An ACTIVITY grant (tasks and activities): a bonus, available at once, activity expiry. */
export function activityGrant(rules: ProgramRules, reason: string, points: number, occurredAt: Date): Grant {
  return makeGrant({
    source: 'ACTIVITY',
    reason,
    points,
    occurredAt,
    expireInDays: rules.activityPointsExpireInDays,
    bonus: isBonusSource('ACTIVITY'),
  });
}

/**
 * Marks a new-member task done. Returns the task grant (once per task) and, when this completes all
 * three tasks, the TASK_ALL_DONE grant (once). Shared by purchases and activities.
 */
export function completeTask(
  rules: ProgramRules,
  tasks: NewMemberTasks,
  task: 'profile' | 'firstPurchase' | 'firstReview',
  occurredAt: Date,
): { grants: Grant[]; tasks: NewMemberTasks } {
  if (tasks[task]) return { grants: [], tasks };
  const t = rules.newMemberTasks;
  const [reason, points] = {
    profile: ['TASK_PROFILE', t.profileCompletedPoints],
    firstPurchase: ['TASK_FIRST_PURCHASE', t.firstPurchasePoints],
    firstReview: ['TASK_FIRST_REVIEW', t.firstReviewPoints],
  }[task] as [string, number];
  const after = { ...tasks, [task]: true };
  const grants = [activityGrant(rules, reason, points, occurredAt)];
  if (after.profile && after.firstPurchase && after.firstReview && !after.allDone) {
    after.allDone = true;
    grants.push(activityGrant(rules, 'TASK_ALL_DONE', t.allDonePoints, occurredAt));
  }
  return { grants: grants.filter((g) => g.points > 0), tasks: after };
}

/** Grants for one purchase, in the order of docs/domain.md ("Earning on a purchase"). */
export function computePurchaseEarning(input: PurchaseEarningInput): PurchaseEarning {
  const { rules, amountMinor, occurredAt, tier } = input;
  assertMinor(amountMinor, 'amountMinor');
  assertMinor(input.monthSpendBeforeMinor, 'monthSpendBeforeMinor');

  // purchase-derived grants are pending for the return window and expire with purchase points
  const purchaseGrant = (source: 'PURCHASE' | 'TIER_BONUS', reason: string, points: number) =>
    makeGrant({
      source,
      reason,
      points,
      occurredAt,
      pendingDays: rules.pendingDays,
      expireInDays: rules.purchasePointsExpireInDays,
      bonus: false,
    });
  const grants: Grant[] = [];

  const basePoints = basePointsFor(rules, amountMinor);
  grants.push(purchaseGrant('PURCHASE', 'BASE', basePoints));

  let categoryExtra = 0;
  for (const [index, item] of (input.items ?? []).entries()) {
    assertMinor(item.amountMinor, `items.${index}.amountMinor`);
    const rule = rules.categoryMultipliers.find((c) => item.category != null && c.category === item.category);
    if (!rule) continue;
    const itemBase = basePointsFor(rules, item.amountMinor);
    categoryExtra += Math.max(0, floorPoints(itemBase * (rule.multiplier - 1)));
  }
  grants.push(purchaseGrant('PURCHASE', 'CATEGORY_MULTIPLIER', categoryExtra));

  // the birthday multiplier replaces the tier's when larger; either applies to base points only
  const birthday =
    isBirthdayMonth(input.birthday, occurredAt, rules.timezone) &&
    tier.birthdayMultiplier > tier.earnMultiplier;
  const multiplier = birthday ? tier.birthdayMultiplier : tier.earnMultiplier;
  grants.push(
    purchaseGrant(
      'TIER_BONUS',
      birthday ? 'BIRTHDAY' : 'TIER_MULTIPLIER',
      floorPoints(basePoints * multiplier) - basePoints,
    ),
  );

  if (rules.orderThreshold && amountMinor >= rules.orderThreshold.minAmountMinor) {
    grants.push(purchaseGrant('PURCHASE', 'ORDER_THRESHOLD', rules.orderThreshold.bonusPoints));
  }

  // once a month, on the purchase that crosses the milestone
  const milestone = rules.monthlyMilestone;
  const crossesMilestone =
    milestone !== null &&
    !input.milestoneAwardedThisMonth &&
    input.monthSpendBeforeMinor < milestone.minSpendMinor &&
    input.monthSpendBeforeMinor + amountMinor >= milestone.minSpendMinor;
  if (crossesMilestone)
    grants.push(purchaseGrant('PURCHASE', REASON.MONTHLY_MILESTONE, milestone.bonusPoints));

  let tasks = input.tasks;
  if (input.isFirstPurchase) {
    const done = completeTask(rules, tasks, 'firstPurchase', occurredAt);
    grants.push(...done.grants);
    tasks = done.tasks;
  }

  return {
    grants: grants.filter((g) => g.points > 0),
    basePoints,
    milestoneAwarded: input.milestoneAwardedThisMonth || crossesMilestone,
    tasks,
  };
}

/** Issues bonus grants (bonus: true) while the month's bonus stays within the cap; excess is refused. Non-bonus grants pass through. */
export function applyMonthlyBonusCap(
  grants: Grant[],
  bonusIssuedThisMonth: number,
  cap: number | null,
): { grants: Grant[]; refusals: Refusal[] } {
  if (cap === null) return { grants: [...grants], refusals: [] };
  let left = Math.max(0, cap - bonusIssuedThisMonth);
  const issued: Grant[] = [];
  const refusals: Refusal[] = [];
  for (const g of grants) {
    if (!g.bonus) {
      issued.push(g);
      continue;
    }
    // partial issuance: what fits is granted, the excess is refused and recorded
    const fits = Math.min(g.points, left);
    left -= fits;
    if (fits > 0) issued.push(fits === g.points ? g : { ...g, points: fits });
    if (fits < g.points) {
      const refusal: Refusal = {
        source: g.source,
        points: g.points - fits,
        reason: REASON.MONTHLY_BONUS_CAP,
      };
      if (g.campaignId !== undefined) refusal.campaignId = g.campaignId;
      if (g.variantKey !== undefined) refusal.variantKey = g.variantKey;
      refusals.push(refusal);
    }
  }
  return { grants: issued, refusals };
}

export function welcomeGrant(rules: ProgramRules, enrolledAt: Date): Grant | null {
  if (rules.welcomePoints <= 0) return null;
  return makeGrant({
    source: 'WELCOME',
    reason: 'WELCOME',
    points: rules.welcomePoints,
    occurredAt: enrolledAt,
    expireInDays: rules.welcomePointsExpireInDays,
    bonus: false,
  });
}

export interface ReferralRewardInput {
  rules: ProgramRules;
  orderAmountMinor: number;
  occurredAt: Date;
  referrerRewardsThisMonth: number; // referred members the referrer already earned for this local month
}

/** On the referee's first purchase: referee +50; referrer +100 + 5% of the order in points, at most 20 referees a month. */
export function computeReferralRewards(input: ReferralRewardInput): {
  referee: Grant | null;
  referrer: Grant | null;
  refusals: Refusal[];
} {
  const { rules, occurredAt } = input;
  assertMinor(input.orderAmountMinor, 'orderAmountMinor');
  const r = rules.referral;
  const referralGrant = (reason: string, points: number): Grant | null =>
    points > 0
      ? makeGrant({
          source: 'REFERRAL',
          reason,
          points,
          occurredAt,
          expireInDays: rules.referralPointsExpireInDays,
          bonus: false,
        })
      : null;

  const orderShare = floorPoints(
    ((input.orderAmountMinor / rules.minorPerUnit) * rules.pointsPerCurrencyUnit * r.referrerOrderPercent) /
      100,
  );
  const referrerPoints = r.referrerPoints + orderShare;
  const capped = input.referrerRewardsThisMonth >= r.monthlyReferrerCap;
  return {
    referee: referralGrant(REASON.REFERRAL_REFEREE, r.refereePoints),
    referrer: capped ? null : referralGrant(REASON.REFERRAL_REFERRER, referrerPoints),
    refusals:
      capped && referrerPoints > 0
        ? [{ source: 'REFERRAL', points: referrerPoints, reason: REASON.REFERRAL_MONTHLY_CAP }]
        : [],
  };
}

/**
 * Refuses a refund that would take the order's cumulative refunds beyond its amount (a second full
 * refund, a refund replayed under a new key, a refund of a refund) with REFUND_EXCEEDS_PURCHASE.
 */
export function assertRefundable(
  refundedBeforeMinor: number,
  refundMinor: number,
  amountMinor: number,
): void {
  assertMinor(refundedBeforeMinor, 'refundedBeforeMinor');
  assertMinor(amountMinor, 'amountMinor');
  if (!Number.isSafeInteger(refundMinor) || refundMinor <= 0) {
    throw new DomainError('INVALID_INPUT', 'refund amount must be a positive integer (minor units)', [
      'input',
      'amountMinor',
    ]);
  }
  if (refundedBeforeMinor + refundMinor > amountMinor) {
    throw new DomainError(
      'REFUND_EXCEEDS_PURCHASE',
      `refund of ${refundMinor} exceeds what is left of the purchase (${amountMinor - refundedBeforeMinor})`,
      ['input', 'amountMinor'],
    );
  }
}

/** cumulative form: floor(orderPoints * refundedTotal / amount) - alreadyReversed, never negative */
export function refundClawbackPoints(input: {
  orderPoints: number;
  amountMinor: number;
  refundedBeforeMinor: number;
  refundMinor: number;
  reversedBefore: number;
}): number {
  const { orderPoints, amountMinor } = input;
  if (amountMinor <= 0 || orderPoints <= 0) return 0;
  const refundedTotal = Math.min(amountMinor, Math.max(0, input.refundedBeforeMinor + input.refundMinor));
  // integer numerator / integer denominator: Math.floor is exact here (no float guard needed)
  const dueInTotal = Math.min(orderPoints, Math.floor((orderPoints * refundedTotal) / amountMinor));
  return Math.max(0, dueInTotal - input.reversedBefore);
}
