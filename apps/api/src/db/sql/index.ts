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
import type { DatabaseConfig } from '../../config';
import { GroupObserver, SqlDb } from './types';
import { PgDb } from './postgresql';
import { SqliteDb } from './sqlite';

export function openSql(
  config: DatabaseConfig,
  serialize: <T>(fn: () => Promise<T>) => Promise<T>,
  onGroup?: GroupObserver,
): SqlDb {
  return config.kind === 'postgresql'
    ? new PgDb(config.url, config.poolMax, config.debug, onGroup)
    : new SqliteDb(config.path, serialize, config.debug, onGroup);
}
