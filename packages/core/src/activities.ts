import type { ActivityType, Grant, ProgramRules, Refusal } from './types';
import type { NewMemberTasks } from './earning';
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
export declare function computeActivity(input: {
  rules: ProgramRules;
  type: ActivityType;
  occurredAt: Date;
  state: ActivityState;
}): ActivityOutcome;
