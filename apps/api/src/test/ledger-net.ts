/**
 * The ledger net (issue 13, item 0): seeded random sequences of enrolments, purchases (backdated
 * too), refunds, activities, redemptions, cancellations, adjustments and expiry on a moving clock,
 * with retries of the same keys and concurrent calls on one member, sent over HTTP to the real
 * GraphQL API. After every step the member it touched is checked (see `checkMember`) and compared
 * with the reference model (`ledger-model.ts`).
 *
 * Seed: ACCRUE_NET_SEED (default random, printed on failure); steps: ACCRUE_NET_OPS.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read as untyped JSON here; the checks below are what types them */
import { seededRandom } from '@accrue/core';
import * as model from './ledger-model';
import { LedgerEntryRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import type { App } from '../services/app';

export const NET_SEED = Number(process.env.ACCRUE_NET_SEED ?? Math.floor(Math.random() * 2 ** 31));
export const NET_OPS = Number(process.env.ACCRUE_NET_OPS ?? 0);

/** core's seeded generator with helpers, so a failing run replays from its seed */
export function random(seed: number) {
  const next = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof random>;

export interface Answer {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  status: number;
}
export type Send = (query: string, variables?: Record<string, unknown>) => Promise<Answer>;

/** A GraphQL client over HTTP for a server at `url`. */
export const httpClient =
  (url: string, token: string): Send =>
  async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { ...((await res.json()) as object), status: res.status };
  };

const UE = 'userErrors { code message field }';
export const Q = {
  enroll: `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } ${UE} } }`,
  purchase: `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded purchase { entries { type source reason points expiresAt } } ${UE} } }`,
  refund: `mutation($i: RefundPurchaseInput!) { refundPurchase(input: $i) { pointsReversed ${UE} } }`,
  activity: `mutation($i: RecordActivityInput!) { recordActivity(input: $i) { pointsAwarded ${UE} } }`,
  redeem: `mutation($i: RedeemPointsInput!) { redeemPoints(input: $i) { redemption { id points } ${UE} } }`,
  cancel: `mutation($i: CancelRedemptionInput!) { cancelRedemption(input: $i) { redemption { id status } ${UE} } }`,
  adjust: `mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { entry { id points } ${UE} } }`,
  expire: `mutation { expirePoints(input: {}) { pointsExpired membersAffected } }`,
  member: `query($x: String!) { member(ref: { externalId: $x }) { balance { available pending negative }
    lots(activeOnly: false) { points remaining expiresAt } ledger(first: 1) { edges { node { balanceAfter } } } } }`,
};

/** The mutation's payload; throws on a top-level error. */
export async function call(send: Send, query: string, variables?: Record<string, unknown>) {
  const r = await send(query, variables);
  if (r.errors?.length || !r.data)
    throw new Error(`GraphQL errors (${r.status}): ${JSON.stringify(r.errors)}`);
  return Object.values(r.data)[0] as Record<string, any>;
}

export function assert(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}
const eq = (actual: unknown, expected: unknown, what: string) =>
  assert(
    JSON.stringify(actual) === JSON.stringify(expected),
    `${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
  );

/** What the database says of one member (in-process runs read it directly; null skips it). */
export type DbRead = (externalId: string) => Promise<{ balance: number; ledgerSum: number } | null>;

/** The DbRead of an app: the member's row and the sum of its ledger entries, read from its database. */
export const dbRead =
  (app: App): DbRead =>
  async (externalId) => {
    const em = app.orm.em.fork();
    const m = await em.findOneOrFail(MemberRow, { externalId });
    const entries = await em.find(LedgerEntryRow, { memberId: m.id }, { fields: ['points'] });
    return { balance: m.pointsBalance, ledgerSum: entries.reduce((s, e) => s + e.points, 0) };
  };

/**
 * The invariants of one member, read through GraphQL (and the database when `db` is given):
 * balance = sum of ledger entries = sum of lot remainders − negative; the newest ledger entry's
 * balanceAfter is the balance; no lot below zero or above what it earned; available never negative.
 * Returns what it read.
 */
export async function checkMember(send: Send, externalId: string, db?: DbRead) {
  const m = (await call(send, Q.member, { x: externalId })) as any;
  assert(m, `member ${externalId} not found`);
  const { available, pending, negative } = m.balance;
  const lots = m.lots as { points: number; remaining: number }[];
  for (const l of lots)
    assert(
      l.remaining >= 0 && l.remaining <= l.points,
      `${externalId}: lot ${JSON.stringify(l)} out of range`,
    );
  assert(
    available >= 0 && pending >= 0 && negative >= 0,
    `${externalId}: negative figure ${JSON.stringify(m.balance)}`,
  );
  const balance = lots.reduce((s, l) => s + l.remaining, 0) - negative;
  const newest = m.ledger.edges[0]?.node.balanceAfter ?? 0;
  eq(newest, balance, `${externalId}: newest balanceAfter vs lots − negative`);
  const fromDb = db ? await db(externalId) : null;
  if (fromDb) {
    eq(fromDb.balance, balance, `${externalId}: member row balance vs lots − negative`);
    eq(fromDb.ledgerSum, balance, `${externalId}: sum of ledger entries vs lots − negative`);
  }
  return { available, pending, negative, balance };
}

interface Sent {
  query: string;
  variables: Record<string, unknown>;
  /** what a resend must answer the same */
  answer: unknown;
  externalId: string | null;
}

export interface NetStats {
  ops: number;
  checks: number;
  retries: number;
  concurrent: number;
  expired: number;
  refusals: number;
}

/**
 * Runs `ops` random steps against the API behind `send`, moving `clock` forward between them,
 * and checks after each one. Throws (with the seed and the last steps) on the first disagreement.
 */
export async function runNet(opts: {
  send: Send;
  clock: { now(): Date; advance(ms: number): void };
  seed: number;
  ops: number;
  db?: DbRead;
  tag: string;
  /** called every 1,000 steps */
  progress?: (steps: number) => void;
}): Promise<NetStats> {
  const { send, clock, db } = opts;
  const rnd = random(opts.seed);
  const members: model.ModelMember[] = [];
  const enrolledAt = new Map<string, number>();
  const sent: Sent[] = [];
  const trace: string[] = [];
  const stats: NetStats = { ops: 0, checks: 0, retries: 0, concurrent: 0, expired: 0, refusals: 0 };
  let n = 0;
  const id = (kind: string) => `${opts.tag}-${kind}-${n++}`;
  const now = () => clock.now().getTime();

  const verify = async (m: model.ModelMember) => {
    const seen = await checkMember(send, m.externalId, db);
    eq(
      { balance: seen.balance, available: seen.available, negative: seen.negative },
      { balance: model.net(m), available: model.available(m, now()), negative: m.negative },
      `${m.externalId}: API vs model`,
    );
    stats.checks++;
  };

  const enroll = async () => {
    const externalId = id('m');
    const backdays = rnd.chance(0.5) ? rnd.int(0, 400) : 0;
    const at = now() - backdays * model.DAY - rnd.int(0, 86_000) * 1000 * (backdays ? 1 : 0);
    const variables = { i: { externalId, enrolledAt: new Date(at).toISOString() } };
    const p = await call(send, Q.enroll, variables);
    eq(p.userErrors, [], 'enrol userErrors');
    remember({ query: Q.enroll, variables, answer: p.member.id, externalId });
    const m = model.newMember(externalId, at);
    model.expireDue(m, now());
    members.push(m);
    enrolledAt.set(externalId, at);
    return m;
  };

  const purchaseVars = (m: model.ModelMember, occurredAt: number) => ({
    i: {
      member: { externalId: m.externalId },
      orderId: id('o'),
      amountMinor: rnd.chance(0.3) ? rnd.int(20_000, 45_000) : rnd.int(1, 19_999),
      occurredAt: new Date(occurredAt).toISOString(),
    },
  });
  const applyPurchase = (
    m: model.ModelMember,
    v: ReturnType<typeof purchaseVars>,
    p: Record<string, any>,
  ) => {
    eq(p.userErrors, [], `purchase ${v.i.orderId} userErrors`);
    const earned = (p.purchase.entries as any[]).filter((e) => e.type === 'EARN');
    const grants = earned.map((e) => ({
      source: e.source as string,
      reason: e.reason as string | null,
      points: e.points as number,
      expiresAt: e.expiresAt ? Date.parse(e.expiresAt) : null,
    }));
    const occurredAt = Date.parse(v.i.occurredAt);
    const expect = model.purchase(m, { ...v.i, occurredAt }, grants, now());
    const of = (reason: string) =>
      grants.filter((g) => g.reason === reason).reduce((s, g) => s + g.points, 0);
    eq(of('BASE'), expect.base, `purchase ${v.i.orderId} base points`);
    eq(of('ORDER_THRESHOLD'), expect.threshold, `purchase ${v.i.orderId} threshold bonus`);
    for (const g of grants) {
      assert(
        ['PURCHASE', 'TIER_BONUS', 'ACTIVITY'].includes(g.source),
        `purchase ${v.i.orderId}: unexpected grant ${JSON.stringify(g)}`,
      );
      if (g.source === 'PURCHASE' || g.source === 'TIER_BONUS')
        eq(
          g.expiresAt,
          occurredAt + model.PURCHASE_DAYS * model.DAY,
          `purchase ${v.i.orderId} ${g.reason} expiry`,
        );
    }
    eq(
      p.pointsAwarded,
      grants.reduce((s, g) => s + g.points, 0),
      `purchase ${v.i.orderId} pointsAwarded`,
    );
    remember({ query: Q.purchase, variables: v, answer: p.pointsAwarded, externalId: m.externalId });
  };

  const steps: [number, (m: model.ModelMember) => Promise<void | model.ModelMember | null>][] = [
    [
      30,
      async (m) => {
        // a purchase, backdated (an import, a late store sync) one time in three
        const from = Math.max(enrolledAt.get(m.externalId)!, now() - 400 * model.DAY);
        const at = rnd.chance(0.33) ? from + Math.floor(rnd.next() * (now() - from)) : now();
        const v = purchaseVars(m, at);
        trace.push(`purchase ${JSON.stringify(v.i)}`);
        applyPurchase(m, v, await call(send, Q.purchase, v));
      },
    ],
    [
      12,
      async (m) => {
        const open = [...m.purchases.values()].filter((p) => p.refundedMinor < p.amountMinor);
        if (!open.length) return;
        const p = rnd.pick(open);
        const left = p.amountMinor - p.refundedMinor;
        const amountMinor = rnd.chance(0.4) ? left : rnd.int(1, left);
        const v = { i: { orderId: p.orderId, refundId: id('r'), amountMinor } };
        trace.push(`refund ${JSON.stringify(v.i)}`);
        const r = await call(send, Q.refund, v);
        eq(r.userErrors, [], `refund ${v.i.refundId} userErrors`);
        const expected = model.refund(m, p.orderId, amountMinor, now());
        eq(r.pointsReversed, expected, `refund ${v.i.refundId} of ${p.orderId} pointsReversed`);
        remember({ query: Q.refund, variables: v, answer: r.pointsReversed, externalId: m.externalId });
      },
    ],
    [
      10,
      async (m) => {
        const type = rnd.pick(['SIGN_IN', 'SIGN_IN', 'REVIEW', 'SHARE', 'PROFILE_COMPLETED']);
        const v = { i: { member: { externalId: m.externalId }, type, key: id('a') } };
        trace.push(`activity ${JSON.stringify(v.i)}`);
        const r = await call(send, Q.activity, v);
        const points = r.userErrors.length ? 0 : r.pointsAwarded;
        model.activity(m, points, now(), now());
        // a refused activity is not remembered under its key (a later resend may earn)
        if (r.userErrors.length) stats.refusals++;
        else remember({ query: Q.activity, variables: v, answer: r, externalId: m.externalId });
      },
    ],
    [
      12,
      async (m) => {
        const have = model.available(m, now());
        const points = rnd.int(100, Math.max(100, have + 50));
        const key = id('x');
        const v = { i: { member: { externalId: m.externalId }, key, points, orderAmountMinor: points * 4 } };
        trace.push(`redeem ${JSON.stringify(v.i)} (model has ${have})`);
        const r = await call(send, Q.redeem, v);
        const ok = model.redeem(m, key, points, now());
        if (ok) eq(r.userErrors, [], `redeem ${key} userErrors`);
        else {
          eq(
            r.userErrors.map((e: any) => e.code),
            ['INSUFFICIENT_POINTS'],
            `redeem ${key} refusal`,
          );
          stats.refusals++;
        }
        if (!ok) return;
        (m.redemptions.get(key) as any).id = r.redemption.id;
        remember({ query: Q.redeem, variables: v, answer: r, externalId: m.externalId });
      },
    ],
    [
      6,
      async (m) => {
        const open = [...m.redemptions.entries()].filter(([, r]) => !r.cancelled);
        if (!open.length) return;
        const [key, r] = rnd.pick(open);
        const v = { i: { redemptionId: (r as any).id } };
        trace.push(`cancel ${key}`);
        const p = await call(send, Q.cancel, v);
        eq(p.userErrors, [], `cancel ${key} userErrors`);
        model.cancel(m, key, now());
        remember({ query: Q.cancel, variables: v, answer: p, externalId: m.externalId });
      },
    ],
    [
      8,
      async (m) => {
        const points = rnd.chance(0.5) ? rnd.int(1, 300) : -rnd.int(1, 300);
        const v = { i: { member: { externalId: m.externalId }, points, reason: 'net', key: id('j') } };
        trace.push(`adjust ${JSON.stringify(v.i)}`);
        const p = await call(send, Q.adjust, v);
        eq(p.userErrors, [], `adjust userErrors`);
        eq(p.entry.points, points, 'adjust entry points');
        model.adjust(m, points, now());
        remember({ query: Q.adjust, variables: v, answer: p.entry.id, externalId: m.externalId });
      },
    ],
    [
      4,
      async () => {
        trace.push(`expire job`);
        const r = await call(send, Q.expire);
        const expected = members.reduce((s, x) => s + model.expireDue(x, now()), 0);
        eq(r.pointsExpired, expected, 'expirePoints pointsExpired');
        stats.expired += expected;
      },
    ],
    [
      8,
      async () => {
        // a retry of an earlier call: the same answer, and nothing changes
        if (!sent.length) return;
        const s = rnd.pick(sent);
        trace.push(`retry ${JSON.stringify(s.variables)}`);
        const p = await call(send, s.query, s.variables);
        eq(answerOf(s.query, p), s.answer, `retry of ${JSON.stringify(s.variables)}`);
        stats.retries++;
        return members.find((x) => x.externalId === s.externalId) ?? null;
      },
    ],
    [
      5,
      async (m) => {
        // concurrent purchases on one member, each sent twice at once (distinct occurredAt, so
        // their lots' spending order does not depend on which commits first)
        if (m.negative > 0) return;
        const vs = Array.from({ length: rnd.int(2, 5) }, (_, k) => purchaseVars(m, now() - (k + 1) * 1000));
        trace.push(`concurrent ${vs.map((v) => v.i.orderId).join(',')}`);
        const answers = await Promise.all(
          vs.flatMap((v) => [call(send, Q.purchase, v), call(send, Q.purchase, v)]),
        );
        vs.forEach((v, k) => {
          eq(
            answers[2 * k + 1].pointsAwarded,
            answers[2 * k].pointsAwarded,
            `concurrent resend of ${v.i.orderId}`,
          );
          eq(answers[2 * k + 1].userErrors, [], `concurrent resend of ${v.i.orderId} userErrors`);
          applyPurchase(m, v, answers[2 * k]);
        });
        stats.concurrent += vs.length * 2;
      },
    ],
  ];
  const total = steps.reduce((s, [w]) => s + w, 0);
  // up to 3 days between steps, less in a long run (whose clock stays within about 20 years)
  const stride = Math.min(3 * model.DAY, Math.floor((7300 * model.DAY * 2) / Math.max(1, opts.ops)));
  // a long run keeps a sample of the calls to resend
  const remember = (s: Sent) => {
    if (sent.length < 5000) sent.push(s);
    else sent[rnd.int(0, sent.length - 1)] = s;
  };

  try {
    for (let k = 0; k < 3; k++) await verify(await enroll());
    for (let op = 0; op < opts.ops; op++) {
      clock.advance(1000 + Math.floor(rnd.next() * stride));
      if (rnd.chance(0.05)) {
        trace.push('enrol');
        await verify(await enroll());
      } else {
        let w = rnd.next() * total;
        const [, step] = steps.find(([weight]) => (w -= weight) < 0) ?? steps[0];
        const m = rnd.pick(members);
        const touched = await step(m);
        await verify(touched ?? m);
        // the others are as they were, though the clock moved on: a sample is checked now and then
        if (op % 25 === 24) for (let k = 0; k < 5; k++) await verify(rnd.pick(members));
      }
      if (trace.length > 30) trace.splice(0, trace.length - 30);
      stats.ops++;
      if (stats.ops % 1000 === 0) opts.progress?.(stats.ops);
    }
    for (const x of members) await verify(x);
  } catch (e) {
    const message = `ledger net failed at step ${stats.ops} with ACCRUE_NET_SEED=${opts.seed}: ${(e as Error).message}\nlast steps:\n  ${trace.join('\n  ')}`;
    throw new Error(message);
  }
  return stats;
}

/** What a resend of `query` must answer the same. */
function answerOf(query: string, p: Record<string, any>): unknown {
  if (query === Q.enroll) return p.member?.id;
  if (query === Q.purchase) return p.pointsAwarded;
  if (query === Q.refund) return p.pointsReversed;
  if (query === Q.adjust) return p.entry?.id;
  return p;
}
