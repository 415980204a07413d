/**
 * SQLite: a second libsql connection to the same file; the write transactions queued during a
 * commit share the next one, each in its own SAVEPOINT.
 */
import Database from 'libsql';
import { Row, SqlTx, SqlDb, Query, Increment, GroupObserver } from './types';
import { toParam } from './codecs';
import { runInOrder, incrementQueries } from './queries';
import { logSql } from './pg-statements';

// ---------------------------------------------------------------------------------------------
// SQLite

export interface Stmt {
  all(...params: unknown[]): Row[];
  run(...params: unknown[]): unknown;
}
export interface LibsqlDatabase {
  prepare(sql: string): Stmt;
  exec(sql: string): void;
  close(): void;
}

export class SqliteTx implements SqlTx {
  readonly dialect = 'sqlite' as const;
  /** this transaction's increments without a ceiling: the commit applies them, summed over its group */
  readonly deferred: Increment[] = [];
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
    for (const inc of shared) if (!inc.ceiling) this.deferred.push(inc);
    for (const s of incrementQueries(shared.filter((inc) => inc.ceiling))) await this.run(s.sql, s.params);
  }
  pipeline(statements: Query[]): Promise<Row[][]> {
    return runInOrder(this, statements);
  }
}

export interface Job {
  fn: (tx: SqlTx) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** Most transactions that share one commit; bounds the latency one batch adds. */
export const MAX_BATCH = 128;

export class SqliteDb implements SqlDb {
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
    private readonly onGroup?: GroupObserver,
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

  private async runBatch(jobs: Job[]): Promise<void> {
    const done: { job: Job; ok: boolean; value: unknown; deferred: Increment[] }[] = [];
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
      const tx = new SqliteTx(this);
      try {
        const value = await job.fn(tx);
        if (savepoints) this.stmt('release job').run();
        done.push({ job, ok: true, value, deferred: tx.deferred });
      } catch (e) {
        if (savepoints) {
          this.stmt('rollback to job').run();
          this.stmt('release job').run();
        }
        done.push({ job, ok: false, value: e, deferred: [] });
      }
    }
    if (!savepoints && !done[0].ok) {
      this.stmt('rollback').run();
      jobs[0].reject(done[0].value);
      return;
    }
    try {
      // the increments without a ceiling (rollups), summed over the group: one upsert per table
      // rather than one per transaction. They cannot fail; if one did, each transaction runs alone.
      const tx = new SqliteTx(this);
      // (one writer: every commit is slot 0)
      for (const q of incrementQueries(
        done.flatMap((d) => d.deferred),
        0,
      ))
        await tx.run(q.sql, q.params);
    } catch (e) {
      this.stmt('rollback').run();
      if (jobs.length === 1) jobs[0].reject(e);
      else for (const job of jobs) await this.runBatch([job]);
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
    this.onGroup?.(jobs.length);
    for (const d of done) (d.ok ? d.job.resolve : d.job.reject)(d.value);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    while (this.draining) await new Promise((r) => setTimeout(r, 5));
    this.db.close();
  }
}
