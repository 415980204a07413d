/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Kill and restart during a delivery: `serve` (the real process, SQLite) gets SIGTERM while a webhook
 * receiver is still answering and a GraphQL request is in flight; both finish, the process exits 0,
 * and after a restart the delivery is recorded once, SUCCEEDED, and was sent once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'accrue-shutdown-'));
const ADMIN = 'shutdown-test-admin-secret';
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function serve() {
  const { DATABASE_URL: _unused, ...env } = process.env;
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, '..', 'main.ts'), 'serve'],
    {
      cwd: join(__dirname, '..', '..'),
      env: {
        ...env,
        NODE_ENV: 'test',
        ACCRUE_SQLITE_PATH: join(dir, 'db.sqlite'),
        ACCRUE_ADMIN_SECRET: ADMIN,
        PORT: '0',
        ACCRUE_WEBHOOK_INTERVAL_MS: '200',
        ACCRUE_EXPIRY_INTERVAL_SECONDS: '0',
        ACCRUE_LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const url = new Promise<string>((resolve, reject) => {
    const t = setInterval(() => {
      const m = /Accrue API on (http:\/\/\S+\/graphql)/.exec(out);
      if (m) {
        clearInterval(t);
        resolve(m[1]);
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(t);
      reject(new Error(`serve exited ${code}: ${out}`));
    });
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, url, exited, output: () => out };
}

const gql = async (url: string, query: string, variables?: unknown) =>
  (await (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as any;

/**
 * A request that is surely in flight when the signal comes: its headers and half its body are sent
 * and the server has had time to take the connection; the rest of the body follows on `finish()`.
 */
function startedRequest(url: string, query: string) {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  const req = request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: `Bearer ${ADMIN}`,
    },
  });
  const answer = new Promise<any>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve(JSON.parse(text)));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  return { answer, finish: () => req.end(body.slice(half)) };
}

describe('serve on SIGTERM', () => {
  it('finishes the delivery and the request in flight, exits 0, and the restart finds the delivery done', async () => {
    const seen: string[] = [];
    let releaseReceiver: () => void = () => undefined;
    const held = new Promise<void>((r) => (releaseReceiver = r));
    let first: () => void = () => undefined;
    const arrived = new Promise<void>((r) => (first = r));
    const receiver: Server = createServer((req, res) => {
      req.resume();
      seen.push(String(req.headers['webhook-id']));
      first();
      void held.then(() => res.end('ok'));
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    try {
      const a = serve();
      const url = await a.url;
      await gql(
        url,
        `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret } }`,
        {
          i: { url: hook, events: ['member.enrolled'] },
        },
      );
      await gql(url, `mutation { enrollMember(input: { externalId: "sd-1" }) { member { id } } }`);
      await arrived; // the dispatcher is waiting on the receiver
      const inFlight = startedRequest(url, `{ programSettings { name } }`);
      await new Promise((r) => setTimeout(r, 500)); // the server has taken the connection
      a.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(a.child.exitCode).toBeNull(); // still finishing the delivery and the request
      inFlight.finish();
      releaseReceiver();
      expect((await inFlight.answer).data.programSettings.name).toBeTruthy();
      expect(await a.exited).toBe(0);
      const lines = a
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.msg)).toEqual(
        expect.arrayContaining(['shutting down: finishing work in flight', 'stopped']),
      );

      const b = serve();
      const again = await b.url;
      const d = await gql(
        again,
        `{ webhookDeliveries(first: 10) { edges { node { eventId status attempts } } } }`,
      );
      const nodes = d.data.webhookDeliveries.edges.map((e: any) => e.node);
      expect(nodes).toEqual([{ eventId: seen[0], status: 'SUCCEEDED', attempts: 1 }]);
      await new Promise((r) => setTimeout(r, 500)); // a few dispatch rounds: nothing is sent again
      expect(seen).toHaveLength(1);
      b.child.kill('SIGTERM');
      expect(await b.exited).toBe(0);
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  }, 90_000);
});
