#!/usr/bin/env node
// Accrue benchmark: recordPurchase through the GraphQL API (real HTTP, keep-alive) against PostgreSQL and
// SQLite, next to a baseline measured in the same run:
//   PostgreSQL: pgbench TPC-B (scale 10)          goal: API >= 0.4x pgbench tps, p99 < 25 ms at 80% of API max
//   SQLite:     raw libsql insert loop (WAL, FULL) goal: API >= 0.5x raw loop
// Usage: node run.mjs [all|pg|sqlite]. Every phase has a fixed duration; only 127.0.0.1 is contacted.
// Knobs (env): BENCH_SECONDS (API closed-loop runs, 12), BENCH_BASELINE_SECONDS (10), BENCH_OPEN_SECONDS (20),
// BENCH_WARMUP_SECONDS (4), BENCH_CONCURRENCY (1,4,8,16), BENCH_MEMBERS (1000), BENCH_PGBENCH_SCALE (10),
// BENCH_API_MAIN (path to apps/api/dist/main.js), BENCH_STRICT=1 (exit 1 when a goal is missed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { cpuMeter } from './lib/cpu.mjs';
import { closedLoop, openLoop, describe } from './lib/load.mjs';
import { startApi, enrollMembers, purchaseFactory } from './lib/api.mjs';
import { sqliteRawLoop } from './lib/sqlite-raw.mjs';
import * as pg from './lib/pg.mjs';
import { envInt, envList, fmt, log, ms, runSync } from './lib/util.mjs';

const mode = process.argv[2] ?? 'all';
if (!['all', 'pg', 'sqlite'].includes(mode)) {
  console.error('usage: node run.mjs [all|pg|sqlite]');
  process.exit(2);
}
const cfg = {
  seconds: envInt('BENCH_SECONDS', 12),
  baselineSeconds: envInt('BENCH_BASELINE_SECONDS', 10),
  openSeconds: envInt('BENCH_OPEN_SECONDS', 20),
  warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 4),
  concurrency: envList('BENCH_CONCURRENCY', [1, 4, 8, 16]),
  members: envInt('BENCH_MEMBERS', 1000),
  pgbenchScale: envInt('BENCH_PGBENCH_SCALE', 10),
};
const GOALS = { pgThroughput: 0.4, pgP99Ms: 25, openLoadFraction: 0.8, sqliteThroughput: 0.5 };

const here = new URL('.', import.meta.url).pathname;
const outDir = join(here, '.out');
mkdirSync(outDir, { recursive: true });
const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-bench-'));
const tag = `b${Date.now().toString(36)}`;
const cleanups = [];
let cleaning = false;
async function cleanup() {
  if (cleaning) return;
  cleaning = true;
  for (const f of cleanups.reverse()) {
    try {
      await f();
    } catch (e) {
      log(`cleanup: ${e.message}`);
    }
  }
  rmSync(scratch, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM'])
  process.on(sig, async () => {
    log(`${sig}: stopping`);
    await cleanup();
    process.exit(130);
  });

function machine() {
  const cpus = os.cpus();
  let disk = '';
  try {
    disk = runSync('df', ['--output=source,fstype,target', scratch])
      .split('\n')
      .slice(1)
      .join(' ')
      .replace(/\s+/g, ' ');
  } catch {
    // lscpu missing: the machine line stays short
  }
  return {
    date: new Date().toISOString(),
    cpu: `${cpus.length} × ${cpus[0]?.model ?? '?'}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    disk: `${scratch} on ${disk}`,
    loadavgStart: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
}

/** Warm-up, then the concurrency sweep; returns all runs and the best one. */
async function sweep(api, label, memberIds) {
  log(`${label}: warm-up ${cfg.warmupSeconds}s at c=8 (not counted)`);
  const warm = await closedLoop({
    origin: api.origin,
    auth: api.auth,
    concurrency: 8,
    seconds: cfg.warmupSeconds,
    makeRequest: purchaseFactory(memberIds, `${tag}-${label}-warm`),
    label: `${label} warm-up`,
  });
  if (warm.ok === 0)
    throw new Error(
      `${label}: no purchase succeeded in the warm-up: ${warm.errors.join('; ')} (API log ${api.logPath})`,
    );
  const runs = [];
  for (const c of cfg.concurrency) {
    if (label === 'pg') {
      // as pgbench does before each of its runs (it vacuums its tables and empties its history table):
      // the open loop starts without the vacuum debt the closed loops left behind
      if (api.db) pg.psql('vacuum analyze', api.db);
      pg.checkpoint();
    }
    log(`${label}: closed loop, ${c} concurrent clients, ${cfg.seconds}s`);
    const meter = cpuMeter(api.child.pid, { pg: label === 'pg' });
    const r = await closedLoop({
      origin: api.origin,
      auth: api.auth,
      concurrency: c,
      seconds: cfg.seconds,
      makeRequest: purchaseFactory(memberIds, `${tag}-${label}-c${c}`),
      label: `${label} c=${c}`,
    });
    r.cpu = meter(r.ok);
    log(`  => ${describe(r)}`);
    log(`     CPU: ${cpuLine(r.cpu)}`);
    runs.push(r);
  }
  const best = runs.reduce((a, b) => (b.tps > a.tps ? b : a));
  // For scale: the same server answering a query that needs no SQL (program settings are cached), c=8.
  log(`${label}: floor — { programSettings { name } } (cached, no SQL), c=8, 6s`);
  const floor = await closedLoop({
    origin: api.origin,
    auth: api.adminAuth,
    concurrency: 8,
    seconds: 6,
    makeRequest: () => ({ query: '{ programSettings { name } }', variables: {} }),
    label: `${label} floor`,
  });
  log(`  => ${describe(floor)}`);
  return { runs, best, floor };
}

/** CPU per purchase and the purchases/s the machine's cores could carry at that cost. */
function cpuLine(c, baseline = null) {
  const parts = [`API ${fmt(c.apiUs, 0)} µs`, `load generator ${fmt(c.loadGeneratorUs, 0)} µs`];
  if (c.databaseUs) parts.push(`PostgreSQL ${fmt(c.databaseUs, 0)} µs`);
  return (
    `${parts.join(' + ')} = ${fmt(c.totalUs, 0)} µs per purchase; ${c.cores} cores carry at most ` +
    `${fmt(c.ceiling, 0)}/s at that cost${baseline ? ` = ${fmt(c.ceiling / baseline.tps, 2)}× the baseline` : ''}`
  );
}

async function openAt(
  api,
  label,
  memberIds,
  rate,
  why = `${GOALS.openLoadFraction * 100}% of the measured max`,
) {
  if (label === 'pg') pg.checkpoint();
  log(`${label}: open loop at ${fmt(rate, 0)} purchases/s (${why}) for ${cfg.openSeconds}s`);
  let slow = 0;
  const windows = new Set();
  const r = await openLoop({
    origin: api.origin,
    auth: api.auth,
    rate,
    seconds: cfg.openSeconds,
    makeRequest: purchaseFactory(memberIds, `${tag}-${label}-open${Math.round(rate)}`),
    label: `${label} open`,
    onSample: (at, latency) => {
      if (latency <= GOALS.pgP99Ms) return;
      slow++;
      windows.add(Math.floor(at / 250));
    },
  });
  // are the slow answers bursts (a stall) or spread over the run (queueing)?
  r.slowAnswers = slow;
  r.slowWindows = windows.size;
  r.windows = Math.ceil((cfg.openSeconds * 1000) / 250);
  log(`  => ${describe(r)}  (max in flight ${r.maxInflight})`);
  log(
    `     answers over ${GOALS.pgP99Ms} ms: ${slow} of ${r.ok + r.failed}, in ${windows.size} of ${r.windows} 250-ms windows`,
  );
  return r;
}

async function benchPostgres() {
  const result = {
    version: pg.pgVersion(),
    settings: pg.pgSettings(),
    pgbench: runSync(pg.PGBENCH, ['--version']),
  };
  log(
    `PostgreSQL ${result.version} at 127.0.0.1:5432 (${Object.entries(result.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')})`,
  );
  // 1. baseline
  const benchDb = `accrue_bench_pgbench_${tag}`;
  pg.createDb(benchDb);
  cleanups.push(() => pg.dropDb(benchDb));
  await pg.pgbenchInit(benchDb, cfg.pgbenchScale);
  result.baselineRuns = [];
  for (const c of cfg.concurrency) {
    pg.checkpoint();
    log(`pgbench TPC-B: ${c} clients, 2 threads, ${cfg.baselineSeconds}s`);
    result.baselineRuns.push(
      await pg.pgbenchRun(benchDb, { clients: c, seconds: cfg.baselineSeconds, logDir: scratch }),
    );
  }
  result.baseline = result.baselineRuns.reduce((a, b) => (b.tps > a.tps ? b : a));
  // 2. the API
  const apiDb = `accrue_bench_api_${tag}`;
  pg.createDb(apiDb);
  cleanups.push(() => pg.dropDb(apiDb));
  const api = await startApi({ dbEnv: { DATABASE_URL: pg.dbUrl(apiDb) }, logDir: outDir, label: 'pg' });
  api.db = apiDb;
  cleanups.push(() => api.stop());
  try {
    const ids = await enrollMembers(api, { count: cfg.members, tag: `${tag}-pg` });
    Object.assign(result, await sweep(api, 'pg', ids));
    result.open = await openAt(api, 'pg', ids, result.best.tps * GOALS.openLoadFraction);
    // the other reading of the goal: 80 % of the throughput the goal asks for (0.4 × pgbench)
    const goalLoad = result.baseline.tps * GOALS.pgThroughput * GOALS.openLoadFraction;
    if (goalLoad < result.open.offeredRate * 0.95)
      result.openAtGoal = await openAt(
        api,
        'pg',
        ids,
        goalLoad,
        `${GOALS.openLoadFraction * 100}% of the goal's ${GOALS.pgThroughput}× pgbench`,
      );
  } finally {
    await api.stop();
  }
  pg.dropDb(apiDb);
  // 3. the same offered rate without the API: PostgreSQL's own tail at that load on this machine
  // (TPC-B, and simple-update, which has no row that every transaction updates)
  result.baselineOpen = [];
  for (const builtin of ['tpcb-like', 'simple-update']) {
    pg.checkpoint();
    log(
      `pgbench ${builtin} at the open loop's rate, ${fmt(result.open.offeredRate, 0)}/s, ${cfg.openSeconds}s`,
    );
    result.baselineOpen.push(
      await pg.pgbenchRun(benchDb, {
        clients: 16,
        seconds: cfg.openSeconds,
        logDir: scratch,
        rate: result.open.offeredRate,
        builtin,
      }),
    );
  }
  pg.dropDb(benchDb);
  result.ratio = result.best.tps / result.baseline.tps;
  result.goals = {
    throughput: {
      goal: `>= ${GOALS.pgThroughput}× pgbench`,
      value: result.ratio,
      met: result.ratio >= GOALS.pgThroughput,
      context: `CPU at the best run: ${cpuLine(result.best.cpu, result.baseline)}`,
    },
    p99: {
      goal: `p99 < ${GOALS.pgP99Ms} ms at ${GOALS.openLoadFraction * 100}% load`,
      value: result.open.latency.p99,
      met: result.open.latency.p99 < GOALS.pgP99Ms && result.open.failed === 0,
      context: [
        ...result.baselineOpen.map((b) => `pgbench ${b.builtin} at the same rate: p99 ${ms(b.latency.p99)}`),
        ...(result.openAtGoal
          ? [
              `API offered ${fmt(result.openAtGoal.offeredRate, 0)}/s (${GOALS.openLoadFraction * 100}% of ${GOALS.pgThroughput}× pgbench): p99 ${ms(result.openAtGoal.latency.p99)}`,
            ]
          : []),
      ].join('; '),
    },
  };
  return result;
}

async function benchSqlite() {
  const result = {};
  result.baseline = sqliteRawLoop(join(scratch, 'raw.sqlite'), { seconds: cfg.baselineSeconds });
  const api = await startApi({
    dbEnv: { ACCRUE_SQLITE_PATH: join(scratch, 'api.sqlite') },
    logDir: outDir,
    label: 'sqlite',
  });
  cleanups.push(() => api.stop());
  try {
    const ids = await enrollMembers(api, { count: cfg.members, tag: `${tag}-sqlite` });
    Object.assign(result, await sweep(api, 'sqlite', ids));
    result.open = await openAt(api, 'sqlite', ids, result.best.tps * GOALS.openLoadFraction);
  } finally {
    await api.stop();
  }
  result.ratio = result.best.tps / result.baseline.tps;
  result.goals = {
    throughput: {
      goal: `>= ${GOALS.sqliteThroughput}× raw loop`,
      value: result.ratio,
      met: result.ratio >= GOALS.sqliteThroughput,
      // the load generator shares the machine: what the CPU alone allows, before any wait on the disk
      context: `CPU at the best run: ${cpuLine(result.best.cpu, result.baseline)}`,
    },
  };
  return result;
}

function report(m, res) {
  const lines = [];
  const row = (what, r, base, mark = '') =>
    `| ${what}${mark} | ${r.concurrency ?? '-'} | ${fmt(r.tps, 0)} | ${ms(r.latency.p50)} | ${ms(r.latency.p99)} | ${base ? `${fmt(r.tps / base.tps, 2)}×` : '-'} | ${base ? `${fmt(r.latency.p50 / base.latency.p50, 1)}× / ${fmt(r.latency.p99 / base.latency.p99, 1)}×` : '-'} | ${fmt(r.loadAfter, 2)} |`;
  lines.push(
    `Run ${m.date} — ${m.cpu}, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}; load average at start ${m.loadavgStart}, at end ${m.loadavgEnd}`,
  );
  lines.push(
    '(the machine is shared: a 1-minute load average well above 1 during a run means other work competed for the 2 cores and the disk; such figures are pessimistic)',
  );
  lines.push(
    `Settings: API closed-loop runs ${cfg.seconds}s each, baselines ${cfg.baselineSeconds}s, open loop ${cfg.openSeconds}s, ${cfg.members} members, concurrency ${cfg.concurrency.join('/')}`,
  );
  const verdict = (g) =>
    `${g.met ? 'MET' : 'NOT MET'} (${g.goal}: ${typeof g.value === 'number' ? fmt(g.value, 3) : g.value})${g.context ? `; ${g.context}` : ''}`;
  for (const [name, r] of Object.entries(res)) {
    lines.push(
      '',
      `### ${name === 'pg' ? `PostgreSQL ${r.version}` : `SQLite ${r.baseline.sqliteVersion} (libsql)`}`,
      '',
    );
    lines.push(
      '| run | clients | per second | p50 | p99 | × baseline tps | × baseline latency p50 / p99 | machine load (1 min) after |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const b of r.baselineRuns ?? [r.baseline])
      lines.push(
        row(
          name === 'pg' ? 'pgbench TPC-B' : 'raw insert loop',
          b,
          null,
          b === r.baseline ? ' **(baseline)**' : '',
        ),
      );
    for (const a of r.runs)
      lines.push(row('API recordPurchase, closed loop', a, r.baseline, a === r.best ? ' **(best)**' : ''));
    lines.push(
      row(
        `API open loop, offered ${fmt(r.open.offeredRate, 0)}/s`,
        { ...r.open, concurrency: `≤${r.open.maxInflight} in flight` },
        r.baseline,
      ),
    );
    if (r.openAtGoal)
      lines.push(
        row(
          `API open loop, offered ${fmt(r.openAtGoal.offeredRate, 0)}/s (${GOALS.openLoadFraction * 100}% of the goal's ${GOALS.pgThroughput}×)`,
          { ...r.openAtGoal, concurrency: `≤${r.openAtGoal.maxInflight} in flight` },
          r.baseline,
        ),
      );
    for (const b of r.baselineOpen ?? [])
      lines.push(row(`pgbench ${b.builtin}, open loop, offered ${fmt(b.offeredRate, 0)}/s`, b, null));
    if (r.floor) lines.push(row('for scale: API query with no SQL (programSettings)', r.floor, null));
    const failed = [...r.runs, r.open, ...(r.openAtGoal ? [r.openAtGoal] : [])].reduce(
      (n, x) => n + x.failed,
      0,
    );
    lines.push(
      '',
      `Failed requests over all API runs: ${failed}${failed ? ` (${[...r.runs, r.open].flatMap((x) => x.errors).join('; ')})` : ''}`,
    );
    for (const [k, g] of Object.entries(r.goals)) lines.push(`- goal ${k}: ${verdict(g)}`);
  }
  return lines.join('\n');
}

async function main() {
  const m = machine();
  log(
    `Accrue bench (${mode}) — ${m.cpu}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, load ${m.loadavgStart}`,
  );
  log(`scratch ${m.disk}`);
  const res = {};
  if (mode !== 'sqlite') res.pg = await benchPostgres();
  if (mode !== 'pg') res.sqlite = await benchSqlite();
  m.loadavgEnd = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const text = report(m, res);
  console.log(`\n==================== summary ====================\n${text}\n`);
  writeFileSync(join(outDir, 'last-run.md'), text + '\n');
  writeFileSync(
    join(outDir, 'last-run.json'),
    JSON.stringify({ machine: m, config: cfg, results: res }, null, 2),
  );
  log(`written ${join(outDir, 'last-run.md')} and last-run.json`);
  const missed = Object.values(res)
    .flatMap((r) => Object.values(r.goals))
    .some((g) => !g.met);
  return missed && process.env.BENCH_STRICT === '1' ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(e);
    await cleanup();
    process.exit(1);
  });
