import { MikroORM, type Options } from '@mikro-orm/core';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { join } from 'node:path';
import type { DatabaseConfig } from '../config';
import { ALL_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export type Orm = MikroORM;

const migrationsPath = (kind: DatabaseConfig['kind']) => join(__dirname, 'migrations', kind);

export function ormOptions(db: DatabaseConfig): Options {
  const common: Options = {
    entities: ALL_ENTITIES,
    debug: db.debug,
    allowGlobalContext: false,
    forceUtcTimezone: true,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    migrations: {
      path: migrationsPath(db.kind),
      pathTs: migrationsPath(db.kind),
      migrationsList: MIGRATIONS[db.kind],
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      // migration classes are plain TS: they run through whatever loaded this file (tsc output or swc)
    },
  };
  if (db.kind === 'sqlite') {
    return {
      ...common,
      driver: LibSqlDriver,
      dbName: db.path,
      pool: { min: 1, max: 1 },
    } as Options;
  }
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: db.url,
    pool: { min: 1, max: db.poolMax },
  } as Options;
}

/** Opens the database; on SQLite, sets WAL + a busy timeout so a CLI job can run beside the server. */
export async function openOrm(db: DatabaseConfig): Promise<Orm> {
  const orm = await MikroORM.init(ormOptions(db));
  if (db.kind === 'sqlite') {
    const conn = orm.em.getConnection();
    await conn.execute('pragma journal_mode = wal');
    await conn.execute('pragma synchronous = full');
    await conn.execute('pragma busy_timeout = 5000');
  }
  return orm;
}

export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
