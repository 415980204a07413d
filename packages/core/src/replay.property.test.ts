/**
 * Keyed replay: every command carries an idempotency key; a tiny in-memory processor (key -> first
 * result) runs random commands over the real domain functions. Replaying the whole sequence (every
 * key already seen) must change nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeActivity, type ActivityState } from './activities';
import {
  applyMonthlyBonusCap,
  assertRefundable,
  computePurchaseEarning,
  refundClawbackPoints,
} from './earning';
import { isDomainError } from './errors';
import { balanceOf, clawback, earn, expire, restore, spend } from './lots';
import { planRedemption } from './redemption';
import { DEFAULT_RULES, DEFAULT_TIERS } from './rules';
import { monthKey } from './time';
import type { ActivityType, LotAllocation, PointsState, TierDef } from './types';

const rules = DEFAULT_RULES;
const bronze: TierDef = { id: 'bronze', ...DEFAULT_TIERS[0] };
const T0 = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;

type Cmd = { key: string; hours: number } & (
  | { kind: 'purchase'; order: number; amountMinor: number }
  | { kind: 'refund'; order: number; amountMinor: number }
  | { kind: 'redeem'; points: number }
  | { kind: 'cancel'; redemption: number } // the n-th redemption so far (modulo)
  | { kind: 'activity'; type: ActivityType }
  | { kind: 'expire' }
);

const cmdArb: fc.Arbitrary<Cmd> = fc
  .tuple(
    fc.integer({ min: 0, max: 24 }).map((k) => `k${k}`), // a small pool: retries happen within the first pass too
    fc.integer({ min: 0, max: 24 * 400 }),
    fc.oneof(
      fc.record({
        kind: fc.constant('purchase' as const),
        order: fc.integer({ min: 0, max: 2 }),
        amountMinor: fc.integer({ min: 0, max: 150_000 }),
      }),
      fc.record({
        kind: fc.constant('refund' as const),
        order: fc.integer({ min: 0, max: 2 }),
        amountMinor: fc.integer({ min: 1, max: 80_000 }),
      }),
      fc.record({ kind: fc.constant('redeem' as const), points: fc.integer({ min: 50, max: 600 }) }),
      fc.record({ kind: fc.constant('cancel' as const), redemption: fc.nat() }),
      fc.record({
        kind: fc.constant('activity' as const),
        type: fc.constantFrom<ActivityType>('SIGN_IN', 'REVIEW', 'SHARE', 'PROFILE_COMPLETED'),
      }),
      fc.record({ kind: fc.constant('expire' as const) }),
    ),
  )
  .map(([key, hours, body]) => ({ key, hours, ...body }) as Cmd);

interface Order {
  amountMinor: number;
  points: number;
  lotIds: string[];
  refundedMinor: number;
  reversed: number;
}
interface World {
  points: PointsState;
  ledger: number[];
  orders: Map<number, Order>;
  redemptions: Map<string, { allocations: LotAllocation[]; cancelled: boolean }>;
  activity: ActivityState;
  monthSpend: Map<string, number>;
  milestones: Set<string>;
  bonusByMonth: Map<string, number>;
  results: Map<string, unknown>;
}

const newWorld = (): World => ({
  points: { lots: [], negative: 0 },
  ledger: [],
  orders: new Map(),
  redemptions: new Map(),
  activity: {
    lastSignInDay: null,
    signInStreak: 0,
    sharePointsThisMonth: 0,
    profileCompleted: false,
    reviewed: false,
    tasks: { profile: false, firstPurchase: false, firstReview: false, allDone: false },
  },
  monthSpend: new Map(),
  milestones: new Set(),
  bonusByMonth: new Map(),
  results: new Map(),
});

/** Runs one command once per key; a seen key returns its first result and touches nothing. */
function handle(w: World, cmd: Cmd): unknown {
  if (w.results.has(cmd.key)) return w.results.get(cmd.key);
  let result: unknown;
  try {
    result = run(w, cmd);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    result = { error: e.code };
  }
  w.results.set(cmd.key, result);
  return result;
}

function run(w: World, cmd: Cmd): unknown {
  const at = new Date(T0 + cmd.hours * HOUR);
  const month = monthKey(at, rules.timezone);
  const issue = (grants: ReturnType<typeof computePurchaseEarning>['grants']) => {
    const capped = applyMonthlyBonusCap(grants, w.bonusByMonth.get(month) ?? 0, rules.monthlyBonusCapPoints);
    return capped.grants.map((g, i) => {
      if (g.bonus) w.bonusByMonth.set(month, (w.bonusByMonth.get(month) ?? 0) + g.points);
      const { lot } = earn(w.points, {
        id: `${cmd.key}:${i}`,
        source: g.source,
        points: g.points,
        earnedAt: at,
        availableAt: g.availableAt,
        expiresAt: g.expiresAt,
      });
      w.ledger.push(g.points);
      return lot;
    });
  };

  switch (cmd.kind) {
    case 'purchase': {
      if (w.orders.has(cmd.order)) return { error: 'DUPLICATE_ORDER' };
      const before = w.monthSpend.get(month) ?? 0;
      const earning = computePurchaseEarning({
        rules,
        amountMinor: cmd.amountMinor,
        occurredAt: at,
        tier: bronze,
        monthSpendBeforeMinor: before,
        milestoneAwardedThisMonth: w.milestones.has(month),
        isFirstPurchase: w.orders.size === 0,
        tasks: w.activity.tasks,
      });
      w.activity = { ...w.activity, tasks: earning.tasks };
      if (earning.milestoneAwarded) w.milestones.add(month);
      w.monthSpend.set(month, before + cmd.amountMinor);
      const lots = issue(earning.grants);
      const points = lots.reduce((s, l) => s + l.points, 0);
      w.orders.set(cmd.order, {
        amountMinor: cmd.amountMinor,
        points,
        lotIds: lots.map((l) => l.id),
        refundedMinor: 0,
        reversed: 0,
      });
      return { points };
    }
    case 'refund': {
      const order = w.orders.get(cmd.order);
      if (!order) return { error: 'PURCHASE_NOT_FOUND' };
      assertRefundable(order.refundedMinor, cmd.amountMinor, order.amountMinor);
      const points = refundClawbackPoints({
        orderPoints: order.points,
        amountMinor: order.amountMinor,
        refundedBeforeMinor: order.refundedMinor,
        refundMinor: cmd.amountMinor,
        reversedBefore: order.reversed,
      });
      clawback(w.points, points, order.lotIds, at);
      w.ledger.push(-points);
      order.refundedMinor += cmd.amountMinor;
      order.reversed += points;
      return { points };
    }
    case 'redeem': {
      const plan = planRedemption({
        rules,
        points: cmd.points,
        orderAmountMinor: cmd.points * 4,
        memberRedemptionsOfReward: 0,
        available: balanceOf(w.points, at).available,
      });
      const allocations = spend(w.points, plan.points, at);
      w.ledger.push(-plan.points);
      w.redemptions.set(cmd.key, { allocations, cancelled: false });
      return plan;
    }
    case 'cancel': {
      const all = [...w.redemptions.values()];
      const redemption = all[cmd.redemption % Math.max(1, all.length)];
      if (!redemption || redemption.cancelled) return { error: 'ALREADY_CANCELLED' };
      redemption.cancelled = true;
      const r = restore(w.points, redemption.allocations);
      w.ledger.push(r.paidNegative + r.restored.reduce((s, a) => s + a.points, 0));
      return r;
    }
    case 'activity': {
      const outcome = computeActivity({ rules, type: cmd.type, occurredAt: at, state: w.activity });
      w.activity = outcome.state;
      return { points: issue(outcome.grants).map((l) => l.points), refusals: outcome.refusals.length };
    }
    case 'expire': {
      const lost = expire(w.points, at);
      w.ledger.push(-lost.reduce((s, a) => s + a.points, 0));
      return { lost };
    }
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('keyed replay', () => {
  it('replaying the whole command sequence changes nothing', () => {
    fc.assert(
      fc.property(fc.array(cmdArb, { minLength: 1, maxLength: 60, size: 'max' }), (cmds) => {
        const w = newWorld();
        const first = cmds.map((c) => handle(w, c));
        const snapshot = structuredClone(w);
        const second = cmds.map((c) => handle(w, c));
        expect(w).toEqual(snapshot);
        expect(second).toEqual(first);

        // and the world is consistent
        expect(sum(w.ledger)).toBe(sum(w.points.lots.map((l) => l.remaining)) - w.points.negative);
        for (const o of w.orders.values()) {
          expect(o.refundedMinor).toBeLessThanOrEqual(o.amountMinor);
          expect(o.reversed).toBeLessThanOrEqual(o.points);
        }
      }),
      { numRuns: 200 },
    );
  });
});
