import { activityGrant, completeTask } from './earning';
import type { NewMemberTasks } from './earning';
import { REASON } from './purchase-rules';
import { addDaysToKey, dayKey, daysBetweenKeys } from './time';
import type { ActivityType, Grant, ProgramRules, Refusal } from './types';

export interface ActivityState {
  lastSignInDay: string | null; // 'YYYY-MM-DD' local
  signInStreak: number; // consecutive days ending at lastSignInDay
  /**
   * The local days signed in over the last SIGN_IN_MEMORY_DAYS up to lastSignInDay, sorted, so a
   * sign-in that arrives late (dated before the last one) can be told from a duplicate. Absent in
   * states written before it existed: then only lastSignInDay is known.
   */
  signInDays?: string[];
  /** the first day signInDays is complete from (a state that had only lastSignInDay starts there) */
  signInDaysFrom?: string;
  sharePointsThisMonth: number;
  profileCompleted: boolean;
  reviewed: boolean; // has ever reviewed
  tasks: NewMemberTasks;
}
export interface ActivityOutcome {
  grants: Grant[];
  refusals: Refusal[];
  state: ActivityState; // after this activity
}

/** How far back a late sign-in is still told from a duplicate (days up to the last sign-in). */
export const SIGN_IN_MEMORY_DAYS = 35;

/** The sign-in days within the memory that ends at `last`, sorted. */
function remembered(days: string[], last: string): string[] {
  const from = addDaysToKey(last, -(SIGN_IN_MEMORY_DAYS - 1));
  return [...new Set(days)].filter((d) => d >= from).sort();
}

/**
 * Points for one member activity (docs/domain.md, "Activities"). Pure: the caller passes the state
 * (with `sharePointsThisMonth` for the activity's local month) and stores the returned one.
 * The monthly bonus cap is applied afterwards by `applyMonthlyBonusCap`.
 */
export function computeActivity(input: {
  rules: ProgramRules;
  type: ActivityType;
  occurredAt: Date;
  state: ActivityState;
}): ActivityOutcome {
  const { rules, occurredAt } = input;
  const a = rules.activities;
  const state: ActivityState = { ...input.state, tasks: { ...input.state.tasks } };
  const grants: Grant[] = [];
  const refusals: Refusal[] = [];
  const grant = (reason: string, points: number) =>
    grants.push(activityGrant(rules, reason, points, occurredAt));
  const refuse = (reason: string, points: number) => refusals.push({ source: 'ACTIVITY', points, reason });
  const complete = (task: 'profile' | 'firstReview') => {
    const done = completeTask(rules, state.tasks, task, occurredAt);
    grants.push(...done.grants);
    state.tasks = done.tasks;
  };

  switch (input.type) {
    case 'SIGN_IN': {
      const day = dayKey(occurredAt, rules.timezone);
      const last = state.lastSignInDay;
      const known = state.signInDays ?? (last ? [last] : []);
      // the list is complete from here on: the first sign-in ever, or the last day a state without
      // the list knew
      state.signInDaysFrom ??= last ?? '0000-01-01';
      const gap = last === null ? null : daysBetweenKeys(last, day);
      const streakDays = a.signInStreakDays;
      /** streak bonuses a run of `n` consecutive days earns: one on every `streakDays`th day */
      const bonuses = (n: number) => (streakDays > 0 ? Math.floor(n / streakDays) : 0);
      if (gap === null || gap > 0) {
        // the usual case: a day after the last one
        state.signInStreak = gap === 1 ? state.signInStreak + 1 : 1;
        state.lastSignInDay = day;
        state.signInDays = remembered([...known, day], day);
        grant('SIGN_IN', a.signInPoints);
        if (bonuses(state.signInStreak) > bonuses(state.signInStreak - 1))
          grant('SIGN_IN_STREAK', a.signInStreakBonus);
        break;
      }
      // a sign-in dated on or before the last one: a duplicate, or a late event for a day not yet
      // signed in (a store that syncs late). The latter earns its points, and the streak bonuses
      // of the run it completes, as if it had arrived in order.
      if (known.includes(day)) {
        refuse('ALREADY_SIGNED_IN_TODAY', a.signInPoints);
        break;
      }
      const memoryStart = addDaysToKey(last!, -(SIGN_IN_MEMORY_DAYS - 1));
      if (day < memoryStart || day < state.signInDaysFrom) {
        refuse('SIGN_IN_TOO_LATE', a.signInPoints);
        break;
      }
      const days = new Set(known);
      let before = 0;
      while (days.has(addDaysToKey(day, -(before + 1)))) before++;
      let after = 0;
      while (days.has(addDaysToKey(day, after + 1))) after++;
      // the run after this day may be the current streak, which can be longer than the memory
      const reachesLast = addDaysToKey(day, after) === last;
      if (reachesLast) after = Math.max(after, state.signInStreak);
      if (reachesLast) state.signInStreak = before + 1 + after;
      state.signInDays = remembered([...known, day], last!);
      grant('SIGN_IN', a.signInPoints);
      const newBonuses = bonuses(before + 1 + after) - bonuses(before) - bonuses(after);
      for (let i = 0; i < newBonuses; i++) grant('SIGN_IN_STREAK', a.signInStreakBonus);
      break;
    }
    case 'REVIEW': {
      grant('REVIEW', a.reviewPoints);
      state.reviewed = true;
      complete('firstReview');
      break;
    }
    case 'SHARE': {
      const points = Math.min(a.sharePoints, a.shareMonthlyCapPoints - state.sharePointsThisMonth);
      if (points > 0) {
        grant(REASON.SHARE, points);
        state.sharePointsThisMonth += points;
      } else {
        refuse(REASON.SHARE_MONTHLY_CAP, a.sharePoints);
      }
      break;
    }
    case 'PROFILE_COMPLETED': {
      if (state.profileCompleted) {
        refuse('ALREADY_AWARDED', a.profileCompletedPoints);
        break;
      }
      state.profileCompleted = true;
      grant('PROFILE_COMPLETED', a.profileCompletedPoints);
      complete('profile');
      break;
    }
  }

  return { grants: grants.filter((g) => g.points > 0), refusals, state };
}
