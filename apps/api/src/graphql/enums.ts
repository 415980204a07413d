import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  MARKETING = 'MARKETING',
  FINANCE = 'FINANCE',
  SUPPORT = 'SUPPORT',
  VIEWER = 'VIEWER',
  INTEGRATION = 'INTEGRATION',
  STOREFRONT = 'STOREFRONT',
}
export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
export enum LedgerEntryType {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  EXPIRE = 'EXPIRE',
  ADJUST = 'ADJUST',
  REVERSAL = 'REVERSAL',
}
export enum PointsSource {
  PURCHASE = 'PURCHASE',
  TIER_BONUS = 'TIER_BONUS',
  CAMPAIGN = 'CAMPAIGN',
  ACTIVITY = 'ACTIVITY',
  REFERRAL = 'REFERRAL',
  WELCOME = 'WELCOME',
  MANUAL = 'MANUAL',
  REFUND = 'REFUND',
  REDEMPTION = 'REDEMPTION',
  REDEMPTION_CANCEL = 'REDEMPTION_CANCEL',
  EXPIRY = 'EXPIRY',
  TASK = 'TASK',
  CHALLENGE = 'CHALLENGE',
  LEADERBOARD = 'LEADERBOARD',
  DRAW = 'DRAW',
  GROUP_BUY = 'GROUP_BUY',
  BOOST = 'BOOST',
}
export enum ActivityType {
  SIGN_IN = 'SIGN_IN',
  REVIEW = 'REVIEW',
  SHARE = 'SHARE',
  PROFILE_COMPLETED = 'PROFILE_COMPLETED',
}
export enum RedemptionStatus {
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
export enum RewardType {
  DISCOUNT = 'DISCOUNT',
  ITEM = 'ITEM',
  DONATION = 'DONATION',
}
export enum CampaignStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}
export enum CampaignPauseReason {
  MANUAL = 'MANUAL',
  POOL_CAP = 'POOL_CAP',
}
export enum CampaignEffectType {
  MULTIPLIER = 'MULTIPLIER',
  FIXED_BONUS = 'FIXED_BONUS',
  CATEGORY_MULTIPLIER = 'CATEGORY_MULTIPLIER',
  ORDER_THRESHOLD_BONUS = 'ORDER_THRESHOLD_BONUS',
  /** addition to the contract: multiplies the points of member activities */
  ACTIVITY_MULTIPLIER = 'ACTIVITY_MULTIPLIER',
}
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
export enum Granularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
export enum CostStatus {
  OK = 'OK',
  WARNING = 'WARNING',
  BREACH = 'BREACH',
}
export enum AlertKind {
  COST_TO_SALES = 'COST_TO_SALES',
  DAILY_ISSUANCE = 'DAILY_ISSUANCE',
  FLOW_RATIO = 'FLOW_RATIO',
  ACCUMULATION_RATIO = 'ACCUMULATION_RATIO',
  CAMPAIGN_BUDGET = 'CAMPAIGN_BUDGET',
  POOL_CAP = 'POOL_CAP',
}

const all = {
  Role,
  MemberStatus,
  LedgerEntryType,
  PointsSource,
  ActivityType,
  RedemptionStatus,
  RewardType,
  CampaignStatus,
  CampaignPauseReason,
  CampaignEffectType,
  Weekday,
  Granularity,
  CostStatus,
  AlertKind,
};
for (const [name, e] of Object.entries(all)) registerEnumType(e, { name });
