/**
 * Tasks and challenges (product.md, Engagement): marketing defines a goal over the events the
 * integrations post and over purchases; a member's progress is kept per task and period; reaching
 * the target completes the task once per period and grants its bonus points (the monthly bonus cap
 * applies, by the caller). Pure: time and the program's time zone come in as arguments.
 *
 * Progress is a value that does not depend on the order contributions arrive in: counts and spend
 * add up, a streak is the longest run of consecutive local days among the distinct days seen. So
 * events posted late or out of order give the same progress as in order.
 */
import type { PurchaseItem } from '../earning';
import { makeGrant } from '../grants';
import { REASON } from '../purchase-rules';
import { addDaysToKey, dayKey, localParts, monthKey } from '../time';
import type { Grant } from '../types';

export const TASK_KINDS = ['TASK', 'CHALLENGE'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** How often progress starts again: each local day, week (Monday first), month, or once over the task's window. */
export const TASK_PERIODS = ['DAILY', 'WEEKLY', 'MONTHLY', 'WINDOW'] as const;
export type TaskPeriod = (typeof TASK_PERIODS)[number];

/**
 * What is counted: events of a type, distinct consecutive days with such an event (a streak),
 * purchases, or purchase spend in minor units (of the items of a category when one is set).
 */
export const TASK_MEASURES = [
  'EVENT_COUNT',
  'EVENT_STREAK_DAYS',
  'PURCHASE_COUNT',
  'PURCHASE_SPEND',
] as const;
export type TaskMeasure = (typeof TASK_MEASURES)[number];

export interface TaskDef {
  id: string;
  kind: TaskKind;
  period: TaskPeriod;
  measure: TaskMeasure;
  /** the event type counted (EVENT_* measures) */
  eventType: string | null;
  /** purchases: only items of this category count; events: only events whose attributes.category is it */
  category: string | null;
  /** the count, days or minor units to reach */
  target: number;
  points: number;
  /** the window: contributions at or after startsAt and before endsAt count */
  startsAt: Date;
  endsAt: Date;
  /** tiers the task is for; empty = every member */
  audienceTierIds: string[];
  active: boolean;
}

export interface TaskProgressState {
  /** count or spend so far (streaks: the longest run, derived from days) */
  value: number;
  /** distinct local days seen (streaks only), sorted */
  days: string[];
  completedAt: Date | null;
}

export type TaskContribution =
  | { kind: 'EVENT'; type: string; at: Date; attributes: Record<string, unknown> | null }
  | { kind: 'PURCHASE'; at: Date; amountMinor: number; items: PurchaseItem[] | null };

export const emptyTaskProgress = (): TaskProgressState => ({ value: 0, days: [], completedAt: null });

export const isPurchaseMeasure = (m: TaskMeasure) => m === 'PURCHASE_COUNT' || m === 'PURCHASE_SPEND';

/** The key of the period `at` falls in, in the program's time zone ('2026-12-07', 'W2026-12-07', '2026-12', 'WINDOW'). */
export function taskPeriodKey(period: TaskPeriod, at: Date, timezone: string): string {
  switch (period) {
    case 'DAILY':
      return dayKey(at, timezone);
    case 'WEEKLY':
      return `W${addDaysToKey(dayKey(at, timezone), 1 - localParts(at, timezone).weekday)}`;
    case 'MONTHLY':
      return monthKey(at, timezone);
    case 'WINDOW':
      return 'WINDOW';
  }
}

/** Whether the task is for this member at `at`: active, inside its window, in its audience. */
export function taskApplies(task: TaskDef, tierId: string, at: Date): boolean {
  return (
    task.active &&
    at >= task.startsAt &&
    at < task.endsAt &&
    (task.audienceTierIds.length === 0 || task.audienceTierIds.includes(tierId))
  );
}

/** What the contribution adds to the task's measure (0: it does not count for this task). */
export function contributionOf(task: TaskDef, c: TaskContribution): number {
  if (c.kind === 'EVENT') {
    if (isPurchaseMeasure(task.measure) || c.type !== task.eventType) return 0;
    if (task.category !== null && c.attributes?.category !== task.category) return 0;
    return 1;
  }
  if (!isPurchaseMeasure(task.measure)) return 0;
  const spend =
    task.category === null
      ? c.amountMinor
      : (c.items ?? []).filter((i) => i.category === task.category).reduce((s, i) => s + i.amountMinor, 0);
  if (spend <= 0) return 0;
  return task.measure === 'PURCHASE_COUNT' ? 1 : spend;
}

/** The longest run of consecutive days among sorted distinct day keys. */
export function longestStreak(days: readonly string[]): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && addDaysToKey(days[i - 1], 1) === days[i] ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

export interface TaskAdvance {
  state: TaskProgressState;
  /** whether the contribution counted */
  counted: boolean;
  /** the grant when this contribution completed the task (it completes once per period) */
  grant: Grant | null;
}

/**
 * Adds a contribution to a member's progress on a task (the caller checked taskApplies and keyed the
 * state by taskPeriodKey). Completion is sticky: once completed, nothing is granted again.
 */
export function advanceTask(
  task: TaskDef,
  state: TaskProgressState,
  c: TaskContribution,
  opts: { timezone: string; expireInDays: number | null },
): TaskAdvance {
  const adds = contributionOf(task, c);
  if (adds === 0) return { state, counted: false, grant: null };
  let next: TaskProgressState;
  if (task.measure === 'EVENT_STREAK_DAYS') {
    const days = [...new Set([...state.days, dayKey(c.at, opts.timezone)])].sort();
    next = { ...state, days, value: longestStreak(days) };
  } else next = { ...state, value: state.value + adds };
  if (state.completedAt !== null || next.value < task.target)
    return { state: next, counted: true, grant: null };
  next.completedAt = c.at;
  const grant = makeGrant({
    source: task.kind,
    reason: task.kind === 'TASK' ? REASON.TASK_COMPLETED : REASON.CHALLENGE_COMPLETED,
    points: task.points,
    occurredAt: c.at,
    expireInDays: opts.expireInDays,
    bonus: true,
  });
  return { state: next, counted: true, grant: task.points > 0 ? grant : null };
}

/** Checks a task definition; the first problem as [field, message], or null. */
export function taskDefProblem(t: Omit<TaskDef, 'id' | 'active'>): [string, string] | null {
  if (!Number.isSafeInteger(t.target) || t.target < 1)
    return ['target', 'must be a whole number of at least 1'];
  if (!Number.isSafeInteger(t.points) || t.points < 0 || t.points > 100_000)
    return ['points', 'must be a whole number between 0 and 100000'];
  if (!(t.endsAt > t.startsAt)) return ['endsAt', 'must be after startsAt'];
  if (!isPurchaseMeasure(t.measure) && !t.eventType) return ['eventType', 'is required for an event measure'];
  if (isPurchaseMeasure(t.measure) && t.eventType)
    return ['eventType', 'must be empty for a purchase measure'];
  if (t.measure === 'EVENT_STREAK_DAYS' && t.period === 'DAILY')
    return ['period', 'a streak of days cannot reset every day'];
  return null;
}
