#!/usr/bin/env node
// The SQLite ceiling without HTTP: the API's purchase transaction called in-process (validation, the
// rules, the group commit; no HTTP, no GraphQL, no load generator), next to the raw insert loop in the
// same run. Whatever the API reaches over HTTP is below this figure, so its ratio to the raw loop bounds
// the run.mjs ratio on this machine.
// Usage: node purchase-path.mjs [purchases=15000] [concurrency=16]
// Knobs: ACCRUE_SQLITE_WRITER=thread|inline (inline by default: one thread, CPU read per process).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { sqliteRawLoop } from './lib/sqlite-raw.mjs';
import { fmt, log, now } from './lib/util.mjs';

const purchases = Number(process.argv[2] ?? 15_000);
const concurrency = Number(process.argv[3] ?? 16);
const members = 1000;
const dist = new URL('../apps/api/dist/', import.meta.url).pathname;
const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-path-'));

try {
  const raw = sqliteRawLoop(join(scratch, 'raw.sqlite'), { seconds: 8 });

  // the API's own configuration loader, pointed at a scratch file (the writer runs inline unless asked)
  process.env.ACCRUE_SQLITE_PATH = join(scratch, 'path.sqlite');
  process.env.ACCRUE_SQLITE_WRITER ??= 'inline';
  process.env.ACCRUE_EXPIRY_INTERVAL_SECONDS = '0';
  process.env.ACCRUE_ADMIN_SECRET = 'bench-admin-secret-0123456789';
  const { bootApp } = await import(join(dist, 'bootstrap.js'));
  const { closeApp } = await import(join(dist, 'services/app.js'));
  const { enrollMember } = await import(join(dist, 'modules/members/enroll-member.js'));
  const { recordPurchase } = await import(join(dist, 'modules/purchases/record-purchase.js'));
  const app = await bootApp();
  try {
    log(
      `in-process purchase path (SQLite writer: ${process.env.ACCRUE_SQLITE_WRITER}): enrolling ${members} members`,
    );
    const ids = [];
    for (let i = 0; i < members; i++) ids.push((await enrollMember(app, { externalId: `path-${i}` })).id);

    const run = async (n, tag) => {
      let next = 0;
      let done = 0;
      const t0 = now();
      const cpu0 = process.cpuUsage();
      const progress = setInterval(() => log(`  ${tag}: ${done}/${n} purchases`), 3000);
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < n) {
            const i = next++;
            await recordPurchase(app, {
              member: { id: ids[(i * 7919) % ids.length] },
              orderId: `${tag}-${i}`,
              amountMinor: 500 + ((i * 31) % 30_000),
            });
            done++;
          }
        }),
      );
      clearInterval(progress);
      const seconds = (now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      return { tps: n / seconds, cpuUs: (cpu.user + cpu.system) / n, sysUs: cpu.system / n };
    };
    await run(Math.min(2000, purchases), 'warm-up');
    const r = await run(purchases, 'measured');
    log(
      `in-process purchase path: ${fmt(r.tps, 0)} purchases/s at ${concurrency} concurrent, ` +
        `CPU ${fmt(r.cpuUs, 0)} µs/purchase (kernel ${fmt(r.sysUs, 0)} µs)`,
    );
    log(
      `raw insert loop: ${fmt(raw.tps, 0)}/s  =>  in-process purchase path / raw loop = ${fmt(r.tps / raw.tps, 3)}× ` +
        `(the API over HTTP stays below this; run.mjs's goal is 0.5×)`,
    );
  } finally {
    await closeApp(app);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
