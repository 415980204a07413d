/**
 * Statements built once for both dialects: the ORM's connection as a SqlTx, increments of shared
 * rows, WHERE clauses, several reads in one round trip.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Dialect, Row, SqlTx, Query, Increment } from './types';
import { toParam, TableCodec } from './codecs';

/** The ORM's current transaction as an SqlTx (for use cases that run on the EntityManager). */
export function emSql(em: EntityManager): SqlTx {
  const dialect: Dialect = em.getDriver().constructor.name === 'PostgreSqlDriver' ? 'postgresql' : 'sqlite';
  const conn = em.getConnection();
  const exec = (sql: string, params: unknown[], method: 'all' | 'run') =>
    conn.execute(
      sql,
      params.map((p) => toParam(dialect, p)),
      method,
      em.getTransactionContext(),
    );
  const tx: SqlTx = {
    dialect,
    all: async <T>(sql: string, params: unknown[] = []) => (await exec(sql, params, 'all')) as T[],
    run: async (sql: string, params: unknown[] = []) => {
      await exec(sql, params, 'run');
    },
    // the ORM commits when its transactional callback returns
    finish: async (sql: string, params: unknown[] = [], shared: Increment[] = []) => {
      await exec(sql, params, 'run');
      for (const s of incrementQueries(shared)) await exec(s.sql, s.params, 'run');
    },
    pipeline: (statements: Query[]) => runInOrder(tx, statements),
  };
  return tx;
}

export async function runInOrder(tx: SqlTx, statements: Query[]): Promise<Row[][]> {
  const out: Row[][] = [];
  for (const s of statements) out.push(await tx.all<Row>(s.sql, s.params));
  return out;
}

export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One shared row's summed increment. */
interface SummedRow {
  table: string;
  create: boolean;
  keyCols: string[];
  keyVals: (string | number)[];
  add: Record<string, number>;
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const cmp = (a: string | number | boolean, b: string | number | boolean) =>
  typeof a !== typeof b ? (typeof a < typeof b ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;

/** (table, upsert or not, key columns, key values): any fixed total order will do. */
function rowOrder(a: SummedRow, b: SummedRow): number {
  const head =
    cmp(a.table, b.table) ||
    cmp(a.create, b.create) ||
    (sameList(a.keyCols, b.keyCols) ? 0 : cmp(a.keyCols.join(), b.keyCols.join()));
  if (head) return head;
  for (let i = 0; i < a.keyVals.length; i++) {
    const c = cmp(a.keyVals[i], b.keyVals[i]);
    if (c) return c;
  }
  return 0;
}

/**
 * The SQL of an increment, built once per shape (table, key and added columns, rows): the same
 * string each time, so the statement caches find it without rebuilding it.
 */
const shapes = new Map<string, { keyCols: string[]; addCols: string[]; rows: number; sql: string }[]>();
function incrementSql(table: string, create: boolean, keyCols: string[], addCols: string[], rows: number) {
  const id = create ? table : `update ${table}`;
  let list = shapes.get(id);
  if (!list) shapes.set(id, (list = []));
  const hit = list.find(
    (s) => s.rows === rows && sameList(s.keyCols, keyCols) && sameList(s.addCols, addCols),
  );
  if (hit) return hit.sql;
  let sql: string;
  if (!create)
    sql = `update ${q(table)} set ${addCols.map((c) => `${q(c)} = ${q(c)} + ?`).join(', ')} where ${keyCols.map((c) => `${q(c)} = ?`).join(' and ')}`;
  else {
    const cols = [...keyCols, ...addCols];
    const tuple = `(${cols.map(() => '?').join(', ')})`;
    sql = `insert into ${q(table)} (${cols.map(q).join(', ')}) values ${Array(rows).fill(tuple).join(', ')} on conflict (${keyCols.map(q).join(', ')}) do update set ${addCols.map((c) => `${q(c)} = ${q(table)}.${q(c)} + excluded.${q(c)}`).join(', ')}`;
  }
  if (list.length > 500) list.length = 0;
  list.push({ keyCols, addCols, rows, sql });
  return sql;
}

/**
 * The statements that apply `increments`: summed per row, in (table, key) order. `slot` is the
 * commit's slot when it sums a group's increments: those that may spread go to its rows
 * (`Increment.spread`).
 */
export function incrementQueries(increments: readonly Increment[], slot?: number): Query[] {
  if (!increments.length) return [];
  // a write touches a few rows, a group commit a few per table: a scan finds a row's sum
  const rows: SummedRow[] = [];
  for (const inc of increments) {
    const create = !!inc.create;
    const keyCols = Object.keys(inc.key).sort();
    const keyVals = keyCols.map((c) =>
      slot !== undefined && inc.spread?.column === c ? inc.spread.from + slot : inc.key[c],
    );
    const seen = rows.find(
      (r) =>
        r.table === inc.table &&
        r.create === create &&
        sameList(r.keyCols, keyCols) &&
        sameList(r.keyVals, keyVals),
    );
    if (!seen) rows.push({ table: inc.table, create, keyCols, keyVals, add: { ...inc.add } });
    else for (const c in inc.add) seen.add[c] = (seen.add[c] ?? 0) + inc.add[c];
  }
  rows.sort(rowOrder);
  const out: Query[] = [];
  for (let i = 0; i < rows.length;) {
    const r = rows[i];
    if (!r.create) {
      const addCols = Object.keys(r.add).sort();
      out.push({
        sql: incrementSql(r.table, false, r.keyCols, addCols, 1),
        params: [...addCols.map((c) => r.add[c]), ...r.keyVals],
      });
      i++;
      continue;
    }
    // the table's rows (contiguous in this order) as one multi-row upsert, missing columns adding 0:
    // fewer statements, and the rows are still locked in key order
    let j = i;
    while (
      j < rows.length &&
      rows[j].table === r.table &&
      rows[j].create &&
      sameList(rows[j].keyCols, r.keyCols)
    )
      j++;
    const addSet = new Set<string>();
    for (let k = i; k < j; k++) for (const c in rows[k].add) addSet.add(c);
    const addCols = [...addSet].sort();
    const params: unknown[] = [];
    for (let k = i; k < j; k++) {
      params.push(...rows[k].keyVals);
      for (const c of addCols) params.push(rows[k].add[c] ?? 0);
    }
    out.push({ sql: incrementSql(r.table, true, r.keyCols, addCols, j - i), params });
    i = j;
  }
  return out;
}

/**
 * A filter in the shape MikroORM takes (`{ column: value | { $gt, $lte, ... } }`, properties named as
 * on the entity), rendered as an SQL condition, so a row set is defined once for both paths.
 */
export function sqlWhere<T extends object>(
  codec: TableCodec<T>,
  filter: Record<string, unknown>,
): { sql: string; params: unknown[] } {
  const ops: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=', $eq: '=', $ne: '<>' };
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [prop, cond] of Object.entries(filter)) {
    const col = q(codec.column(prop as keyof T & string));
    const entries =
      cond !== null && typeof cond === 'object' && !(cond instanceof Date)
        ? Object.entries(cond as Record<string, unknown>)
        : [['$eq', cond] as const];
    for (const [op, v] of entries) {
      if (!ops[op]) throw new Error(`sqlWhere: unsupported operator ${op}`);
      parts.push(`${col} ${ops[op]} ?`);
      params.push(v);
    }
  }
  return { sql: parts.join(' and ') || 'true', params };
}

/**
 * Runs several reads at once: on PostgreSQL as one statement (each read a JSON-aggregated
 * subquery, so one round trip), on SQLite one after the other (in-process, no round trips).
 * Values come back as JSON on PostgreSQL (dates as ISO strings): map them with a codec or toDate/toNum.
 */
export async function readMany<K extends string>(
  tx: SqlTx,
  queries: Record<K, Query>,
): Promise<Record<K, Row[]>> {
  return (await readAfter(tx, null, queries)).reads;
}

/**
 * `first` (a row lock, say), then the reads of `readMany`, which see what `first` locked. On
 * PostgreSQL both go in one message: with BEGIN still pending, the lock and the reads of a write
 * transaction cost one round trip.
 */
export async function readAfter<K extends string>(
  tx: SqlTx,
  first: Query | null,
  queries: Record<K, Query>,
): Promise<{ first: Row[]; reads: Record<K, Row[]> }> {
  const keys = Object.keys(queries) as K[];
  const reads = {} as Record<K, Row[]>;
  if (tx.dialect === 'sqlite') {
    const rows = first ? await tx.all<Row>(first.sql, first.params) : [];
    for (const k of keys) reads[k] = await tx.all(queries[k].sql, queries[k].params);
    return { first: rows, reads };
  }
  const select = keys
    .map((k) => `(select coalesce(json_agg(q), '[]'::json) from (${queries[k].sql}) q) as "${k}"`)
    .join(', ');
  const combined = { sql: `select ${select}`, params: keys.flatMap((k) => queries[k].params) };
  const results = await tx.pipeline(first ? [first, combined] : [combined]);
  const [row] = results[results.length - 1];
  for (const k of keys) reads[k] = row[k] as Row[];
  return { first: first ? results[0] : [], reads };
}
