/**
 * Accrue's domain vocabulary. Money is integer minor units (fen, cents); points are integers.
 * Nothing in this package reads a clock, a random source or the environment: callers pass them in.
 */

export const POINTS_SOURCES = [
  'PURCHASE',
  'TIER_BONUS',
  'CAMPAIGN',
  'ACTIVITY',
  'REFERRAL',
  'WELCOME',
  'MANUAL',
  'REFUND',
  'REDEMPTION',
  'REDEMPTION_CANCEL',
  'EXPIRY',
  // engagement (tasks, challenges, leaderboards, draws, group buys, boosts)
  'TASK',
  'CHALLENGE',
  'LEADERBOARD',
  'DRAW',
  'GROUP_BUY',
  'BOOST',
] as const;
export type PointsSource = (typeof POINTS_SOURCES)[number];

export const LEDGER_ENTRY_TYPES = ['EARN', 'REDEEM', 'EXPIRE', 'ADJUST', 'REVERSAL'] as const;
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number];

export const ACTIVITY_TYPES = ['SIGN_IN', 'REVIEW', 'SHARE', 'PROFILE_COMPLETED'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export interface ActivityRules {
  signInPoints: number; // 5 a day
  signInStreakDays: number; // 7
  signInStreakBonus: number; // +20 on every 7th consecutive day
  reviewPoints: number; // 20
  sharePoints: number; // 10
  shareMonthlyCapPoints: number; // 100
  profileCompletedPoints: number; // 30, once
}

export interface NewMemberTaskRules {
  profileCompletedPoints: number; // 30
  firstPurchasePoints: number; // 100
  firstReviewPoints: number; // 20
  allDonePoints: number; // 50
}

export interface ReferralRules {
  referrerPoints: number; // 100
  referrerOrderPercent: number; // 5 (% of the first order's amount, converted at the base earning rate)
  refereePoints: number; // 50
  monthlyReferrerCap: number; // 20 referred members a month
}

export interface CategoryMultiplier {
  category: string;
  multiplier: number; // e.g. 1.5
}

/** Everything a program can configure about earning and spending. */
export interface ProgramRules {
  currency: string;
  timezone: string; // IANA, e.g. Asia/Shanghai
  minorPerUnit: number; // 100 for CNY/USD/EUR; 1 for JPY
  pointsPerCurrencyUnit: number; // base earning: 1 point per currency unit of net amount
  pointValueMinor: number; // value of one point when redeemed, in minor units (1: 100 points = 1 unit)
  purchasePointsExpireInDays: number | null; // 365 (12 months rolling); null = never
  campaignPointsExpireInDays: number | null; // 180
  welcomePointsExpireInDays: number | null; // 30
  activityPointsExpireInDays: number | null; // 365
  referralPointsExpireInDays: number | null; // 365
  pendingDays: number; // 0: purchase points are spendable at once
  monthlyBonusCapPoints: number | null; // 500: campaigns + activities per member per local month
  welcomePoints: number; // 50
  categoryMultipliers: CategoryMultiplier[];
  orderThreshold: { minAmountMinor: number; bonusPoints: number } | null; // 200.00 -> +50
  monthlyMilestone: { minSpendMinor: number; bonusPoints: number } | null; // 1,000.00 -> +200 once a month
  activities: ActivityRules;
  newMemberTasks: NewMemberTaskRules;
  referral: ReferralRules;
  redemption: { minPoints: number; maxOrderPercent: number }; // 100 points, 30%
  tierGraceMonths: number; // 12
  qualifyingWindowMonths: number; // 12
  expiryReminderDays: number[]; // [30, 15, 7]
  risk: RiskRules;
  /** group buys: bonus points per participant of a full group, and how much of the price new customers may pay with points */
  groupBuy: GroupBuyRules;
  /** boosts: how many points a friend may contribute and how long a request stays open */
  boost: BoostRules;
  /** bonus points over the monthly cap become entries of this draw (while it is open); null = refused */
  overCapDrawId: string | null;
}

export interface GroupBuyRules {
  /** bonus points each participant of a full group gets (GROUP_BUY, a bonus: the monthly cap applies) */
  bonusPoints: number;
  /** the share of the price a new customer may pay with points, in percent (20) */
  maxPointsPercent: number;
  minSize: number;
  maxSize: number;
  /** the latest deadline, in hours after opening */
  maxHours: number;
}

export interface BoostRules {
  minContributionPoints: number;
  maxContributionPoints: number;
  /** how long a request stays open, in hours */
  hours: number;
}

/** When a member is flagged for review (nothing is refused: staff look, and clear the flag). */
export interface RiskRules {
  /** an enrolment beyond this many from one device is flagged (3); null = no limit */
  maxEnrolmentsPerDevice: number | null;
  /** ... from one IP address (10); null = no limit */
  maxEnrolmentsPerIp: number | null;
  /**
   * purchase earning in the 24 hours up to a purchase at least `minPoints` (5,000) and above
   * `multiple` (10) times the member's daily average over the `baselineDays` (90) before; null = off
   */
  velocity: { multiple: number; minPoints: number; baselineDays: number } | null;
}

export interface TierDef {
  id: string;
  name: string;
  rank: number; // 0 = entry tier
  qualifyingSpendMinor: number;
  earnMultiplier: number;
  birthdayMultiplier: number;
}

/** A lot: one earning with its own availability and expiry. */
export interface Lot {
  id: string;
  source: PointsSource;
  points: number; // as earned
  remaining: number; // never below zero
  earnedAt: Date;
  availableAt: Date; // later than earnedAt while pending
  expiresAt: Date | null;
  orderId?: string | null;
}

/** A member's points as lots plus a negative balance (points owed after a clawback of spent points). */
export interface PointsState {
  lots: Lot[];
  negative: number;
}

/** Points taken from (or returned to) one lot. */
export interface LotAllocation {
  lotId: string;
  points: number;
}

/** A grant the rules decided on; the caller turns it into a lot and a ledger entry. */
export interface Grant {
  source: PointsSource;
  points: number;
  reason: string; // machine-readable rule name, e.g. BASE, TIER_MULTIPLIER, BIRTHDAY, ORDER_THRESHOLD
  availableAt: Date;
  expiresAt: Date | null;
  /** counts toward the monthly bonus cap (campaigns and activities) */
  bonus: boolean;
  campaignId?: string | null;
  /** the A/B test variant the campaign grant came from */
  variantKey?: string | null;
}

/** A grant the rules refused (over a cap); recorded, never issued. */
export interface Refusal {
  source: PointsSource;
  points: number;
  reason: string; // e.g. MONTHLY_BONUS_CAP, SHARE_MONTHLY_CAP, REFERRAL_MONTHLY_CAP
  campaignId?: string | null;
  variantKey?: string | null;
}
