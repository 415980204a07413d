/**
 * The rollups recomputed from the ledger (`accrue rebuild-rollups`), and the reconciliation check
 * that proves the live rollups equal the ledger (`accrue check-rollups`, and the tests after
 * randomized workloads). Both fold the raw rows with the same core rule the live writes use.
 */
import {
  emptyFigures,
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
  return { acc, active, entries, ledgerPoints };
}

/**
 * Replaces the rollups with the ledger's fold, in one transaction. On PostgreSQL the rollup tables
 * are locked first: a write that has inserted ledger rows has already incremented the rollups
 * (increments come first in every write), so it holds the lock and the rebuild waits for it to
 * commit; writes that come later wait for the rebuild and add their increments on top.
 */
export async function rebuildRollups(app: App, onProgress?: (rows: number) => void) {
  const program = await app.program.get(() => app.orm.em.fork());
  return inTransaction(app, async (em) => {
    const tx = emSql(em);
    if (tx.dialect === 'postgresql')
      await tx.run(`lock table "metrics_daily", "member_active_day" in exclusive mode`);
    await tx.run(`delete from "metrics_daily"`);
    await tx.run(`delete from "member_active_day"`);
    const fold = await foldLedger(tx, program.rules.timezone, onProgress);
    const rows = fold.acc.entries();
    for (let i = 0; i < rows.length; i += 200) {
      const q = rollupIncrementSql(rows.slice(i, i + 200));
      await tx.run(q.sql, q.params);
    }
    const markers = [...fold.active.values()];
    for (let i = 0; i < markers.length; i += 500) {
      const chunk = markers.slice(i, i + 500);
      await tx.run(
        `insert into "member_active_day" ("day", "member_id") values ${chunk.map(() => '(?, ?)').join(', ')}`,
        chunk.flatMap((c) => [c.day, c.memberId]),
      );
    }
    return { rollupRows: rows.length, activeMemberDays: markers.length, facts: fold.entries };
  });
}

export interface RollupDifference {
  day: string;
  campaignId: string;
  column: RollupColumn;
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
          differences.push({ day, campaignId, column, rollup: a[column], ledger: b[column] });
    }
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
