import { describe, expect, it } from 'vitest';
import { computePacing, pacingWindowStart } from './pacing';

const DAY = 86_400_000;
const start = new Date('2026-12-01T00:00:00Z');
const end = new Date('2026-12-31T00:00:00Z');

describe('computePacing', () => {
  it('10,000 issued in the last 7 days burns ~1,428.6/day: 50,000 left runs out in 35 days, before the Feb 1 end', () => {
    const now = new Date('2026-12-11T00:00:00Z');
    const p = computePacing({
      budgetPoints: 100_000,
      pointsIssued: 50_000,
      startsAt: start,
      endsAt: new Date('2027-02-01T00:00:00Z'),
      now,
      recentPointsIssued: 10_000,
      recentSince: pacingWindowStart(start, now),
    });
    expect(p.burnRatePerDay).toBeCloseTo(10_000 / 7, 9);
    expect(p.budgetLeft).toBe(50_000);
    expect(p.projectedExhaustionAt!.getTime()).toBe(now.getTime() + 35 * DAY);
    expect(p.state).toBe('EXHAUSTS_BEFORE_END'); // Jan 15 < Feb 1
  });

  it('on track when the run-out comes after the end; the projection at the end never passes the budget', () => {
    const now = new Date('2026-12-11T00:00:00Z');
    const p = computePacing({
      budgetPoints: 100_000,
      pointsIssued: 10_000,
      startsAt: start,
      endsAt: end,
      now,
      recentPointsIssued: 7_000,
      recentSince: pacingWindowStart(start, now),
    });
    expect(p.state).toBe('ON_TRACK');
    expect(p.projectedIssuedAtEnd).toBe(30_000); // 10,000 + 1,000/day x 20 days
    const hot = computePacing({
      ...p,
      budgetPoints: 20_000,
      startsAt: start,
      endsAt: end,
      now,
      recentPointsIssued: 7_000,
      recentSince: pacingWindowStart(start, now),
      pointsIssued: 10_000,
    });
    expect(hot.state).toBe('EXHAUSTS_BEFORE_END');
    expect(hot.projectedIssuedAtEnd).toBe(20_000);
  });

  it('the burn window starts no earlier than the campaign; exhausted, not started and no budget are told apart', () => {
    const now = new Date('2026-12-03T00:00:00Z');
    expect(pacingWindowStart(start, now)).toEqual(start);
    const base = { startsAt: start, endsAt: end, now, recentSince: start, recentPointsIssued: 2_000 };
    expect(computePacing({ ...base, budgetPoints: 2_000, pointsIssued: 2_000 }).state).toBe('EXHAUSTED');
    expect(computePacing({ ...base, budgetPoints: null, pointsIssued: 2_000 }).state).toBe('NO_BUDGET');
    expect(computePacing({ ...base, budgetPoints: null, pointsIssued: 2_000 }).burnRatePerDay).toBe(1_000);
    expect(
      computePacing({
        ...base,
        now: new Date('2026-11-01'),
        budgetPoints: 5,
        pointsIssued: 0,
        recentPointsIssued: 0,
      }).state,
    ).toBe('NOT_STARTED');
  });
});
