import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules';
import { DomainError } from '../errors';
import { decideBoostContribution, type BoostState } from './boosts';
import { overCapEntries } from './draws';
import {
  decideGroupJoin,
  groupBuyPointsLimit,
  groupBuyTermsProblem,
  groupBuyTransition,
  GROUP_BUY_STATUSES,
  type GroupJoin,
} from './group-buys';

const now = new Date('2026-12-06T00:00:00Z');
const later = new Date('2026-12-07T00:00:00Z');
const rules = DEFAULT_RULES.groupBuy;
const code = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('group buys', () => {
  it('checks the terms: size within the rules, a deadline ahead but not too far, a price', () => {
    const ok = { size: 3, deadline: later, priceMinor: 9900 };
    expect(groupBuyTermsProblem(ok, now, rules)).toBeNull();
    expect(groupBuyTermsProblem({ ...ok, size: 1 }, now, rules)?.[0]).toBe('size');
    expect(groupBuyTermsProblem({ ...ok, size: 21 }, now, rules)?.[0]).toBe('size');
    expect(groupBuyTermsProblem({ ...ok, deadline: now }, now, rules)?.[0]).toBe('deadline');
    expect(groupBuyTermsProblem({ ...ok, deadline: new Date('2026-12-10T00:00:01Z') }, now, rules)?.[0]).toBe(
      'deadline',
    );
    expect(groupBuyTermsProblem({ ...ok, priceMinor: 0 }, now, rules)?.[0]).toBe('priceMinor');
  });

  it('refuses self-joins, duplicates, shared devices, full and closed groups', () => {
    const g = { status: 'OPEN' as const, deadline: later, size: 3, openerId: 'a' };
    const ps: GroupJoin[] = [{ memberId: 'a', deviceId: 'd1' }];
    expect(code(() => decideGroupJoin(g, ps, { memberId: 'a', deviceId: null }, now))).toBe('SELF_JOIN');
    const two = [...ps, { memberId: 'b', deviceId: null }];
    expect(code(() => decideGroupJoin(g, two, { memberId: 'b', deviceId: null }, now))).toBe(
      'ALREADY_JOINED',
    );
    expect(code(() => decideGroupJoin(g, two, { memberId: 'c', deviceId: 'd1' }, now))).toBe('SHARED_DEVICE');
    expect(decideGroupJoin(g, two, { memberId: 'c', deviceId: 'd2' }, now)).toEqual({ seat: 3, fills: true });
    expect(code(() => decideGroupJoin(g, two, { memberId: 'c', deviceId: null }, later))).toBe(
      'INVALID_TRANSITION',
    );
    expect(
      code(() => decideGroupJoin({ ...g, status: 'FILLED' }, two, { memberId: 'c', deviceId: null }, now)),
    ).toBe('GROUP_FULL');
  });

  it('property: joins in any order seat exactly `size` distinct members, and only the last one fills', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 20 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }),
        (size, joiners) => {
          const g = { status: 'OPEN' as const, deadline: later, size, openerId: 'm0' };
          let status: 'OPEN' | 'FILLED' | 'EXPIRED' = 'OPEN';
          const ps: GroupJoin[] = [{ memberId: 'm0', deviceId: null }];
          let fills = 0;
          for (const j of joiners) {
            try {
              const r = decideGroupJoin({ ...g, status }, ps, { memberId: `m${j}`, deviceId: null }, now);
              ps.push({ memberId: `m${j}`, deviceId: null });
              if (r.fills) {
                fills++;
                status = groupBuyTransition(status, 'FILL')!;
              }
            } catch (e) {
              expect(e).toBeInstanceOf(DomainError);
            }
          }
          expect(ps.length).toBeLessThanOrEqual(size);
          expect(new Set(ps.map((p) => p.memberId)).size).toBe(ps.length);
          expect(fills).toBe(ps.length === size ? 1 : 0);
          expect(status).toBe(ps.length === size ? 'FILLED' : 'OPEN');
        },
      ),
    );
  });

  it('property: only an open group changes state, and then only to filled or expired', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GROUP_BUY_STATUSES),
        fc.constantFrom('JOIN' as const, 'FILL' as const, 'EXPIRE' as const),
        (s, e) => {
          const next = groupBuyTransition(s, e);
          if (s !== 'OPEN') expect(next).toBeNull();
          else expect(next).toBe(e === 'JOIN' ? 'OPEN' : e === 'FILL' ? 'FILLED' : 'EXPIRED');
        },
      ),
    );
  });

  it('property: the points a new customer may use are worth at most the share of the price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        (price, value) => {
          const limit = groupBuyPointsLimit(price, value, rules);
          expect(Number.isSafeInteger(limit) && limit >= 0).toBe(true);
          if (value > 0) {
            expect(limit * value).toBeLessThanOrEqual((price * rules.maxPointsPercent) / 100);
            expect((limit + 1) * value).toBeGreaterThan((price * rules.maxPointsPercent) / 100);
          } else expect(limit).toBe(0);
        },
      ),
    );
  });
});

describe('boosts', () => {
  const b: BoostState = { status: 'OPEN', requesterId: 'r', targetPoints: 100, expiresAt: later };
  const br = DEFAULT_RULES.boost;
  it('refuses self-contribution, duplicate friends, shared devices, amounts outside the limits, closed requests', () => {
    const cs = [{ memberId: 'f1', points: 10, deviceId: 'd1' }];
    const c = (memberId: string, points: number, deviceId: string | null = null, at = now) =>
      code(() =>
        decideBoostContribution(b, cs, { memberId, points, deviceId, requesterDeviceId: 'dr' }, at, br),
      );
    expect(c('r', 10)).toBe('SELF_CONTRIBUTION');
    expect(c('f1', 10)).toBe('ALREADY_CONTRIBUTED');
    expect(c('f2', 10, 'd1')).toBe('SHARED_DEVICE');
    expect(c('f2', 10, 'dr')).toBe('SHARED_DEVICE');
    expect(c('f2', 0)).toBe('INVALID_INPUT');
    expect(c('f2', 51)).toBe('INVALID_INPUT');
    expect(c('f2', 10, null, later)).toBe('INVALID_TRANSITION');
    expect(c('f2', 10)).toBeNull();
  });

  it('property: contributions never overshoot the target and reach it exactly once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: 60 })), {
          maxLength: 60,
        }),
        (target, tries) => {
          const boost = { ...b, targetPoints: target };
          const cs: { memberId: string; points: number; deviceId: null }[] = [];
          let reached = 0;
          for (const [who, points] of tries) {
            if (reached) break;
            try {
              const r = decideBoostContribution(
                boost,
                cs,
                { memberId: `f${who}`, points, deviceId: null },
                now,
                br,
              );
              expect(r.points).toBeGreaterThan(0);
              expect(r.points).toBeLessThanOrEqual(points);
              cs.push({ memberId: `f${who}`, points: r.points, deviceId: null });
              if (r.reaches) reached++;
            } catch (e) {
              expect(e).toBeInstanceOf(DomainError);
            }
          }
          const sum = cs.reduce((s, x) => s + x.points, 0);
          expect(sum).toBeLessThanOrEqual(target);
          expect(reached).toBe(sum === target ? 1 : 0);
          expect(new Set(cs.map((x) => x.memberId)).size).toBe(cs.length);
        },
      ),
    );
  });
});

describe('over-cap draw entries', () => {
  it('property: whole entries only, never more points than were refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1000 }),
        (refused, cost) => {
          const r = overCapEntries(refused, cost);
          expect(r.points).toBeLessThanOrEqual(refused);
          if (cost > 0) {
            expect(r.points).toBe(r.entries * cost);
            expect(refused - r.points).toBeLessThan(cost);
          } else expect(r.entries).toBe(0);
        },
      ),
    );
  });
});
