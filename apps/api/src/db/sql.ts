/**
 * Plain SQL for the hot write path (recordPurchase): prepared statements on a connection of its own,
 * no unit of work, rows mapped by the ORM's own metadata (one schema, two ways to reach it).
 *
 * - PostgreSQL: a `pg` pool; each transaction runs on one client, statements are prepared once per
 *   connection (named), and a write batch goes out as one statement of data-modifying CTEs. BEGIN
 *   travels with the first statements (a purchase's row lock and reads, `pipeline`) and COMMIT with
 *   the last (`finish`), as SQL PREPARE/EXECUTE in one simple-protocol message: two round trips.
 *   Transactions that queue while two others are in flight run as a group (see `PgGroup`): one
 *   database transaction, still two round trips, one COMMIT for all of them.
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
   * trip); nothing may run in the transaction afterwards. `shared` are the increments of shared
   * rows the transaction makes (see `Increment`): they are applied after its own writes, in key
   * order, and in a PostgreSQL group commit summed over the group and applied once.
   */
  finish(sql: string, params?: unknown[], shared?: Increment[]): Promise<void>;
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
    finish: async (sql: string, params: unknown[] = [], shared: Increment[] = []) => {
      await exec(sql, params, 'run');
      for (const s of incrementQueries(shared)) await exec(s.sql, s.params, 'run');
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
  /**
   * Set on a statement that row-locks exactly one row, to that row's key (a member's id). A group
   * commit on PostgreSQL takes at most one transaction per key and sends the locks in key order.
   */
  lockKey?: string;
  /**
   * When the row is locked by another unique column (a member by externalId), the column of the
   * locked row that holds its key: a group that finds two transactions on one row runs them again
   * one by one.
   */
  lockKeyFrom?: string;
  /** increments of shared rows, applied with the COMMIT (see SqlTx.finish) */
  increments?: Increment[];
}

/**
 * An increment of a shared row (a campaign budget's slice, a daily rollup): `add` is added to the
 * row's columns. Shared rows are never read-modify-written by a transaction, so they never serialize
 * unrelated purchases: the increments of a transaction, or of a whole PostgreSQL group, are summed
 * per row and applied after the members' own writes, in (table, key) order, so two groups never wait
 * on each other in a cycle. `create` upserts the row (`insert ... on conflict (key) do update set
 * c = c + excluded.c`: a daily rollup row the first purchase of the day creates); without it the row
 * must exist (`update ... set c = c + ?`). A table may guard a ceiling with a CHECK constraint (a
 * budget slice's `used <= cap`): an increment past it fails the transaction (see pipeline/budget.ts).
 */
export interface Increment {
  table: string;
  /** the row's unique key, column by column */
  key: Record<string, string | number>;
  /** what to add, column by column */
  add: Record<string, number>;
  create?: boolean;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

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
  return ordered.map((r) => {
    const keyCols = Object.keys(r.key).sort();
    const addCols = Object.keys(r.add).sort();
    if (r.create)
      return {
        sql: `insert into ${q(r.table)} (${[...keyCols, ...addCols].map(q).join(', ')}) values (${[...keyCols, ...addCols].map(() => '?').join(', ')}) on conflict (${keyCols.map(q).join(', ')}) do update set ${addCols.map((c) => `${q(c)} = ${q(r.table)}.${q(c)} + excluded.${q(c)}`).join(', ')}`,
        params: [...keyCols.map((c) => r.key[c]), ...addCols.map((c) => r.add[c])],
      };
    return {
      sql: `update ${q(r.table)} set ${addCols.map((c) => `${q(c)} = ${q(c)} + ?`).join(', ')} where ${keyCols.map((c) => `${q(c)} = ?`).join(' and ')}`,
      params: [...addCols.map((c) => r.add[c]), ...keyCols.map((c) => r.key[c])],
    };
  });
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

/**
 * Several statements in one simple-protocol message (one round trip), with BEGIN and COMMIT when
 * asked. Each runs as `EXECUTE name(literals)` of a statement prepared on this connection (by a
 * PREPARE in the same message the first time), so PostgreSQL parses and plans it once per connection.
 * `retire` is called when the message failed after preparing something (see `sqlPrepared`).
 */
async function pgMessage(
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
    await this.message([{ sql, params }, ...incrementQueries(shared)], begin, true);
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

/** Tells a transaction taken out of a PostgreSQL group to stop: it runs again on its own. */
class Regroup extends Error {
  constructor() {
    super('moved out of a group commit');
  }
}

interface GroupJob {
  fn: (tx: SqlTx) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** A statement batch a group member waits on: reads (answered at once) or its last one (with COMMIT). */
interface GroupRequest {
  final: boolean;
  statements: Query[];
  resolve: (rows: Row[][]) => void;
  reject: (e: unknown) => void;
}

class GroupMember {
  pending: GroupRequest | null = null;
  settled = false;
  outcome: { ok: boolean; value: unknown } = { ok: false, value: undefined };
  aborted = false;
  calls = 0;
  finished = false;
  constructor(
    readonly job: GroupJob,
    private readonly onChange: () => void,
  ) {}

  readonly tx: SqlTx = {
    dialect: 'postgresql',
    all: async <T>(sql: string, params: unknown[] = []) =>
      (await this.request(false, [{ sql, params }]))[0] as T[],
    run: async (sql: string, params: unknown[] = []) => {
      await this.request(false, [{ sql, params }]);
    },
    pipeline: (statements: Query[]) => this.request(false, statements),
    finish: async (sql: string, params: unknown[] = [], shared: Increment[] = []) => {
      await this.request(true, [{ sql, params, increments: shared }]);
    },
  };

  private request(final: boolean, statements: Query[]): Promise<Row[][]> {
    if (this.aborted) return Promise.reject(new Regroup());
    if (this.finished) return Promise.reject(new Error('the transaction is already committed'));
    if (this.pending) return Promise.reject(new Error('one statement batch at a time in a transaction'));
    this.calls++;
    if (final) this.finished = true;
    return new Promise<Row[][]>((resolve, reject) => {
      this.pending = { final, statements, resolve, reject };
      this.onChange();
    });
  }

  /** settles when the job's function has returned or thrown */
  done: Promise<void> = Promise.resolve();
  start() {
    this.done = this.job.fn(this.tx).then(
      (value) => this.settle(true, value),
      (value) => this.settle(false, value),
    );
  }
  private settle(ok: boolean, value: unknown) {
    this.settled = true;
    this.outcome = { ok, value };
    this.onChange();
  }
  /** The member's first batch, when it can share a group: it starts with a keyed row lock. */
  get lockKey(): string | undefined {
    return this.calls === 1 && this.pending && !this.pending.final
      ? this.pending.statements[0]?.lockKey
      : undefined;
  }
  /** the column of the locked row that names its key, when the lock was taken by another column */
  get lockKeyFrom(): string | undefined {
    return this.pending?.statements[0]?.lockKeyFrom;
  }
  answer(rows: Row[][]) {
    const p = this.pending!;
    this.pending = null;
    p.resolve(rows);
  }
  abort() {
    this.aborted = true;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Regroup());
  }
}

/**
 * Group commit on PostgreSQL: the transactions that queue while others run share one database
 * transaction and its round trips. Every member's first batch (its row lock and reads) goes out in
 * one message, in lock-key order; each member then decides alone, and all their writes go out with
 * one COMMIT. Answers go out after the COMMIT.
 *
 * Members lock different rows (one per key) and write only rows of their own key, so a member never
 * reads what another one of its group writes. A member that locks a second row (a referrer's) sends
 * the whole group back to single transactions. Shared rows that later write paths add (a campaign's
 * budget, say) must be updated as increments or locked by key. A group that fails in the database
 * is rolled back whole and its members run again one by one, so one bad transaction costs its
 * neighbours only time.
 */
class PgGroup {
  private readonly members: GroupMember[];
  private wake: (() => void) | null = null;
  private started = false;
  retire = false;
  constructor(
    private readonly client: PoolClient,
    private readonly debug: boolean,
    jobs: GroupJob[],
  ) {
    this.members = jobs.map((j) => new GroupMember(j, () => this.check()));
  }

  private check() {
    if (this.wake && this.members.every((m) => m.settled || m.aborted || m.pending)) {
      const w = this.wake;
      this.wake = null;
      w();
    }
  }
  /** resolves once every member waits on a batch or has finished */
  private barrier(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve;
      this.check();
    });
  }
  private async message(statements: Query[], commit: boolean) {
    const begin = !this.started;
    this.started = true;
    return pgMessage(this.client, this.debug, statements, {
      begin,
      commit,
      retire: () => (this.retire = true),
    });
  }
  private async settledAll(members: GroupMember[]) {
    await Promise.all(members.map((m) => m.done));
  }

  /**
   * Runs the group. Returns the jobs to queue for a later group (a key already taken here) and the
   * ones to run alone (no key, or all of them when the group failed).
   */
  async run(): Promise<{ later: GroupJob[]; alone: GroupJob[] }> {
    for (const m of this.members) m.start();
    await this.barrier();
    // only keyed first batches share a group, one per key
    const seen = new Set<string>();
    const solo: GroupMember[] = [];
    const later: GroupMember[] = [];
    for (const m of this.members) {
      if (m.settled) continue;
      const key = m.lockKey;
      if (key === undefined) solo.push(m);
      else if (seen.has(key)) later.push(m);
      else seen.add(key);
    }
    for (const m of [...solo, ...later]) m.abort();
    const active = this.members
      .filter((m) => !m.aborted)
      .sort((a, b) => ((a.lockKey ?? '') < (b.lockKey ?? '') ? -1 : 1));
    try {
      for (let first = true; ; first = false) {
        await this.barrier();
        const waiting = active.filter((m) => m.pending);
        const reads = waiting.filter((m) => !m.pending!.final);
        const batch = reads.length ? reads : waiting;
        const commit = !reads.length;
        if (commit && !this.started) break; // nothing was ever sent
        // a later row lock (a referrer's, say) may be another member's row, read before that member
        // writes it: such a group runs again as single transactions
        if (!first && batch.some((m) => m.pending!.statements.some((q) => q.lockKey !== undefined)))
          throw new Regroup();
        const statements = batch.flatMap((m) => m.pending!.statements);
        const shared = commit ? incrementQueries(statements.flatMap((s) => s.increments ?? [])) : [];
        const keyFrom = first ? batch.map((m) => m.lockKeyFrom) : [];
        const rows = await this.message([...statements, ...shared], commit);
        // a row locked by another column (a member by externalId) may be one that another member of
        // the group locked too: then the group runs again one by one
        if (keyFrom.some((c) => c !== undefined)) {
          const keys = new Set<unknown>();
          let j = 0;
          batch.forEach((m, n) => {
            const row = rows[j]?.[0];
            keys.add(row ? row[keyFrom[n] ?? 'id'] : `none:${n}`);
            j += m.pending!.statements.length;
          });
          if (keys.size < batch.length) throw new Regroup();
        }
        let i = 0;
        for (const m of batch) {
          const n = m.pending!.statements.length;
          m.answer(rows.slice(i, i + n));
          i += n;
        }
        if (commit) break;
      }
    } catch (e) {
      if (this.started)
        await this.client.query('rollback').catch(() => {
          this.retire = true;
        });
      for (const m of active) m.abort();
      await this.settledAll(this.members);
      logSql(
        this.debug,
        `-- group of ${active.length} rolled back (${e instanceof Error ? e.message : String(e)}); each runs alone`,
      );
      return { later: later.map((m) => m.job), alone: [...solo, ...active].map((m) => m.job) };
    }
    await this.settledAll(this.members);
    for (const m of active) (m.outcome.ok ? m.job.resolve : m.job.reject)(m.outcome.value);
    return { later: later.map((m) => m.job), alone: solo.map((m) => m.job) };
  }
}

/** Most transactions in one PostgreSQL group commit. */
const MAX_GROUP = 32;
/** Groups in flight at once; transactions arriving meanwhile queue for the next group. */
const GROUPS_IN_FLIGHT = 2;

class PgDb implements SqlDb {
  readonly dialect = 'postgresql' as const;
  private readonly pool: Pool;
  private readonly queue: GroupJob[] = [];
  private groups = 0;
  /** transactions running alone, outside a group's slot */
  private lone = 0;
  private scheduled = false;
  constructor(
    url: string,
    max: number,
    private readonly debug = false,
  ) {
    this.pool = new Pool({ connectionString: url, max });
    this.pool.on('error', () => undefined); // an idle client lost: the pool replaces it
  }

  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  /** wait one turn of the event loop, so requests that already arrived join the same group */
  private schedule() {
    if (this.scheduled || this.groups >= GROUPS_IN_FLIGHT || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.groups < GROUPS_IN_FLIGHT && this.queue.length) {
        const jobs = this.queue.splice(0, MAX_GROUP);
        this.groups++;
        void this.runGroup(jobs).then(({ later, alone }) => {
          // the slot is free before the leftovers run: a busy member never holds up the others
          this.groups--;
          this.queue.unshift(...later);
          this.schedule();
          for (const j of alone) void this.runAlone(j);
        });
      }
    });
  }

  /** Never rejects: every job is answered, or handed back to queue or to run alone. */
  private async runGroup(jobs: GroupJob[]): Promise<{ later: GroupJob[]; alone: GroupJob[] }> {
    if (jobs.length === 1) {
      // a lone transaction holds its slot too, so the next ones queue up and group
      await this.runAlone(jobs[0]);
      return { later: [], alone: [] };
    }
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      for (const j of jobs) j.reject(e);
      return { later: [], alone: [] };
    }
    const group = new PgGroup(client, this.debug, jobs);
    try {
      return await group.run();
    } catch (e) {
      // not expected (run answers its own failures); answer everyone rather than leave them waiting
      for (const j of jobs) j.reject(e);
      return { later: [], alone: [] };
    } finally {
      client.release(group.retire ? new Error('retired: unknown prepared statements') : undefined);
    }
  }

  private runAlone(job: GroupJob): Promise<void> {
    this.lone++;
    return this.alone(job.fn)
      .then(job.resolve, job.reject)
      .finally(() => this.lone--);
  }

  /** One transaction on its own connection. */
  async alone<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
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
    // transactions already taken finish first (a shutdown mid-purchase answers it)
    while (this.groups || this.lone || this.queue.length) await new Promise((r) => setTimeout(r, 5));
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
  async finish(sql: string, params: unknown[] = [], shared: Increment[] = []): Promise<void> {
    await this.run(sql, params);
    for (const s of incrementQueries(shared)) await this.run(s.sql, s.params);
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
