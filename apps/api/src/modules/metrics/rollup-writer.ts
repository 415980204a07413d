/**
 * The one way rollups are kept current: the rows a write inserts (ledger entries, purchases,
 * refunds) become rollup increments in the same transaction. Every ledger writer reaches it:
 * the ORM use cases through the flush hook (rollup-subscriber.ts), the purchase pipeline through its
 * rollup step (rollup-step.ts), both with `rollupWrites`. What a row adds where is decided by @accrue/core (`rollupDeltas`,
 * `rollupKey`, `marksActiveMember`); this file only turns the decision into SQL.
 *
 * Writes are increments of shared rows (db/sql.ts `Increment`: `insert ... on conflict do update set
 * c = c + excluded.c`, applied after the write's own rows, in key order) on rows keyed by (day,
 * campaign, shard): a purchase touches the one row of its member's shard, so purchases of different
 * members rarely wait on each other, and readers sum the shards.
 */
import {
  marksActiveMember,
  ROLLUP_COLUMNS,
  RollupAccumulator,
  rollupKey,
  type RollupFact,
  type RollupKey,
} from '@accrue/core';
import type { WriteBatch } from '../../db/batch';
import { LedgerEntryRow } from '../../db/entities/points';
import { PurchaseRow, RefundRow } from '../../db/entities/purchases';
import { incrementQueries } from '../../db/sql/queries';
import { type Increment, type Query, type Row, type SqlTx } from '../../db/sql/types';

/** Rows per day and campaign the increments are spread over (hash of the member id). */
export const ROLLUP_SHARDS = 16;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const ROLLUP_SQL_COLUMNS = ROLLUP_COLUMNS.map(snake);

/** What a write inserted, as far as the rollups care (a subset of the ledger, purchase and refund rows). */
export interface RollupSource {
  entries: readonly {
    memberId: string;
    type: string;
    source: string;
    points: number;
    occurredAt: Date;
    campaignId?: string | null;
  }[];
  purchases: readonly { memberId: string; amountMinor: number; occurredAt: Date }[];
  refunds: readonly { memberId: string; amountMinor: number; occurredAt: Date }[];
}

export interface RollupOptions {
  timezone: string;
  shards?: number;
}

export interface KeyedFact {
  memberId: string;
  key: RollupKey;
  fact: RollupFact;
}

/** Every fact of a write with its rollup row. */
export function keyedFacts(src: RollupSource, opts: RollupOptions): KeyedFact[] {
  const o = { timezone: opts.timezone, shards: opts.shards ?? ROLLUP_SHARDS };
  const out: KeyedFact[] = [];
  for (const e of src.entries)
    out.push({
      memberId: e.memberId,
      key: rollupKey(e, o),
      fact: { kind: 'LEDGER_ENTRY', type: e.type, source: e.source, points: e.points },
    });
  for (const p of src.purchases)
    out.push({
      memberId: p.memberId,
      key: rollupKey(p, o),
      fact: { kind: 'PURCHASE', amountMinor: p.amountMinor },
    });
  for (const r of src.refunds)
    out.push({
      memberId: r.memberId,
      key: rollupKey(r, o),
      fact: { kind: 'REFUND', amountMinor: r.amountMinor },
    });
  return out;
}

export interface ActiveCandidate {
  memberId: string;
  day: string;
  shard: number;
}

/** The (member, day) pairs the write makes active, once each. */
export function activeCandidates(facts: readonly KeyedFact[]): ActiveCandidate[] {
  const seen = new Map<string, ActiveCandidate>();
  for (const f of facts) {
    if (!marksActiveMember(f.fact)) continue;
    const k = `${f.memberId}|${f.key.day}`;
    if (!seen.has(k)) seen.set(k, { memberId: f.memberId, day: f.key.day, shard: f.key.shard });
  }
  return [...seen.values()];
}

/** The read a write needs first: which of its candidates are already marked active. */
export function activeMarkersQuery(candidates: readonly ActiveCandidate[]): Query | null {
  if (!candidates.length) return null;
  return {
    sql: `select "member_id", "day" from "member_active_day" where ${candidates
      .map(() => `("day" = ? and "member_id" = ?)`)
      .join(' or ')}`,
    params: candidates.flatMap((c) => [c.day, c.memberId]),
  };
}

/** What one write adds to the rollups: increments of shared rollup rows and new active-member markers. */
export interface RollupWrites {
  increments: Increment[];
  markers: ActiveCandidate[];
}

/**
 * The rollup writes of a write's facts: one increment per rollup row it touches (only the columns
 * that change) and the members it makes active for the first time that day. `marked` holds the
 * candidates already marked (rows of `activeMarkersQuery`, or of the purchase step's read): the
 * caller holds the member's lock, so nothing else marks them meanwhile. A candidate the caller did
 * not read (`wasRead` false) is an error: it would be counted twice, or never.
 */
export function rollupWrites(
  facts: readonly KeyedFact[],
  marked: readonly Row[],
  wasRead: (c: ActiveCandidate) => boolean = () => true,
): RollupWrites {
  const acc = new RollupAccumulator();
  for (const f of facts) acc.add(f.key, f.fact);
  const already = new Set(marked.map((r) => `${String(r.member_id)}|${String(r.day)}`));
  const candidates = activeCandidates(facts);
  for (const c of candidates)
    if (!wasRead(c)) throw new Error(`rollups: whether ${c.memberId} was active on ${c.day} was not read`);
  const markers = candidates.filter((c) => !already.has(`${c.memberId}|${c.day}`));
  for (const c of markers) acc.add({ day: c.day, campaignId: '', shard: c.shard }, { kind: 'ACTIVE_MEMBER' });
  const increments = acc.entries().map(({ key, figures }): Increment => {
    const add: Record<string, number> = {};
    ROLLUP_COLUMNS.forEach((c, k) => {
      if (figures[c] !== 0) add[ROLLUP_SQL_COLUMNS[k]] = figures[c];
    });
    return {
      table: 'metrics_daily',
      key: { day: key.day, campaign_id: key.campaignId, shard: key.shard },
      add,
      create: true,
    };
  });
  return { increments, markers };
}

/** The statements of `rollupWrites` for a transaction that writes them itself (the ORM path). */
export function rollupStatements(w: RollupWrites): Query[] {
  const out = incrementQueries(w.increments);
  if (w.markers.length)
    out.push({
      sql: `insert into "member_active_day" ("day", "member_id") values ${w.markers
        .map(() => '(?, ?)')
        .join(', ')} on conflict do nothing`,
      params: w.markers.flatMap((c) => [c.day, c.memberId]),
    });
  return out;
}

/** Rollup rows as multi-row increments (the rebuild writes a whole table of them). */
export function rollupIncrementSql(
  rows: readonly { key: RollupKey; figures: Record<string, number> }[],
): Query {
  const cols = ['day', 'campaign_id', 'shard', ...ROLLUP_SQL_COLUMNS];
  return {
    sql: `insert into "metrics_daily" (${cols.map((c) => `"${c}"`).join(', ')}) values ${rows
      .map(() => `(${cols.map(() => '?').join(', ')})`)
      .join(', ')} on conflict ("day", "campaign_id", "shard") do update set ${ROLLUP_SQL_COLUMNS.map(
      (c) => `"${c}" = "metrics_daily"."${c}" + excluded."${c}"`,
    ).join(', ')}`,
    params: rows.flatMap((r) => [
      r.key.day,
      r.key.campaignId,
      r.key.shard,
      ...ROLLUP_COLUMNS.map((c) => r.figures[c]),
    ]),
  };
}

/** Reads the markers and writes the increments of one write, in its transaction. */
export async function applyRollups(tx: SqlTx, src: RollupSource, opts: RollupOptions): Promise<void> {
  const facts = keyedFacts(src, opts);
  if (!facts.length) return;
  const q = activeMarkersQuery(activeCandidates(facts));
  const marked = q ? await tx.all<Row>(q.sql, q.params) : [];
  for (const s of rollupStatements(rollupWrites(facts, marked))) await tx.run(s.sql, s.params);
}

/** The rows of a plain-SQL write batch the rollups count. */
export function batchRollupSource(batch: WriteBatch): RollupSource {
  return {
    entries: batch.rows(LedgerEntryRow),
    purchases: batch.rows(PurchaseRow),
    refunds: batch.rows(RefundRow),
  };
}
