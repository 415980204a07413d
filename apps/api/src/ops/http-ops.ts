/**
 * The operator's endpoints beside /graphql: GET /health (liveness: the process answers), GET /ready
 * (readiness: the database answers within 2 s, and the server is not shutting down) and GET /metrics
 * (Prometheus text format; only with ACCRUE_METRICS_TOKEN set, and only to `Authorization: Bearer
 * <that token>`). Each answers the request and returns true, or returns false for another path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { safeEqual } from '../auth/tokens';
import type { App } from '../services/app';
import { log } from './log';

const READY_TIMEOUT_MS = 2000;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
};

async function databaseAnswers(app: App): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      app.orm.em.fork().getConnection().execute('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)),
          READY_TIMEOUT_MS,
        );
      }),
    ]);
    return null;
  } catch (e) {
    log(app.log).warn({ err: e }, 'readiness: the database does not answer');
    return e instanceof Error ? e.message.slice(0, 200) : 'database error';
  } finally {
    clearTimeout(timer);
  }
}

export async function opsEndpoint(
  app: App,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  draining: () => boolean,
): Promise<boolean> {
  if (path === '/health') {
    json(res, 200, { ok: true });
    return true;
  }
  if (path === '/ready') {
    if (draining()) json(res, 503, { ready: false, reason: 'shutting down' });
    else {
      const problem = await databaseAnswers(app);
      json(
        res,
        problem ? 503 : 200,
        problem ? { ready: false, reason: `database: ${problem}` } : { ready: true },
      );
    }
    return true;
  }
  if (path === '/metrics') {
    const token = app.config.metricsToken;
    if (!token) {
      res.statusCode = 404;
      res.end('Not found: metrics are off (set ACCRUE_METRICS_TOKEN)');
      return true;
    }
    const given = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!given || !safeEqual(given, token)) {
      res.statusCode = 401;
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.end('Unauthorized: Authorization: Bearer $ACCRUE_METRICS_TOKEN');
      return true;
    }
    const body = await app.telemetry.registry.metrics();
    res.setHeader('content-type', app.telemetry.registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(body);
    return true;
  }
  return false;
}
