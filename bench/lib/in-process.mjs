// The built API booted in this process on a scratch database (a SQLite file, or a PostgreSQL
// database of its own), for benches that call the use cases directly. The API must be built.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import * as pg from './pg.mjs';

const require = createRequire(import.meta.url);
const dist = new URL('../../apps/api/dist/', import.meta.url).pathname;
/** A module of the built API, by its path under dist/ (e.g. 'modules/metrics/rebuild.js'). */
export const api = (path) => require(join(dist, path));

/** Boots the API on a scratch `kind` ('sqlite' | 'pg') database named after `name`; close() drops it. */
export async function bootScratchApp(kind, name) {
  const { bootApp } = api('bootstrap.js');
  const { loadConfig } = api('config.js');
  const { closeApp } = api('services/app.js');
  const scratch = mkdtempSync(join(os.tmpdir(), `accrue-${name}-`));
  const dbName = `accrue_bench_${name.replace(/-/g, '_')}_${Date.now().toString(36)}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    ACCRUE_SQL_LOG: '0',
    ACCRUE_SQLITE_WRITER: 'inline',
    ACCRUE_ADMIN_SECRET: 'bench-secret-0123456789abcdef',
    ACCRUE_SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
  };
  if (kind === 'pg') {
    pg.createDb(dbName);
    env.DATABASE_URL = pg.dbUrl(dbName);
  } else env.ACCRUE_SQLITE_PATH = join(scratch, `${name}.sqlite`);
  const app = await bootApp(loadConfig(env));
  return {
    app,
    close: async (...args) => {
      await closeApp(app, ...args);
      if (kind === 'pg') pg.dropDb(dbName);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
