import type { CampaignPauseReason, CampaignStatus, PacingState } from '@accrue/sdk/src/generated/graphql';

export const STATUS_LABEL: Record<CampaignStatus, string> = {
  DRAFT: 'draft',
  SCHEDULED: 'scheduled',
  ACTIVE: 'active',
  PAUSED: 'paused',
  ENDED: 'ended',
};

/** The status in words; a pause by the pool cap says so (it resumes on its own, not by hand). */
export function statusText(c: { status: CampaignStatus; pauseReason?: CampaignPauseReason | null }): string {
  if (c.status === 'PAUSED' && c.pauseReason === 'POOL_CAP')
    return 'paused — pool cap reached (resumes on its own)';
  return STATUS_LABEL[c.status];
}

/** Why "Resume" is not offered for a campaign the pool cap paused (the API refuses it). */
export const POOL_CAP_PAUSE_EXPLANATION =
  'The program’s points pool cap is reached, so every campaign is paused automatically. It resumes on its own once the outstanding points are back below the cap; it cannot be resumed by hand.';

export const STATUS_VARIANT: Record<CampaignStatus, 'secondary' | 'outline' | 'success' | 'warning'> = {
  DRAFT: 'outline',
  SCHEDULED: 'secondary',
  ACTIVE: 'success',
  PAUSED: 'warning',
  ENDED: 'secondary',
};

export const PACING_LABEL: Record<PacingState, string> = {
  NOT_STARTED: 'not started',
  NO_BUDGET: 'no budget set',
  ON_TRACK: 'on track',
  EXHAUSTS_BEFORE_END: 'runs out before the end',
  EXHAUSTED: 'budget used up',
};

export const PACING_VARIANT: Record<
  PacingState,
  'secondary' | 'outline' | 'success' | 'warning' | 'destructive'
> = {
  NOT_STARTED: 'outline',
  NO_BUDGET: 'secondary',
  ON_TRACK: 'success',
  EXHAUSTS_BEFORE_END: 'warning',
  EXHAUSTED: 'destructive',
};

/** "in 3 days", "in 5 hours", "ended", "no end" */
export function endsIn(endsAt: string | null | undefined, now = Date.now()): string {
  if (!endsAt) return 'no end date';
  const ms = new Date(endsAt).getTime() - now;
  if (ms <= 0) return 'ended';
  const hours = ms / 3_600_000;
  if (hours < 48) return `in ${Math.max(1, Math.round(hours))} h`;
  return `in ${Math.round(hours / 24)} days`;
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
export const WEEKDAY_SHORT: Record<(typeof WEEKDAYS)[number], string> = {
  MONDAY: 'Mon',
  TUESDAY: 'Tue',
  WEDNESDAY: 'Wed',
  THURSDAY: 'Thu',
  FRIDAY: 'Fri',
  SATURDAY: 'Sat',
  SUNDAY: 'Sun',
};

export function describeEffect(
  e: {
    type: string;
    multiplier?: number | null;
    bonusPoints?: number | null;
    category?: string | null;
    thresholdMinor?: number | null;
    activityType?: string | null;
  },
  money: (minor: number) => string,
): string {
  switch (e.type) {
    case 'MULTIPLIER':
      return `×${e.multiplier} points`;
    case 'CATEGORY_MULTIPLIER':
      return `×${e.multiplier} points on ${e.category}`;
    case 'ACTIVITY_MULTIPLIER':
      return `×${e.multiplier} points for ${e.activityType}`;
    case 'FIXED_BONUS':
      return `+${e.bonusPoints} points per purchase`;
    case 'ORDER_THRESHOLD_BONUS':
      return `+${e.bonusPoints} points on orders from ${money(e.thresholdMinor ?? 0)}`;
    default:
      return e.type;
  }
}
