/**
 * PostgreSQL: statements prepared once per connection, sent with BEGIN or COMMIT in one message,
 * and a transaction on one pooled client.
 */
import type { PoolClient } from 'pg';
import { Row, SqlTx, Query, Increment } from './types';
import { toParam } from './codecs';
import { incrementQueries } from './queries';

// ---------------------------------------------------------------------------------------------
// PostgreSQL

export interface PgStatement {
  /** the SQL with $1, $2, ... */
  text: string;
  /** its name for the extended protocol (pg's prepared statements) */
  name: string | undefined;
  /** its name for SQL PREPARE / EXECUTE (statements sent in one message with BEGIN or COMMIT) */
  sqlName: string | undefined;
}
export const pgText = new Map<string, PgStatement>();
/**
 * beyond this many distinct statements, the others are sent unprepared (a bound on per-connection
 * memory)
 */
export const MAX_NAMED = 2000;
export function pgStatement(sql: string): PgStatement {
  let s = pgText.get(sql);
  if (!s) {
    let i = 0;
    const text = sql.replace(/\?/g, () => `$${++i}`);
    const n = pgText.size;
    s =
      n < MAX_NAMED
        ? { text, name: `acc${n}`, sqlName: `accx${n}` }
        : { text, name: undefined, sqlName: undefined };
    pgText.set(sql, s);
  }
  return s;
}

/**
 * A parameter as an SQL literal, for the statements that travel with BEGIN or COMMIT (simple
 * protocol).
 */
export function pgLiteral(client: PoolClient, v: unknown): string {
  const p = toParam('postgresql', v);
  if (p === null) return 'null';
  if (typeof p === 'number') {
    if (!Number.isFinite(p)) throw new Error(`not a finite number: ${p}`);
    return String(p);
  }
  if (typeof p === 'boolean') return p ? 'true' : 'false';
  if (p instanceof Date) return `${client.escapeLiteral(p.toISOString())}::timestamptz`;
  return client.escapeLiteral(String(p));
}

/**
 * ACCRUE_SQL_LOG=1: statements of the plain-SQL path, in the ORM's log format (bench/profile.mjs
 * counts them)
 */
export const logSql = (on: boolean, sql: string) => {
  if (on) console.log(`[query] ${sql.replace(/\s+/g, ' ')}`);
};

/**
 * Statements prepared on a connection with SQL PREPARE (names `accx…`, apart from the protocol-level
 * `acc…` names that `pg` manages). A prepared statement outlives the transaction that made it, even a
 * rolled-back one, so a name is recorded once the message that prepared it has succeeded; a message
 * that fails after preparing something retires its connection (see `PgTx.retire`).
 */
export const sqlPrepared = new WeakMap<PoolClient, Set<string>>();
/**
 * Statements SQL-prepared per connection, at most (the write batches' shapes vary with their row
 * counts; past this, new shapes are sent with their values inlined), so a connection's plan cache
 * stays small on the server.
 */
export const MAX_SQL_PREPARED = 200;

/**
 * Several statements in one simple-protocol message (one round trip), with BEGIN and COMMIT when
 * asked. Each runs as `EXECUTE name(literals)` of a statement prepared on this connection (by a
 * PREPARE in the same message the first time), so PostgreSQL parses and plans it once per connection.
 * `retire` is called when the message failed after preparing something (see `sqlPrepared`).
 */
export async function pgMessage(
  client: PoolClient,
  debug: boolean,
  statements: Query[],
  opts: { begin: boolean; commit: boolean; retire: () => void },
): Promise<Row[][]> {
  let known = sqlPrepared.get(client);
  if (!known) sqlPrepared.set(client, (known = new Set()));
  const parts: string[] = opts.begin ? ['begin'] : [];
  const at: number[] = [];
  const fresh: string[] = [];
  for (const { sql, params } of statements) {
    const { text, sqlName } = pgStatement(sql);
    const literals = params.map((p) => pgLiteral(client, p));
    if (!sqlName || (!known.has(sqlName) && known.size + fresh.length >= MAX_SQL_PREPARED)) {
      let i = 0;
      parts.push(sql.replace(/\?/g, () => literals[i++]));
    } else {
      if (!known.has(sqlName) && !fresh.includes(sqlName)) {
        parts.push(`prepare ${sqlName} as ${text}`);
        fresh.push(sqlName);
      }
      parts.push(literals.length ? `execute ${sqlName}(${literals.join(', ')})` : `execute ${sqlName}`);
    }
    at.push(parts.length - 1);
  }
  if (opts.commit) parts.push('commit');
  // built only when logged: a group's SQL text is tens of kilobytes
  if (debug)
    logSql(
      debug,
      [
        ...(opts.begin ? ['begin'] : []),
        ...statements.map((s) => s.sql),
        ...(opts.commit ? ['commit'] : []),
      ].join('; '),
    );
  let results: unknown;
  try {
    results = await client.query(parts.join('; '));
  } catch (e) {
    if (fresh.length) opts.retire();
    throw e;
  }
  for (const n of fresh) known.add(n);
  const list = (Array.isArray(results) ? results : [results]) as { rows: Row[] }[];
  return at.map((i) => list[i].rows);
}

export class PgTx implements SqlTx {
  readonly dialect = 'postgresql' as const;
  /** BEGIN is sent with the first statement (one round trip fewer per transaction) */
  started = false;
  committed = false;
  /** set when the connection's prepared statements are no longer known for sure */
  retire = false;
  constructor(
    private readonly client: PoolClient,
    private readonly debug: boolean,
    /** the group slot it runs in, if any (Increment.spread) */
    private readonly slot?: number,
  ) {}

  private message(statements: Query[], begin: boolean, commit: boolean): Promise<Row[][]> {
    return pgMessage(this.client, this.debug, statements, {
      begin,
      commit,
      retire: () => (this.retire = true),
    });
  }

  async finish(sql: string, params: unknown[] = [], shared: Increment[] = []): Promise<void> {
    if (this.committed) throw new Error('the transaction is already committed');
    const begin = !this.started;
    this.started = true;
    await this.message([{ sql, params }, ...incrementQueries(shared, this.slot)], begin, true);
    this.committed = true;
  }

  async pipeline(statements: Query[]): Promise<Row[][]> {
    if (this.committed) throw new Error('the transaction is already committed');
    const begin = !this.started;
    this.started = true;
    return this.message(statements, begin, false);
  }

  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (this.committed) throw new Error('the transaction is already committed');
    if (!this.started) return (await this.pipeline([{ sql, params }]))[0] as T[];
    const { text, name } = pgStatement(sql);
    logSql(this.debug, sql);
    const res = await this.client.query({
      text,
      name,
      values: params.map((p) => toParam('postgresql', p)),
    });
    return res.rows as T[];
  }
  async run(sql: string, params: unknown[] = []): Promise<void> {
    await this.all(sql, params);
  }
}
