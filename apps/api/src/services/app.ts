import type { EntityManager } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import { CredentialCache } from '../auth/credential-cache';
import type { Orm } from '../db/orm';
import { PurchaseWriter } from '../pipeline/sqlite-writer';
import { Codecs } from '../db/sql/codecs';
import { openSql } from '../db/sql';
import { type SqlDb, type SqlTx } from '../db/sql/types';
import { createLogger, type Logger } from '../ops/log';
import { createTelemetry, type Telemetry } from '../ops/telemetry';
import { ProgramCache } from './program';
import type { PipelineEnv } from '../pipeline/run';
import { purchaseSteps } from '../pipeline/steps';
import { registerRollupSubscriber } from '../modules/metrics/rollup-subscriber';

/**
 * What every use case receives: the ORM, the plain-SQL connection of the hot path (recordPurchase),
 * the clock, configuration and the write serializer.
 */
export interface App {
  orm: Orm;
  sql: SqlDb;
  codecs: Codecs;
  config: AppConfig;
  clock: Clock;
  program: ProgramCache;
  writes: WriteSerializer;
  /** the purchase pipeline's steps (pipeline/steps.ts), as the writer thread registers them too */
  pipeline: PipelineEnv;
  /** SQLite: the thread that runs purchase transactions (pipeline/sqlite-writer.ts); null = this thread */
  purchaseWriter: PurchaseWriter | null;
  /** API keys and sessions that authenticated recently (auth/credential-cache.ts) */
  credentials: CredentialCache;
  /** the process's logger; inside a request, `log(app.log)` (ops/log.ts) answers the request's own */
  log: Logger;
  /** Prometheus metrics of this process (ops/telemetry.ts) */
  telemetry: Telemetry;
}

export function createApp(orm: Orm, config: AppConfig, clock: Clock): App {
  const writes = new WriteSerializer(config.database.kind);
  const db = config.database;
  const codecs = new Codecs(orm);
  const checks = config.env === 'test';
  const program = new ProgramCache(config.programCacheMs);
  // every ORM write that inserts ledger entries, purchases or refunds adds them to the rollups
  registerRollupSubscriber(orm, async (em) => (await program.get(() => em)).rules.timezone);
  const telemetry = createTelemetry(() => orm.em.fork());
  const onGroup = (size: number) => telemetry.purchaseGroupSize.observe(size);
  return {
    orm,
    sql: openSql(config.database, (fn) => writes.run(fn), onGroup),
    codecs,
    config,
    clock,
    program,
    writes,
    pipeline: { codecs, steps: purchaseSteps(), checks },
    purchaseWriter:
      db.kind === 'sqlite' && db.writerThread
        ? new PurchaseWriter({ path: db.path, debug: db.debug, checks }, (fn) => writes.run(fn), onGroup)
        : null,
    credentials: new CredentialCache(config.credentialCacheMs),
    log: createLogger(config),
    telemetry,
  };
}

/** Closes the connections (the plain-SQL ones first: they may hold a batch waiting to commit). */
export async function closeApp(app: App, force = false) {
  await app.purchaseWriter?.close();
  await app.sql.close();
  await app.orm.close(force);
}

/**
 * Serializes writes where the database cannot: SQLite has a single writer, so every write
 * transaction runs one at a time in this process (a second process waits on busy_timeout).
 * On PostgreSQL writes run concurrently and each use case row-locks the members it touches.
 */
export class WriteSerializer {
  private tail: Promise<unknown> = Promise.resolve();
  constructor(private readonly kind: 'sqlite' | 'postgresql') {}
  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.kind === 'postgresql') return fn();
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * What a transaction is run again after, matched by the database's error code, never by the
 * driver's message: PostgreSQL's SQLSTATE 40001 (serialization failure), 40P01 (deadlock) and
 * 23505 (unique violation: two first writes of one key), and SQLite's busy and unique / primary
 * key violation codes. The ORM's exceptions keep the driver's `code`; so do errors that cross from
 * the SQLite writer thread.
 */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set([
  '40001',
  '40P01',
  '23505',
  'SQLITE_BUSY',
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
]);

/** Whether `e` (or an error it was caused by) carries one of RETRYABLE_CODES. */
export function isRetryable(e: unknown): boolean {
  for (
    let c = e, depth = 0;
    c && typeof c === 'object' && depth < 5;
    c = (c as { cause?: unknown }).cause, depth++
  ) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string' && RETRYABLE_CODES.has(code)) return true;
  }
  return false;
}

/**
 * Runs `fn` in one transaction on a fresh EntityManager fork: everything it writes commits together
 * or not at all. A race on a unique key (two first writes of the same idempotency key) or a
 * deadlock is retried, and the retry then sees the winner's row.
 */
export function inTransaction<T>(app: App, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  return retrying(() => app.writes.run(() => app.orm.em.fork().transactional((em) => fn(em))));
}

/**
 * inTransaction for the plain-SQL path: one transaction on `app.sql` (serialized with every other
 * write on SQLite, where it may share a group commit), retried the same way.
 */
export function inSqlTransaction<T>(app: App, fn: (tx: SqlTx) => Promise<T>): Promise<T> {
  return retrying(() => app.sql.transaction(fn));
}

export async function retrying<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt < 3 && isRetryable(e)) continue;
      throw e;
    }
  }
}
