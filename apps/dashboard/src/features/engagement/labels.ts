import type { DrawPhase, TaskKind, TaskMeasure, TaskPeriod } from '@accrue/sdk/src/generated/graphql';

export const KIND_LABEL: Record<TaskKind, string> = { TASK: 'task', CHALLENGE: 'challenge' };

export const PERIOD_LABEL: Record<TaskPeriod, string> = {
  DAILY: 'every day',
  WEEKLY: 'every week',
  MONTHLY: 'every month',
  WINDOW: 'once in the window',
};

export const MEASURE_LABEL: Record<TaskMeasure, string> = {
  EVENT_COUNT: 'Number of events',
  EVENT_STREAK_DAYS: 'Days in a row with an event',
  PURCHASE_COUNT: 'Number of orders',
  PURCHASE_SPEND: 'Amount spent',
};

export const isPurchaseMeasure = (m: TaskMeasure) => m === 'PURCHASE_COUNT' || m === 'PURCHASE_SPEND';

/** The event types integrations send today; any other upper-case code is accepted too. */
export const EVENT_SUGGESTIONS = ['SIGN_IN', 'BROWSE_PRODUCT', 'SHARE_LINK', 'REVIEW', 'PROFILE_COMPLETED'];

/** "BROWSE_PRODUCT" → "browse product": an event type in words. */
export const eventLabel = (code: string | null | undefined) =>
  code ? code.toLowerCase().replace(/_/g, ' ') : '';

export const LEADERBOARD_PERIOD_LABEL: Record<string, string> = { WEEKLY: 'weekly', MONTHLY: 'monthly' };

export const PHASE_LABEL: Record<DrawPhase, string> = {
  SCHEDULED: 'scheduled',
  OPEN: 'open',
  CLOSED: 'closed, to be drawn',
  DRAWN: 'drawn',
};

export const PHASE_VARIANT: Record<DrawPhase, 'secondary' | 'outline' | 'success' | 'warning'> = {
  SCHEDULED: 'outline',
  OPEN: 'success',
  CLOSED: 'warning',
  DRAWN: 'secondary',
};

/** Whether a task runs now, is yet to start, has ended, or is switched off. */
export function taskState(t: { active: boolean; startsAt: string; endsAt: string }, now = Date.now()) {
  if (!t.active) return { label: 'switched off', variant: 'outline' as const };
  if (new Date(t.startsAt).getTime() > now) return { label: 'scheduled', variant: 'secondary' as const };
  if (new Date(t.endsAt).getTime() <= now) return { label: 'ended', variant: 'secondary' as const };
  return { label: 'live', variant: 'success' as const };
}
