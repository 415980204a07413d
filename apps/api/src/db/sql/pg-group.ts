/**
 * PostgreSQL group commit: transactions that queue while others are in flight share one database
 * transaction and one COMMIT.
 */
import type { PoolClient } from 'pg';
import { Row, SqlTx, Query, Increment } from './types';
import { incrementQueries } from './queries';
import { logSql, pgMessage } from './pg-statements';

/** Tells a transaction taken out of a PostgreSQL group to stop: it runs again on its own. */
export class Regroup extends Error {
  constructor() {
    super('moved out of a group commit');
  }
}

export interface GroupJob {
  fn: (tx: SqlTx) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * A statement batch a group member waits on: reads (answered at once) or its last one (with
 * COMMIT).
 */
export interface GroupRequest {
  final: boolean;
  statements: Query[];
  resolve: (rows: Row[][]) => void;
  reject: (e: unknown) => void;
}

export class GroupMember {
  pending: GroupRequest | null = null;
  settled = false;
  outcome: { ok: boolean; value: unknown } = { ok: false, value: undefined };
  aborted = false;
  calls = 0;
  finished = false;
  constructor(
    readonly job: GroupJob,
    private readonly onChange: () => void,
  ) {}

  readonly tx: SqlTx = {
    dialect: 'postgresql',
    all: async <T>(sql: string, params: unknown[] = []) =>
      (await this.request(false, [{ sql, params }]))[0] as T[],
    run: async (sql: string, params: unknown[] = []) => {
      await this.request(false, [{ sql, params }]);
    },
    pipeline: (statements: Query[]) => this.request(false, statements),
    finish: async (sql: string, params: unknown[] = [], shared: Increment[] = []) => {
      await this.request(true, [{ sql, params, increments: shared }]);
    },
  };

  private request(final: boolean, statements: Query[]): Promise<Row[][]> {
    if (this.aborted) return Promise.reject(new Regroup());
    if (this.finished) return Promise.reject(new Error('the transaction is already committed'));
    if (this.pending) return Promise.reject(new Error('one statement batch at a time in a transaction'));
    this.calls++;
    if (final) this.finished = true;
    return new Promise<Row[][]>((resolve, reject) => {
      this.pending = { final, statements, resolve, reject };
      this.onChange();
    });
  }

  /** settles when the job's function has returned or thrown */
  done: Promise<void> = Promise.resolve();
  start() {
    this.done = this.job.fn(this.tx).then(
      (value) => this.settle(true, value),
      (value) => this.settle(false, value),
    );
  }
  private settle(ok: boolean, value: unknown) {
    this.settled = true;
    this.outcome = { ok, value };
    this.onChange();
  }
  /** The member's first batch, when it can share a group: it starts with a keyed row lock. */
  get lockKey(): string | undefined {
    return this.calls === 1 && this.pending && !this.pending.final
      ? this.pending.statements[0]?.lockKey
      : undefined;
  }
  /** the column of the locked row that names its key, when the lock was taken by another column */
  get lockKeyFrom(): string | undefined {
    return this.pending?.statements[0]?.lockKeyFrom;
  }
  answer(rows: Row[][]) {
    const p = this.pending!;
    this.pending = null;
    p.resolve(rows);
  }
  abort() {
    this.aborted = true;
    const p = this.pending;
    this.pending = null;
    p?.reject(new Regroup());
  }
}

/**
 * Group commit on PostgreSQL: the transactions that queue while others run share one database
 * transaction and its round trips. Every member's first batch (its row lock and reads) goes out in
 * one message, in lock-key order; each member then decides alone, and all their writes go out with
 * one COMMIT. Answers go out after the COMMIT.
 *
 * Members lock different rows (one per key) and write only rows of their own key, so a member never
 * reads what another one of its group writes. A member that locks a second row (a referrer's) sends
 * the whole group back to single transactions. Shared rows that later write paths add (a campaign's
 * budget, say) must be updated as increments or locked by key. A group that fails in the database
 * is rolled back whole and its members run again one by one, so one bad transaction costs its
 * neighbours only time.
 */
export class PgGroup {
  private readonly members: GroupMember[];
  private wake: (() => void) | null = null;
  private started = false;
  retire = false;
  constructor(
    private readonly client: PoolClient,
    private readonly debug: boolean,
    jobs: GroupJob[],
    /** this group's slot among the groups in flight (Increment.spread) */
    private readonly slot: number,
  ) {
    this.members = jobs.map((j) => new GroupMember(j, () => this.check()));
  }

  private check() {
    if (this.wake && this.members.every((m) => m.settled || m.aborted || m.pending)) {
      const w = this.wake;
      this.wake = null;
      w();
    }
  }
  /** resolves once every member waits on a batch or has finished */
  private barrier(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve;
      this.check();
    });
  }
  private async message(statements: Query[], commit: boolean) {
    const begin = !this.started;
    this.started = true;
    return pgMessage(this.client, this.debug, statements, {
      begin,
      commit,
      retire: () => (this.retire = true),
    });
  }
  private async settledAll(members: GroupMember[]) {
    await Promise.all(members.map((m) => m.done));
  }

  /**
   * Runs the group. Returns the jobs to queue for a later group (a key already taken here) and the
   * ones to run alone (no key, or all of them when the group failed).
   */
  async run(): Promise<{ later: GroupJob[]; alone: GroupJob[] }> {
    for (const m of this.members) m.start();
    await this.barrier();
    // only keyed first batches share a group, one per key
    const seen = new Set<string>();
    const solo: GroupMember[] = [];
    const later: GroupMember[] = [];
    for (const m of this.members) {
      if (m.settled) continue;
      const key = m.lockKey;
      if (key === undefined) solo.push(m);
      else if (seen.has(key)) later.push(m);
      else seen.add(key);
    }
    for (const m of [...solo, ...later]) m.abort();
    const active = this.members
      .filter((m) => !m.aborted)
      .sort((a, b) => ((a.lockKey ?? '') < (b.lockKey ?? '') ? -1 : 1));
    try {
      for (let first = true; ; first = false) {
        await this.barrier();
        const waiting = active.filter((m) => m.pending);
        const reads = waiting.filter((m) => !m.pending!.final);
        const batch = reads.length ? reads : waiting;
        const commit = !reads.length;
        if (commit && !this.started) break; // nothing was ever sent
        // a later row lock (a referrer's, say) may be another member's row, read before that member
        // writes it: such a group runs again as single transactions
        if (!first && batch.some((m) => m.pending!.statements.some((q) => q.lockKey !== undefined)))
          throw new Regroup();
        const statements = batch.flatMap((m) => m.pending!.statements);
        const shared = commit
          ? incrementQueries(
              statements.flatMap((s) => s.increments ?? []),
              this.slot,
            )
          : [];
        const keyFrom = first ? batch.map((m) => m.lockKeyFrom) : [];
        const rows = await this.message([...statements, ...shared], commit);
        // a row locked by another column (a member by externalId) may be one that another member of
        // the group locked too: then the group runs again one by one
        if (keyFrom.some((c) => c !== undefined)) {
          const keys = new Set<unknown>();
          let j = 0;
          batch.forEach((m, n) => {
            const row = rows[j]?.[0];
            keys.add(row ? row[keyFrom[n] ?? 'id'] : `none:${n}`);
            j += m.pending!.statements.length;
          });
          if (keys.size < batch.length) throw new Regroup();
        }
        let i = 0;
        for (const m of batch) {
          const n = m.pending!.statements.length;
          m.answer(rows.slice(i, i + n));
          i += n;
        }
        if (commit) break;
      }
    } catch (e) {
      if (this.started)
        await this.client.query('rollback').catch(() => {
          this.retire = true;
        });
      for (const m of active) m.abort();
      await this.settledAll(this.members);
      logSql(
        this.debug,
        `-- group of ${active.length} rolled back (${e instanceof Error ? e.message : String(e)}); each runs alone`,
      );
      return { later: later.map((m) => m.job), alone: [...solo, ...active].map((m) => m.job) };
    }
    await this.settledAll(this.members);
    for (const m of active) (m.outcome.ok ? m.job.resolve : m.job.reject)(m.outcome.value);
    return { later: later.map((m) => m.job), alone: solo.map((m) => m.job) };
  }
}
