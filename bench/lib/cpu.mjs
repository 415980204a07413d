// CPU time read from /proc (Linux): of a process, of its threads, of the PostgreSQL server's processes,
// and a snapshot/delta helper that turns them into CPU per purchase.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const TICK = 100; // USER_HZ

/** CPU seconds of a process (or, with `task`, of its main thread alone): user, kernel or both. */
export function cpuOf(pid, part = 'both', task = false) {
  const f = readFileSync(task ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8')
    .split(') ')[1]
    .split(' ');
  const user = Number(f[11]) / TICK;
  const sys = Number(f[12]) / TICK;
  return part === 'user' ? user : part === 'sys' ? sys : user + sys;
}

/** CPU seconds of each thread of a process, by thread id. */
export function threadsOf(pid) {
  return new Map(
    readdirSync(`/proc/${pid}/task`).map((tid) => {
      const f = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      return [tid, (Number(f[11]) + Number(f[12])) / TICK];
    }),
  );
}

/** CPU seconds of every PostgreSQL server process on the machine (postmaster and backends). */
export function pgServerCpu(detail = null) {
  let total = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (stat.includes('(postgres)') || stat.includes('(postmaster)')) {
        const c = cpuOf(d);
        total += c;
        detail?.set(d, c);
      }
    } catch {
      /* gone */
    }
  }
  return total;
}

/**
 * Starts counting the CPU of the API process, this process (the load generator) and, with `pg`, the
 * PostgreSQL server; `done(n)` gives µs per purchase over `n` purchases and the machine's ceiling: the
 * purchases per second its cores could carry if every one of them did nothing else.
 */
export function cpuMeter(apiPid, { pg = false } = {}) {
  const api0 = cpuOf(apiPid);
  const gen0 = process.cpuUsage();
  const db0 = pg ? pgServerCpu() : 0;
  return (n) => {
    const gen = process.cpuUsage(gen0);
    const per = (seconds) => (seconds * 1e6) / Math.max(1, n);
    const r = {
      apiUs: per(cpuOf(apiPid) - api0),
      loadGeneratorUs: per((gen.user + gen.system) / 1e6),
      databaseUs: pg ? per(pgServerCpu() - db0) : 0,
      cores: os.cpus().length,
    };
    r.totalUs = r.apiUs + r.loadGeneratorUs + r.databaseUs;
    r.ceiling = (r.cores * 1e6) / r.totalUs;
    return r;
  };
}
