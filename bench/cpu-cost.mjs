#!/usr/bin/env node
// CPU cost per purchase: CPU seconds the API process (and, on PostgreSQL, the server's backends) spend per
// 1,000 purchases under a closed loop. Less sensitive to other load on the machine than throughput.
// Usage: node cpu-cost.mjs [sqlite|pg] [seconds=8] [concurrency=8]
// Knobs: CPU_PROF=1 (CPU profile of the API into .out/cpuprof-cost/), PG_SOCKET=/var/run/postgresql (the API
// reaches PostgreSQL over a Unix socket), PG_OPTIONS='-c log_min_duration_statement=0' (server-side options,
// with PG_SOCKET), PG_DETAIL=1 (CPU per PostgreSQL process), KEEP_DB=1 (keep the scratch database).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startApi, enrollMembers, purchaseFactory } from './lib/api.mjs';
import { cpuOf, pgServerCpu, threadsOf } from './lib/cpu.mjs';
import { closedLoop, describe } from './lib/load.mjs';
import * as pg from './lib/pg.mjs';
import { log, fmt } from './lib/util.mjs';

const kind = process.argv[2] ?? 'sqlite';
const seconds = Number(process.argv[3] ?? 8);
const concurrency = Number(process.argv[4] ?? 8);
const here = new URL('.', import.meta.url).pathname;
const pgDetail = new Map();
const pgBackends = () => pgServerCpu(process.env.PG_DETAIL ? pgDetail : null);
const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-cpu-'));
const tag = `c${Date.now().toString(36)}`;
const dbName = `accrue_bench_cpu_${tag}`;
let dbEnv;
if (kind === 'pg') {
  pg.createDb(dbName);
  dbEnv = {
    DATABASE_URL: process.env.PG_SOCKET
      ? `postgres://postgres@localhost/${dbName}?host=${encodeURIComponent(process.env.PG_SOCKET)}${process.env.PG_OPTIONS ? `&options=${encodeURIComponent(process.env.PG_OPTIONS)}` : ''}`
      : pg.dbUrl(dbName),
  };
} else dbEnv = { ACCRUE_SQLITE_PATH: join(scratch, 'cpu.sqlite') };
const nodeArgs = process.env.CPU_PROF
  ? ['--cpu-prof', `--cpu-prof-dir=${join(here, '.out', 'cpuprof-cost')}`]
  : [];
const api = await startApi({ dbEnv, logDir: join(here, '.out'), label: `cpu-${kind}`, nodeArgs });
try {
  const ids = await enrollMembers(api, { count: 1000, concurrency: 8, tag });
  await closedLoop({
    origin: api.origin,
    auth: api.auth,
    concurrency,
    seconds: 2,
    makeRequest: purchaseFactory(ids, `${tag}w`),
    label: 'warm-up',
    quiet: true,
  });
  const make = purchaseFactory(ids, tag);
  const a0 = cpuOf(api.child.pid);
  const s0 = cpuOf(api.child.pid, 'sys');
  const m0 = cpuOf(api.child.pid, 'both', true);
  const t0 = threadsOf(api.child.pid);
  const g0 = process.cpuUsage();
  const p0 = kind === 'pg' ? pgBackends() : 0;
  const r = await closedLoop({
    origin: api.origin,
    auth: api.auth,
    concurrency,
    seconds,
    makeRequest: make,
    label: `c=${concurrency}`,
  });
  const a1 = cpuOf(api.child.pid);
  const s1 = cpuOf(api.child.pid, 'sys');
  const m1 = cpuOf(api.child.pid, 'both', true);
  const t1 = threadsOf(api.child.pid);
  const g1 = process.cpuUsage(g0);
  const before = new Map(pgDetail);
  const p1 = kind === 'pg' ? pgBackends() : 0;
  if (process.env.PG_DETAIL)
    for (const [pid, c] of pgDetail) {
      const d = c - (before.get(pid) ?? 0);
      if (d > 0.05)
        log(
          `  pid ${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}: ${fmt(d, 2)} s`,
        );
    }
  log(describe(r));
  const per = (x) => fmt((x * 1e6) / r.ok, 0);
  // the busiest thread after the main one: on SQLite, the purchase writer thread (pipeline/sqlite-writer.ts)
  const [busiest] = [...t1]
    .filter(([tid]) => tid !== String(api.child.pid))
    .map(([tid, c]) => [tid, c - (t0.get(tid) ?? 0)])
    .sort((x, y) => y[1] - x[1]);
  if (busiest)
    log(
      `busiest other API thread (${kind === 'sqlite' ? 'the SQLite writer thread' : 'a V8 or libuv helper'}): ${per(busiest[1])} µs/purchase = ${fmt((100 * busiest[1]) / r.seconds, 0)}% of a core`,
    );
  log(
    `API CPU ${fmt(a1 - a0, 2)} s = ${per(a1 - a0)} µs/purchase (of which kernel ${per(s1 - s0)} µs; main thread ${per(m1 - m0)} µs = ${fmt((100 * (m1 - m0)) / r.seconds, 0)}% of a core); PostgreSQL CPU ${fmt(p1 - p0, 2)} s = ${per(p1 - p0)} µs/purchase; load generator ${per((g1.user + g1.system) / 1e6)} µs/purchase; load ${os.loadavg()[0].toFixed(2)}`,
  );
} finally {
  await api.stop();
  if (kind === 'pg' && !process.env.KEEP_DB) pg.dropDb(dbName);
  else if (kind === 'pg') log(`kept database ${dbName}`);
  if (!process.env.KEEP_DB) rmSync(scratch, { recursive: true, force: true });
  else log(`kept ${scratch}`);
}
