/**
 * The webhook client against real HTTP servers on this machine, with an injected resolver: the
 * address the socket connects to is the address that was checked (one lookup per connection, made by
 * the socket itself), so a name that answers a public address first and a private one second
 * (DNS rebinding) never reaches the private one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookClient, parseRetryAfter, type Resolver } from './webhook-client';

let server: Server;
let port = 0;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    received.push(`${req.headers.host} ${req.url}`);
    req.resume();
    req.on('end', () => {
      res.statusCode = req.url === '/later' ? 503 : 204;
      if (req.url === '/later') res.setHeader('retry-after', '120');
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** A resolver answering each lookup with the next answer of `answers` (the last one repeats). */
function scripted(answers: string[][]) {
  const calls: string[] = [];
  const resolve: Resolver = async (host) => {
    const answer = answers[Math.min(calls.length, answers.length - 1)];
    calls.push(host);
    return answer.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, calls };
}

describe('webhook client', () => {
  it('connects to the address its own lookup returned: one lookup per connection, none by anyone else', async () => {
    const dns = scripted([['127.0.0.1']]);
    const client = createWebhookClient({ timeoutMs: 2000, allowPrivate: () => true, resolve: dns.resolve });
    try {
      received.length = 0;
      const res = await client.post(
        `http://hooks.test:${port}/a`,
        { 'content-type': 'application/json' },
        '{}',
      );
      expect(res).toEqual({ status: 204, retryAfterMs: null });
      expect(dns.calls).toEqual(['hooks.test']);
      expect(received).toEqual([`hooks.test:${port} /a`]);
    } finally {
      await client.close();
    }
  });

  it('a name that answers a public address first and a private one second never reaches the private one', async () => {
    const dns = scripted([['93.184.215.14'], ['127.0.0.1']]);
    const client = createWebhookClient({ timeoutMs: 1000, allowPrivate: () => false, resolve: dns.resolve });
    try {
      received.length = 0;
      // first connection: the checked (public) address is the one connected to, not 127.0.0.1
      await client.post(`http://rebind.test:${port}/first`, {}, '{}').catch(() => undefined);
      // second connection: the lookup answers 127.0.0.1, refused before any socket opens
      await expect(client.post(`http://rebind.test:${port}/second`, {}, '{}')).rejects.toThrow(
        /refused: rebind\.test resolves to 127\.0\.0\.1 is a loopback address/,
      );
      expect(received).toEqual([]);
      expect(dns.calls).toEqual(['rebind.test', 'rebind.test']);
    } finally {
      await client.close();
    }
  });

  it('refuses a name when any of its addresses is not public, and IP literals before connecting', async () => {
    const mixed = scripted([['93.184.215.14', '10.0.0.5']]);
    const client = createWebhookClient({
      timeoutMs: 1000,
      allowPrivate: () => false,
      resolve: mixed.resolve,
    });
    try {
      await expect(client.post(`http://mixed.test:${port}/`, {}, '{}')).rejects.toThrow(
        /refused: mixed\.test resolves to 10\.0\.0\.5 is a private address/,
      );
      for (const url of [
        `http://127.0.0.1:${port}/`,
        `http://[::ffff:127.0.0.1]:${port}/`,
        `http://[2002:7f00:1::1]:${port}/`,
        `http://[64:ff9b:1::7f00:1]:${port}/`,
      ])
        await expect(client.post(url, {}, '{}'), url).rejects.toThrow(/^refused: /);
      const sixToFour = scripted([['2002:7f00:1::1']]);
      const c2 = createWebhookClient({
        timeoutMs: 1000,
        allowPrivate: () => false,
        resolve: sixToFour.resolve,
      });
      await expect(c2.post(`http://tunnel.test:${port}/`, {}, '{}')).rejects.toThrow(
        /6to4 \(2002::\/16\) address carrying 127\.0\.0\.1/,
      );
      await c2.close();
      expect(received.filter((r) => !r.startsWith('hooks.test'))).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it("reads the receiver's Retry-After, as seconds or a date", async () => {
    const client = createWebhookClient({ timeoutMs: 2000, allowPrivate: () => true });
    try {
      expect(await client.post(`http://127.0.0.1:${port}/later`, {}, '{}')).toEqual({
        status: 503,
        retryAfterMs: 120_000,
      });
    } finally {
      await client.close();
    }
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(parseRetryAfter('Sun, 06 Dec 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
