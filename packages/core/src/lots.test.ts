import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { balanceOf, clawback, compareSpendOrder, earn, expire, isAvailable, restore, spend } from './lots';
import type { Lot, PointsState } from './types';

const T0 = Date.UTC(2026, 0, 1);
const day = (n: number) => new Date(T0 + n * 86_400_000);
const lot = (
  id: string,
  points: number,
  opts: { earned?: number; available?: number; expires?: number | null } = {},
) => ({
  id,
  source: 'PURCHASE' as const,
  points,
  earnedAt: day(opts.earned ?? 0),
  availableAt: day(opts.available ?? opts.earned ?? 0),
  expiresAt: opts.expires === null ? null : day(opts.expires ?? 365),
});
const remaining = (s: PointsState) => Object.fromEntries(s.lots.map((l) => [l.id, l.remaining]));
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
  return null;
};

describe('availability and order', () => {
  it('is available from availableAt until (excluding) expiresAt', () => {
    const l: Lot = { ...lot('a', 10, { available: 5, expires: 30 }), remaining: 10 };
    expect(isAvailable(l, day(4))).toBe(false);
    expect(isAvailable(l, day(5))).toBe(true);
    expect(isAvailable(l, day(30))).toBe(false);
    expect(isAvailable({ ...l, remaining: 0 }, day(10))).toBe(false);
  });

  it('orders by expiry (never-expiring last), then earnedAt, then id', () => {
    const lots: Lot[] = [
      { ...lot('z', 1, { expires: null }), remaining: 1 },
      { ...lot('b', 1, { earned: 2, expires: 100 }), remaining: 1 },
      { ...lot('a', 1, { earned: 2, expires: 100 }), remaining: 1 },
      { ...lot('c', 1, { earned: 1, expires: 100 }), remaining: 1 },
      { ...lot('d', 1, { earned: 9, expires: 50 }), remaining: 1 },
    ];
    expect(lots.sort(compareSpendOrder).map((l) => l.id)).toEqual(['d', 'c', 'a', 'b', 'z']);
  });
});

describe('earn, spend, restore, clawback, expire', () => {
  it('spends soonest-expiring first, never overdraws, and leaves state untouched on refusal', () => {
    const s: PointsState = { lots: [], negative: 0 };
    earn(s, lot('purchase', 300, { expires: 365 }));
    earn(s, lot('welcome', 50, { expires: 30 }));
    earn(s, lot('pending', 100, { available: 14, expires: 365 }));
    expect(spend(s, 80, day(1))).toEqual([
      { lotId: 'welcome', points: 50 },
      { lotId: 'purchase', points: 30 },
    ]);
    const before = structuredClone(s);
    expect(codeOf(() => spend(s, 271, day(1)))).toBe('INSUFFICIENT_POINTS'); // the pending lot is not spendable
    expect(s).toEqual(before);
    expect(balanceOf(s, day(1))).toMatchObject({ available: 270, pending: 100, negative: 0, net: 370 });
  });

  it('restores a cancelled redemption to the exact lots and expiry dates', () => {
    const s: PointsState = { lots: [], negative: 0 };
    earn(s, lot('a', 100, { expires: 30 }));
    earn(s, lot('b', 100, { expires: 60 }));
    const allocations = spend(s, 150, day(1));
    expect(remaining(s)).toEqual({ a: 0, b: 50 });
    expect(restore(s, allocations)).toEqual({ paidNegative: 0, restored: allocations });
    expect(remaining(s)).toEqual({ a: 100, b: 100 });
    // restoring again would hold more than the lots earned: refused, nothing changed
    expect(codeOf(() => restore(s, allocations))).toBe('INVALID_INPUT');
    expect(remaining(s)).toEqual({ a: 100, b: 100 });
  });

  it('a refund of spent points leaves a negative balance that earnings and restores pay first', () => {
    const s: PointsState = { lots: [], negative: 0 };
    earn(s, lot('order', 300, { expires: 365 }));
    const redemption = spend(s, 250, day(1));
    // full refund of the order: 50 come from its lot, 250 were spent
    expect(clawback(s, 300, ['order'], day(2))).toEqual({
      allocations: [{ lotId: 'order', points: 50 }],
      negativeAdded: 250,
    });
    expect(balanceOf(s, day(2))).toMatchObject({ available: 0, negative: 250, net: -250 });
    const { lot: stored, paidNegative } = earn(s, lot('next', 100, { earned: 3, expires: 400 }));
    expect([stored.remaining, paidNegative, s.negative]).toEqual([0, 100, 150]);
    // cancelling the redemption: 150 pay the debt, the other 100 go back to the order's lot
    expect(restore(s, redemption)).toEqual({
      paidNegative: 150,
      restored: [{ lotId: 'order', points: 100 }],
    });
    expect(balanceOf(s, day(3))).toMatchObject({ available: 100, negative: 0, net: 100 });
  });

  it('clawback takes the order lots first (pending or not), then others in spending order, never expired ones', () => {
    const s: PointsState = { lots: [], negative: 0 };
    earn(s, lot('old', 40, { expires: 10 }));
    earn(s, lot('soon', 30, { expires: 20 }));
    earn(s, lot('later', 30, { expires: 200 }));
    earn(s, lot('order', 20, { available: 14, expires: 365 }));
    const r = clawback(s, 75, ['order', 'missing-id'], day(10));
    expect(r).toEqual({
      allocations: [
        { lotId: 'order', points: 20 },
        { lotId: 'soon', points: 30 },
        { lotId: 'later', points: 25 },
      ],
      negativeAdded: 0,
    });
    expect(remaining(s).old).toBe(40); // expired at day 10: left for expire()
    expect(expire(s, day(10))).toEqual([{ lotId: 'old', points: 40 }]);
    expect(expire(s, day(10))).toEqual([]);
  });

  it('expires in spending order whatever order the lots were loaded in', () => {
    const loaded: PointsState = { lots: [], negative: 0 };
    // as a database may return them: not in the order they were earned or expire
    earn(loaded, lot('late', 30, { earned: 5, expires: 20 }));
    earn(loaded, lot('b', 20, { earned: 1, expires: 10 }));
    earn(loaded, lot('never', 5, { expires: null }));
    earn(loaded, lot('a', 10, { earned: 1, expires: 10 }));
    earn(loaded, lot('first', 40, { earned: 0, expires: 10 }));
    expect(expire(loaded, day(400))).toEqual([
      { lotId: 'first', points: 40 }, // expires day 10, earned day 0
      { lotId: 'a', points: 10 }, // expires day 10, earned day 1: by id
      { lotId: 'b', points: 20 },
      { lotId: 'late', points: 30 }, // expires day 20
    ]);
    expect(remaining(loaded)).toEqual({ late: 0, b: 0, never: 5, a: 0, first: 0 });
  });

  it('reports pending and expiring-soon points', () => {
    const s: PointsState = { lots: [], negative: 0 };
    earn(s, lot('w', 50, { expires: 30 }));
    earn(s, lot('p', 300, { expires: 365 }));
    earn(s, lot('n', 10, { expires: null }));
    const b = balanceOf(s, day(20));
    expect(b.expiringWithinDays(7)).toBe(0);
    expect(b.expiringWithinDays(10)).toBe(50);
    expect(b.expiringWithinDays(400)).toBe(350);
  });

  it('rejects malformed amounts', () => {
    const s: PointsState = { lots: [], negative: 0 };
    expect(codeOf(() => earn(s, lot('x', -1)))).toBe('INVALID_INPUT');
    expect(codeOf(() => spend(s, 1.5, day(0)))).toBe('INVALID_INPUT');
    earn(s, lot('x', 1));
    expect(codeOf(() => earn(s, lot('x', 1)))).toBe('INVALID_INPUT');
    expect(codeOf(() => restore(s, [{ lotId: 'nope', points: 1 }]))).toBe('NOT_FOUND');
    expect(spend(s, 0, day(0))).toEqual([]);
  });
});
