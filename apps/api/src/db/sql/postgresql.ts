/** PostgreSQL: the pool, and transactions run alone or as a group. */
import { Pool, type PoolClient } from 'pg';
import { GroupObserver, SqlTx, SqlDb } from './types';
import { logSql, PgTx } from './pg-statements';
import { GroupJob, PgGroup } from './pg-group';

/** Most transactions in one PostgreSQL group commit. */
export const MAX_GROUP = 32;
/** Groups in flight at once; transactions arriving meanwhile queue for the next group. */
export const GROUPS_IN_FLIGHT = 2;

export class PgDb implements SqlDb {
  readonly dialect = 'postgresql' as const;
  private readonly pool: Pool;
  private readonly queue: GroupJob[] = [];
  private groups = 0;
  /** the group slots not in use (Increment.spread: a slot's commits write their own rollup rows) */
  private readonly freeSlots = Array.from({ length: GROUPS_IN_FLIGHT }, (_, k) => k);
  /** transactions running alone, outside a group's slot */
  private lone = 0;
  private scheduled = false;
  constructor(
    url: string,
    max: number,
    private readonly debug = false,
    private readonly onGroup?: GroupObserver,
  ) {
    this.pool = new Pool({ connectionString: url, max });
    this.pool.on('error', () => undefined); // an idle client lost: the pool replaces it
  }

  transaction<T>(fn: (tx: SqlTx) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  /** wait one turn of the event loop, so requests that already arrived join the same group */
  private schedule() {
    if (this.scheduled || this.groups >= GROUPS_IN_FLIGHT || !this.queue.length) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.groups < GROUPS_IN_FLIGHT && this.queue.length) {
        const jobs = this.queue.splice(0, MAX_GROUP);
        this.groups++;
        const slot = this.freeSlots.pop()!;
        void this.runGroup(jobs, slot).then(({ later, alone }) => {
          // the slot is free before the leftovers run: a busy member never holds up the others
          this.groups--;
          this.freeSlots.push(slot);
          this.queue.unshift(...later);
          this.schedule();
          for (const j of alone) void this.runAlone(j);
        });
      }
    });
  }

  /** Never rejects: every job is answered, or handed back to queue or to run alone. */
  private async runGroup(jobs: GroupJob[], slot: number): Promise<{ later: GroupJob[]; alone: GroupJob[] }> {
    if (jobs.length === 1) {
      // a lone transaction holds its slot too, so the next ones queue up and group
      await this.runAlone(jobs[0], slot);
      return { later: [], alone: [] };
    }
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      for (const j of jobs) j.reject(e);
      return { later: [], alone: [] };
    }
    const group = new PgGroup(client, this.debug, jobs, slot);
    try {
      const out = await group.run();
      const committed = jobs.length - out.later.length - out.alone.length;
      if (committed > 0) this.onGroup?.(committed);
      return out;
    } catch (e) {
      // not expected (run answers its own failures); answer everyone rather than leave them waiting
      for (const j of jobs) j.reject(e);
      return { later: [], alone: [] };
    } finally {
      client.release(group.retire ? new Error('retired: unknown prepared statements') : undefined);
    }
  }

  /** `slot`: the group slot it runs in, if it holds one */
  private runAlone(job: GroupJob, slot?: number): Promise<void> {
    this.lone++;
    return this.alone(job.fn, slot)
      .then((v) => {
        this.onGroup?.(1);
        job.resolve(v);
      }, job.reject)
      .finally(() => this.lone--);
  }

  /** One transaction on its own connection. */
  async alone<T>(fn: (tx: SqlTx) => Promise<T>, slot?: number): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    const tx = new PgTx(client, this.debug, slot);
    try {
      try {
        const out = await fn(tx);
        if (tx.started && !tx.committed) {
          logSql(this.debug, 'commit');
          await client.query('commit');
        }
        return out;
      } catch (e) {
        if (tx.started && !tx.committed)
          await client.query('rollback').catch((re: Error) => {
            broken = re;
          });
        throw e;
      }
    } finally {
      client.release(broken ?? (tx.retire ? new Error('retired: unknown prepared statements') : undefined));
    }
  }
  private closed = false;
  async close() {
    if (this.closed) return;
    this.closed = true;
    // transactions already taken finish first (a shutdown mid-purchase answers it)
    while (this.groups || this.lone || this.queue.length) await new Promise((r) => setTimeout(r, 5));
    await this.pool.end();
  }
}
