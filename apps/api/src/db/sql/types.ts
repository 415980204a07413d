/**
 * What the plain-SQL path is made of: a transaction, a database, a statement, an increment of a
 * shared row.
 */

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
   * order, and in a group commit (PostgreSQL's, or SQLite's for increments without a ceiling) summed
   * over the group and applied once.
   */
  finish(sql: string, params?: unknown[], shared?: Increment[]): Promise<void>;
  /**
   * Runs statements in order and returns each one's rows. Each statement sees the locks and writes
   * of the ones before it (a fresh snapshot per statement under READ COMMITTED); on PostgreSQL they
   * travel in one message (one round trip).
   */
  pipeline(statements: Query[]): Promise<Row[][]>;
}

/** Told the size of each group commit (how many transactions shared one COMMIT; 1 when alone). */
export type GroupObserver = (size: number) => void;

export interface SqlDb {
  readonly dialect: Dialect;
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
  /**
   * A CHECK guards a ceiling on the row (a budget slice, a once-only signal): on SQLite the
   * increment is applied in its own transaction's turn, so the next transaction of the same commit
   * reads it and never overdraws. Other increments (rollups) are summed over the whole SQLite commit
   * and applied once before it.
   */
  ceiling?: boolean;
  /**
   * A key column that only spreads the row's writers (readers sum over it, as over the rollups'
   * shards): a commit that sums increments (a group commit, SQLite's or one of PostgreSQL's groups
   * in flight) sets it to `from` + its slot. Its increments to the same other key columns then add
   * to one row, and two commits in flight at once never touch (nor wait on) each other's rows.
   * Writers outside a group keep the value they gave, below `from`.
   */
  spread?: { column: string; from: number };
}
