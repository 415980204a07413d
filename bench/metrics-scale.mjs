#!/usr/bin/env node
// Issue 15, item 6: the metrics and cost-monitor queries read rollups, never the ledger, so their
// latency must not grow with the ledger. Loads a synthetic year of a realistic program (purchases
// earning points into lots, campaign bonuses, redemptions, expiries with their lot allocations,
// refunds with clawbacks) straight into the tables in bulk: each size into a database of its own,
// whose rollups are then rebuilt by the same code as `accrue rebuild-rollups` (progress shown). Then
// the latency of costMonitor(windowDays: 90) (cold: the redemption-rate estimate recomputed; warm:
// cached, as the dashboard sees it), of a year of metrics by day and of each read they make is
// measured on every database in turn, run after run, so a change in the machine's load hits every
// size alike. Prints the ratio largest/smallest (goal <= 1.5). The bulk tables' secondary indexes are
// dropped for the load and built again after it. Runs may load side by side; they measure one at a
// time, on a quiet machine (see quietTurn).
// Usage: node --max-old-space-size=8192 metrics-scale.mjs [sqlite|pg] [sizes=100000,10000000] [runs=7]
// (the API must be built; the rebuild holds every active-member day in memory, about 1 GB at 10M entries)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { api, bootScratchApp } from './lib/in-process.mjs';
import { fmt, log } from './lib/util.mjs';

const kind = process.argv[2] ?? 'sqlite';
const sizes = (process.argv[3] ?? '100000,10000000').split(',').map(Number);
const runs = Number(process.argv[4] ?? 7);
const { inTransaction } = api('services/app.js');
const { emSql } = api('db/sql/queries.js');
const { rebuildRollups } = api('modules/metrics/rebuild.js');
const { costMonitor, metricsReport } = api('modules/metrics/reports.js');
const read = api('modules/metrics/read.js');
const { listAlerts } = api('modules/metrics/alerts.js');
const { metricsSettings } = api('modules/metrics/thresholds.js');
const core = api('../../../packages/core/dist/index.js');

const DAY = 86_400_000;
const YEAR = 365 * DAY;
const now = new Date();
const yearStart = now.getTime() - YEAR;

/**
 * One scratch program with its own database and its own synthetic year (the same seed, so a larger
 * size is the smaller one's program with more members and activity).
 */
async function scratchProgram(name) {
  /** the same synthetic year every run */
  const rnd = core.seededRandom(2026);

  const { app, close } = await bootScratchApp(kind, name);
  const pad = (n) => String(n).padStart(10, '0');
  const COLS = {
    member: `"id", "external_id", "status", "enrolled_at", "referral_code", "tier_id", "points_balance", "negative",
      "lifetime_earned", "lifetime_redeemed", "lifetime_expired", "activity", "created_at", "updated_at"`,
    purchase: `"id", "order_id", "member_id", "amount_minor", "currency", "refunded_minor", "occurred_at",
      "points_awarded", "points_reversed", "created_at"`,
    points_lot: `"id", "member_id", "source", "points", "remaining", "earned_at", "available_at", "expires_at",
      "order_id", "campaign_id", "reminder_stage"`,
    ledger_entry: `"id", "member_id", "type", "source", "points", "balance_after", "occurred_at", "created_at",
      "expires_at", "order_id", "campaign_id", "lot_id"`,
    lot_allocation: `"id", "entry_id", "lot_id", "member_id", "points"`,
    refund: `"id", "refund_id", "purchase_id", "member_id", "amount_minor", "points_reversed", "occurred_at", "created_at"`,
  };
  const width = Object.fromEntries(Object.entries(COLS).map(([t, c]) => [t, c.split(',').length]));

  /** Multi-row inserts, a few hundred rows a statement, one transaction per batch. */
  async function insertBatch(batch) {
    await inTransaction(app, async (em) => {
      const tx = emSql(em);
      for (const [table, rows] of Object.entries(batch)) {
        const per = Math.floor(30_000 / width[table]);
        for (let i = 0; i < rows.length; i += per) {
          const chunk = rows.slice(i, i + per);
          const one = `(${Array(width[table]).fill('?').join(', ')})`;
          await tx.run(
            `insert into "${table}" (${COLS[table]}) values ${chunk.map(() => one).join(', ')}`,
            chunk.flat(),
          );
        }
      }
    });
  }

  const tier = (await emSql(app.orm.em.fork()).all(`select "id" from "tier" order by "id" limit 1`))[0].id;
  let entries = 0;
  let seq = 0;
  const members = [];
  /** per member: open lots (id, remaining, expiresAt) */
  const lotsOf = new Map();

  /**
   * The bulk tables' secondary indexes, dropped for the load and built again after it (one sort each
   * rather than millions of random inserts into them); primary keys and constraints stay.
   */
  const BULK = ['purchase', 'points_lot', 'ledger_entry', 'lot_allocation', 'refund'];
  async function secondaryIndexes() {
    const tx = emSql(app.orm.em.fork());
    const list = BULK.map((t) => `'${t}'`).join(', ');
    return kind === 'pg'
      ? tx.all(
          `select indexname as "name", indexdef as "sql" from pg_indexes where schemaname = current_schema()
            and tablename in (${list}) and indexname not in (select conname from pg_constraint)`,
        )
      : tx.all(
          `select "name", "sql" from sqlite_master where type = 'index' and "sql" is not null and tbl_name in (${list})`,
        );
  }

  /** Appends ledger entries (and their purchases, lots, allocations, refunds) until `target`. */
  async function load(target) {
    const indexes = await secondaryIndexes();
    for (const ix of indexes) await emSql(app.orm.em.fork()).run(`drop index "${ix.name}"`);
    const memberTarget = Math.max(500, Math.round(target / 60));
    const t0 = performance.now();
    const start = entries;
    let batch = null;
    const fresh = () => ({
      member: [],
      purchase: [],
      points_lot: [],
      ledger_entry: [],
      lot_allocation: [],
      refund: [],
    });
    batch = fresh();
    const flush = async () => {
      await insertBatch(batch);
      batch = fresh();
      const done = entries - start;
      const rate = done / ((performance.now() - t0) / 1000);
      process.stderr.write(
        `\r  loading ${fmt(entries, 0)} / ${fmt(target, 0)} entries (${fmt(rate, 0)}/s, eta ${fmt((target - entries) / rate)} s)   `,
      );
    };
    while (members.length < memberTarget) {
      const id = `mbr_s${pad(members.length)}`;
      const at = new Date(yearStart - DAY);
      batch.member.push([
        id,
        `s-${members.length}`,
        'ACTIVE',
        at,
        `S${pad(members.length)}`,
        tier,
        0,
        0,
        0,
        0,
        0,
        '{}',
        at,
        at,
      ]);
      members.push(id);
      lotsOf.set(id, []);
    }
    // events spread evenly over the year in order, so ids follow time
    const span = target - start;
    let k = 0;
    while (entries < target) {
      const at = new Date(yearStart + Math.floor(((k++ + rnd()) / span) * YEAR));
      const m = members[Math.floor(rnd() * members.length)];
      const lots = lotsOf.get(m);
      const r = rnd();
      const n = ++seq;
      const entry = (type, source, points, extra = {}) => {
        batch.ledger_entry.push([
          `led_s${pad(n)}${extra.suffix ?? ''}`,
          m,
          type,
          source,
          points,
          0,
          extra.at ?? at,
          extra.at ?? at,
          extra.expiresAt ?? null,
          extra.orderId ?? null,
          extra.campaignId ?? null,
          extra.lotId ?? null,
        ]);
        entries++;
        return `led_s${pad(n)}${extra.suffix ?? ''}`;
      };
      const take = (type, source, wanted) => {
        // soonest-expiring open lot first, as the ledger spends
        const live = lots.filter((l) => l.remaining > 0 && l.expiresAt > at.getTime());
        if (!live.length) return false;
        live.sort((a, b) => a.expiresAt - b.expiresAt);
        const lot = live[0];
        const points = Math.min(lot.remaining, wanted);
        lot.remaining -= points;
        const id = entry(type, source, -points, { lotId: lot.id });
        batch.lot_allocation.push([`all_s${pad(n)}`, id, lot.id, m, points]);
        return true;
      };
      if (r < 0.62) {
        // a purchase earning 1 point per 1.00 into a lot expiring in 180 days; 1 in 8 with a campaign bonus
        const amount = 2_000 + Math.floor(rnd() * 48_000);
        const points = Math.floor(amount / 100);
        const orderId = `s-o-${n}`;
        const expiresAt = new Date(at.getTime() + 180 * DAY);
        batch.purchase.push([`pur_s${pad(n)}`, orderId, m, amount, 'CNY', 0, at, points, 0, at]);
        const lotId = `lot_s${pad(n)}`;
        batch.points_lot.push([lotId, m, 'PURCHASE', points, points, at, at, expiresAt, orderId, null, 0]);
        lots.push({
          id: lotId,
          remaining: points,
          expiresAt: expiresAt.getTime(),
          purchase: `pur_s${pad(n)}`,
          amount,
        });
        entry('EARN', 'PURCHASE', points, { expiresAt, orderId, lotId });
        if (rnd() < 0.125) {
          const bonus = points;
          const cLot = `lot_s${pad(n)}c`;
          batch.points_lot.push([
            cLot,
            m,
            'CAMPAIGN',
            bonus,
            bonus,
            at,
            at,
            expiresAt,
            orderId,
            'cmp_bench',
            0,
          ]);
          lots.push({ id: cLot, remaining: bonus, expiresAt: expiresAt.getTime() });
          entry('EARN', 'CAMPAIGN', bonus, {
            expiresAt,
            orderId,
            campaignId: 'cmp_bench',
            lotId: cLot,
            suffix: 'c',
          });
        }
      } else if (r < 0.85) {
        if (!take('REDEEM', 'REDEMPTION', 100 + Math.floor(rnd() * 400))) continue;
      } else if (r < 0.95) {
        // expiry of the member's oldest lot past its date (or nothing to expire yet)
        const due = lots.find((l) => l.remaining > 0 && l.expiresAt <= at.getTime());
        if (!due) continue;
        // dated at the lot's expiry, as the expiry job dates it
        const id = entry('EXPIRE', 'EXPIRY', -due.remaining, { lotId: due.id, at: new Date(due.expiresAt) });
        batch.lot_allocation.push([`all_s${pad(n)}`, id, due.id, m, due.remaining]);
        due.remaining = 0;
      } else {
        // a refund of part of a purchase, clawing back its points where they are still held
        const p = lots.find((l) => l.purchase && l.remaining > 0);
        if (!p) continue;
        const amount = Math.max(1, Math.floor(p.amount * 0.3));
        const back = Math.min(p.remaining, Math.floor(amount / 100));
        batch.refund.push([`ref_s${pad(n)}`, `s-r-${n}`, p.purchase, m, amount, back, at, at]);
        if (back > 0) {
          p.remaining -= back;
          const id = entry('REVERSAL', 'REFUND', -back, { lotId: p.id });
          batch.lot_allocation.push([`all_s${pad(n)}`, id, p.id, m, back]);
        }
      }
      // spent lots are forgotten (their rows are final but for `remaining`, set below)
      if (lots.length > 24)
        lotsOf.set(
          m,
          lots.filter((l) => l.remaining > 0),
        );
      if (batch.ledger_entry.length >= 20_000) await flush();
    }
    await flush();
    process.stderr.write('\n');
    const ti = performance.now();
    for (const [k, ix] of indexes.entries()) {
      process.stderr.write(
        `\r  building the secondary indexes again: ${k + 1} / ${indexes.length} (${ix.name})          `,
      );
      await emSql(app.orm.em.fork()).run(ix.sql);
    }
    process.stderr.write(`\n  indexes built in ${fmt((performance.now() - ti) / 1000)} s\n`);
    // lots were inserted as earned: what their allocations took comes off now, in one statement
    const t1 = performance.now();
    process.stderr.write("  setting the lots' remaining points from their allocations ... ");
    await inTransaction(app, async (em) =>
      emSql(em).run(
        `update "points_lot" set "remaining" = "points" - coalesce((select sum(a."points") from "lot_allocation" a where a."lot_id" = "points_lot"."id"), 0)
          where "id" in (select "lot_id" from "lot_allocation")`,
      ),
    );
    process.stderr.write(`${fmt((performance.now() - t1) / 1000)} s\n  setting the members' balances ... `);
    const t2 = performance.now();
    // members' balances follow the lots, so the cost monitor's outstanding figure is the real one
    await inTransaction(app, async (em) =>
      emSql(em).run(
        `update "member" set "points_balance" = coalesce((select sum("points") from "ledger_entry" e where e."member_id" = "member"."id"), 0)`,
      ),
    );
    process.stderr.write(`${fmt((performance.now() - t2) / 1000)} s\n`);
    return (performance.now() - t0) / 1000;
  }

  return { app, close, load, entries: () => entries };
}

/**
 * Loading needs no quiet machine, measuring does: several runs (one per database, say) may load side
 * by side; each measures once no other run is loading, one at a time (a lock directory), when the
 * 1-minute load average is below METRICS_SCALE_QUIET (default 1; waits at most 30 minutes for it).
 * Returns the release.
 */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** the runs still loading or rebuilding: one file each, named by pid */
const loading = join(os.tmpdir(), 'accrue-metrics-scale.loading');
mkdirSync(loading, { recursive: true });
writeFileSync(join(loading, String(process.pid)), '');
const othersLoading = () =>
  readdirSync(loading)
    .map(Number)
    .filter((pid) => pid !== process.pid && alive(pid));

async function quietTurn() {
  rmSync(join(loading, String(process.pid)), { force: true });
  for (let said = false; othersLoading().length; said = true) {
    if (!said)
      log(`${kind}: loaded; waiting for the other runs' loads to end (pids ${othersLoading().join(', ')})`);
    await new Promise((r) => setTimeout(r, 5000));
  }
  const lock = join(os.tmpdir(), 'accrue-metrics-scale.lock');
  for (let said = false; ; said = true) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // being created or removed
      }
      if (owner && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      if (!said) log(`${kind}: another run is measuring (pid ${owner}); waiting for its turn to end`);
      await new Promise((r) => setTimeout(r, 5000));
    }
  }
  const quiet = Number(process.env.METRICS_SCALE_QUIET ?? 1);
  const until = Date.now() + 30 * 60_000;
  while (os.loadavg()[0] > quiet && Date.now() < until) {
    process.stderr.write(
      `\r  waiting for a quiet machine: load average ${os.loadavg()[0].toFixed(2)} > ${quiet}   `,
    );
    await new Promise((r) => setTimeout(r, 5000));
  }
  process.stderr.write('\n');
  return () => rmSync(lock, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = async (f) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

const dbs = [];
try {
  // one database per size, loaded and rebuilt in turn, all kept open
  for (const [i, size] of sizes.entries()) {
    const db = await scratchProgram(`metrics-scale-${i}`);
    dbs.push(db);
    log(`${kind}: loading ${fmt(size, 0)} ledger entries into a database of their own`);
    const loadS = await db.load(size);
    let last = 0;
    const r0 = performance.now();
    const rebuilt = await rebuildRollups(db.app, (rows) => {
      if (rows - last >= 250_000) {
        last = rows;
        const rate = rows / ((performance.now() - r0) / 1000);
        process.stderr.write(`\r  rebuilding rollups: ${fmt(rows, 0)} rows folded (${fmt(rate, 0)}/s)   `);
      }
    });
    process.stderr.write('\n');
    // statistics and the visibility map after a bulk load, as autovacuum would leave them
    await emSql(db.app.orm.em.fork()).run(kind === 'pg' ? 'vacuum analyze' : 'analyze');
    Object.assign(db, { size, loadS, rebuildS: (performance.now() - r0) / 1000, rebuilt });
    log(
      `${kind} ${fmt(db.entries(), 0)} entries: load ${fmt(loadS)} s, rebuild ${fmt(db.rebuildS)} s (${fmt(rebuilt.rollupRows, 0)} rollup rows, ` +
        `${fmt(rebuilt.cohortRows, 0)} cohort rows, ${fmt(rebuilt.gapRows, 0)} gap rows, ${fmt(rebuilt.activeMemberDays, 0)} active-member days)`,
    );
  }
  // the reports and each read they make, on every database in turn, run after run: a change in the
  // machine's load hits every size alike, so the ratios compare like with like
  const year = { from: new Date(now.getTime() - YEAR), to: now, granularity: 'DAY' };
  const cases = async (app) => {
    const tx = emSql(app.orm.em.fork());
    const program = await app.program.get(() => app.orm.em.fork());
    const tz = program.rules.timezone;
    const today = core.dayKey(now, tz);
    const day = (n) => core.addDaysToKey(today, n);
    // a fresh estimate cache: `redemptionRateEstimate` keys its cache by the App object
    const coldApp = () => ({ ...app });
    return {
      'costMonitor(90) cold': () => costMonitor(coldApp(), { windowDays: 90 }),
      'costMonitor(90) warm': () => costMonitor(app, { windowDays: 90 }),
      'metrics(year, DAY)': () => metricsReport(app, year),
      'window rollups (90 days)': () => read.windowRollups(tx, { first: day(-89), last: today }),
      'all rollups (outstanding)': () => read.windowRollups(tx, {}),
      'forecast history (90 days)': () => read.forecastHistory(tx, day(-89), 90),
      'expiry schedule (90 days)': () => read.expirySchedule(tx, day(1), day(90)),
      'redemption-rate estimate (cold)': () =>
        read.redemptionRateEstimate(coldApp(), tx, metricsSettings(program), now, tz),
      'alerts (same rows at every size)': () =>
        listAlerts(app, { since: new Date(now.getTime() - 90 * DAY) }),
      'daily rollups (year)': () => read.dailyRollups(tx, day(-364), today),
      'distinct active members (year)': () =>
        read.distinctActiveMembers(tx, [{ first: day(-364), last: today }]),
      'distinct active members (12 months)': () =>
        read.distinctActiveMembers(
          tx,
          Array.from({ length: 12 }, (_, k) => ({ first: day(-364 + 30 * k), last: day(-335 + 30 * k) })),
        ),
    };
  };
  const release = await quietTurn();
  const loadAtStart = os.loadavg()[0];
  const perDb = [];
  for (const db of dbs) perDb.push({ db, cases: await cases(db.app), times: {} });
  for (const d of perDb) for (const f of Object.values(d.cases)) await f(); // warm-up
  for (let r = 0; r < runs; r++)
    for (const name of Object.keys(perDb[0].cases))
      for (const d of perDb) (d.times[name] ??= []).push(await timed(d.cases[name]));
  const results = perDb.map(({ db, times }) => ({
    size: db.size,
    entries: db.entries(),
    loadS: db.loadS,
    rebuildS: db.rebuildS,
    rollupRows: db.rebuilt.rollupRows,
    cohortRows: db.rebuilt.cohortRows,
    gapRows: db.rebuilt.gapRows,
    markers: db.rebuilt.activeMemberDays,
    medians: Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)])),
  }));
  for (const r of results)
    log(
      `${kind} ${fmt(r.entries, 0)} entries, medians of ${runs} (ms): ` +
        Object.entries(r.medians)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join('; '),
    );
  if (results.length > 1) {
    const [a, b] = [results[0], results.at(-1)];
    log(
      `${kind} ratio ${fmt(b.entries, 0)} / ${fmt(a.entries, 0)} (goal <= 1.5 for the reports; load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end): ` +
        Object.keys(a.medians)
          .map((k) => `${k} ${(b.medians[k] / a.medians[k]).toFixed(2)}×`)
          .join('; '),
    );
  }
  release();
  console.log(JSON.stringify({ kind, loadAtStart, loadAtEnd: os.loadavg()[0], results }));
} finally {
  for (const db of dbs) await db.close();
}
