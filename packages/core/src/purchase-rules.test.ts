import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetSlices,
  claimBudget,
  dueLotFilter,
  isBonusSource,
  isDueLot,
  isOrderLot,
  newMemberActivity,
  qualifyingLookbackMonths,
  refundClawbackBasis,
  sliceOf,
} from './purchase-rules';

const rules = { qualifyingWindowMonths: 12, tierGraceMonths: 3 };
const at = new Date('2026-05-01T00:00:00Z');

describe('purchase rules', () => {
  it('reads the rolling window, and three graces more once the grace has ended', () => {
    expect(qualifyingLookbackMonths(rules, null, at)).toBe(12);
    expect(qualifyingLookbackMonths(rules, new Date('2026-06-01T00:00:00Z'), at)).toBe(12);
    expect(qualifyingLookbackMonths(rules, at, at)).toBe(21);
  });

  it('counts campaigns and activities as bonus, and gives an order every lot but referral rewards', () => {
    expect(['CAMPAIGN', 'ACTIVITY', 'PURCHASE', 'TIER_BONUS'].map((s) => isBonusSource(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(isOrderLot({ source: 'PURCHASE' })).toBe(true);
    expect(isOrderLot({ source: 'REFERRAL' })).toBe(false);
  });

  it('calls a lot due when it holds points and its expiry has come (the filter and the predicate agree)', () => {
    const f = dueLotFilter(at);
    expect(f).toEqual({ remaining: { $gt: 0 }, expiresAt: { $lte: at } });
    expect(isDueLot({ remaining: 1, expiresAt: at }, at)).toBe(true);
    expect(isDueLot({ remaining: 0, expiresAt: at }, at)).toBe(false);
    expect(isDueLot({ remaining: 1, expiresAt: null }, at)).toBe(false);
    expect(isDueLot({ remaining: 1, expiresAt: new Date(at.getTime() + 1) }, at)).toBe(false);
  });

  it('bases a refund on what the order issued, less what expired or is due', () => {
    const lots = [
      { points: 100, remaining: 40, expiresAt: new Date(at.getTime() - 1) },
      { points: 50, remaining: 50, expiresAt: null },
    ];
    expect(refundClawbackBasis({ lots, expiredBefore: 10, now: at })).toBe(150 - 10 - 40);
  });

  it('starts a new member with nothing done', () => {
    expect(newMemberActivity()).toEqual({
      lastSignInDay: null,
      signInStreak: 0,
      sharePointsThisMonth: 0,
      profileCompleted: false,
      reviewed: false,
      tasks: { profile: false, firstPurchase: false, firstReview: false, allDone: false },
    });
    expect(newMemberActivity()).not.toBe(newMemberActivity());
  });

  it('splits a budget into slices that add up to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 16 }), (budget, n) => {
        const s = budgetSlices(budget, n);
        expect(s).toHaveLength(n);
        expect(s.reduce((a, b) => a + b, 0)).toBe(budget);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('grants a claim what the slices hold, never more than a slice has left, starting at the given slice', () => {
    const slice = fc.record({ used: fc.integer({ min: 0, max: 50 }), room: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(
        fc.array(slice, { maxLength: 8 }),
        fc.integer({ min: 0, max: 300 }),
        fc.nat(),
        (raw, want, start) => {
          const slices = raw.map((s, i) => ({ slice: i, used: s.used, cap: s.used + s.room }));
          const room = raw.reduce((a, s) => a + s.room, 0);
          const { granted, claims } = claimBudget(slices, want, start);
          expect(granted).toBe(Math.min(want, room));
          expect(claims.reduce((a, c) => a + c.points, 0)).toBe(granted);
          for (const c of claims) {
            expect(c.points).toBeGreaterThan(0);
            expect(c.points).toBeLessThanOrEqual(raw[c.slice].room);
          }
          if (claims.length && slices.length) {
            const first = ((start % slices.length) + slices.length) % slices.length;
            if (raw[first].room > 0) expect(claims[0].slice).toBe(first);
          }
        },
      ),
    );
  });

  it('hashes a member to a stable slice', () => {
    expect(sliceOf('mem_abc', 8)).toBe(sliceOf('mem_abc', 8));
    for (const id of ['a', 'mem_1', 'mem_2', 'x'.repeat(40)]) expect(sliceOf(id, 8)).toBeLessThan(8);
  });
});
