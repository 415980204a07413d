import 'reflect-metadata';
import { loadConfig, type AppConfig } from './config';
import { systemClock, type Clock } from './clock';
import { migrate, openOrm } from './db/orm';
import { sealLegacySecrets } from './modules/webhooks/secret-box';
import { createApp, type App } from './services/app';
import { emSql } from './db/sql/queries';
import { rebuildRollups } from './modules/metrics/rebuild';

/** Migrations that add rollup tables an existing ledger must be folded into once. */
const ROLLUP_MIGRATIONS = ['Migration20261206190000_cohorts'];
import { ensureProgram } from './services/program';

/**
 * Opens the database, applies pending migrations, creates the default program if missing and seals
 * webhook secrets still kept in the clear.
 */
export async function bootApp(config: AppConfig = loadConfig(), clock: Clock = systemClock): Promise<App> {
  const orm = await openOrm(config.database);
  const applied = await migrate(orm);
  await ensureProgram(orm.em.fork(), clock.now());
  const app = createApp(orm, config, clock);
  if (applied.some((m) => ROLLUP_MIGRATIONS.includes(m))) {
    // an upgrade that adds rollup tables: fold the existing ledger into them now, or the reports
    // would read them empty until someone ran `accrue rebuild-rollups`
    const [any] = await emSql(orm.em.fork()).all(`select 1 as "x" from "ledger_entry" limit 1`);
    if (any) {
      app.log.info('new rollup tables: folding the existing ledger into them (rebuild-rollups)');
      const r = await rebuildRollups(app);
      app.log.info(r, 'rollups rebuilt');
    }
  }
  const sealed = await sealLegacySecrets(app);
  if (sealed) app.log.info({ endpoints: sealed }, 'webhook secrets encrypted at rest (ACCRUE_SECRETS_KEY)');
  return app;
}
