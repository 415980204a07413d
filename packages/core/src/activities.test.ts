import { describe, expect, it } from 'vitest';
import { computeActivity, type ActivityState } from './activities';
import { applyMonthlyBonusCap } from './earning';
import { DEFAULT_RULES } from './rules';
import type { ActivityType, Grant } from './types';

const fresh: ActivityState = {
  lastSignInDay: null,
  signInStreak: 0,
  sharePointsThisMonth: 0,
  profileCompleted: false,
  reviewed: false,
  tasks: { profile: false, firstPurchase: false, firstReview: false, allDone: false },
};
const run = (type: ActivityType, occurredAt: Date, state: ActivityState = fresh) =>
  computeActivity({ rules: DEFAULT_RULES, type, occurredAt, state });
const summary = (grants: Grant[]) => grants.map((g) => `${g.reason}:${g.points}`);
// 09:00 in Shanghai on 2026-03-<day>
const march = (day: number, hourUtc = 1) => new Date(Date.UTC(2026, 2, day, hourUtc));

describe('sign-in', () => {
  it('+5 once a local day; the 7th consecutive day adds the +20 streak bonus', () => {
    let state = fresh;
    for (let day = 1; day <= 7; day++) {
      const r = run('SIGN_IN', march(day), state);
      expect(summary(r.grants)).toEqual(day === 7 ? ['SIGN_IN:5', 'SIGN_IN_STREAK:20'] : ['SIGN_IN:5']);
      state = r.state;
    }
    expect(state).toMatchObject({ lastSignInDay: '2026-03-07', signInStreak: 7 });
    const g = run('SIGN_IN', march(8), state).grants[0];
    expect([g.source, g.bonus, g.availableAt, g.expiresAt]).toEqual([
      'ACTIVITY',
      true,
      march(8),
      new Date(march(8).getTime() + 365 * 86_400_000),
    ]);
    // day 14 again earns the streak bonus
    for (let day = 8; day <= 14; day++) state = run('SIGN_IN', march(day), state).state;
    expect(state.signInStreak).toBe(14);
  });

  it('a second sign-in the same local day earns nothing and is refused', () => {
    const first = run('SIGN_IN', new Date('2026-03-01T16:30:00Z')); // 00:30 on March 2nd in Shanghai
    expect(first.state.lastSignInDay).toBe('2026-03-02');
    const second = run('SIGN_IN', new Date('2026-03-02T15:59:00Z'), first.state); // 23:59 the same local day
    expect(second.grants).toEqual([]);
    expect(second.refusals).toEqual([{ source: 'ACTIVITY', points: 5, reason: 'ALREADY_SIGNED_IN_TODAY' }]);
    expect(second.state).toEqual(first.state);
  });

  it('a missed day restarts the streak at 1', () => {
    const state = { ...fresh, lastSignInDay: '2026-03-05', signInStreak: 6 };
    expect(run('SIGN_IN', march(7), state).state.signInStreak).toBe(1);
    expect(summary(run('SIGN_IN', march(6), state).grants)).toEqual(['SIGN_IN:5', 'SIGN_IN_STREAK:20']);
  });
});

describe('review, share, profile', () => {
  it('review +20; the first review also completes the new-member task (+20)', () => {
    const first = run('REVIEW', march(1));
    expect(summary(first.grants)).toEqual(['REVIEW:20', 'TASK_FIRST_REVIEW:20']);
    expect(first.state.reviewed).toBe(true);
    expect(summary(run('REVIEW', march(2), first.state).grants)).toEqual(['REVIEW:20']);
  });

  it('share +10 until the month holds 100 share points: the 11th share is refused', () => {
    let state = fresh;
    for (let n = 1; n <= 10; n++) {
      const r = run('SHARE', march(n), state);
      expect(summary(r.grants)).toEqual(['SHARE:10']);
      state = r.state;
    }
    expect(state.sharePointsThisMonth).toBe(100);
    const eleventh = run('SHARE', march(11), state);
    expect(eleventh.grants).toEqual([]);
    expect(eleventh.refusals).toEqual([{ source: 'ACTIVITY', points: 10, reason: 'SHARE_MONTHLY_CAP' }]);
    // a partial remainder is granted
    expect(summary(run('SHARE', march(12), { ...fresh, sharePointsThisMonth: 95 }).grants)).toEqual([
      'SHARE:5',
    ]);
  });

  it('profile completed: +30 and the task +30 once; again is refused', () => {
    const first = run('PROFILE_COMPLETED', march(1));
    expect(summary(first.grants)).toEqual(['PROFILE_COMPLETED:30', 'TASK_PROFILE:30']);
    const again = run('PROFILE_COMPLETED', march(2), first.state);
    expect(again.grants).toEqual([]);
    expect(again.refusals).toEqual([{ source: 'ACTIVITY', points: 30, reason: 'ALREADY_AWARDED' }]);
  });

  it('completing the third task grants all-done +50 exactly once', () => {
    const state = {
      ...fresh,
      tasks: { profile: true, firstPurchase: true, firstReview: false, allDone: false },
    };
    const r = run('REVIEW', march(3), state);
    expect(summary(r.grants)).toEqual(['REVIEW:20', 'TASK_FIRST_REVIEW:20', 'TASK_ALL_DONE:50']);
    expect(r.state.tasks.allDone).toBe(true);
    expect(summary(run('REVIEW', march(4), r.state).grants)).toEqual(['REVIEW:20']);
  });

  it('activity points count toward the monthly bonus cap of 500', () => {
    const r = run('PROFILE_COMPLETED', march(1));
    const capped = applyMonthlyBonusCap(r.grants, 470, DEFAULT_RULES.monthlyBonusCapPoints);
    expect(summary(capped.grants)).toEqual(['PROFILE_COMPLETED:30']);
    expect(capped.refusals).toEqual([{ source: 'ACTIVITY', points: 30, reason: 'MONTHLY_BONUS_CAP' }]);
  });

  it('does not mutate the input state', () => {
    const state = structuredClone(fresh);
    run('PROFILE_COMPLETED', march(1), state);
    run('SIGN_IN', march(1), state);
    expect(state).toEqual(fresh);
  });
});
