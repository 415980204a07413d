import 'reflect-metadata';
import { loadConfig, type AppConfig } from './config';
import { systemClock, type Clock } from './clock';
import { migrate, openOrm } from './db/orm';
import { sealLegacySecrets } from './modules/webhooks/secret-box';
import { createApp, type App } from './services/app';
import { ensureProgram } from './services/program';

/**
 * Opens the database, applies pending migrations, creates the default program if missing and seals
 * webhook secrets still kept in the clear.
 */
export async function bootApp(config: AppConfig = loadConfig(), clock: Clock = systemClock): Promise<App> {
  const orm = await openOrm(config.database);
  await migrate(orm);
  await ensureProgram(orm.em.fork(), clock.now());
  const app = createApp(orm, config, clock);
  const sealed = await sealLegacySecrets(app);
  if (sealed) app.log.info({ endpoints: sealed }, 'webhook secrets encrypted at rest (ACCRUE_SECRETS_KEY)');
  return app;
}
