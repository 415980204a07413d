import type { EntityManager } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import type { Clock } from '../clock';
import type { Orm } from '../db/orm';
import { ProgramCache } from './program';
import type { PurchaseExtension } from './extensions';

/** What every use case receives: the ORM, the clock, configuration and the write serializer. */
export interface App {
  orm: Orm;
  config: AppConfig;
  clock: Clock;
  program: ProgramCache;
  writes: WriteSerializer;
  purchaseExtensions: PurchaseExtension[];
}

export function createApp(orm: Orm, config: AppConfig, clock: Clock): App {
  return {
    orm,
    config,
    clock,
    program: new ProgramCache(),
    writes: new WriteSerializer(config.database.kind),
    purchaseExtensions: [],
  };
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

const RETRYABLE =
  /deadlock detected|could not serialize|UniqueConstraintViolation|unique constraint|UNIQUE constraint failed|duplicate key/i;

/**
 * Runs `fn` in one transaction on a fresh EntityManager fork: everything it writes commits together
 * or not at all. A race on a unique key (two first writes of the same idempotency key) or a
 * deadlock is retried, and the retry then sees the winner's row.
 */
export async function inTransaction<T>(app: App, fn: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await app.writes.run(() => app.orm.em.fork().transactional((em) => fn(em)));
    } catch (e) {
      const msg = e instanceof Error ? `${e.name} ${e.message}` : String(e);
      if (attempt < 3 && RETRYABLE.test(msg)) continue;
      throw e;
    }
  }
}
