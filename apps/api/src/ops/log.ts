/**
 * Structured JSON logs (pino), one object a line. A request's lines carry its `requestId` (the
 * `x-request-id` it came with when that is sane, else a fresh one; it is sent back in the response):
 * the server runs each request inside `withRequestLog`, and `log()` anywhere below it answers the
 * request's child logger. Secrets and personal data never reach a line: credentials, passwords,
 * secrets, tokens and e-mail addresses are redacted by key wherever they sit (two levels deep), and
 * nothing logs request bodies or variables.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config';

export type { Logger };

const SENSITIVE = ['authorization', 'cookie', 'password', 'secret', 'token', 'email', 'adminSecret'];
export const REDACT_PATHS = SENSITIVE.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export function createLogger(
  config: Pick<AppConfig, 'logLevel' | 'env'>,
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'accrue-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // an e-mail address inside a message or an error text
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? maskEmails(a) : a)) as Parameters<typeof method>,
          );
        },
      },
      serializers: { err: (e: unknown) => serializeError(e) },
    },
    destination,
  );
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
export const maskEmails = (s: string) => s.replace(EMAIL, '[email]');

function serializeError(e: unknown) {
  const err = pino.stdSerializers.err(e as Error);
  return err && { ...err, message: maskEmails(err.message ?? ''), stack: maskEmails(err.stack ?? '') };
}

/** What a request's code can reach without passing it along: its logger, and what it turned out to be. */
export interface RequestScope {
  requestId: string;
  log: Logger;
  /** the GraphQL operation's root fields (ops/graphql-metrics.ts), for the access log line */
  operation?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** The request's logger inside a request, else `fallback` (the app's). */
export const log = (fallback: Logger): Logger => scope.getStore()?.log ?? fallback;

export const requestScope = (): RequestScope | undefined => scope.getStore();

export const withRequestScope = <T>(s: RequestScope, fn: () => T): T => scope.run(s, fn);

/** The request id to use: the caller's `x-request-id` when it is 1-128 safe characters, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._:/+=-]{1,128}$/.test(given) ? given : randomUUID();
}
