/**
 * The HTTP client that POSTs webhooks: undici's own `request` on an undici Agent whose sockets resolve
 * host names through `guardedLookup`. The lookup is the one the socket connects with, so the address
 * that was checked is the address connected to; every address a name resolves to must be public
 * (targets.ts), else the connection is refused. An IP literal in the URL never reaches a lookup and
 * is checked before the request. Redirects are not followed; the whole attempt has one timeout.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, request } from 'undici';
import { addressRefusal, hostOf } from './targets';

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Resolves a host name to all its addresses (injected in tests: a resolver that changes its answer). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );

export class RefusedTargetError extends Error {
  readonly code = 'EREFUSEDTARGET';
}

/**
 * A `lookup` for net/tls.connect that refuses a host whose addresses are not all public. Answers in
 * both forms Node asks for (one address, or all of them when it races address families).
 */
export function guardedLookup(resolve: Resolver, allowPrivate: () => boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = family ? all.filter((a) => a.family === family) : all;
        if (!addresses.length) {
          const e = Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' });
          return callback(e, '', 0);
        }
        if (!allowPrivate())
          for (const a of addresses) {
            const why = addressRefusal(a.address);
            if (why)
              return callback(new RefusedTargetError(`refused: ${hostname} resolves to ${why}`), '', 0);
          }
        if (options.all) (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (e: NodeJS.ErrnoException) => callback(e, '', 0),
    );
  };
}

export interface WebhookResponse {
  status: number;
  /** the receiver's Retry-After, in ms from now, when it gave one */
  retryAfterMs: number | null;
}

/** Retry-After as seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export interface WebhookClient {
  post(url: string, headers: Record<string, string>, body: string): Promise<WebhookResponse>;
  close(): Promise<void>;
}

export function createWebhookClient(opts: {
  timeoutMs: number;
  allowPrivate: () => boolean;
  resolve?: Resolver;
}): WebhookClient {
  const agent = new Agent({
    connect: {
      lookup: guardedLookup(opts.resolve ?? systemResolver, opts.allowPrivate),
      timeout: opts.timeoutMs,
    },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    keepAliveTimeout: 30_000,
    connections: 8,
  });
  return {
    async post(url, headers, body) {
      const host = hostOf(new URL(url));
      if (isIP(host) && !opts.allowPrivate()) {
        const why = addressRefusal(host);
        if (why) throw new RefusedTargetError(`refused: ${why}`);
      }
      const res = await request(url, {
        method: 'POST',
        headers,
        body,
        dispatcher: agent,
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      // the receiver's answer is not read: discard up to 64 KB, then drop the connection
      await res.body.dump({ limit: 65_536 }).catch(() => undefined);
      return {
        status: res.statusCode,
        retryAfterMs: parseRetryAfter(res.headers['retry-after'], Date.now()),
      };
    },
    close: () => agent.close(),
  };
}
