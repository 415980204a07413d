import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceTask,
  emptyTaskProgress,
  longestStreak,
  taskApplies,
  taskDefProblem,
  taskPeriodKey,
  type TaskContribution,
  type TaskDef,
  type TaskProgressState,
} from './tasks';

const TZ = 'Asia/Shanghai';
const opts = { timezone: TZ, expireInDays: 180 };
const task = (over: Partial<TaskDef> = {}): TaskDef => ({
  id: 'tsk_1',
  kind: 'TASK',
  period: 'WINDOW',
  measure: 'EVENT_COUNT',
  eventType: 'BROWSE',
  category: null,
  target: 3,
  points: 40,
  startsAt: new Date('2026-12-01T00:00:00Z'),
  endsAt: new Date('2027-01-01T00:00:00Z'),
  audienceTierIds: [],
  active: true,
  ...over,
});
const ev = (
  at: string,
  type = 'BROWSE',
  attributes: Record<string, unknown> | null = null,
): TaskContribution => ({
  kind: 'EVENT',
  type,
  at: new Date(at),
  attributes,
});
function run(t: TaskDef, cs: TaskContribution[]) {
  let s: TaskProgressState = emptyTaskProgress();
  const grants = [];
  for (const c of cs) {
    const r = advanceTask(t, s, c, opts);
    s = r.state;
    if (r.grant) grants.push(r.grant);
  }
  return { state: s, grants };
}

describe('tasks and challenges', () => {
  it('counts matching events and grants the points once, at the event that reached the target', () => {
    const t = task();
    const { state, grants } = run(t, [
      ev('2026-12-02T01:00:00Z'),
      ev('2026-12-02T02:00:00Z', 'SHARE'),
      ev('2026-12-02T03:00:00Z'),
      ev('2026-12-02T04:00:00Z'),
      ev('2026-12-02T05:00:00Z'),
    ]);
    expect(state.value).toBe(4);
    expect(state.completedAt).toEqual(new Date('2026-12-02T04:00:00Z'));
    expect(grants).toHaveLength(1);
    expect(grants[0]).toMatchObject({ source: 'TASK', points: 40, reason: 'TASK_COMPLETED', bonus: true });
    expect(grants[0].expiresAt).toEqual(new Date('2027-05-31T04:00:00Z'));
  });

  it('counts events of the category only, and purchase spend of the category items only', () => {
    const t = task({ category: 'shoes', target: 1 });
    expect(run(t, [ev('2026-12-02T01:00:00Z', 'BROWSE', { category: 'hats' })]).state.value).toBe(0);
    expect(run(t, [ev('2026-12-02T01:00:00Z', 'BROWSE', { category: 'shoes' })]).grants).toHaveLength(1);
    const spend = task({ measure: 'PURCHASE_SPEND', eventType: null, category: 'shoes', target: 30000 });
    const buy = (amountMinor: number, shoes: number): TaskContribution => ({
      kind: 'PURCHASE',
      at: new Date('2026-12-03T00:00:00Z'),
      amountMinor,
      items: [
        { sku: 'a', category: 'shoes', quantity: 1, amountMinor: shoes },
        { sku: 'b', category: 'hats', quantity: 1, amountMinor: amountMinor - shoes },
      ],
    });
    const r = run(spend, [buy(50000, 20000), buy(10000, 0), buy(15000, 10000)]);
    expect(r.state.value).toBe(30000);
    expect(r.grants).toHaveLength(1);
    // an event never counts for a purchase measure, nor a purchase for an event measure
    expect(run(spend, [ev('2026-12-02T01:00:00Z')]).state.value).toBe(0);
    expect(run(task(), [buy(50000, 0)]).state.value).toBe(0);
  });

  it('counts a streak as the longest run of distinct local days', () => {
    expect(longestStreak(['2026-12-01', '2026-12-02', '2026-12-04', '2026-12-05', '2026-12-06'])).toBe(3);
    const t = task({ kind: 'CHALLENGE', measure: 'EVENT_STREAK_DAYS', eventType: 'SIGN_IN', target: 3 });
    // 23:30 UTC on the 1st is the 2nd in Shanghai: the 2nd, 3rd (twice), 4th local
    const r = run(t, [
      ev('2026-12-01T23:30:00Z', 'SIGN_IN'),
      ev('2026-12-03T01:00:00Z', 'SIGN_IN'),
      ev('2026-12-03T02:00:00Z', 'SIGN_IN'),
      ev('2026-12-04T01:00:00Z', 'SIGN_IN'),
    ]);
    expect(r.state.days).toEqual(['2026-12-02', '2026-12-03', '2026-12-04']);
    expect(r.grants).toMatchObject([{ source: 'CHALLENGE', reason: 'CHALLENGE_COMPLETED' }]);
  });

  it('keys periods by local day, Monday week and month', () => {
    const at = new Date('2026-12-06T17:00:00Z'); // Monday 7 December 01:00 in Shanghai
    expect(taskPeriodKey('DAILY', at, TZ)).toBe('2026-12-07');
    expect(taskPeriodKey('WEEKLY', at, TZ)).toBe('W2026-12-07');
    expect(taskPeriodKey('WEEKLY', new Date('2026-12-13T15:59:59Z'), TZ)).toBe('W2026-12-07');
    expect(taskPeriodKey('WEEKLY', new Date('2026-12-13T16:00:00Z'), TZ)).toBe('W2026-12-14');
    expect(taskPeriodKey('MONTHLY', at, TZ)).toBe('2026-12');
    expect(taskPeriodKey('WINDOW', at, TZ)).toBe('WINDOW');
  });

  it('applies inside the window, to the audience, while active', () => {
    const t = task({ audienceTierIds: ['tier_gold'] });
    expect(taskApplies(t, 'tier_gold', new Date('2026-12-05T00:00:00Z'))).toBe(true);
    expect(taskApplies(t, 'tier_bronze', new Date('2026-12-05T00:00:00Z'))).toBe(false);
    expect(taskApplies(t, 'tier_gold', new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(taskApplies({ ...t, active: false }, 'tier_gold', new Date('2026-12-05T00:00:00Z'))).toBe(false);
  });

  it('names the field of a bad definition', () => {
    const { id: _id, active: _a, ...def } = task();
    expect(taskDefProblem(def)).toBeNull();
    expect(taskDefProblem({ ...def, target: 0 })?.[0]).toBe('target');
    expect(taskDefProblem({ ...def, endsAt: def.startsAt })?.[0]).toBe('endsAt');
    expect(taskDefProblem({ ...def, eventType: null })?.[0]).toBe('eventType');
    expect(taskDefProblem({ ...def, measure: 'EVENT_STREAK_DAYS', period: 'DAILY' })?.[0]).toBe('period');
  });

  it('property: progress and the number of grants do not depend on the order events arrive in', () => {
    const dayMs = 86_400_000;
    const base = Date.parse('2026-12-01T00:00:00Z');
    const contribution = fc.record({
      day: fc.integer({ min: 0, max: 20 }),
      hour: fc.integer({ min: 0, max: 23 }),
      type: fc.constantFrom('SIGN_IN', 'BROWSE'),
    });
    fc.assert(
      fc.property(
        fc.array(contribution, { maxLength: 30 }),
        fc.constantFrom('EVENT_COUNT', 'EVENT_STREAK_DAYS') as fc.Arbitrary<
          'EVENT_COUNT' | 'EVENT_STREAK_DAYS'
        >,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        (xs, measure, target, seed) => {
          const t = task({ measure, eventType: 'SIGN_IN', target });
          const cs = xs.map((x) =>
            ev(new Date(base + x.day * dayMs + x.hour * 3_600_000).toISOString(), x.type),
          );
          const shuffled = [...cs].sort(
            (a, b) => ((a.at.getTime() * 31 + seed) % 97) - ((b.at.getTime() * 31 + seed) % 97),
          );
          const a = run(t, cs);
          const b = run(t, shuffled);
          expect(b.state.value).toBe(a.state.value);
          expect(b.state.days).toEqual(a.state.days);
          expect(b.grants.length).toBe(a.grants.length);
          expect(a.grants.length).toBe(a.state.value >= target ? 1 : 0);
        },
      ),
    );
  });
});
