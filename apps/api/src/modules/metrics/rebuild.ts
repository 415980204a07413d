/**
 * The rollups recomputed from the ledger (`accrue rebuild-rollups`), and the reconciliation check
 * that proves the live rollups equal the ledger (`accrue check-rollups`, and the tests after
 * randomized workloads). Both fold the raw rows with the same core rule the live writes use.
 */
import {
  COHORT_COLUMNS,
  CohortAccumulator,
  emptyFigures,
  gapRows,
  gapsOfDays,
  netPoints,
  ROLLUP_COLUMNS,
  RollupAccumulator,
  type RollupColumn,
  type RollupFigures,
} from '@accrue/core';
import { inTransaction, type App } from '../../services/app';
import { emSql } from '../../db/sql/queries';
import { toDate, toNum } from '../../db/sql/codecs';
import { type Row, type SqlTx } from '../../db/sql/types';
import {
  activeCandidates,
  keyedFacts,
  ROLLUP_SHARDS,
  ROLLUP_SQL_COLUMNS,
  rollupIncrementSql,
  type ActiveCandidate,
  type RollupSource,
} from './rollup-writer';
import { forgetRedemptionRateEstimate } from './read';

const PAGE = 5000;

async function* pages(tx: SqlTx, table: string, columns: string): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await tx.all<Row>(
      `select "id", ${columns} from "${table}" where "id" > ? order by "id" limit ${PAGE}`,
      [after],
    );
    if (!rows.length) return;
    yield rows;
    after = String(rows[rows.length - 1].id);
  }
}

export interface LedgerFold {
  acc: RollupAccumulator;
  active: Map<string, ActiveCandidate>;
  cohorts: CohortAccumulator;
  /** the gap histogram of the active member-days: 'grain|day|prev' -> members */
  gaps: Map<string, number>;
  entries: number;
  ledgerPoints: number;
}

/** Folds every ledger entry, purchase and refund into rollup rows, as the live writes would have. */
export async function foldLedger(
  tx: SqlTx,
  timezone: string,
  onProgress?: (rows: number) => void,
): Promise<LedgerFold> {
  const acc = new RollupAccumulator();
  const active = new Map<string, ActiveCandidate>();
  let entries = 0;
  let ledgerPoints = 0;
  const add = (src: RollupSource) => {
    const facts = keyedFacts(src, { timezone, shards: ROLLUP_SHARDS });
    for (const f of facts) acc.add(f.key, f.fact);
    for (const c of activeCandidates(facts)) active.set(`${c.memberId}|${c.day}`, c);
    entries += facts.length;
    onProgress?.(entries);
  };
  const none = { entries: [], purchases: [], refunds: [] };
  for await (const rows of pages(
    tx,
    'ledger_entry',
    `"member_id", "type", "source", "points", "occurred_at", "campaign_id"`,
  )) {
    const list = rows.map((r) => ({
      memberId: String(r.member_id),
      type: String(r.type),
      source: String(r.source),
      points: toNum(r.points),
      occurredAt: toDate(r.occurred_at)!,
      campaignId: (r.campaign_id as string | null) ?? null,
    }));
    for (const e of list) ledgerPoints += e.points;
    add({ ...none, entries: list });
  }
  const money = (r: Row) => ({
    memberId: String(r.member_id),
    amountMinor: toNum(r.amount_minor),
    occurredAt: toDate(r.occurred_at)!,
  });
  for await (const rows of pages(tx, 'purchase', `"member_id", "amount_minor", "occurred_at"`))
    add({ ...none, purchases: rows.map(money) });
  for await (const rows of pages(tx, 'refund', `"member_id", "amount_minor", "occurred_at"`))
    add({ ...none, refunds: rows.map(money) });
  for (const c of active.values())
    acc.add({ day: c.day, campaignId: '', shard: c.shard }, { kind: 'ACTIVE_MEMBER' });
  // the lots as they are now, and what their allocations settled, by expiry day
  const cohorts = new CohortAccumulator({ timezone, shards: ROLLUP_SHARDS });
  for await (const rows of pages(tx, 'points_lot', `"member_id", "points", "remaining", "expires_at"`)) {
    for (const r of rows)
      cohorts.add({
        kind: 'LOT',
        before: null,
        after: {
          memberId: String(r.member_id),
          points: toNum(r.points),
          remaining: toNum(r.remaining),
          expiresAt: toDate(r.expires_at),
        },
      });
    onProgress?.((entries += rows.length));
  }
  for await (const rows of settledPages(tx)) {
    for (const r of rows)
      cohorts.add({
        kind: 'ALLOCATION',
        lot: { memberId: String(r.member_id), points: 0, remaining: 0, expiresAt: toDate(r.expires_at) },
        entryType: String(r.type),
        points: toNum(r.points),
      });
    onProgress?.((entries += rows.length));
  }
  // every member's active days, linked in order
  const days = new Map<string, string[]>();
  for (const c of active.values()) {
    const list = days.get(c.memberId);
    if (list) list.push(c.day);
    else days.set(c.memberId, [c.day]);
  }
  const gaps = new Map<string, number>();
  for (const [memberId, list] of days)
    for (const g of gapsOfDays(memberId, list))
      for (const r of gapRows(g)) {
        const k = `${r.grain}|${r.day}|${r.prev}`;
        gaps.set(k, (gaps.get(k) ?? 0) + 1);
      }
  return { acc, active, cohorts, gaps, entries, ledgerPoints };
}

/**
 * Every allocation with its entry's type and its lot's member and expiry, in pages of allocations
 * by id (the page is taken first, then joined: a filter on the joined rows would let the planner
 * scan far past the page). The caller keeps those that settle a lot.
 */
async function* settledPages(tx: SqlTx): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await tx.all<Row>(
      `select a."id" as "id", l."member_id" as "member_id", l."expires_at" as "expires_at", e."type" as "type", a."points" as "points"
         from (select "id", "entry_id", "lot_id", "points" from "lot_allocation" where "id" > ? order by "id" limit ${PAGE}) a
         join "ledger_entry" e on e."id" = a."entry_id" join "points_lot" l on l."id" = a."lot_id"
        order by a."id"`,
      [after],
    );
    if (!rows.length) return;
    yield rows;
    after = String(rows[rows.length - 1].id);
  }
}

const GAP_COLUMNS = ['grain', 'day', 'prev', 'members'];
const COHORT_SQL_COLUMNS = ['day', 'shard', ...COHORT_COLUMNS];

/** Multi-row inserts of a whole table, a few hundred rows a statement. */
async function insertAll(tx: SqlTx, table: string, columns: string[], rows: unknown[][]) {
  const per = Math.max(1, Math.floor(2000 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    await tx.run(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${chunk
        .map(() => `(${columns.map(() => '?').join(', ')})`)
        .join(', ')}`,
      chunk.flat(),
    );
  }
}

const gapRowsOf = (gaps: Map<string, number>) =>
  [...gaps].filter(([, n]) => n !== 0).map(([k, n]) => [...k.split('|'), n]);

/**
 * Replaces the rollups with the ledger's fold, in one transaction. On PostgreSQL the rollup tables
 * are locked first: a write that has inserted ledger rows has already incremented the rollups
 * (increments come first in every write), so it holds the lock and the rebuild waits for it to
 * commit; writes that come later wait for the rebuild and add their increments on top.
 */
/** Every table the rollups keep: rebuilt together, locked together. */
const ROLLUP_TABLES = ['metrics_daily', 'lot_cohort_daily', 'member_active_gap'];

export async function rebuildRollups(app: App, onProgress?: (rows: number) => void) {
  const program = await app.program.get(() => app.orm.em.fork());
  return inTransaction(app, async (em) => {
    const tx = emSql(em);
    if (tx.dialect === 'postgresql')
      await tx.run(`lock table ${ROLLUP_TABLES.map((t) => `"${t}"`).join(', ')} in exclusive mode`);
    for (const t of ROLLUP_TABLES) await tx.run(`delete from "${t}"`);
    const fold = await foldLedger(tx, program.rules.timezone, onProgress);
    const rows = fold.acc.entries();
    for (let i = 0; i < rows.length; i += 200) {
      const q = rollupIncrementSql(rows.slice(i, i + 200));
      await tx.run(q.sql, q.params);
    }
    const cohorts = fold.cohorts.entries();
    await insertAll(
      tx,
      'lot_cohort_daily',
      COHORT_SQL_COLUMNS,
      cohorts.map((r) => [r.key.day, r.key.shard, ...COHORT_COLUMNS.map((c) => r.figures[c])]),
    );
    const gaps = gapRowsOf(fold.gaps);
    await insertAll(tx, 'member_active_gap', GAP_COLUMNS, gaps);
    // a member's row whose latest active day disagrees with the ledger's (only after drift)
    for (const m of await lastActiveMismatches(tx, fold))
      await tx.run(`update "member" set "last_active_day" = ? where "id" = ?`, [m.ledger, m.memberId]);
    forgetRedemptionRateEstimate(app);
    return {
      rollupRows: rows.length,
      activeMemberDays: fold.active.size,
      cohortRows: cohorts.length,
      gapRows: gaps.length,
      facts: fold.entries,
    };
  });
}

/**
 * Members whose row keeps a latest active day (`last_active_day`, rollup-step.ts) other than the
 * latest day the ledger marks them active on. A null one is not known, never wrong.
 */
async function lastActiveMismatches(tx: SqlTx, fold: LedgerFold) {
  const latest = new Map<string, string>();
  for (const c of fold.active.values())
    if (c.day > (latest.get(c.memberId) ?? '')) latest.set(c.memberId, c.day);
  const kept = await tx.all<Row>(
    `select "id", "last_active_day" from "member" where "last_active_day" is not null`,
  );
  return kept
    .map((r) => ({
      memberId: String(r.id),
      kept: String(r.last_active_day),
      ledger: latest.get(String(r.id)) ?? null,
    }))
    .filter((m) => m.kept !== m.ledger);
}

export interface RollupDifference {
  /**
   * metrics_daily (by day and campaign), lot_cohort_daily (by day), member_active_gap (by
   * grain, day and previous day) or member (a member's kept latest active day, as yyyymmdd)
   */
  table: string;
  day: string;
  /** the campaign ('' for none), the gap's grain and previous day, or the member ('' for a cohort) */
  campaignId: string;
  column: RollupColumn | string;
  rollup: number;
  ledger: number;
}

export interface Reconciliation {
  ok: boolean;
  differences: RollupDifference[];
  /** outstanding points three ways: rollups, the ledger's sum, the members' balances */
  outstanding: { rollups: number; ledger: number; balances: number };
}

/**
 * Rollups = ledger: every (day, campaign) column of the stored rollups equals the fold of the raw
 * rows, and the outstanding points the rollups imply equal the ledger's sum and the members'
 * balances. Read in one transaction so a concurrent write is seen entirely or not at all.
 */
export async function reconcileRollups(app: App): Promise<Reconciliation> {
  const program = await app.program.get(() => app.orm.em.fork());
  return inTransaction(app, async (em) => {
    const tx = emSql(em);
    if (tx.dialect === 'postgresql') await tx.run(`set transaction isolation level repeatable read`);
    const stored = new Map<string, RollupFigures>();
    const rows = await tx.all<Row>(
      `select "day", "campaign_id", ${ROLLUP_SQL_COLUMNS.map((c) => `sum("${c}") as "${c}"`).join(', ')}
         from "metrics_daily" group by "day", "campaign_id"`,
    );
    for (const r of rows) {
      const f = emptyFigures();
      ROLLUP_COLUMNS.forEach((c, k) => (f[c] = toNum(r[ROLLUP_SQL_COLUMNS[k]])));
      stored.set(`${String(r.day)}|${String(r.campaign_id)}`, f);
    }
    const fold = await foldLedger(tx, program.rules.timezone);
    const expected = new Map<string, RollupFigures>();
    for (const { key, figures } of fold.acc.entries()) {
      const k = `${key.day}|${key.campaignId}`;
      const f = expected.get(k) ?? emptyFigures();
      for (const c of ROLLUP_COLUMNS) f[c] += figures[c];
      expected.set(k, f);
    }
    const differences: RollupDifference[] = [];
    for (const k of new Set([...stored.keys(), ...expected.keys()])) {
      const [day, campaignId] = k.split('|');
      const a = stored.get(k) ?? emptyFigures();
      const b = expected.get(k) ?? emptyFigures();
      for (const column of ROLLUP_COLUMNS)
        if (a[column] !== b[column])
          differences.push({
            table: 'metrics_daily',
            day,
            campaignId,
            column,
            rollup: a[column],
            ledger: b[column],
          });
    }
    // the lot cohorts against the lots and their allocations, the gap histogram against the ledger's active days
    const compare = (table: string, got: Map<string, number>, want: Map<string, number>) => {
      for (const k of new Set([...got.keys(), ...want.keys()])) {
        const [day, rest, column] = k.split('#');
        const [a, b] = [got.get(k) ?? 0, want.get(k) ?? 0];
        if (a !== b) differences.push({ table, day, campaignId: rest, column, rollup: a, ledger: b });
      }
    };
    // (summed over the shards: which row of a day a commit adds to is not a figure)
    const storedCohorts = new Map<string, number>();
    for (const r of await tx.all<Row>(
      `select "day", ${COHORT_COLUMNS.map((c) => `sum("${c}") as "${c}"`).join(', ')} from "lot_cohort_daily" group by "day"`,
    ))
      for (const c of COHORT_COLUMNS) storedCohorts.set(`${String(r.day)}##${c}`, toNum(r[c]));
    const foldedCohorts = new Map<string, number>();
    for (const { key, figures } of fold.cohorts.entries())
      for (const c of COHORT_COLUMNS) {
        const k = `${key.day}##${c}`;
        foldedCohorts.set(k, (foldedCohorts.get(k) ?? 0) + figures[c]);
      }
    compare('lot_cohort_daily', storedCohorts, foldedCohorts);
    const storedGaps = new Map<string, number>();
    for (const r of await tx.all<Row>(
      `select "grain", "day", "prev", sum("members") as "members" from "member_active_gap" group by "grain", "day", "prev"`,
    ))
      storedGaps.set(`${String(r.day)}#${String(r.grain)} ${String(r.prev)}#members`, toNum(r.members));
    const foldedGaps = new Map<string, number>();
    for (const [k, n] of fold.gaps) {
      const [grain, day, prev] = k.split('|');
      foldedGaps.set(`${day}#${grain} ${prev}#members`, n);
    }
    compare('member_active_gap', storedGaps, foldedGaps);
    // days as numbers (20261207), none as 0
    const dayNumber = (d: string | null) => (d ? Number(d.replaceAll('-', '')) : 0);
    for (const m of await lastActiveMismatches(tx, fold))
      differences.push({
        table: 'member',
        day: m.kept,
        campaignId: m.memberId,
        column: 'last_active_day',
        rollup: dayNumber(m.kept),
        ledger: dayNumber(m.ledger),
      });
    const rollupOutstanding = [...stored.values()].reduce((s, f) => s + netPoints(f), 0);
    const [bal] = await tx.all<Row>(`select coalesce(sum("points_balance"), 0) as "b" from "member"`);
    const outstanding = { rollups: rollupOutstanding, ledger: fold.ledgerPoints, balances: toNum(bal.b) };
    return {
      ok:
        !differences.length &&
        outstanding.rollups === outstanding.ledger &&
        outstanding.ledger === outstanding.balances,
      differences: differences.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0)).slice(0, 100),
      outstanding,
    };
  });
}
