#!/usr/bin/env node
// Campaign simulation speed: simulateCampaign (the last N days of purchases replayed through a draft
// campaign, in pages of 1,000, writing nothing) against a loop that only reads the same purchases
// page by page with the same statement, same database, same run; goal >= 0.5x.
// Usage: node simulation.mjs [sqlite|pg] [purchases=20000]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as pg from './lib/pg.mjs';
import { fmt, log, now } from './lib/util.mjs';

const kind = process.argv[2] ?? 'sqlite';
const purchases = Number(process.argv[3] ?? 20_000);
const members = 500;
const GOAL = 0.5;
const dist = new URL('../apps/api/dist/', import.meta.url).pathname;
const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-sim-'));
const db = `accrue_bench_sim_${Date.now().toString(36)}`;

process.env.ACCRUE_EXPIRY_INTERVAL_SECONDS = '0';
process.env.ACCRUE_ADMIN_SECRET = 'bench-admin-secret-0123456789';
process.env.ACCRUE_SQLITE_WRITER ??= 'inline';
if (kind === 'pg') {
  pg.createDb(db);
  process.env.DATABASE_URL = pg.dbUrl(db);
} else process.env.ACCRUE_SQLITE_PATH = join(scratch, 'sim.sqlite');

try {
  const { bootApp } = await import(join(dist, 'bootstrap.js'));
  const { closeApp } = await import(join(dist, 'services/app.js'));
  const { SYSTEM_ACTOR } = await import(join(dist, 'services/actor.js'));
  const { enrollMember } = await import(join(dist, 'modules/members/enroll-member.js'));
  const { recordPurchase } = await import(join(dist, 'modules/purchases/record-purchase.js'));
  const { createCampaign } = await import(join(dist, 'modules/campaigns/create-campaign.js'));
  const { simulateCampaign, SIMULATION_PAGE_SQL } = await import(
    join(dist, 'modules/campaigns/simulate-campaign.js')
  );
  const { emSql } = await import(join(dist, 'db/sql/queries.js'));
  const app = await bootApp();
  try {
    const t = Date.now();
    const ids = [];
    for (let i = 0; i < members; i++) ids.push((await enrollMember(app, { externalId: `sim-${i}` })).id);
    log(`loading ${purchases} purchases over the last 30 days (${kind})`);
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < purchases) {
          const i = next++;
          await recordPurchase(app, {
            member: { id: ids[(i * 7919) % members] },
            orderId: `sim-${i}`,
            amountMinor: 500 + ((i * 31) % 30_000),
            occurredAt: new Date(t - ((i * 104_729) % (29 * 86_400_000))),
          });
        }
      }),
    );
    const campaign = await createCampaign(app, SYSTEM_ACTOR, {
      name: 'What if: Wednesdays x2',
      startsAt: new Date(t - 40 * 86_400_000),
      schedule: { daysOfWeek: ['WEDNESDAY'] },
      effect: { type: 'MULTIPLIER', multiplier: 2 },
      budgetPoints: 500_000,
    });
    const program = await app.program.get(app.orm.em.fork());
    const nowDate = new Date();
    const from = new Date(nowDate.getTime() - 30 * 86_400_000);

    const readOnly = async () => {
      const sql = emSql(app.orm.em.fork());
      let after = '';
      let n = 0;
      for (;;) {
        const rows = await sql.all(SIMULATION_PAGE_SQL, [from, nowDate, after]);
        n += rows.length;
        if (rows.length < 1000) break;
        after = String(rows[rows.length - 1].id);
      }
      return n;
    };
    const simulate = async () =>
      (await simulateCampaign(app.orm.em.fork(), program, { id: campaign.id, days: 30, now: nowDate }))
        .purchasesReplayed;
    const rate = async (f) => {
      const t0 = now();
      const n = await f();
      return { n, perSecond: (n * 1000) / (now() - t0) };
    };
    await readOnly(); // warm
    const rounds = { read: [], sim: [] };
    for (let r = 0; r < 3; r++) {
      rounds.read.push(await rate(readOnly));
      rounds.sim.push(await rate(simulate));
    }
    const best = (xs) => Math.max(...xs.map((x) => x.perSecond));
    const read = best(rounds.read);
    const sim = best(rounds.sim);
    log(`read-only loop: ${rounds.read[0].n} purchases, best ${fmt(read, 0)}/s`);
    log(`simulateCampaign: ${rounds.sim[0].n} purchases, best ${fmt(sim, 0)}/s`);
    log(`ratio ${fmt(sim / read, 2)} (goal >= ${GOAL}: ${sim / read >= GOAL ? 'met' : 'MISSED'})`);
  } finally {
    await closeApp(app);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  if (kind === 'pg') pg.dropDb(db);
}
