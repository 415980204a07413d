#!/usr/bin/env node
// What keeping the daily rollups current costs purchases (issue 15: at most 10% of their throughput).
// In one process and one database, rounds of purchases alternate between the registered pipeline and
// the same pipeline without its rollup step (SQLite: the inline writer, so both run on this thread),
// interleaved so drift of the machine's load hits both; prints purchases per second of each and the
// median of the per-pair ratios.
// Two kinds of day: 'new-day' (the default) moves the program's clock a day on each time every member
// has bought once, so every purchase is its member's first of the day and marks them active (the
// member's marker, the active-member count and the gap histogram all move, as in a program whose
// members buy every few days); 'same-day' keeps the day, so after the first round members only buy
// again on a day they are already active.
// Usage: node rollup-cost.mjs [sqlite|pg] [purchases per round=1500] [pairs=4] [concurrency=8] [new-day|same-day]
// (the API must be built)
import { api, bootScratchApp } from './lib/in-process.mjs';
import { fmt, log } from './lib/util.mjs';

const kind = process.argv[2] ?? 'sqlite';
const perRound = Number(process.argv[3] ?? 1500);
const pairs = Number(process.argv[4] ?? 4);
const concurrency = Number(process.argv[5] ?? 8);
const days = process.argv[6] ?? 'new-day';
if (!['new-day', 'same-day'].includes(days))
  throw new Error(`unknown kind of day "${days}": new-day or same-day`);
const { recordPurchase } = api('modules/purchases/record-purchase.js');
const { enrollMember } = api('modules/members/enroll-member.js');
const { rebuildRollups, reconcileRollups } = api('modules/metrics/rebuild.js');

const { app, close } = await bootScratchApp(kind, 'rollup-cost');
const withRollups = app.pipeline.steps;
const without = withRollups.filter((s) => s.name !== 'rollups');
if (without.length !== withRollups.length - 1) throw new Error('no rollup step registered');
try {
  let n = 0;
  // the program's clock: 02:00 UTC 90 days ago (mid-morning in Asia/Shanghai, the default zone),
  // running in real time, a day on each time every member has bought (new-day)
  const DAY = 86_400_000;
  const t0 = Date.now();
  const start = Math.floor(t0 / DAY) * DAY - 90 * DAY + 2 * 3_600_000;
  const dayOf = () => (days === 'new-day' ? Math.floor(n / 1000) : 0);
  app.clock = { now: () => new Date(start + dayOf() * DAY + (Date.now() - t0)) };
  // enrolled on the clock's first day (enrolment gives welcome points: it marks them active)
  const members = [];
  for (let i = 0; i < 1000; i++) members.push((await enrollMember(app, { externalId: `rb-${i}` })).id);
  const round = async (steps) => {
    app.pipeline = { ...app.pipeline, steps };
    let next = 0;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < perRound) {
          next++;
          const k = n++;
          await recordPurchase(app, {
            member: { id: members[k % members.length] },
            orderId: `rb-o-${k}`,
            amountMinor: 5_000 + (k % 997),
          });
        }
      }),
    );
    const c = process.cpuUsage(c0);
    cpu.get(steps).push((c.user + c.system) / perRound);
    return perRound / ((performance.now() - t0) / 1000);
  };
  // this process's CPU µs per purchase (all of it on SQLite's inline writer; on PostgreSQL the
  // server's own CPU is not in it): steadier than throughput on a busy machine
  const cpu = new Map([
    [withRollups, []],
    [without, []],
  ]);
  await round(withRollups); // warm-up
  const ratios = [];
  for (let p = 1; p <= pairs; p++) {
    // alternate which goes first
    const [a, b] = p % 2 ? [await round(without), await round(withRollups)] : [0, 0];
    const [c, d] = p % 2 ? [0, 0] : [await round(withRollups), await round(without)];
    const base = a || d;
    const roll = b || c;
    ratios.push(roll / base);
    log(
      `${kind} pair ${p}/${pairs}: without rollups ${fmt(base, 0)}/s, with ${fmt(roll, 0)}/s (${fmt((1 - roll / base) * 100, 1)}% slower)`,
    );
  }
  ratios.sort((x, y) => x - y);
  const mid = ratios.length / 2;
  const median = ratios.length % 2 ? ratios[Math.floor(mid)] : (ratios[mid - 1] + ratios[mid]) / 2;
  log(
    `${kind}: median cost of the rollups ${fmt((1 - median) * 100, 1)}% of purchase throughput (concurrency ${concurrency}, ${perRound} purchases a round, ${days})`,
  );
  const med = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const [cw, co] = [med(cpu.get(withRollups).slice(1)), med(cpu.get(without))];
  log(
    `${kind}: API process CPU per purchase: without rollups ${fmt(co, 0)} µs, with ${fmt(cw, 0)} µs (${fmt((cw / co - 1) * 100, 1)}% more)`,
  );
  app.pipeline = { ...app.pipeline, steps: withRollups };
  // the rounds without the step left their purchases out of the rollups: a rebuild puts them back
  await rebuildRollups(app);
  const check = await reconcileRollups(app);
  log(`${kind}: rollups = ledger after a rebuild: ${check.ok}`);
} finally {
  await close(true);
}
