#!/usr/bin/env node
// Profiles one recordPurchase path: counts the SQL statements per purchase (ACCRUE_SQL_LOG=1) and takes a CPU
// profile of the API (node --cpu-prof) under a short closed-loop load, then prints the top self-time functions.
// Usage: node profile.mjs [sqlite|pg]   (fixed durations; 127.0.0.1 only; writes bench/.out/*.cpuprofile)
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { startApi, enrollMembers, purchaseFactory, RECORD_PURCHASE } from './lib/api.mjs';
import { closedLoop, describe, gql } from './lib/load.mjs';
import * as pg from './lib/pg.mjs';
import { log, sleep } from './lib/util.mjs';
import { Pool } from 'undici';

const kind = process.argv[2] ?? 'sqlite';
const here = new URL('.', import.meta.url).pathname;
const outDir = join(here, '.out');
mkdirSync(outDir, { recursive: true });
const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-prof-'));
const tag = `p${Date.now().toString(36)}`;
const dbName = `accrue_bench_prof_${tag}`;
const dbEnv = () => {
  if (kind === 'pg') {
    pg.createDb(dbName);
    return { DATABASE_URL: pg.dbUrl(dbName) };
  }
  return { ACCRUE_SQLITE_PATH: join(scratch, `prof-${Date.now()}.sqlite`) };
};

if (process.env.PROFILE_FILE) {
  summarize(JSON.parse(readFileSync(process.env.PROFILE_FILE, 'utf8')), process.env.PROFILE_FILE);
  process.exit(0);
}
try {
  // 1. SQL statements per purchase
  {
    const api = await startApi({
      dbEnv: dbEnv(),
      logDir: outDir,
      label: `sqllog-${kind}`,
      extraEnv: { ACCRUE_SQL_LOG: '1' },
    });
    try {
      const ids = await enrollMembers(api, { count: 2, concurrency: 1, tag });
      const pool = new Pool(api.origin, { connections: 1 });
      const one = async (n) => {
        await gql(pool, api.auth, RECORD_PURCHASE, {
          i: { member: { id: ids[0] }, orderId: `${tag}-${n}`, amountMinor: 12345 },
        });
        await sleep(300);
      };
      await one('warm');
      const before = readFileSync(api.logPath, 'utf8').length;
      await one('counted');
      const text = readFileSync(api.logPath, 'utf8').slice(before);
      await pool.close();
      const queries = text.split('\n').filter((l) => /\[query\]/.test(l));
      log(`SQL statements for one recordPurchase (${kind}): ${queries.length}`);
      for (const q of queries)
        console.log(
          '   ',
          q
            // eslint-disable-next-line no-control-regex
            .replace(/\x1b\[[0-9;]*m/g, '')
            .replace(/^.*\[query\]\s*/, '')
            .slice(0, 160),
        );
    } finally {
      await api.stop();
    }
    if (kind === 'pg') pg.dropDb(dbName);
  }
  // 2. CPU profile under load
  {
    const profDir = join(outDir, `cpuprof-${kind}`);
    rmSync(profDir, { recursive: true, force: true });
    const api = await startApi({
      dbEnv: dbEnv(),
      logDir: outDir,
      label: `prof-${kind}`,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profDir}`],
    });
    try {
      const ids = await enrollMembers(api, { count: 200, tag: `${tag}-l` });
      const r = await closedLoop({
        origin: api.origin,
        auth: api.auth,
        concurrency: 8,
        seconds: 10,
        makeRequest: purchaseFactory(ids, `${tag}-load`),
        label: 'profiled load',
      });
      log(describe(r));
    } finally {
      await api.stop();
    }
    if (kind === 'pg') pg.dropDb(dbName);
    const file = readdirSync(profDir)
      .map((f) => join(profDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    summarize(JSON.parse(readFileSync(file, 'utf8')), file);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function summarize(profile, file) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  const counts = new Map();
  // PROFILE_LAST_S=n keeps only the last n seconds (the load, without start-up and enrolment)
  const sampled = dt.reduce((a, b) => a + b, 0);
  const from = process.env.PROFILE_LAST_S ? sampled - Number(process.env.PROFILE_LAST_S) * 1e6 : 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += dt[i] ?? 0;
    if (at >= from) counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0));
  });
  let total = 0;
  for (const [id, t] of counts) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*\/apps\//, 'apps/')}:${cf.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
    total += t;
  }
  // per package
  const pkg = new Map();
  for (const [key, t] of self) {
    const m = /^\S+ ((?:@[^/]+\/)?[^/:]+)/.exec(key);
    const p = key.includes('apps/api') ? 'apps/api' : m ? m[1] : '?';
    pkg.set(p, (pkg.get(p) ?? 0) + t);
  }
  log(`CPU profile ${file}: ${(total / 1e6).toFixed(1)} s sampled`);
  console.log('  self time by package:');
  for (const [p, t] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 12))
    console.log(`    ${((100 * t) / total).toFixed(1).padStart(5)}%  ${p}`);
  console.log('  top self-time functions:');
  for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
  // inclusive time of the functions on the request path (each counted once per sampled stack)
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (const [id, t] of counts) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      const k = `${cf.functionName || '(anonymous)'} ${cf.url.replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^file:\/\/.*\/apps\//, 'apps/')}:${cf.lineNumber + 1}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const interesting =
    /apps\/api|EntityManager\.js|UnitOfWork\.js|ChangeSet|graphql\/execution|@apollo\/server\/dist\/cjs\/(ApolloServer|requestPipeline|runHttpQuery)|AbstractSqlDriver|Connection\.js|QueryBuilder\.js|packages\/core/;
  console.log('  inclusive time, request path (API code, ORM entry points, GraphQL):');
  for (const [k, t] of [...incl]
    .filter(([k]) => interesting.test(k))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40))
    console.log(`    ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
}
