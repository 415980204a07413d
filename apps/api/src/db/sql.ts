/**
 * Plain SQL for the hot write path (recordPurchase): prepared statements on a connection of its own,
 * no unit of work, rows mapped by the ORM's own metadata (one schema, two ways to reach it).
 *
 * - PostgreSQL: a `pg` pool; each transaction runs on one client, statements are prepared once per
 *   connection (named), and a write batch goes out as one statement of data-modifying CTEs. BEGIN
 *   travels with the first statements (a purchase's row lock and reads, `pipeline`) and COMMIT with
 *   the last (`finish`), as SQL PREPARE/EXECUTE in one simple-protocol message: two round trips.
 * - SQLite: a second libsql connection to the same file (WAL). Its transactions are group-committed:
 *   the write transactions queued while the previous commit ran share one BEGIN IMMEDIATE ... COMMIT,
 *   each inside its own SAVEPOINT, so a failing one rolls back alone and every caller is answered only
 *   after the commit is durable (synchronous=FULL, as the ORM's connection).
 *
 * SQL is written once with `?` placeholders and double-quoted identifiers (both dialects accept them).
 */
import type { EntityManager, EntityMetadata, MikroORM } from '@mikro-orm/core';
import Database from 'libsql';
import { Pool, type PoolClient } from 'pg';
import type { DatabaseConfig } from '../config';

export type Dialect = 'sqlite' | 'postgresql';
export type Row = Record<string, unknown>;

/** One open transaction (or, for `emSql`, the ORM's current one). */
export interface SqlTx {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /**
   * Runs the transaction's last statement. On PostgreSQL the COMMIT travels with it (one round
   * trip); nothing may run in the transaction afterwards.
   */
  finish(sql: string, params?: unknown[]): Promise<void>;
  /**
   * Runs statements in order and returns each one's rows. Each statement sees the locks and writes
   * of the ones before it (a fresh snapshot per statement under READ COMMITTED); on PostgreSQL they
   * travel in one message (one round trip).
   */
  pipeline(statements: Query[]): Promise<Row[][]>;
}

export interface SqlDb {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A JS value as the driver takes it: dates as ms on SQLite, JSON as text, booleans as 0/1 on SQLite. */
export function toParam(dialect: Dialect, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dialect === 'sqlite' ? v.getTime() : v;
  if (typeof v === 'boolean') return dialect === 'sqlite' ? (v ? 1 : 0) : v;
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

export const toDate = (v: unknown): Date | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v
      : new Date(typeof v === 'string' ? v : Number(v));
export const toNum = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

type Kind = 'date' | 'json' | 'bool' | 'num' | 'raw';
interface Column {
  prop: string;
  column: string;
  kind: Kind;
}

/** How one entity's rows look in SQL, read off the ORM metadata. */
export class TableCodec<T extends object> {
  readonly table: string;
  readonly columns: Column[];
  private readonly byProp = new Map<string, Column>();

  constructor(meta: EntityMetadata<T>) {
    this.table = meta.tableName;
    this.columns = meta.props
      .filter((p) => p.persist !== false && p.fieldNames?.length === 1)
      .map((p) => ({
        prop: p.name as string,
        column: p.fieldNames[0],
        kind:
          p.runtimeType === 'Date'
            ? 'date'
            : p.customType?.constructor.name === 'JsonType'
              ? 'json'
              : p.runtimeType === 'boolean'
                ? 'bool'
                : p.runtimeType === 'number'
                  ? 'num'
                  : 'raw',
      }));
    for (const c of this.columns) this.byProp.set(c.prop, c);
  }

  column(prop: keyof T & string): string {
    const c = this.byProp.get(prop);
    if (!c) throw new Error(`${this.table} has no column for ${prop}`);
    return c.column;
  }

  fromRow(row: Row): T {
    const out: Row = {};
    for (const c of this.columns) {
      const v = row[c.column];
      out[c.prop] =
        v === null || v === undefined
          ? null
          : c.kind === 'date'
            ? toDate(v)
            : c.kind === 'json'
              ? typeof v === 'string'
                ? JSON.parse(v)
                : v
              : c.kind === 'bool'
                ? v === true || v === 1 || v === '1' || v === 't'
                : c.kind === 'num'
                  ? Number(v)
                  : v;
    }
    return out as T;
  }

  /** `insert into t (all columns) values (...), (...)` for `n` rows. */
  insertSql(n: number): string {
    const cols = this.columns.map((c) => `"${c.column}"`).join(', ');
    const one = `(${this.columns.map(() => '?').join(', ')})`;
    return `insert into "${this.table}" (${cols}) values ${Array(n).fill(one).join(', ')}`;
  }

  insertParams(dialect: Dialect, rows: readonly T[]): unknown[] {
    const out: unknown[] = [];
    for (const r of rows) for (const c of this.columns) out.push(toParam(dialect, (r as Row)[c.prop]));
    return out;
  }

  /** `update t set a = ?, b = ? where "id" = ?` */
  updateSql(props: readonly (keyof T & string)[], key: keyof T & string = 'id' as keyof T & string): string {
    return `update "${this.table}" set ${props.map((p) => `"${this.column(p)}" = ?`).join(', ')} where "${this.column(key)}" = ?`;
  }

  updateParams(
    dialect: Dialect,
    row: T,
    props: readonly (keyof T & string)[],
    key: keyof T & string = 'id' as keyof T & string,
  ): unknown[] {
    return [...props.map((p) => toParam(dialect, row[p])), toParam(dialect, row[key])];
  }
}

/** Codecs per entity class, built once per ORM. */
export class Codecs {
  private readonly cache = new Map<string, TableCodec<object>>();
  constructor(private readonly orm: MikroORM) {}
  of<T extends object>(entity: new () => T): TableCodec<T> {
    let c = this.cache.get(entity.name);
    if (!c) {
      c = new TableCodec(this.orm.getMetadata().get(entity.name) as EntityMetadata<object>);
      this.cache.set(entity.name, c);
    }
    return c as TableCodec<T>;
  }
}

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
    finish: async (sql: string, params: unknown[] = []) => {
      await exec(sql, params, 'run');
    },
    pipeline: (statements: Query[]) => runInOrder(tx, statements),
  };
  return tx;
}

async function runInOrder(tx: SqlTx, statements: Query[]): Promise<Row[][]> {
  const out: Row[][] = [];
  for (const s of statements) out.push(await tx.all<Row>(s.sql, s.params));
  return out;
}

export interface Query {
  sql: string;
  params: unknown[];
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

// ---------------------------------------------------------------------------------------------
// PostgreSQL

interface PgStatement {
  /** the SQL with $1, $2, ... */
  text: string;
  /** its name for the extended protocol (pg's prepared statements) */
  name: string | undefined;
  /** its name for SQL PREPARE / EXECUTE (statements sent in one message with BEGIN or COMMIT) */
  sqlName: string | undefined;
}
const pgText = new Map<string, PgStatement>();
/** beyond this many distinct statements, the others are sent unprepared (a bound on per-connection memory) */
const MAX_NAMED = 2000;
function pgStatement(sql: string): PgStatement {
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

/** A parameter as an SQL literal, for the statements that travel with BEGIN or COMMIT (simple protocol). */
function pgLiteral(client: PoolClient, v: unknown): string {
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

/** ACCRUE_SQL_LOG=1: statements of the plain-SQL path, in the ORM's log format (bench/profile.mjs counts them) */
const logSql = (on: boolean, sql: string) => {
  if (on) console.log(`[query] ${sql.replace(/\s+/g, ' ')}`);
};

/**
 * Statements prepared on a connection with SQL PREPARE (names `accx…`, apart from the protocol-level
 * `acc…` names that `pg` manages). A prepared statement outlives the transaction that made it, even a
 * rolled-back one, so a name is recorded once the message that prepared it has succeeded; a message
 * that fails after preparing something retires its connection (see `PgTx.retire`).
 */
const sqlPrepared = new WeakMap<PoolClient, Set<string>>();
/**
 * Statements SQL-prepared per connection, at most (the write batches' shapes vary with their row
 * counts; past this, new shapes are sent with their values inlined), so a connection's plan cache
 * stays small on the server.
 */
const MAX_SQL_PREPARED = 200;

class PgTx implements SqlTx {
  readonly dialect = 'postgresql' as const;
  /** BEGIN is sent with the first statement (one round trip fewer per transaction) */
  started = false;
  committed = false;
  /** set when the connection's prepared statements are no longer known for sure */
  retire = false;
  constructor(
    private readonly client: PoolClient,
    private readonly debug: boolean,
  ) {}

  /**
   * Several statements in one simple-protocol message (one round trip), with BEGIN and COMMIT when
   * asked. Each runs as `EXECUTE name(literals)` of a statement prepared on this connection (by a
   * PREPARE in the same message the first time), so PostgreSQL parses and plans it once per connection.
   */
  private async message(statements: Query[], begin: boolean, commit: boolean): Promise<Row[][]> {
    let known = sqlPrepared.get(this.client);
    if (!known) sqlPrepared.set(this.client, (known = new Set()));
    const parts: string[] = begin ? ['begin'] : [];
    const at: number[] = [];
    const fresh: string[] = [];
    for (const { sql, params } of statements) {
      const { text, sqlName } = pgStatement(sql);
      const literals = params.map((p) => pgLiteral(this.client, p));
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
    if (commit) parts.push('commit');
    logSql(
      this.debug,
      [...(begin ? ['begin'] : []), ...statements.map((s) => s.sql), ...(commit ? ['commit'] : [])].join(
        '; ',
      ),
    );
    let results: unknown;
    try {
      results = await this.client.query(parts.join('; '));
    } catch (e) {
      if (fresh.length) this.retire = true;
      throw e;
    }
    for (const n of fresh) known.add(n);
    const list = (Array.isArray(results) ? results : [results]) as { rows: Row[] }[];
    return at.map((i) => list[i].rows);
  }

  async finish(sql: string, params: unknown[] = []): Promise<void> {
    if (this.committed) throw new Error('the transaction is already committed');
    const begin = !this.started;
    this.started = true;
    await this.message([{ sql, params }], begin, true);
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

class PgDb implements SqlDb {
  readonly dialect = 'postgresql' as const;
  private readonly pool: Pool;
  constructor(
    url: string,
    max: number,
    private readonly debug = false,
  ) {
    this.pool = new Pool({ connectionString: url, max });
    this.pool.on('error', () => undefined); // an idle client lost: the pool replaces it
  }
  async transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    const tx = new PgTx(client, this.debug);
    try {
      try {
        const out = await fn(tx);
        if (tx.started && !tx.committed) {
          logSql(this.debug, 'commit');
          await client.query('commit');
        }
        return out;
      } catch (e) {
        if (tx.started && !tx.committed)
          await client.query('rollback').catch((re: Error) => {
            broken = re;
          });
        throw e;
      }
    } finally {
      client.release(broken ?? (tx.retire ? new Error('retired: unknown prepared statements') : undefined));
    }
  }
  private closed = false;
  async close() {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// SQLite

interface Stmt {
  all(...params: unknown[]): Row[];
  run(...params: unknown[]): unknown;
}
interface LibsqlDatabase {
  prepare(sql: string): Stmt;
  exec(sql: string): void;
  close(): void;
}

class SqliteTx implements SqlTx {
  readonly dialect = 'sqlite' as const;
  constructor(private readonly db: SqliteDb) {}
  async all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.db.stmt(sql).all(...params.map((p) => toParam('sqlite', p))) as T[];
  }
  async run(sql: string, params: unknown[] = []): Promise<void> {
    this.db.stmt(sql).run(...params.map((p) => toParam('sqlite', p)));
  }
  // the group commit commits
  finish(sql: string, params: unknown[] = []): Promise<void> {
    return this.run(sql, params);
  }
  pipeline(statements: Query[]): Promise<Row[][]> {
    return runInOrder(this, statements);
  }
}

interface Job {
  fn: (tx: SqlTx) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** Most transactions that share one commit; bounds the latency one batch adds. */
const MAX_BATCH = 128;

class SqliteDb implements SqlDb {
  readonly dialect = 'sqlite' as const;
  private readonly db: LibsqlDatabase;
  private readonly stmts = new Map<string, Stmt>();
  private readonly queue: Job[] = [];
  private draining = false;
  private closed = false;

  /** `serialize` runs a batch when no other write holds the database (the app's WriteSerializer). */
  constructor(
    path: string,
    private readonly serialize: <T>(fn: () => Promise<T>) => Promise<T>,
    private readonly debug = false,
  ) {
    this.db = new Database(path) as unknown as LibsqlDatabase;
    this.db.exec('pragma journal_mode = wal');
    this.db.exec('pragma synchronous = full');
    this.db.exec('pragma busy_timeout = 5000');
  }

  stmt(sql: string): Stmt {
    logSql(this.debug, sql);
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        // wait one turn of the event loop: requests that already arrived join this commit
        setImmediate(() => void this.serialize(() => this.drain()));
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const jobs = this.queue.splice(0, MAX_BATCH);
        await this.runBatch(jobs);
      }
    } finally {
      this.draining = false;
    }
  }

  private async runBatch(jobs: Job[]) {
    const tx = new SqliteTx(this);
    const done: { job: Job; ok: boolean; value: unknown }[] = [];
    try {
      this.stmt('begin immediate').run();
    } catch (e) {
      for (const j of jobs) j.reject(e);
      return;
    }
    // a savepoint per transaction, so one failing rolls back alone (a lone one needs none)
    const savepoints = jobs.length > 1;
    for (const job of jobs) {
      if (savepoints) this.stmt('savepoint job').run();
      try {
        const value = await job.fn(tx);
        if (savepoints) this.stmt('release job').run();
        done.push({ job, ok: true, value });
      } catch (e) {
        if (savepoints) {
          this.stmt('rollback to job').run();
          this.stmt('release job').run();
        }
        done.push({ job, ok: false, value: e });
      }
    }
    if (!savepoints && !done[0].ok) {
      this.stmt('rollback').run();
      jobs[0].reject(done[0].value);
      return;
    }
    try {
      this.stmt('commit').run();
    } catch (e) {
      try {
        this.stmt('rollback').run();
      } catch {
        // the commit failure already ended the transaction
      }
      for (const d of done) d.job.reject(d.ok ? e : d.value);
      return;
    }
    for (const d of done) (d.ok ? d.job.resolve : d.job.reject)(d.value);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    while (this.draining) await new Promise((r) => setTimeout(r, 5));
    this.db.close();
  }
}

export function openSql(config: DatabaseConfig, serialize: <T>(fn: () => Promise<T>) => Promise<T>): SqlDb {
  return config.kind === 'postgresql'
    ? new PgDb(config.url, config.poolMax, config.debug)
    : new SqliteDb(config.path, serialize, config.debug);
}
