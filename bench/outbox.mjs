#!/usr/bin/env node
// Cost of the webhook outbox's fan-out (modules/webhooks/dispatcher.ts): every purchase writes an outbox event,
// and the dispatcher, every ACCRUE_WEBHOOK_INTERVAL_MS, hands the new ones over (one delivery per
// subscribed endpoint; here none subscribe, the common case). Prints the wall and CPU time per 1,000
// events next to a baseline measured in the same run: inserting those events (multi-row INSERTs of
// 1,000) on the same connection.
// Usage: node outbox.mjs [sqlite|pg] [events=20000] [rounds=3]   (the API must be built)
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import * as pg from './lib/pg.mjs';
import { fmt, log } from './lib/util.mjs';

const kind = process.argv[2] ?? 'sqlite';
const events = Number(process.argv[3] ?? 20_000);
const rounds = Number(process.argv[4] ?? 3);
const require = createRequire(import.meta.url);
const dist = new URL('../apps/api/dist/', import.meta.url).pathname;
const { bootApp } = require(join(dist, 'bootstrap.js'));
const { loadConfig } = require(join(dist, 'config.js'));
const { dispatchWebhooks } = require(join(dist, 'modules/webhooks/dispatcher.js'));

const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-outbox-'));
const dbName = `accrue_bench_outbox_${Date.now().toString(36)}`;
const env = { ...process.env, NODE_ENV: 'test', ACCRUE_SQL_LOG: '0' };
if (kind === 'pg') {
  pg.createDb(dbName);
  env.DATABASE_URL = pg.dbUrl(dbName);
} else env.ACCRUE_SQLITE_PATH = join(scratch, 'outbox.sqlite');

const timed = async (fn) => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
};
const per1k = (t) => `${fmt((t.wall * 1000) / events, 1)} ms wall, ${fmt((t.cpu * 1000) / events, 1)} ms CPU`;

const app = await bootApp(loadConfig(env));
try {
  const conn = app.orm.em.getConnection();
  const at = () => (kind === 'pg' ? new Date() : Date.now());
  for (let r = 1; r <= rounds; r++) {
    const insert = await timed(async () => {
      for (let i = 0; i < events; i += 1000) {
        const rows = [];
        const params = [];
        for (let j = i; j < Math.min(events, i + 1000); j++) {
          rows.push('(?, ?, ?, ?, ?, ?, ?)');
          params.push(
            `evt_bench_${r}_${String(j).padStart(8, '0')}`,
            'points.earned',
            'mem_bench',
            null,
            JSON.stringify({ memberId: 'mem_bench', orderId: `o-${r}-${j}`, points: 123 }),
            at(),
            null,
          );
        }
        await conn.execute(
          `insert into "outbox_event" ("id", "type", "member_id", "dedupe_key", "payload", "created_at", "delivered_at") values ${rows.join(', ')}`,
          params,
        );
      }
    });
    const fan = await timed(() => dispatchWebhooks(app));
    const [{ left }] = await conn.execute(
      'select count(*) as "left" from "outbox_event" where "delivered_at" is null',
    );
    if (Number(left) !== 0) throw new Error(`${left} events were not handed over`);
    log(
      `${kind} round ${r}/${rounds}, ${events} events: insert (baseline) ${per1k(insert)} per 1,000; fan-out ${per1k(fan)} per 1,000; fan-out / insert wall ${fmt(fan.wall / insert.wall, 2)}×`,
    );
  }
} finally {
  await app.orm.close();
  if (kind === 'pg') pg.dropDb(dbName);
  rmSync(scratch, { recursive: true, force: true });
}
