/**
 * The one way rollups are kept current: the rows a write inserts (ledger entries, purchases,
 * refunds) become rollup increments in the same transaction. Every ledger writer reaches it:
 * the ORM use cases through the flush hook (rollup-subscriber.ts), the purchase pipeline through its
 * rollup step (rollup-step.ts), both with `rollupWrites`. What a row adds where is decided by @accrue/core (`rollupDeltas`,
 * `rollupKey`, `marksActiveMember`); this file only turns the decision into SQL.
 *
 * Writes are increments of shared rows (db/sql.ts `Increment`: `insert ... on conflict do update set
 * c = c + excluded.c`, applied after the write's own rows, in key order) on rows keyed by (day,
 * campaign, shard): a write alone touches the row of its member's shard; a group commit (the
 * purchases) sums its purchases' increments into one row per day and campaign of its own slot, so
 * the groups in flight never wait on each other's rows. Readers sum the shards.
 */
import {
  ACTIVE_ENTRIES,
  activeGapDeltas,
  addDaysToKey,
  COHORT_COLUMNS,
  cohortDeltas,
  gapRows,
  lastActiveDaysAfter,
  localDayKey,
  marksActiveMember,
  ROLLUP_COLUMNS,
  rollupDeltas,
  rollupKey,
  rollupShard,
  startOfLocalDay,
  type ActiveDayNeighbours,
  type CohortFact,
  type CohortLot,
  type RollupDeltas,
  type RollupFact,
  type RollupKey,
} from '@accrue/core';
import type { WriteBatch } from '../../db/batch';
import { LedgerEntryRow, LotAllocationRow, LotRow } from '../../db/entities/points';
import { PurchaseRow, RefundRow } from '../../db/entities/purchases';
import { toDate } from '../../db/sql/codecs';
import { incrementQueries } from '../../db/sql/queries';
import { type Increment, type Query, type Row, type SqlTx } from '../../db/sql/types';

/**
 * Rows per day and campaign a write's increments are spread over (hash of the member id). A group
 * commit sums its increments into rows of its own instead, numbered from here up (Increment.spread):
 * readers sum every row of a day, whatever its shard.
 */
export const ROLLUP_SHARDS = 16;

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const ROLLUP_SQL_COLUMNS = ROLLUP_COLUMNS.map(snake);

/** A lot a write inserted (`before` null) or changed, as it was and as it is. */
export interface LotWrite {
  id: string;
  before: CohortLot | null;
  after: CohortLot;
  /** what had expired or been clawed back from it before this write (needed only when its expiry moves) */
  settled?: { expired: number; reversed: number };
}

/**
 * What a write did, as far as the rollups care: the ledger entries, purchases and refunds it
 * inserted, and the lots it inserted or changed with the allocations it took from them.
 */
export interface RollupSource {
  entries: readonly {
    id?: string;
    memberId: string;
    type: string;
    source: string;
    points: number;
    occurredAt: Date;
    campaignId?: string | null;
  }[];
  purchases: readonly { memberId: string; amountMinor: number; occurredAt: Date }[];
  refunds: readonly { memberId: string; amountMinor: number; occurredAt: Date }[];
  lots?: readonly LotWrite[];
  allocations?: readonly { entryId: string; lotId: string; points: number }[];
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

/**
 * The lot cohort facts of a write: each lot written, and each allocation with its lot (as the
 * write leaves it) and its entry's type. Both must be in the write: an allocation changes its lot.
 */
export function cohortFacts(src: RollupSource): CohortFact[] {
  const out: CohortFact[] = [];
  const lots = new Map((src.lots ?? []).map((l) => [l.id, l]));
  const types = new Map(src.entries.map((e) => [e.id, e.type]));
  for (const l of src.lots ?? [])
    out.push({ kind: 'LOT', before: l.before, after: l.after, settled: l.settled });
  for (const a of src.allocations ?? []) {
    const lot = lots.get(a.lotId);
    const entryType = types.get(a.entryId);
    if (!lot || !entryType)
      throw new Error(`rollups: allocation from lot ${a.lotId} without its lot or entry in the same write`);
    out.push({ kind: 'ALLOCATION', lot: lot.after, entryType, points: a.points });
  }
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

/**
 * A member's active days around `day`, from the ledger itself (the rows that make a member active,
 * by core's rule: every purchase and ACTIVE_ENTRIES): the latest such row before the day ends and
 * the earliest after it, in each table; four index seeks on the (member, time) indexes. `member` is
 * the member's `member_id` condition (`= ?`, or the purchase pipeline's match by external id). Read
 * before the write's own rows are, with the member's lock held. Only a write whose member's latest
 * active day is not known, or is after `day`, needs it (see rollup-step.ts).
 */
export function activeNeighboursQuery(member: Query, day: string, timezone: string): Query {
  const end = startOfLocalDay(addDaysToKey(day, 1), timezone);
  const entries = ACTIVE_ENTRIES.map(
    (e) =>
      `("type" = ?${e.exceptSources.length ? ` and "source" not in (${e.exceptSources.map(() => '?').join(', ')})` : ''})`,
  ).join(' or ');
  const entryParams = ACTIVE_ENTRIES.flatMap((e) => [e.type, ...e.exceptSources]);
  const of = (pick: string, table: string, op: string, active: boolean) => ({
    sql: `(select ${pick}("occurred_at") from "${table}" where "member_id" ${member.sql} and "occurred_at" ${op} ?${active ? ` and (${entries})` : ''})`,
    params: [...member.params, end, ...(active ? entryParams : [])],
  });
  const parts = {
    purchase_last: of('max', 'purchase', '<', false),
    entry_last: of('max', 'ledger_entry', '<', true),
    purchase_next: of('min', 'purchase', '>=', false),
    entry_next: of('min', 'ledger_entry', '>=', true),
  };
  return {
    sql: `select ${Object.entries(parts)
      .map(([k, q]) => `${q.sql} as "${k}"`)
      .join(', ')}`,
    params: Object.values(parts).flatMap((q) => q.params),
  };
}

/** A row of `activeNeighboursQuery` for a candidate: its nearest active days. */
export function neighboursOf(
  c: { memberId: string; day: string },
  r: Row | undefined,
  timezone: string,
): ActiveDayNeighbours {
  if (!r) throw new Error(`rollups: whether ${c.memberId} was active around ${c.day} was not read`);
  const dayOf = (a: unknown, b: unknown, pick: (x: number, y: number) => number) => {
    const [x, y] = [toDate(a), toDate(b)];
    const t = x && y ? pick(x.getTime(), y.getTime()) : (x ?? y)?.getTime();
    return t === undefined ? '' : localDayKey(new Date(t), timezone);
  };
  const last = dayOf(r.purchase_last, r.entry_last, Math.max);
  return {
    memberId: c.memberId,
    day: c.day,
    here: last === c.day,
    prev: last === c.day ? '' : last, // (not needed when the day is marked already)
    next: dayOf(r.purchase_next, r.entry_next, Math.min),
  };
}

/**
 * What one write adds to the rollups: increments of shared rollup rows, and the members it makes
 * active on a day for the first time (counted in active_members and the gap histogram).
 */
export interface RollupWrites {
  increments: Increment[];
  newlyActive: { memberId: string; day: string }[];
}

const ROLLUP_SQL: Record<string, string> = Object.fromEntries(
  ROLLUP_COLUMNS.map((c, k) => [c, ROLLUP_SQL_COLUMNS[k]]),
);
const COHORT_SQL: Record<string, string> = Object.fromEntries(COHORT_COLUMNS.map((c) => [c, c]));
const GAP_SQL = { members: 'members' };

/**
 * The increments of one write, summed per row as core's deltas come (only the columns that change).
 * The rebuild folds a whole ledger with core's accumulators instead; this is their sparse twin for a
 * write's few rows, on every purchase's path.
 */
class IncrementSums {
  private readonly rows = new Map<string, Increment>();
  /** the shard key spreads: a group commit writes its own rows (from the shards up; see Increment.spread) */
  private readonly spread: Increment['spread'];
  constructor(shards: number) {
    this.spread = { column: 'shard', from: shards };
  }
  add(
    table: string,
    id: string,
    key: () => Increment['key'],
    deltas: Record<string, number | undefined>,
    sql: Record<string, string>,
  ) {
    let inc = this.rows.get(id);
    for (const c in deltas) {
      const v = deltas[c];
      if (!v) continue;
      if (!inc) this.rows.set(id, (inc = { table, key: key(), add: {}, create: true, spread: this.spread }));
      const col = sql[c];
      inc.add[col] = (inc.add[col] ?? 0) + v;
    }
  }
  /** the rows with a column that did not sum to zero, and only those columns */
  increments(): Increment[] {
    const out: Increment[] = [];
    for (const inc of this.rows.values()) {
      let any = false;
      for (const c in inc.add)
        if (inc.add[c] === 0) delete inc.add[c];
        else any = true;
      if (any) out.push(inc);
    }
    return out;
  }
}

/**
 * The rollup writes of a write: one increment per rollup row it touches (only the columns that
 * change), per lot cohort row, per gap histogram row, and the members it makes active for the first
 * time that day. `reads` holds, for every active candidate, the member's active days around it
 * (`activeNeighboursQuery`, or what their row keeps): the caller holds the member's lock, so nothing
 * else makes them active meanwhile. A candidate without its read is an error: it would be counted
 * twice, or never.
 */
export function rollupWrites(
  facts: readonly KeyedFact[],
  cohorts: readonly CohortFact[],
  reads: readonly ActiveDayNeighbours[],
  opts: RollupOptions,
): RollupWrites {
  const shards = opts.shards ?? ROLLUP_SHARDS;
  const sums = new IncrementSums(shards);
  const daily = (k: RollupKey, deltas: RollupDeltas) =>
    sums.add(
      'metrics_daily',
      `d|${k.day}|${k.campaignId}|${k.shard}`,
      () => ({ day: k.day, campaign_id: k.campaignId, shard: k.shard }),
      deltas,
      ROLLUP_SQL,
    );
  for (const f of facts) daily(f.key, rollupDeltas(f.fact));
  // the write's active candidates with their reads, and those it makes active for the first time
  const candidates = activeCandidates(facts);
  const list = candidates.map((c) => {
    const r = reads.find((x) => x.memberId === c.memberId && x.day === c.day);
    if (!r) throw new Error(`rollups: whether ${c.memberId} was active around ${c.day} was not read`);
    return r;
  });
  const { markers, gaps } = activeGapDeltas(list);
  for (const m of markers) {
    const c = candidates.find((x) => x.memberId === m.memberId && x.day === m.day)!;
    daily({ day: m.day, campaignId: '', shard: c.shard }, rollupDeltas({ kind: 'ACTIVE_MEMBER' }));
  }
  const cohortOpts = { timezone: opts.timezone, shards };
  for (const f of cohorts)
    for (const { key, deltas } of cohortDeltas(f, cohortOpts))
      sums.add('lot_cohort_daily', `c|${key.day}|${key.shard}`, () => ({ ...key }), deltas, COHORT_SQL);
  for (const g of gaps) {
    const shard = rollupShard(g.memberId, shards);
    for (const r of gapRows(g))
      sums.add(
        'member_active_gap',
        `g|${r.grain}|${r.day}|${r.prev}|${shard}`,
        () => ({ grain: r.grain, day: r.day, prev: r.prev, shard }),
        { members: g.delta },
        GAP_SQL,
      );
  }
  return { increments: sums.increments(), newlyActive: markers };
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

/** Reads the members' active days around the write's and writes its increments, in its transaction. */
export async function applyRollups(tx: SqlTx, src: RollupSource, opts: RollupOptions): Promise<void> {
  const facts = keyedFacts(src, opts);
  const cohorts = cohortFacts(src);
  if (!facts.length && !cohorts.length) return;
  const reads: ActiveDayNeighbours[] = [];
  for (const c of activeCandidates(facts)) {
    const q = activeNeighboursQuery({ sql: '= ?', params: [c.memberId] }, c.day, opts.timezone);
    const [r] = await tx.all<Row>(q.sql, q.params);
    reads.push(neighboursOf(c, r, opts.timezone));
  }
  for (const s of incrementQueries(rollupWrites(facts, cohorts, reads, opts).increments))
    await tx.run(s.sql, s.params);
  // the members' rows keep their latest marked day (rollup-step.ts). A member inserted by this same
  // write is not stored yet: theirs stays null (not known), and their next purchase reads the ledger.
  for (const [memberId, day] of lastActiveDaysAfter(reads))
    await tx.run(`update "member" set "last_active_day" = ? where "id" = ?`, [day, memberId]);
}

/** A lot row as its cohort sees it. */
export const cohortLot = (r: {
  memberId: string;
  points: number;
  remaining: number;
  expiresAt?: Date | null;
}) => ({
  memberId: r.memberId,
  points: r.points,
  remaining: r.remaining,
  expiresAt: r.expiresAt ?? null,
});

/** The rows of a plain-SQL write batch the rollups count. */
export function batchRollupSource(batch: WriteBatch): RollupSource {
  const inserted = batch.rows(LotRow);
  return {
    entries: batch.rows(LedgerEntryRow),
    purchases: batch.rows(PurchaseRow),
    refunds: batch.rows(RefundRow),
    lots: [
      // an inserted row is written as it ends, even if it was also marked changed
      ...inserted.map((l) => ({ id: l.id, before: null, after: cohortLot(l) })),
      ...batch
        .updated(LotRow)
        .filter(({ row }) => !inserted.includes(row))
        .map(({ row, before }) => ({ id: row.id, before: cohortLot(before), after: cohortLot(row) })),
    ],
    allocations: batch.rows(LotAllocationRow),
  };
}
