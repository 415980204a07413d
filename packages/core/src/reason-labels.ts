/**
 * What staff read for a ledger entry's source and reason code, in words, defined once next to the
 * codes: a new source, reason or campaign effect without a label fails the type check here.
 */
import type { CampaignEffectType } from './campaigns/types';
import { REASON, type ReasonCode } from './purchase-rules';
import type { PointsSource } from './types';

export const POINTS_SOURCE_LABEL: Record<PointsSource, string> = {
  PURCHASE: 'Purchase',
  TIER_BONUS: 'Tier bonus',
  CAMPAIGN: 'Campaign bonus',
  ACTIVITY: 'Activity',
  REFERRAL: 'Referral',
  WELCOME: 'Welcome',
  MANUAL: 'Manual adjustment',
  REFUND: 'Refund clawback',
  REDEMPTION: 'Redemption',
  REDEMPTION_CANCEL: 'Redemption cancelled',
  EXPIRY: 'Expiry',
  TASK: 'Task',
  CHALLENGE: 'Challenge',
  LEADERBOARD: 'Leaderboard prize',
  DRAW: 'Points draw',
  GROUP_BUY: 'Group buy',
  BOOST: 'Boost',
};

export const REASON_LABEL: Record<ReasonCode, string> = {
  [REASON.BASE]: 'base points',
  [REASON.CATEGORY_MULTIPLIER]: 'category multiplier',
  [REASON.TIER_MULTIPLIER]: 'tier multiplier',
  [REASON.BIRTHDAY]: 'birthday multiplier',
  [REASON.ORDER_THRESHOLD]: 'order threshold bonus',
  [REASON.MONTHLY_MILESTONE]: 'monthly milestone',
  [REASON.WELCOME]: 'welcome points',
  [REASON.REFERRAL_REFERRER]: 'referred a friend who bought',
  [REASON.REFERRAL_REFEREE]: 'joined through a referral',
  [REASON.SIGN_IN]: 'daily sign-in',
  [REASON.SIGN_IN_STREAK]: 'sign-in streak bonus',
  [REASON.REVIEW]: 'review',
  [REASON.SHARE]: 'share',
  [REASON.PROFILE_COMPLETED]: 'profile completed',
  [REASON.TASK_PROFILE]: 'new-member task: profile completed',
  [REASON.TASK_FIRST_PURCHASE]: 'new-member task: first purchase',
  [REASON.TASK_FIRST_REVIEW]: 'new-member task: first review',
  [REASON.TASK_ALL_DONE]: 'new-member tasks: all done',
  [REASON.TASK_COMPLETED]: 'task completed',
  [REASON.CHALLENGE_COMPLETED]: 'challenge completed',
  [REASON.MONTHLY_BONUS_CAP]: 'held back by the monthly bonus cap',
  [REASON.SHARE_MONTHLY_CAP]: 'held back by the monthly share cap',
  [REASON.REFERRAL_MONTHLY_CAP]: 'held back by the monthly referral cap',
  [REASON.EARNING_VELOCITY]: 'earning far above the norm',
  [REASON.LEADERBOARD_PRIZE]: 'leaderboard prize',
};

/** A campaign's grant is written as CAMPAIGN_<effect type>. */
export const CAMPAIGN_EFFECT_LABEL: Record<CampaignEffectType, string> = {
  MULTIPLIER: 'points multiplier',
  FIXED_BONUS: 'fixed bonus',
  CATEGORY_MULTIPLIER: 'category multiplier',
  ORDER_THRESHOLD_BONUS: 'order threshold bonus',
  ACTIVITY_MULTIPLIER: 'activity multiplier',
};

const CODE = /^[A-Z][A-Z0-9_]*$/;

/**
 * A ledger entry's reason in words. Codes get their label; a code without one (none should exist)
 * is put in lower case words rather than shown raw; a person's or the system's own sentence (an
 * adjustment's reason, "refund r-1 of order o-1") stays as written.
 */
export function reasonLabel(reason: string | null | undefined): string | undefined {
  if (!reason) return undefined;
  if (!CODE.test(reason)) return reason;
  const known = (REASON_LABEL as Record<string, string>)[reason];
  if (known) return known;
  const effect = reason.startsWith('CAMPAIGN_') ? reason.slice('CAMPAIGN_'.length) : null;
  const campaign = effect ? (CAMPAIGN_EFFECT_LABEL as Record<string, string>)[effect] : undefined;
  if (campaign) return `campaign ${campaign}`;
  return reason.toLowerCase().replace(/_/g, ' ');
}
