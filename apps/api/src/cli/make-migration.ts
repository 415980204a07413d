/**
 * Developer tool: writes the next migration for both databases from the entity definitions.
 *   node -r @swc-node/register src/cli/make-migration.ts [initial]
 * SQLite is diffed against a scratch file migrated to the current state; PostgreSQL against
 * the database in DATABASE_URL (default postgres://postgres@127.0.0.1:5432/accrue_migrations).
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOrm } from '../db/orm';

async function main() {
  const initial = process.argv[2] === 'initial';
  const pgUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/accrue_migrations';
  for (const db of [
    {
      kind: 'sqlite' as const,
      path: join(mkdtempSync(join(tmpdir(), 'accrue-mig-')), 'm.sqlite'),
      debug: false,
    },
    { kind: 'postgresql' as const, url: pgUrl, debug: false, poolMax: 2 },
  ]) {
    const orm = await openOrm(db);
    const migrator = orm.getMigrator();
    if (!initial) await migrator.up();
    const result = initial ? await migrator.createInitialMigration() : await migrator.createMigration();
    console.log(`${db.kind}: ${result.fileName || 'no changes'}`);
    await orm.close(true);
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
