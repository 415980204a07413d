import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extensionTermsProblem, planPaidExtension, type ExtendableLot } from './extension';

const now = new Date('2026-12-06T00:00:00Z');
const day = 86_400_000;
const terms = { feeMinor: 1000, extendDays: 90, windowDays: 30 };
const lot = (id: string, days: number | null, over: Partial<ExtendableLot> = {}): ExtendableLot => ({
  id,
  remaining: 10,
  expiresAt: days === null ? null : new Date(now.getTime() + days * day),
  extended: false,
  ...over,
});

describe('paid extension', () => {
  it('extends the lots expiring within 30 days once, in expiry order, by the set days', () => {
    const plan = planPaidExtension(
      [
        lot('a', 29),
        lot('b', 31),
        lot('c', 30),
        lot('d', 1, { extended: true }),
        lot('e', 2, { remaining: 0 }),
        lot('f', -1),
        lot('g', null),
        lot('h', 0.5),
      ],
      now,
      terms,
    );
    expect(plan.map((p) => p.lotId)).toEqual(['h', 'a', 'c']);
    expect(plan[1]).toEqual({
      lotId: 'a',
      points: 10,
      from: new Date(now.getTime() + 29 * day),
      to: new Date(now.getTime() + 119 * day),
    });
  });

  it('names a bad term', () => {
    expect(extensionTermsProblem(terms)).toBeNull();
    expect(extensionTermsProblem({ ...terms, feeMinor: -1 })?.[0]).toBe('feeMinor');
    expect(extensionTermsProblem({ ...terms, extendDays: 0 })?.[0]).toBe('extendDays');
    expect(extensionTermsProblem({ ...terms, windowDays: 0.5 })?.[0]).toBe('windowDays');
  });

  it('property: a planned lot is never planned again once marked extended, and moves by exactly the set days', () => {
    const arb = fc.array(
      fc.record({
        days: fc.option(fc.integer({ min: -10, max: 60 }), { nil: null }),
        remaining: fc.integer({ min: 0, max: 5 }),
        extended: fc.boolean(),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const lots = xs.map((x, i) => lot(`l${i}`, x.days, { remaining: x.remaining, extended: x.extended }));
        const plan = planPaidExtension(lots, now, terms);
        for (const p of plan) {
          expect(p.to.getTime() - p.from.getTime()).toBe(90 * day);
          expect(p.from.getTime()).toBeGreaterThan(now.getTime());
          expect(p.from.getTime()).toBeLessThanOrEqual(now.getTime() + 30 * day);
        }
        const marked = lots.map((l) => (plan.some((p) => p.lotId === l.id) ? { ...l, extended: true } : l));
        expect(planPaidExtension(marked, now, terms)).toEqual([]);
      }),
    );
  });
});
