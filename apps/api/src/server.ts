/**
 * The HTTP server: Apollo Server on a plain Node http server (no framework), so that CORS, body
 * limits and the operator's endpoints are explicit here. POST/GET /graphql; GET /health, /ready and
 * /metrics (ops/http-ops.ts). Every request runs in a request scope (ops/log.ts): its id comes from
 * `x-request-id` when sane, else is made here, is sent back in `x-request-id`, and is on every log
 * line the request causes. `close()` drains: readiness answers 503, idle connections close, requests
 * in flight finish (up to the grace period), then the rest are cut.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate } from './auth/authenticate';
import { RateLimiter, type RateDecision } from './auth/rate-limit';
import { operationMetricsPlugin } from './ops/graphql-metrics';
import { opsEndpoint } from './ops/http-ops';
import { log, requestIdOf, withRequestScope, type RequestScope } from './ops/log';
import type { Actor } from './services/actor';
import type { App } from './services/app';
import { queryLimitsPlugin } from './graphql/limits';
import { createContext, type GqlContext } from './graphql/context';
import { errorStatusPlugin, formatError } from './graphql/errors';
import { buildAppSchema } from './graphql/schema';
import { exportCsv, isExportPath } from './modules/metrics/csv-export';

export const MAX_BODY_BYTES = 1_000_000;
/** a GraphQL document longer than this is refused before it is parsed (besides the token limit) */
export const MAX_QUERY_CHARS = 100_000;

export interface RunningServer {
  url: string;
  port: number;
  /** stops taking requests and lets those in flight finish (within `graceMs`, default the config's) */
  close(graceMs?: number): Promise<void>;
}

/** Who sent the request: `Authorization: Bearer <token>` (see auth/authenticate.ts). */
export { authenticate };

const addressKey = (req: IncomingMessage) => `addr:${req.socket.remoteAddress ?? 'unknown'}`;

/** The rate-limit bucket of a request: its API key or staff user, else its client address. */
function rateKey(actor: Actor | null, req: IncomingMessage): string | null {
  if (actor?.kind === 'bootstrap' || actor?.kind === 'system') return null; // the operator's own secret
  return actor ? `${actor.kind}:${actor.id}` : addressKey(req);
}

const ROUTES = new Set(['/graphql', '/health', '/ready', '/metrics']);

function queryOf(body: unknown, url: URL): unknown {
  if (body && typeof body === 'object' && 'query' in body) return (body as { query: unknown }).query;
  return typeof body === 'string' ? body : url.searchParams.get('query');
}

/** The path of the first string in a request body that holds a NUL character (or its GraphQL escape). */
function nulCharacterAt(body: unknown): string[] | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as { query?: unknown; variables?: unknown };
  if (typeof b.query === 'string' && (b.query.includes('\u0000') || b.query.includes('\\u0000')))
    return ['query'];
  const walk = (v: unknown, path: string[]): string[] | null => {
    if (typeof v === 'string') return v.includes('\u0000') ? path : null;
    if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        const found = walk(x, [...path, k]);
        if (found) return found;
      }
    return null;
  };
  return walk(b.variables, ['variables']);
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** extensions.code of the answer, as GraphQL errors carry one */
    readonly code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST',
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        // stop buffering; the 413 is answered with connection: close and the socket closed after it
        req.removeAllListeners('data');
        req.pause();
        reject(new HttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startServer(
  app: App,
  opts: { port?: number; host?: string } = {},
): Promise<RunningServer> {
  const production = app.config.env === 'production';
  const apollo = new ApolloServer<GqlContext>({
    schema: await buildAppSchema(),
    introspection: app.config.introspection,
    includeStacktraceInErrorResponses: !production,
    formatError: formatError(production, (e) => log(app.log).error({ err: e }, 'internal error')),
    // a document of more tokens is refused while it is being lexed, before any syntax tree is built
    parseOptions: { maxTokens: app.config.limits.maxTokens },
    plugins: [
      operationMetricsPlugin(app.telemetry),
      queryLimitsPlugin(app.config.limits),
      errorStatusPlugin(),
      // no @cacheControl hints here (answers are per member and change with every write); the default
      // cache-control plugin would otherwise wrap every field resolver to collect them
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  const limiter = new RateLimiter(app.config.rateLimit.perMinute, app.config.rateLimit.burst);
  await apollo.start();

  const cors = (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (origin && app.config.corsOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader(
        'access-control-allow-headers',
        'authorization, content-type, apollo-require-preflight, x-request-id',
      );
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-max-age', '600');
      // a browser client may read when to retry after a 429, and the request id to quote
      res.setHeader('access-control-expose-headers', 'retry-after, x-request-id');
    }
  };

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    cors(req, res);
    if (req.method === 'OPTIONS') {
      res.statusCode = 204;
      return res.end();
    }
    if (await opsEndpoint(app, url.pathname, req, res, () => draining)) return;
    if (url.pathname !== '/graphql' && !isExportPath(url.pathname)) {
      res.statusCode = 404;
      return res.end('Not found: the API is at /graphql');
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readBody(req);
      const type = headers.get('content-type') ?? '';
      if (type.includes('application/json') || type.includes('application/graphql-response+json')) {
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          throw new HttpError(400, 'Malformed JSON in the request body');
        }
      } else body = raw;
    }
    // PostgreSQL cannot store a NUL character in text, and no field of Accrue's needs one
    const nul = nulCharacterAt(body);
    if (nul)
      throw new HttpError(400, `${nul.join('.')} contains a NUL character (\\u0000)`, 'BAD_USER_INPUT');
    const query = queryOf(body, url);
    if (typeof query === 'string' && query.length > MAX_QUERY_CHARS)
      throw new HttpError(
        413,
        `The GraphQL document is ${query.length} characters long; at most ${MAX_QUERY_CHARS} are accepted`,
        'QUERY_TOO_LARGE',
      );
    // a token that would be looked up in the database first takes from its address's bucket
    let gate: RateDecision | null = null;
    const actor = await authenticate(app, req.headers.authorization, () => {
      gate = limiter.take(addressKey(req));
      return gate.allowed;
    });
    const bucket = rateKey(actor, req);
    const gated = gate as RateDecision | null;
    const decision =
      gated && !gated.allowed
        ? gated
        : bucket && !(gated && bucket === addressKey(req))
          ? limiter.take(bucket)
          : null;
    if (decision && !decision.allowed) {
      res.statusCode = 429;
      res.setHeader('retry-after', String(decision.retryAfterSeconds));
      res.setHeader('content-type', 'application/json; charset=utf-8');
      return res.end(
        JSON.stringify({
          errors: [
            {
              message: `Rate limit exceeded: ${app.config.rateLimit.perMinute} requests per minute per credential, after a burst of ${app.config.rateLimit.burst}; retry in ${decision.retryAfterSeconds} s`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.retryAfterSeconds },
            },
          ],
        }),
      );
    }
    // CSV exports (GET): the same credentials, permissions and rate limit as the API
    if (isExportPath(url.pathname)) return exportCsv(app, actor, url, res);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        createContext(app, actor, !actor && /^Bearer\s+\S/i.test(req.headers.authorization ?? '')),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  let draining = false;
  const { telemetry } = app;
  const server: Server = createServer((req, res) => {
    const started = performance.now();
    const requestId = requestIdOf(req.headers['x-request-id']);
    const scope: RequestScope = { requestId, log: app.log.child({ requestId }) };
    res.setHeader('x-request-id', requestId);
    if (draining) res.setHeader('connection', 'close');
    res.on('finish', () => {
      const route = ROUTES.has(req.url?.split('?')[0] ?? '') ? req.url!.split('?')[0] : 'other';
      const seconds = (performance.now() - started) / 1000;
      telemetry.httpRequests.inc({ route, status: String(res.statusCode) });
      telemetry.httpSeconds.observe({ route }, seconds);
      if (route !== '/health' && route !== '/metrics')
        scope.log.info(
          {
            method: req.method,
            route,
            status: res.statusCode,
            ms: Math.round(seconds * 1000),
            operation: scope.operation,
          },
          'request',
        );
    });
    withRequestScope(scope, () => handler(req, res)).catch((e) => {
      const status = e instanceof HttpError ? e.status : 500;
      if (status === 500) scope.log.error({ err: e }, 'request failed');
      if (!res.headersSent) {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        if (status === 413) res.setHeader('connection', 'close');
      }
      res.end(
        JSON.stringify({
          errors: [
            status === 500
              ? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
              : { message: e.message, extensions: { code: (e as HttpError).code } },
          ],
        }),
        () => {
          if (status === 413) req.destroy();
        },
      );
    });
  });
  await new Promise<void>((resolve) =>
    server.listen(opts.port ?? app.config.port, opts.host ?? app.config.host, resolve),
  );
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${opts.host ?? app.config.host}:${port}/graphql`,
    close: async (graceMs = app.config.shutdownGraceMs) => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // a connection whose request finishes during the drain is closed once it is idle
      const idle = setInterval(() => server.closeIdleConnections(), 100);
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearInterval(idle);
      clearTimeout(cut);
      await apollo.stop();
    },
  };
}
