/**
 * The ledger net's crash variant: the built server (`node dist/main.js serve`, a child process)
 * is killed with SIGKILL in the middle of a burst of concurrent purchases, refunds, adjustments,
 * activities and redemptions, restarted on the same database, and every call of the burst is sent
 * again. Then: every call that had answered before the kill answers the same; each member's balance
 * = the sum of its ledger entries = its lots' remainders − negative; and each balance is exactly
 * what the final answers add up to (nothing lost, nothing doubled). Needs the build
 * (`pnpm --filter @accrue/api build`). ACCRUE_NET_SEED replays a run; ACCRUE_NET_KILL_ROUNDS and
 * ACCRUE_NET_KILL_CALLS size it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, TEST_DATABASES } from './harness';
import { assert, call, checkMember, httpClient, NET_SEED, Q, random, type Send } from './ledger-net';
import { basePoints, thresholdBonus } from './ledger-model';

const MAIN = join(__dirname, '../../dist/main.js');
const PG_ADMIN_URL = process.env.ACCRUE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = Number(process.env.ACCRUE_NET_KILL_ROUNDS ?? 2);
const CALLS = Number(process.env.ACCRUE_NET_KILL_CALLS ?? 100);
const MEMBERS = 6;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(dbEnv: Record<string, string>) {
  const port = await freePort();
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, [MAIN, 'serve'], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      ACCRUE_ADMIN_SECRET: ADMIN_SECRET,
      ACCRUE_EXPIRY_INTERVAL_SECONDS: '0',
      ACCRUE_RATE_LIMIT_PER_MINUTE: '0',
      ...dbEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d) => (log = (log + d).slice(-4000)));
  const send = httpClient(`http://127.0.0.1:${port}/graphql`, ADMIN_SECRET);
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited while starting:\n${log}`);
    if (i > 300) throw new Error(`the server did not answer within 60 s:\n${log}`);
    try {
      if ((await send('{ programSettings { name } }')).status === 200) break;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  return { child, send };
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

interface Call {
  query: string;
  variables: Record<string, unknown>;
  member: string;
  /** the payload answered before the kill, if any */
  first?: Record<string, unknown>;
  final?: Record<string, unknown>;
}

/** What a call added to its member's balance, from its final answer. */
function effect(c: Call): number {
  const p = c.final as Record<string, never>;
  if ((p.userErrors as unknown[]).length) return 0;
  if (c.query === Q.purchase) return p.pointsAwarded;
  if (c.query === Q.refund) return -p.pointsReversed;
  if (c.query === Q.adjust) return (p.entry as { points: number }).points;
  if (c.query === Q.activity) return p.pointsAwarded;
  if (c.query === Q.redeem) return -(p.redemption as { points: number }).points;
  throw new Error(`no effect for ${c.query}`);
}

/** what a resend must answer the same (a refusal is not remembered: the resend may succeed) */
const comparable = (c: Call, p: Record<string, unknown>) =>
  JSON.stringify(c.query === Q.purchase ? { ...p, purchase: null } : p);

describe.skipIf(!existsSync(MAIN)).each(TEST_DATABASES)('ledger net: SIGKILL mid-burst on %s', (kind) => {
  let dir: string;
  let dbEnv: Record<string, string>;
  const dbName = `accrue_test_kill_${Date.now().toString(36)}`;
  let server: Awaited<ReturnType<typeof startServer>> | null = null;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accrue-kill-'));
    if (kind === 'sqlite') dbEnv = { ACCRUE_SQLITE_PATH: join(dir, 'net.sqlite') };
    else {
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`create database ${dbName}`);
      await c.end();
      const url = new URL(PG_ADMIN_URL);
      url.pathname = `/${dbName}`;
      dbEnv = { DATABASE_URL: url.toString() };
    }
  });
  afterAll(async () => {
    if (server) await kill(server.child);
    rmSync(dir, { recursive: true, force: true });
    if (kind === 'postgresql') {
      const c = new Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${dbName} with (force)`);
      await c.end();
    }
  });

  /** each member's balance, ledger sum and purchase count, read from the database */
  async function fromDb(): Promise<Map<string, { balance: number; ledgerSum: number }>> {
    const sql = `select m.external_id as x, m.points_balance as b,
      (select coalesce(sum(e.points), 0) from ledger_entry e where e.member_id = m.id) as s from member m`;
    let rows: { x: string; b: number | string; s: number | string }[];
    if (kind === 'sqlite') {
      const db = new Database(dbEnv.ACCRUE_SQLITE_PATH);
      rows = db.prepare(sql).all() as typeof rows;
      db.close();
    } else {
      const c = new Client({ connectionString: dbEnv.DATABASE_URL });
      await c.connect();
      rows = (await c.query(sql)).rows;
      await c.end();
    }
    return new Map(rows.map((r) => [r.x, { balance: Number(r.b), ledgerSum: Number(r.s) }]));
  }

  it(`loses and doubles nothing across ${ROUNDS} kills (seed ${NET_SEED})`, async () => {
    const rnd = random(NET_SEED);
    server = await startServer(dbEnv);
    const members = Array.from({ length: MEMBERS }, (_, i) => `${kind}-k-${i}`);
    const expected = new Map(members.map((x) => [x, 50]));
    const orders: { orderId: string; member: string; amountMinor: number; refunded: number }[] = [];
    for (const externalId of members) {
      const p = await call(server.send, Q.enroll, { i: { externalId } });
      expect(p.userErrors).toEqual([]);
    }
    let n = 0;
    let killedInFlight = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // the burst: every call carries its key, so it can be sent again after the crash
      const calls: Call[] = [];
      for (let i = 0; i < CALLS; i++) {
        const member = rnd.pick(members);
        const ref = { externalId: member };
        const mine = orders.filter((o) => o.member === member && o.refunded < o.amountMinor);
        const kindOf = rnd.next();
        if (kindOf < 0.45 || (kindOf < 0.6 && !mine.length)) {
          const amountMinor = rnd.int(100, 40_000);
          const orderId = `${kind}-k-o${n++}`;
          calls.push({ query: Q.purchase, variables: { i: { member: ref, orderId, amountMinor } }, member });
        } else if (kindOf < 0.6) {
          // a refund of an order from an earlier round: at most a quarter of it, so they all fit
          const o = rnd.pick(mine);
          const amountMinor = Math.min(o.amountMinor - o.refunded, rnd.int(1, Math.ceil(o.amountMinor / 4)));
          o.refunded += amountMinor;
          calls.push({
            query: Q.refund,
            variables: { i: { orderId: o.orderId, refundId: `${kind}-k-r${n++}`, amountMinor } },
            member,
          });
        } else if (kindOf < 0.75) {
          const points = rnd.chance(0.6) ? rnd.int(1, 500) : -rnd.int(1, 200);
          calls.push({
            query: Q.adjust,
            variables: { i: { member: ref, points, reason: 'net', key: `${kind}-k-j${n++}` } },
            member,
          });
        } else if (kindOf < 0.87) {
          const type = rnd.pick(['SIGN_IN', 'REVIEW', 'SHARE', 'PROFILE_COMPLETED']);
          calls.push({
            query: Q.activity,
            variables: { i: { member: ref, type, key: `${kind}-k-a${n++}` } },
            member,
          });
        } else {
          const points = rnd.int(100, 300);
          calls.push({
            query: Q.redeem,
            variables: { i: { member: ref, key: `${kind}-k-x${n++}`, points, orderAmountMinor: points * 4 } },
            member,
          });
        }
      }
      // sent 12 at a time; the server is killed once a random share of them has answered
      const killAfter = rnd.int(Math.floor(CALLS * 0.2), Math.floor(CALLS * 0.7));
      let answered = 0;
      let next = 0;
      let killing: Promise<void> | null = null;
      const live = server;
      const worker = async () => {
        while (next < calls.length && !killing) {
          const c = calls[next++];
          try {
            const r = await live.send(c.query, c.variables);
            if (r.status === 200 && r.data && !r.errors?.length) c.first = Object.values(r.data)[0];
          } catch {
            killedInFlight++;
            return; // the connection died with the server
          }
          if (++answered >= killAfter && !killing) killing = kill(live.child);
        }
      };
      await Promise.all(Array.from({ length: 12 }, worker));
      await (killing ?? kill(live.child));

      // restart on the same database and send every call again
      server = await startServer(dbEnv);
      for (const c of calls) {
        c.final = await call(server.send, c.query, c.variables);
        if (c.first && !(c.first.userErrors as unknown[]).length)
          expect(comparable(c, c.final), `resend of ${JSON.stringify(c.variables)}`).toBe(
            comparable(c, c.first),
          );
        expect(c.final.userErrors, `resend of ${JSON.stringify(c.variables)}`).toSatisfy(
          (e: { code: string }[]) =>
            !e.length ||
            [
              'INSUFFICIENT_POINTS',
              'ALREADY_SIGNED_IN_TODAY',
              'ALREADY_AWARDED',
              'SHARE_MONTHLY_CAP',
            ].includes(e[0].code),
        );
        expected.set(c.member, expected.get(c.member)! + effect(c));
        if (c.query === Q.purchase) {
          const i = c.variables.i as { orderId: string; amountMinor: number };
          const entries = (c.final.purchase as { entries: { reason: string; points: number }[] }).entries;
          const of = (reason: string) =>
            entries.filter((e) => e.reason === reason).reduce((s, e) => s + e.points, 0);
          expect(of('BASE')).toBe(basePoints(i.amountMinor));
          expect(of('ORDER_THRESHOLD')).toBe(thresholdBonus(i.amountMinor));
          orders.push({ orderId: i.orderId, member: c.member, amountMinor: i.amountMinor, refunded: 0 });
        }
      }
      // a second resend changes nothing either
      for (const c of calls.filter((c) => !(c.final!.userErrors as unknown[]).length).slice(0, 20))
        expect(comparable(c, await call(server.send, c.query, c.variables))).toBe(comparable(c, c.final!));

      const db = await fromDb();
      for (const x of members) {
        const seen = await checkMember(server.send as Send, x, async (id) => db.get(id) ?? null);
        assert(
          seen.balance === expected.get(x),
          `round ${round}, ${x}: balance ${seen.balance}, the answers add up to ${expected.get(x)} (seed ${NET_SEED})`,
        );
      }
    }
    console.log(
      `ledger net kill on ${kind}: seed ${NET_SEED}, ${ROUNDS} kills, ${ROUNDS * CALLS} calls, ${killedInFlight} cut off in flight`,
    );
  }, 300_000);
});
