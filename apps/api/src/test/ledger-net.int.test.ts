/**
 * The ledger net on each database, in process (the server's clock is a test clock that moves
 * between steps): see ledger-net.ts. ACCRUE_NET_OPS sets the steps per database (default 200),
 * ACCRUE_NET_SEED replays a failing run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, fixedClock, startTestApp, TEST_DATABASES, type TestApp } from './harness';
import { dbRead, httpClient, NET_OPS, NET_SEED, runNet } from './ledger-net';
import { reconcileRollups } from '../modules/metrics/rebuild';

const OPS = NET_OPS || 200;

describe.each(TEST_DATABASES)('ledger net on %s', (kind) => {
  let t: TestApp;
  const clock = fixedClock(new Date('2027-01-04T03:00:00Z'));
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it(
    `holds its invariants and agrees with the model over ${OPS} random steps (seed ${NET_SEED})`,
    async () => {
      const started = Date.now();
      const stats = await runNet({
        send: httpClient(t.url, ADMIN_SECRET),
        clock,
        seed: NET_SEED,
        ops: OPS,
        db: dbRead(t.app),
        tag: kind,
        progress: (done) =>
          console.log(
            `ledger net on ${kind}: ${done} steps in ${((Date.now() - started) / 1000).toFixed(0)} s`,
          ),
      });
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `ledger net on ${kind}: seed ${NET_SEED}, ${stats.ops} steps in ${seconds.toFixed(1)} s (${(stats.ops / seconds).toFixed(0)}/s), ` +
          `${stats.checks} member checks, ${stats.retries} retries, ${stats.concurrent} concurrent calls, ` +
          `${stats.expired} points expired by the job, ${stats.refusals} refusals`,
      );
      expect(stats.ops).toBe(OPS);
      // and every rollup (days, lot cohorts, active-member gaps) still equals the rows it counts
      const check = await reconcileRollups(t.app);
      expect(check.differences).toEqual([]);
      expect(check.ok).toBe(true);
    },
    Math.max(600_000, OPS * 1000),
  );
});
