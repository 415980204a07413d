// PostgreSQL side: scratch databases, and the pgbench TPC-B baseline (pgbench -i -s N, then -c C -j 2 -T s).
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { Samples, log, run, runSync, fmt } from './util.mjs';

export const PG = { host: '127.0.0.1', port: '5432', user: 'postgres' };
const conn = ['-h', PG.host, '-p', PG.port, '-U', PG.user];

function findBin(name) {
  try {
    return runSync('which', [name]);
  } catch {
    const p = `/usr/lib/postgresql/15/bin/${name}`;
    if (existsSync(p)) return p;
    throw new Error(`${name} not found (looked in PATH and /usr/lib/postgresql/15/bin)`);
  }
}
export const PGBENCH = findBin('pgbench');
const PSQL = findBin('psql');

export const psql = (sql, db = 'postgres') =>
  runSync(PSQL, [...conn, '-d', db, '-v', 'ON_ERROR_STOP=1', '-Atqc', sql]);

export function createDb(name) {
  psql(`drop database if exists "${name}" with (force)`);
  psql(`create database "${name}"`);
}
export function dropDb(name) {
  try {
    psql(`drop database if exists "${name}" with (force)`);
  } catch (e) {
    log(`  (could not drop ${name}: ${e.message.split('\n')[0]})`);
  }
}
export const checkpoint = () => psql('checkpoint');
export const pgVersion = () => psql('show server_version');
export const pgSettings = () =>
  Object.fromEntries(
    psql(
      `select name, setting from pg_settings where name in ('synchronous_commit','fsync','wal_sync_method','shared_buffers','max_connections','full_page_writes') order by name`,
    )
      .split('\n')
      .map((l) => l.split('|')),
  );
export const dbUrl = (db) => `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`;

export async function pgbenchInit(db, scale) {
  log(`pgbench -i -s ${scale} into scratch database ${db}`);
  await run(PGBENCH, [...conn, '-i', '-s', String(scale), '-q', db], { prefix: '  pgbench-init | ' });
}

/**
 * One pgbench run (TPC-B unless `builtin` says otherwise); latency percentiles from its per-transaction
 * log (-l). With `rate`, transactions are scheduled at that rate (-R) and each one's latency counts from
 * its scheduled start, as the API's open loop counts it.
 */
export async function pgbenchRun(db, { clients, seconds, logDir, rate, builtin }) {
  const name = `pgbench_c${clients}${rate ? `_r${Math.round(rate)}` : ''}${builtin ? `_${builtin}` : ''}`;
  const prefix = join(logDir, name);
  for (const f of readdirSync(logDir)) if (f.startsWith(`${name}.`)) rmSync(join(logDir, f));
  const out = await run(
    PGBENCH,
    [
      ...conn,
      '-c',
      String(clients),
      '-j',
      '2',
      '-T',
      String(seconds),
      '-P',
      '3',
      ...(rate ? ['-R', String(Math.round(rate))] : []),
      ...(builtin ? ['-b', builtin] : []),
      '-l',
      `--log-prefix=${prefix}`,
      db,
    ],
    {
      prefix: `  pgbench c=${clients}${rate ? ` at ${Math.round(rate)}/s` : ''} | `,
    },
  );
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  if (!m) throw new Error(`could not read tps from pgbench output:\n${out}`);
  const lat = new Samples();
  for (const f of readdirSync(logDir)) {
    if (!f.startsWith(`${name}.`)) continue;
    for (const line of readFileSync(join(logDir, f), 'utf8').split('\n')) {
      const parts = line.split(' ');
      if (parts.length >= 3) lat.push(Number(parts[2]) / 1000); // µs -> ms
    }
    rmSync(join(logDir, f));
  }
  const r = {
    kind: 'pgbench',
    loadAfter: loadavg()[0],
    concurrency: clients,
    seconds,
    offeredRate: rate,
    builtin: builtin ?? 'tpcb-like',
    tps: Number(m[1]),
    latency: lat.summary(),
  };
  log(
    `  pgbench ${r.builtin} c=${clients}${rate ? ` offered ${Math.round(rate)}/s` : ''}: ${fmt(r.tps, 0)} tps  p50 ${fmt(r.latency.p50, 2)} ms  p99 ${fmt(r.latency.p99, 2)} ms`,
  );
  return r;
}
