import 'reflect-metadata';
import { loadConfig, type AppConfig } from './config';
import { systemClock, type Clock } from './clock';
import { migrate, openOrm } from './db/orm';
import { createApp, type App } from './services/app';
import { ensureProgram } from './services/program';

/** Opens the database, applies pending migrations and creates the default program if missing. */
export async function bootApp(config: AppConfig = loadConfig(), clock: Clock = systemClock): Promise<App> {
  const orm = await openOrm(config.database);
  await migrate(orm);
  await ensureProgram(orm.em.fork(), clock.now());
  return createApp(orm, config, clock);
}
