#!/usr/bin/env node
/**
 * accrue CLI:
 *   serve        migrate, create the default program, start the API, the expiry scheduler and the
 *                webhook dispatcher
 *   migrate      apply pending migrations (and create the default program)
 *   seed-demo    load the demo program (idempotent: skipped when members exist)
 *   expire       run the expiry job once (expire due lots, record reminders, step down tiers, prune the outbox)
 *   emit-schema  write apps/api/schema.graphql
 *   rebuild-rollups  recompute the daily metrics rollups from the ledger (after an upgrade or a time zone change)
 *   check-rollups    reconcile the rollups with the ledger; exit code 2 when they differ
 *   forecast-backtest  the liability forecast made at the start of the last quarter against what happened
 *   check-alerts     check the alert thresholds once (the server does it every minute)
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { bootApp } from './bootstrap';
import { startingClock, systemClock } from './clock';
import { buildAppSchema } from './graphql/schema';
import { startServer } from './server';
import { seedDemo } from './cli/seed-demo';
import { expirePoints } from './modules/points/expire-points';
import { closeApp, type App } from './services/app';
import { startWebhookDispatcher } from './modules/webhooks/dispatcher';
import { pruneOutbox } from './modules/webhooks/prune';
import { expireDueGroupBuys } from './modules/engagement/group-buys';
import { expireDueBoosts } from './modules/engagement/boosts';
import { describeBacktest, forecastBacktest } from './modules/metrics/forecast-backtest';
import { checkAlerts } from './modules/metrics/alerts';
import { rebuildRollups, reconcileRollups } from './modules/metrics/rebuild';

/** Runs the expiry job every `expiryIntervalSeconds`; the returned stop waits for a run in flight. */
function scheduleExpiry(app: App): () => Promise<void> {
  const every = app.config.expiryIntervalSeconds;
  if (!every) return async () => undefined;
  let running: Promise<void> | null = null;
  const run = async () => {
    const started = performance.now();
    const end = app.telemetry.expirySeconds.startTimer();
    try {
      const r = await expirePoints(app, {});
      const pruned = await pruneOutbox(app);
      const groupBuysExpired = await expireDueGroupBuys(app);
      const boostsExpired = await expireDueBoosts(app);
      app.telemetry.expiryRuns.inc({ outcome: 'ok' });
      app.log.info(
        {
          job: 'expiry',
          pointsExpired: r.pointsExpired,
          membersAffected: r.membersAffected,
          remindersRecorded: r.remindersRecorded,
          tiersDowngraded: r.tiersDowngraded,
          outboxEventsPruned: pruned.events,
          webhookDeliveriesPruned: pruned.deliveries,
          groupBuysExpired,
          boostsExpired,
          ms: Math.round(performance.now() - started),
        },
        'expiry run',
      );
    } catch (e) {
      app.telemetry.expiryRuns.inc({ outcome: 'failed' });
      app.log.error({ err: e, job: 'expiry' }, 'expiry job failed');
    } finally {
      end();
    }
  };
  const tick = () => {
    if (running) return;
    running = run().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, every * 1000);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** Checks the alert thresholds every minute (alerts raised once, resolved when figures recover). */
function scheduleAlerts(app: App): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await checkAlerts(app);
      for (const a of r.raised) app.log.warn({ kind: a.kind }, `alert raised: ${a.message}`);
    } catch (e) {
      app.log.error({ err: e }, 'alert check failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

const COMMANDS = [
  'serve',
  'migrate',
  'seed-demo',
  'expire',
  'emit-schema',
  'rebuild-rollups',
  'check-rollups',
  'check-alerts',
  'forecast-backtest',
];
const USAGE = `usage: node main.js [${COMMANDS.join('|')}] (default serve)`;

async function main() {
  const [command = 'serve', ...rest] = process.argv.slice(2);
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return;
  }
  // before anything opens (and migrates) a database
  if (!COMMANDS.includes(command)) throw new ConfigError(`Unknown command "${command}": ${USAGE}`);
  if (command === 'emit-schema') {
    const path = rest[0] ?? join(__dirname, '..', 'schema.graphql');
    await buildAppSchema(path);
    console.log(`schema written to ${path}`);
    return;
  }
  const loaded = loadConfig();
  // the writer thread lets `serve` answer requests while SQLite commits; a CLI job (seed-demo, one
  // purchase at a time) has nothing to do meanwhile, and would only pay the hop between threads
  const config =
    command !== 'serve' && loaded.database.kind === 'sqlite'
      ? { ...loaded, database: { ...loaded.database, writerThread: false } }
      : loaded;
  const where =
    config.database.kind === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL (DATABASE_URL)';
  const clock = config.clockStart ? startingClock(config.clockStart) : systemClock;
  if (config.clockStart)
    console.log(`clock: starts at ${config.clockStart.toISOString()} (ACCRUE_CLOCK_START)`);
  const app = await bootApp(config, clock);
  switch (command) {
    case 'migrate':
      console.log(`migrated ${where}`);
      break;
    case 'seed-demo': {
      const members = rest[0] ? Number(rest[0]) : undefined;
      await seedDemo(app, { members });
      break;
    }
    case 'expire': {
      const r = await expirePoints(app, {}, (n) => console.log(`expire: ${n} members so far`));
      console.log(JSON.stringify({ ...r, outboxPruned: await pruneOutbox(app) }));
      break;
    }
    case 'rebuild-rollups': {
      const r = await rebuildRollups(
        app,
        (n) => n % 100_000 < 5000 && console.log(`rebuild: ${n} rows read`),
      );
      console.log(JSON.stringify(r));
      break;
    }
    case 'check-rollups': {
      const r = await reconcileRollups(app);
      console.log(JSON.stringify(r, null, 2));
      if (!r.ok) process.exitCode = 2;
      break;
    }
    case 'check-alerts':
      console.log(JSON.stringify(await checkAlerts(app)));
      break;
    case 'forecast-backtest':
      for (const line of describeBacktest(await forecastBacktest(app))) console.log(line);
      break;
    case 'serve': {
      const server = await startServer(app);
      const stopExpiry = scheduleExpiry(app);
      const stopAlerts = scheduleAlerts(app);
      const stopWebhooks = startWebhookDispatcher(app);
      app.log.info(
        { url: server.url, database: config.database.kind, metrics: !!config.metricsToken },
        'Accrue API listening',
      );
      console.log(`Accrue API on ${server.url} (${where})`);
      if (config.adminSecretGenerated)
        console.log(
          `Authenticate with: Authorization: Bearer ${config.adminSecret}\n(a random bootstrap admin secret for this run; set ACCRUE_ADMIN_SECRET to fix it)`,
        );
      else console.log('Authenticate with: Authorization: Bearer $ACCRUE_ADMIN_SECRET');
      // SIGTERM/SIGINT: stop taking requests, let those in flight, the webhook round and the expiry run
      // finish (each attempt ends within its timeout; deliveries cut short are sent again when their
      // lease ends), then close the database. A second signal, or the grace period running out, exits.
      let stopping = false;
      const shutdown = async (signal: string) => {
        if (stopping) process.exit(1);
        stopping = true;
        app.log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: finishing work in flight');
        setTimeout(
          () => {
            app.log.error('shutdown took longer than the grace period: exiting');
            process.exit(1);
          },
          config.shutdownGraceMs + config.webhooks.timeoutMs + 5000,
        ).unref();
        try {
          stopAlerts();
          await Promise.all([server.close(), stopWebhooks(), stopExpiry()]);
          await closeApp(app);
          app.log.info('stopped');
          process.exit(0);
        } catch (e) {
          app.log.error({ err: e }, 'shutdown failed');
          process.exit(1);
        }
      };
      process.on('SIGINT', () => void shutdown('SIGINT'));
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      return;
    }
  }
  await closeApp(app);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
