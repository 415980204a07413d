import { activityGrant, completeTask } from './earning';
import type { NewMemberTasks } from './earning';
import { dayKey, daysBetweenKeys } from './time';
import type { ActivityType, Grant, ProgramRules, Refusal } from './types';

export interface ActivityState {
  lastSignInDay: string | null; // 'YYYY-MM-DD' local
  signInStreak: number; // consecutive days ending at lastSignInDay
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
      const today = dayKey(occurredAt, rules.timezone);
      const gap = state.lastSignInDay === null ? null : daysBetweenKeys(state.lastSignInDay, today);
      // gap 0: already signed in today. A sign-in dated before the last one (gap < 0, a late event)
      // is refused too: with only the last day recorded it cannot be told apart from a duplicate.
      if (gap !== null && gap <= 0) {
        refuse('ALREADY_SIGNED_IN_TODAY', a.signInPoints);
        break;
      }
      state.signInStreak = gap === 1 ? state.signInStreak + 1 : 1;
      state.lastSignInDay = today;
      grant('SIGN_IN', a.signInPoints);
      if (a.signInStreakDays > 0 && state.signInStreak % a.signInStreakDays === 0) {
        grant('SIGN_IN_STREAK', a.signInStreakBonus);
      }
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
        grant('SHARE', points);
        state.sharePointsThisMonth += points;
      } else {
        refuse('SHARE_MONTHLY_CAP', a.sharePoints);
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
