/**
 * The host of the purchase pipeline: one transaction per purchase, the same on every thread and in a
 * group commit. It locks the member and reads what the steps declared (one round trip), replays a
 * retried order, lets the steps decide in order, then the observers, and writes what they emitted in
 * one batch with the COMMIT (one more round trip on PostgreSQL).
 */
import { DomainError, type Grant, type Refusal } from '@accrue/core';
import { WriteBatch } from '../db/batch';
import { MemberRow } from '../db/entities/members';
import { PurchaseRow } from '../db/entities/purchases';
import { readAfter, readMany } from '../db/sql/queries';
import { type Codecs } from '../db/sql/codecs';
import { type Increment, type Query, type Row, type SqlTx } from '../db/sql/types';
import { ID_PREFIX, newId } from '../ids';
import { assertSameContent, remember } from '../services/idempotency';
import {
  byMemberId,
  lockedMember,
  lockMemberQuery,
  lockMemberSql,
  memberMatch,
  requireActive,
} from '../services/members';
import { outboxEvent } from '../services/outbox';
import { PointsBook } from '../services/points-book';
import type { Program } from '../services/program';
import { recordRefusals } from '../services/refusals';
import { columnGuard } from './checks';
import type {
  DecidedPurchase,
  MemberColumn,
  PurchaseDraft,
  PurchaseHost,
  PurchaseStep,
  ReadContext,
  StepRows,
} from './step';
import type { PurchaseJob, PurchaseResult } from './types';

/** What the host needs: row codecs, the registered steps, and whether the test-only checks run. */
export interface PipelineEnv {
  codecs: Codecs;
  steps: readonly PurchaseStep[];
  /** tests: fail a step that changes a member column it did not declare (checks.ts) */
  checks: boolean;
}

const MEMBER_FIELD = ['input', 'member'];
const ORDER_FIELD = ['input', 'orderId'];

/** The purchase's transaction: the member's lock, the reads, the steps' decisions and one batch of writes. */
export async function runPurchase(
  env: PipelineEnv,
  program: Program,
  job: PurchaseJob,
  tx: SqlTx,
): Promise<PurchaseResult> {
  const { codecs, steps } = env;
  const { rules } = program;
  const { orderId, now } = job;
  // the member's row lock and every read, in one round trip on PostgreSQL whether the member is
  // given by id or by externalId (the reads match it by a subquery; they run after the lock)
  const ctx: ReadContext = { job, program, rules, member: memberMatch(codecs, job.member, MEMBER_FIELD) };
  const queries: Record<string, Query> = {
    order: orderQuery(orderId),
    lots: PointsBook.dueLotsQuery(codecs, ctx.member, now),
  };
  for (const step of steps)
    for (const [k, q] of Object.entries(step.reads?.(ctx) ?? {})) queries[`${step.name}.${k}`] = q;
  const lock = lockMemberQuery(tx.dialect, codecs, job.member, MEMBER_FIELD);
  const { first, reads } = await readAfter(tx, lock, queries);
  const member = lockedMember(codecs, first, job.member, MEMBER_FIELD);
  // a step whose first read was not enough for this member reads again (rare: one more round trip)
  const more: Record<string, Query> = {};
  const known = { ...ctx, member: byMemberId(member.id) };
  for (const step of steps)
    for (const [k, q] of Object.entries(step.rereads?.(known, member) ?? {})) more[`${step.name}.${k}`] = q;
  if (Object.keys(more).length) Object.assign(reads, await readMany(tx, more));

  const write = {
    scope: 'purchase' as const,
    key: orderId,
    content: {
      memberId: member.id,
      amountMinor: job.amountMinor,
      currency: job.currency,
      occurredAt: job.occurredAtGiven,
      items: job.items,
    },
    field: ORDER_FIELD,
  };
  const existing = reads.order.length ? toOrder(codecs, reads.order[0]) : null;
  if (existing && existing.purchase.memberId !== member.id)
    // the same key with different content (another member): the contract's IDEMPOTENCY_CONFLICT
    throw new DomainError(
      'IDEMPOTENCY_CONFLICT',
      `input.orderId "${orderId}" was already used for a purchase of another member`,
      ORDER_FIELD,
    );
  if (existing) {
    // a retry: the same content replays the first result, other content is a conflict
    assertSameContent(write, existing.fingerprint ?? '');
    return { purchase: existing.purchase, member, pointsAwarded: existing.purchase.pointsAwarded };
  }
  requireActive(member);

  const batch = new WriteBatch(codecs);
  const book = PointsBook.fromRows(codecs, batch, member, reads.lots, now);
  const purchase = batch.insert(PurchaseRow, {
    id: newId(ID_PREFIX.purchase),
    orderId,
    memberId: member.id,
    amountMinor: job.amountMinor,
    currency: rules.currency,
    refundedMinor: 0,
    occurredAt: job.occurredAt,
    pointsAwarded: 0,
    pointsReversed: 0,
    items: job.items,
    createdAt: now,
  });
  const increment = (inc: Increment) => batch.increment(inc);
  const draft: PurchaseDraft = {
    job,
    program,
    rules,
    member,
    purchase,
    book,
    purchaseAt: job.occurredAt > now ? now : job.occurredAt,
    isFirstPurchase: !member.firstPurchaseAt,
    tier: program.tierDefs[0],
    grants: [] as Grant[],
    uncapped: [] as Grant[],
    refusals: [] as Refusal[],
    awarded: 0,
    facts: {},
    out: batch,
    increment,
  };
  const host: PurchaseHost = {
    lockMember: (id) => lockMemberSql(tx, codecs, { id }),
    read: (q) => readMany(tx, q),
    bookFor: (m) => PointsBook.openForEarningSql(tx, codecs, batch, m, now),
    refuse: (memberId, refusals, context) =>
      recordRefusals(batch, memberId, refusals, job.occurredAt, context, now),
  };
  const declared = new Set<MemberColumn>(steps.flatMap((s) => s.memberColumns ?? []));
  const before = snapshot(member, declared);
  const guard = env.checks
    ? columnGuard(codecs.of(MemberRow).columns.map((c) => c.prop) as MemberColumn[])
    : null;
  const rowsOf = (step: PurchaseStep): StepRows => {
    const out: StepRows = {};
    const prefix = `${step.name}.`;
    for (const k in reads) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = reads[k];
    return out;
  };
  for (const step of steps) {
    if (!step.decide) continue;
    const seen = guard?.before(member);
    await step.decide(draft, rowsOf(step), host);
    if (guard && seen) guard.after(step.name, member, seen, step.memberColumns ?? []);
  }

  purchase.pointsAwarded = draft.awarded;
  const decided: DecidedPurchase = {
    job,
    rules,
    member,
    purchase,
    awarded: draft.awarded,
    entries: book.entries,
    facts: draft.facts,
    out: batch,
    increment,
    event: (type, payload) => outboxEvent(batch, type, member.id, payload, now),
  };
  for (const step of steps) {
    if (!step.observe) continue;
    const seen = guard?.before(member);
    step.observe(decided, rowsOf(step));
    if (guard && seen) guard.after(step.name, member, seen, []);
  }

  remember(batch, write, now, member.id, purchase.id);
  member.updatedAt = now;
  // the declared columns that changed (tier_id is indexed: on SQLite, setting it even to the same
  // value rewrites its index entry, one more page in every commit)
  batch.update(MemberRow, member, [...changed(member, before), 'updatedAt']);
  await batch.flush(tx, { last: true });
  return { purchase, member, pointsAwarded: draft.awarded };
}

type Snapshot = Map<MemberColumn, unknown>;
const valueOf = (v: unknown) =>
  v instanceof Date ? v.getTime() : v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
function snapshot(member: MemberRow, columns: Set<MemberColumn>): Snapshot {
  const out: Snapshot = new Map();
  for (const c of columns) out.set(c, valueOf(member[c]));
  return out;
}
function changed(member: MemberRow, before: Snapshot): MemberColumn[] {
  const out: MemberColumn[] = [];
  for (const [c, v] of before) if (valueOf(member[c]) !== v) out.push(c);
  return out;
}

/** The order's purchase row and the fingerprint its idempotency key was stored with. */
const orderQuery = (orderId: string): Query => ({
  sql: `select p.*, i."fingerprint" as "idempotency_fingerprint" from "purchase" p
         left join "idempotency_key" i on i."scope" = 'purchase' and i."key" = p."order_id"
        where p."order_id" = ?`,
  params: [orderId],
});

function toOrder(codecs: Codecs, row: Row) {
  return {
    purchase: codecs.of(PurchaseRow).fromRow(row),
    fingerprint: (row.idempotency_fingerprint as string | null) ?? null,
  };
}
