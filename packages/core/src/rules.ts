import { DomainError } from './errors';
import type { CategoryMultiplier, ProgramRules, TierDef } from './types';

/** The defaults a fresh program starts with (product.md). */
export const DEFAULT_RULES: ProgramRules = {
  currency: 'CNY',
  timezone: 'Asia/Shanghai',
  minorPerUnit: 100,
  pointsPerCurrencyUnit: 1,
  pointValueMinor: 1,
  purchasePointsExpireInDays: 365,
  campaignPointsExpireInDays: 180,
  welcomePointsExpireInDays: 30,
  activityPointsExpireInDays: 365,
  referralPointsExpireInDays: 365,
  pendingDays: 0,
  monthlyBonusCapPoints: 500,
  welcomePoints: 50,
  categoryMultipliers: [],
  orderThreshold: { minAmountMinor: 20000, bonusPoints: 50 },
  monthlyMilestone: { minSpendMinor: 100000, bonusPoints: 200 },
  activities: {
    signInPoints: 5,
    signInStreakDays: 7,
    signInStreakBonus: 20,
    reviewPoints: 20,
    sharePoints: 10,
    shareMonthlyCapPoints: 100,
    profileCompletedPoints: 30,
  },
  newMemberTasks: {
    profileCompletedPoints: 30,
    firstPurchasePoints: 100,
    firstReviewPoints: 20,
    allDonePoints: 50,
  },
  referral: { referrerPoints: 100, referrerOrderPercent: 5, refereePoints: 50, monthlyReferrerCap: 20 },
  redemption: { minPoints: 100, maxOrderPercent: 30 },
  tierGraceMonths: 12,
  qualifyingWindowMonths: 12,
  expiryReminderDays: [30, 15, 7],
  risk: {
    maxEnrolmentsPerDevice: 3,
    maxEnrolmentsPerIp: 10,
    velocity: { multiple: 10, minPoints: 5000, baselineDays: 90 },
  },
  groupBuy: { bonusPoints: 100, maxPointsPercent: 20, minSize: 2, maxSize: 20, maxHours: 72 },
  boost: { minContributionPoints: 1, maxContributionPoints: 50, hours: 72 },
  overCapDrawId: null,
};

export const DEFAULT_TIERS: (Omit<TierDef, 'id'> & { perks: string[] })[] = [
  {
    name: 'Bronze',
    rank: 0,
    qualifyingSpendMinor: 0,
    earnMultiplier: 1,
    birthdayMultiplier: 2,
    perks: ['1 point per 1.00 spent', 'Double points in your birthday month'],
  },
  {
    name: 'Silver',
    rank: 1,
    qualifyingSpendMinor: 100000,
    earnMultiplier: 1.2,
    birthdayMultiplier: 2,
    perks: ['1.2x points on purchases', 'Double points in your birthday month', 'Member-only offers'],
  },
  {
    name: 'Gold',
    rank: 2,
    qualifyingSpendMinor: 500000,
    earnMultiplier: 1.5,
    birthdayMultiplier: 2,
    perks: [
      '1.5x points on purchases',
      'Double points in your birthday month',
      'Free shipping',
      'Priority support',
    ],
  },
  {
    name: 'Diamond',
    rank: 3,
    qualifyingSpendMinor: 2000000,
    earnMultiplier: 2,
    birthdayMultiplier: 3,
    perks: [
      '2x points on purchases',
      'Triple points in your birthday month',
      'Free shipping',
      'Dedicated concierge',
    ],
  },
];

/** The largest category multiplier a program may configure (a guard against typos such as 150 for 1.5). */
export const MAX_CATEGORY_MULTIPLIER = 10;

/**
 * Validates the category earning rules (product.md: "an earning rule may multiply points for items
 * of a category, e.g. x1.5"): categories trimmed, non-empty and unique; multipliers finite, at least
 * 1 and at most MAX_CATEGORY_MULTIPLIER. Returns the cleaned list; throws INVALID_INPUT naming the field.
 */
export function validateCategoryMultipliers(
  list: CategoryMultiplier[],
  field: string[] = ['input', 'categoryMultipliers'],
): CategoryMultiplier[] {
  const fail = (index: number, name: string, message: string): never => {
    throw new DomainError('INVALID_INPUT', `${[...field, index, name].join('.')}: ${message}`, [
      ...field,
      String(index),
      name,
    ]);
  };
  const seen = new Set<string>();
  return list.map((c, i) => {
    const category = typeof c.category === 'string' ? c.category.trim() : '';
    if (category === '' || category.length > 128) fail(i, 'category', 'must be 1 to 128 characters');
    if (seen.has(category)) fail(i, 'category', `duplicate category ${category}`);
    seen.add(category);
    if (!Number.isFinite(c.multiplier) || c.multiplier < 1 || c.multiplier > MAX_CATEGORY_MULTIPLIER)
      fail(i, 'multiplier', `must be between 1 and ${MAX_CATEGORY_MULTIPLIER}`);
    return { category, multiplier: c.multiplier };
  });
}
