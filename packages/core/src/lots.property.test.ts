import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { balanceOf, clawback, earn, expire, restore, spend } from './lots';
import type { Lot, LotAllocation, PointsState } from './types';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

type Op =
  | { kind: 'earn'; points: number; expiresInDays: number | null; pendingDays: number }
  | { kind: 'spend'; points: number }
  | { kind: 'restore'; pick: number }
  | { kind: 'clawback'; points: number; preferNewest: boolean }
  | { kind: 'expire' }
  | { kind: 'advance'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('earn' as const),
      points: fc.integer({ min: 0, max: 200 }),
      expiresInDays: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
      pendingDays: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 })),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('spend' as const), points: fc.integer({ min: 0, max: 400 }) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('clawback' as const),
      points: fc.integer({ min: 0, max: 600 }),
      preferNewest: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('expire' as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.integer({ min: 0, max: 20 * DAY }),
    }),
  },
);

/** The spending order, written independently of compareSpendOrder: expiry (never last), earnedAt, id. */
const spendsBefore = (a: Lot, b: Lot): boolean => {
  const key = (l: Lot) => [l.expiresAt?.getTime() ?? Number.MAX_SAFE_INTEGER, l.earnedAt.getTime()] as const;
  const [ka, kb] = [key(a), key(b)];
  return ka[0] !== kb[0] ? ka[0] < kb[0] : ka[1] !== kb[1] ? ka[1] < kb[1] : a.id < b.id;
};
/** Availability, also written independently: availableAt <= now < expiresAt, with points left. */
const spendableAt = (l: Lot, now: number) =>
  l.remaining > 0 && l.availableAt.getTime() <= now && (l.expiresAt === null || now < l.expiresAt.getTime());
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const allocated = (as: LotAllocation[]) => sum(as.map((a) => a.points));

/** Runs the operations against a PointsState and a mirror ledger (signed entries), checking the invariants after every step. */
/** how often the generator reached the interesting cases (checked below so a weak generator cannot pass silently) */
const reached = { negative: 0, restoreWithNegative: 0 };
function simulate(ops: Op[]): void {
  const state: PointsState = { lots: [], negative: 0 };
  const ledger: number[] = [];
  const spends: { allocations: LotAllocation[]; restored: boolean }[] = [];
  let now = T0;
  let seq = 0;

  for (const op of ops) {
    const at = new Date(now);
    switch (op.kind) {
      case 'earn': {
        const id = `lot-${String(++seq).padStart(4, '0')}`;
        earn(state, {
          id,
          source: 'PURCHASE',
          points: op.points,
          earnedAt: at,
          availableAt: new Date(now + op.pendingDays * DAY),
          expiresAt: op.expiresInDays === null ? null : new Date(now + op.expiresInDays * DAY),
        });
        ledger.push(op.points);
        break;
      }
      case 'spend': {
        const spendable = state.lots.filter((l) => spendableAt(l, now));
        const available = sum(spendable.map((l) => l.remaining));
        expect(balanceOf(state, at).available).toBe(available);
        const wasAvailable = new Set(spendable.map((l) => l.id));
        if (op.points > available) {
          const before = structuredClone(state);
          expect(() => spend(state, op.points, at)).toThrow(DomainError);
          try {
            spend(state, op.points, at);
          } catch (e) {
            expect((e as DomainError).code).toBe('INSUFFICIENT_POINTS');
          }
          expect(state).toEqual(before); // a refusal changes nothing
          break;
        }
        const allocations = spend(state, op.points, at);
        expect(allocated(allocations)).toBe(op.points);
        ledger.push(-op.points);
        spends.push({ allocations, restored: false });
        // soonest-expiring first: no available lot that still holds points sorts before a drawn one
        for (const a of allocations) expect(wasAvailable.has(a.lotId)).toBe(true); // never pending or expired lots
        const drawn = allocations.map((a) => state.lots.find((l) => l.id === a.lotId)!);
        for (const lot of state.lots) {
          if (!wasAvailable.has(lot.id) || lot.remaining === 0) continue;
          for (const d of drawn) if (d !== lot) expect(spendsBefore(d, lot)).toBe(true);
        }
        break;
      }
      case 'restore': {
        const open = spends.filter((s) => !s.restored);
        if (open.length === 0) break;
        const target = open[op.pick % open.length];
        const before = new Map(state.lots.map((l) => [l.id, l.remaining]));
        const negativeBefore = state.negative;
        const { paidNegative, restored } = restore(state, target.allocations);
        if (negativeBefore > 0) reached.restoreWithNegative++;
        target.restored = true;
        ledger.push(allocated(target.allocations));
        expect(paidNegative + allocated(restored)).toBe(allocated(target.allocations));
        expect(paidNegative).toBe(Math.min(negativeBefore, allocated(target.allocations)));
        // exactly the original lots get their points back, nothing else moves
        const back = new Map<string, number>();
        for (const r of restored) back.set(r.lotId, (back.get(r.lotId) ?? 0) + r.points);
        if (paidNegative === 0) {
          const original = new Map<string, number>();
          for (const a of target.allocations) original.set(a.lotId, (original.get(a.lotId) ?? 0) + a.points);
          expect(back).toEqual(original);
        }
        for (const lot of state.lots)
          expect(lot.remaining).toBe(before.get(lot.id)! + (back.get(lot.id) ?? 0));
        break;
      }
      case 'clawback': {
        const prefer = op.preferNewest && state.lots.length > 0 ? [state.lots[state.lots.length - 1].id] : [];
        const expiredBefore = new Map(
          state.lots
            .filter((l) => l.expiresAt && l.expiresAt.getTime() <= now)
            .map((l) => [l.id, l.remaining]),
        );
        const { allocations, negativeAdded } = clawback(state, op.points, prefer, at);
        expect(allocated(allocations) + negativeAdded).toBe(op.points);
        for (const [id, remaining] of expiredBefore)
          expect(state.lots.find((l) => l.id === id)!.remaining).toBe(remaining);
        ledger.push(-op.points);
        if (negativeAdded > 0) reached.negative++;
        break;
      }
      case 'expire': {
        ledger.push(-allocated(expire(state, at)));
        for (const l of state.lots)
          if (l.expiresAt && l.expiresAt.getTime() <= now) expect(l.remaining).toBe(0);
        break;
      }
      case 'advance':
        now += op.ms;
        break;
    }

    // invariants, after every step
    const balance = balanceOf(state, new Date(now));
    expect(sum(ledger)).toBe(sum(state.lots.map((l) => l.remaining)) - state.negative);
    expect(balance.net).toBe(sum(ledger));
    expect(state.negative).toBeGreaterThanOrEqual(0);
    expect(balance.available).toBeGreaterThanOrEqual(0);
    for (const l of state.lots) {
      expect(l.remaining).toBeGreaterThanOrEqual(0);
      expect(l.remaining).toBeLessThanOrEqual(l.points);
    }
    if (state.negative > 0) {
      for (const l of state.lots)
        if (!l.expiresAt || l.expiresAt.getTime() > now) expect(l.remaining).toBe(0);
    }
  }
}

describe('lots: random operation sequences keep the ledger invariants', () => {
  it('holds for every step', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80, size: 'max' }), (ops) => simulate(ops)),
      { numRuns: 400 },
    );
    expect(reached.negative).toBeGreaterThan(50);
    expect(reached.restoreWithNegative).toBeGreaterThan(5);
  });

  it('spending then restoring returns the state to exactly where it was (no negative balance)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            points: fc.integer({ min: 1, max: 300 }),
            days: fc.option(fc.integer({ min: 1, max: 90 }), { nil: null }),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 2000 }),
        (lots, want) => {
          const state: PointsState = { lots: [], negative: 0 };
          lots.forEach((l, i) =>
            earn(state, {
              id: `l${i}`,
              source: 'ACTIVITY',
              points: l.points,
              earnedAt: new Date(T0 + i),
              availableAt: new Date(T0),
              expiresAt: l.days === null ? null : new Date(T0 + l.days * DAY),
            }),
          );
          const at = new Date(T0 + 1000);
          const before = structuredClone(state);
          const points = Math.min(want, balanceOf(state, at).available);
          const allocations = spend(state, points, at);
          restore(state, allocations);
          expect(state).toEqual(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});
