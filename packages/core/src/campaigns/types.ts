/**
 * Campaigns: the vocabulary. A campaign is a value (its effect a typed rule with arguments, as
 * Vendure's promotion actions) checked and applied by one engine (`evaluate.ts`). Percentages
 * (variant weights, holdout) are of all members in the audience and add up to 100.
 */
import type { ActivityType } from '../types';

export const CAMPAIGN_STATUSES = ['DRAFT', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'ENDED'] as const;
/** what a campaign is now: computed from its stored phase and the clock */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/**
 * What is stored: DRAFT until launched; LAUNCHED (scheduled, then active from `startsAt`, then
 * ended at `endsAt`, with nobody acting); PAUSED; ENDED (by hand).
 */
export const CAMPAIGN_PHASES = ['DRAFT', 'LAUNCHED', 'PAUSED', 'ENDED'] as const;
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number];

export const CAMPAIGN_EFFECT_TYPES = [
  'MULTIPLIER',
  'FIXED_BONUS',
  'CATEGORY_MULTIPLIER',
  'ORDER_THRESHOLD_BONUS',
  'ACTIVITY_MULTIPLIER',
] as const;
export type CampaignEffectType = (typeof CAMPAIGN_EFFECT_TYPES)[number];

/** The arguments each effect type reads are listed in `effects.ts`; the others stay null. */
export interface CampaignEffect {
  type: CampaignEffectType;
  multiplier?: number | null;
  bonusPoints?: number | null;
  category?: string | null;
  thresholdMinor?: number | null;
  /** ACTIVITY_MULTIPLIER: only this activity (null: every activity) */
  activityType?: ActivityType | null;
}

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * A recurrence inside the window, read in the program's time zone. Every condition given must hold:
 * days of week, days of month (a day beyond the month's length means its last day: 31 is Apr 30,
 * Feb 28 or 29), and local hours [startHour, endHour) with 0 <= startHour < endHour <= 24.
 */
export interface CampaignSchedule {
  daysOfWeek?: Weekday[] | null;
  daysOfMonth?: number[] | null;
  startHour?: number | null;
  endHour?: number | null;
}

/** Who may get the campaign; every condition given must hold (none: all members). */
export interface CampaignAudience {
  tierIds?: string[] | null;
  /** enrolled at most N days before the event */
  newMembersWithinDays?: number | null;
  /** no purchase in the N days before the event (never purchased counts) */
  inactiveForDays?: number | null;
  /** balance before the event at least this */
  minBalance?: number | null;
}

export interface CampaignVariant {
  key: string;
  name: string;
  /** percent of the audience */
  weight: number;
  effect: CampaignEffect;
}

/** The variant key a campaign with one effect (no test) stores it under. */
export const DEFAULT_VARIANT_KEY = 'default';

export interface CampaignDefinition {
  id: string;
  key: string;
  name: string;
  phase: CampaignPhase;
  startsAt: Date;
  /** exclusive; null = open-ended */
  endsAt: Date | null;
  schedule: CampaignSchedule | null;
  audience: CampaignAudience | null;
  variants: CampaignVariant[];
  /** percent of the audience that gets no bonus (0: not a test with a holdout) */
  holdoutPercent: number;
  budgetPoints: number | null;
  perMemberCapPoints: number | null;
  /** higher first */
  priority: number;
  stackable: boolean;
  /** null: the program's campaign expiry (180 days) */
  bonusExpiresInDays: number | null;
}

/** An A/B test: more than one variant, or a holdout. */
export const isExperiment = (c: Pick<CampaignDefinition, 'variants' | 'holdoutPercent'>): boolean =>
  c.variants.length > 1 || c.holdoutPercent > 0;

/** Why a campaign gave nothing to an event (recorded, never an error). */
export const CAMPAIGN_SKIP_REASONS = [
  'NOT_ACTIVE',
  /** paused while the program-wide pool cap is reached */
  'POOL_CAP',
  'OUTSIDE_WINDOW',
  'OUTSIDE_SCHEDULE',
  'NOT_IN_AUDIENCE',
  'HOLDOUT',
  'NOT_APPLICABLE',
  'STACKING_EXCLUDED',
  'MEMBER_CAP',
  'BUDGET_EXHAUSTED',
  'EVALUATION_ERROR',
] as const;
export type CampaignSkipReason = (typeof CAMPAIGN_SKIP_REASONS)[number];
