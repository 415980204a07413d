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

/** The statements that apply `increments`: summed per row, in (table, key) order. */
export function incrementQueries(increments: readonly Increment[]): Query[] {
  if (!increments.length) return [];
  const rows = new Map<string, Increment>();
  for (const inc of increments) {
    const keyCols = Object.keys(inc.key).sort();
    const id = JSON.stringify([inc.table, !!inc.create, keyCols.map((c) => [c, inc.key[c]])]);
    const seen = rows.get(id);
    if (!seen) rows.set(id, { ...inc, add: { ...inc.add } });
    else for (const [c, v] of Object.entries(inc.add)) seen.add[c] = (seen.add[c] ?? 0) + v;
  }
  const ordered = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
  const out: Query[] = [];
  for (let i = 0; i < ordered.length;) {
    const r = ordered[i];
    const keyCols = Object.keys(r.key).sort();
    if (!r.create) {
      const addCols = Object.keys(r.add).sort();
      out.push({
        sql: `update ${q(r.table)} set ${addCols.map((c) => `${q(c)} = ${q(c)} + ?`).join(', ')} where ${keyCols.map((c) => `${q(c)} = ?`).join(' and ')}`,
        params: [...addCols.map((c) => r.add[c]), ...keyCols.map((c) => r.key[c])],
      });
      i++;
      continue;
    }
    // the table's rows (contiguous in this order) as one multi-row upsert, missing columns adding 0:
    // fewer statements, and the rows are still locked in key order
    let j = i;
    const sameKeys = (g: Increment) => Object.keys(g.key).sort().join() === keyCols.join();
    while (j < ordered.length && ordered[j].table === r.table && ordered[j].create && sameKeys(ordered[j]))
      j++;
    const group = ordered.slice(i, j);
    const addCols = [...new Set(group.flatMap((g) => Object.keys(g.add)))].sort();
    const cols = [...keyCols, ...addCols];
    out.push({
      sql: `insert into ${q(r.table)} (${cols.map(q).join(', ')}) values ${group
        .map(() => `(${cols.map(() => '?').join(', ')})`)
        .join(
          ', ',
        )} on conflict (${keyCols.map(q).join(', ')}) do update set ${addCols.map((c) => `${q(c)} = ${q(r.table)}.${q(c)} + excluded.${q(c)}`).join(', ')}`,
      params: group.flatMap((g) => [...keyCols.map((c) => g.key[c]), ...addCols.map((c) => g.add[c] ?? 0)]),
    });
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
