// SQLite baseline: a raw insert loop through the same `libsql` package the API uses, at the API's durability
// (journal_mode=WAL, synchronous=FULL, see apps/api/src/db/orm.ts openOrm): one purchase-like row per
// transaction (BEGIN IMMEDIATE; INSERT; COMMIT), for a fixed duration.
import Database from 'libsql';
import { loadavg } from 'node:os';
import { Samples, now, log, fmt } from './util.mjs';

export function sqliteRawLoop(path, { seconds }) {
  const db = new Database(path);
  try {
    db.exec('pragma journal_mode = wal');
    db.exec('pragma synchronous = full');
    db.exec('pragma busy_timeout = 5000');
    const mode = db.prepare('pragma journal_mode').get();
    const sync = db.prepare('pragma synchronous').get();
    const version = db.prepare('select sqlite_version() as v').get().v;
    log(
      `raw SQLite loop (libsql, SQLite ${version}, journal_mode=${Object.values(mode)[0]}, synchronous=${Object.values(sync)[0]} [2=FULL]) on ${path}`,
    );
    db.exec(`create table purchase (
      id text primary key, member_id text not null, order_id text not null unique,
      amount_minor integer not null, occurred_at text not null)`);
    const begin = db.prepare('begin immediate');
    const insert = db.prepare(
      'insert into purchase (id, member_id, order_id, amount_minor, occurred_at) values (?, ?, ?, ?, ?)',
    );
    const commit = db.prepare('commit');
    const lat = new Samples();
    const t0 = now();
    const end = t0 + seconds * 1000;
    let nextReport = t0 + 3000;
    let n = 0;
    let lastN = 0;
    let lastT = t0;
    for (;;) {
      const s = now();
      if (s >= end) break;
      begin.run();
      insert.run(`pur_${n}`, `mem_${n % 1000}`, `raw-${n}`, 500 + (n % 30_000), new Date().toISOString());
      commit.run();
      const e = now();
      lat.push(e - s);
      n++;
      if (e >= nextReport) {
        log(
          `  raw loop: ${fmt((e - t0) / 1000, 0)}s  ${n} rows  ~${fmt(((n - lastN) * 1000) / (e - lastT), 0)}/s`,
        );
        lastN = n;
        lastT = e;
        nextReport += 3000;
      }
    }
    const elapsed = (now() - t0) / 1000;
    const r = {
      kind: 'sqlite-raw',
      loadAfter: loadavg()[0],
      concurrency: 1,
      seconds: elapsed,
      ok: n,
      tps: n / elapsed,
      latency: lat.summary(),
      sqliteVersion: version,
    };
    log(
      `  raw loop: ${fmt(r.tps, 0)} inserts/s  p50 ${fmt(r.latency.p50, 2)} ms  p99 ${fmt(r.latency.p99, 2)} ms`,
    );
    return r;
  } finally {
    db.close();
  }
}
