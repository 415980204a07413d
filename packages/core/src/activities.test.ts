import fc from 'fast-check';
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

describe('late sign-ins', () => {
  const signIns = (days: number[], state: ActivityState = fresh) => {
    let points = 0;
    const refusals: string[] = [];
    for (const d of days) {
      const r = run('SIGN_IN', march(d), state);
      points += r.grants.reduce((s, g) => s + g.points, 0);
      refusals.push(...r.refusals.map((x) => x.reason));
      state = r.state;
    }
    return { points, refusals, state };
  };

  it('a sign-in that arrives after a later day earns its +5; a duplicate of a known day does not', () => {
    const r = signIns([10, 9, 11, 9, 10]);
    expect(r.points).toBe(15);
    expect(r.refusals).toEqual(['ALREADY_SIGNED_IN_TODAY', 'ALREADY_SIGNED_IN_TODAY']);
    expect(r.state).toMatchObject({ lastSignInDay: '2026-03-11', signInStreak: 3 });
  });

  it('the late day that joins two runs into seven earns the streak bonus, once', () => {
    // days 1-3 and 5-7, then day 4 late: a run of 7
    const r = signIns([1, 2, 3, 5, 6, 7, 4]);
    expect(r.points).toBe(7 * 5 + 20);
    expect(r.state.signInStreak).toBe(7);
    // the streak goes on from 7: the 14th day earns the next bonus
    expect(signIns([8, 9, 10, 11, 12, 13, 14], r.state).points).toBe(7 * 5 + 20);
  });

  it('a state written before the day list existed refuses a late day, as before (SIGN_IN_TOO_LATE)', () => {
    const legacy: ActivityState = { ...fresh, lastSignInDay: '2026-03-10', signInStreak: 2 };
    const r = signIns([9, 10, 11], legacy);
    expect(r.refusals).toEqual(['SIGN_IN_TOO_LATE', 'ALREADY_SIGNED_IN_TODAY']);
    expect(r.points).toBe(5);
    // after an ordinary sign-in the state has its list, complete only from the day it knew: day 9
    // (which it may have had) is still too late, day 12 arriving after 13 is not
    expect(r.state.signInDaysFrom).toBe('2026-03-10');
    expect(signIns([9], r.state).refusals).toEqual(['SIGN_IN_TOO_LATE']);
    expect(signIns([13, 12], r.state)).toMatchObject({ points: 10, refusals: [] });
  });

  it('a sign-in older than the memory is refused as too late', () => {
    const r = signIns([1, 30, 31, 40]);
    expect(signIns([2], r.state).refusals).toEqual(['SIGN_IN_TOO_LATE']); // 2026-03-02 < 40 - 34 days
    expect(signIns([10], r.state).points).toBe(5); // 2026-03-10 is within 35 days of April 9
  });

  it('property: within the memory, the order sign-ins arrive in changes nothing (points and streak)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        (days, seed) => {
          const inOrder = signIns([...days].sort((a, b) => a - b));
          const shuffled = [...days];
          let x = seed >>> 0;
          for (let i = shuffled.length - 1; i > 0; i--) {
            x = (Math.imul(x, 1103515245) + 12345) >>> 0;
            const j = x % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
          }
          const late = signIns(shuffled);
          // 5 a distinct day, 20 for every 7th day of each run of consecutive days
          const distinct = [...new Set(days)].sort((a, b) => a - b);
          let expected = 0;
          let runLength = 0;
          distinct.forEach((d, i) => {
            runLength = i > 0 && distinct[i - 1] === d - 1 ? runLength + 1 : 1;
            expected += 5 + (runLength % 7 === 0 ? 20 : 0);
          });
          expect(inOrder.points).toBe(expected);
          expect(late.points).toBe(expected);
          expect(late.state.signInStreak).toBe(inOrder.state.signInStreak);
          expect(late.state.lastSignInDay).toBe(inOrder.state.lastSignInDay);
          expect(late.refusals.length).toBe(days.length - distinct.length);
        },
      ),
      { numRuns: 300 },
    );
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
