/**
 * Configuration is read from the environment once, here, and validated; nothing else reads
 * process.env. Each bad value is reported with its variable name.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';

const intFromEnv = (def: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(def);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  ACCRUE_SQLITE_PATH: z.string().min(1).default('data/accrue.sqlite'),
  ACCRUE_SQLITE_WRITER: z.enum(['thread', 'inline']).default('thread'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intFromEnv(4000, 0, 65535),
  ACCRUE_ADMIN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  ACCRUE_CORS_ORIGINS: z.string().default('http://localhost:3000,http://127.0.0.1:3000'),
  ACCRUE_EXPIRY_INTERVAL_SECONDS: intFromEnv(3600, 0),
  ACCRUE_SQL_LOG: z.enum(['0', '1']).default('0'),
  ACCRUE_DB_POOL_MAX: intFromEnv(10, 1, 200),
  ACCRUE_INTROSPECTION: z.enum(['0', '1']).optional(),
  ACCRUE_MAX_CLOCK_SKEW_SECONDS: intFromEnv(300, 0, 86400),
  ACCRUE_SESSION_TTL_HOURS: intFromEnv(12, 1, 24 * 90),
  ACCRUE_CREDENTIAL_CACHE_SECONDS: intFromEnv(5, 0, 300),
  ACCRUE_PROGRAM_CACHE_SECONDS: intFromEnv(5, 0, 300),
  ACCRUE_RATE_LIMIT_PER_MINUTE: intFromEnv(1200, 0, 1_000_000),
  ACCRUE_RATE_LIMIT_BURST: intFromEnv(200, 1, 1_000_000),
  ACCRUE_MAX_QUERY_DEPTH: intFromEnv(12, 2, 100),
  ACCRUE_MAX_QUERY_COMPLEXITY: intFromEnv(10_000, 10, 10_000_000),
  ACCRUE_WEBHOOK_INTERVAL_MS: intFromEnv(2000, 0, 3_600_000),
  ACCRUE_WEBHOOK_ALLOW_PRIVATE: z.enum(['0', '1']).optional(),
  ACCRUE_WEBHOOK_TIMEOUT_MS: intFromEnv(5000, 100, 60_000),
  ACCRUE_WEBHOOK_RETRY_BASE_SECONDS: intFromEnv(30, 0, 86400),
  ACCRUE_WEBHOOK_MAX_ATTEMPTS: intFromEnv(10, 1, 50),
  ACCRUE_OUTBOX_RETENTION_DAYS: intFromEnv(30, 0, 3650),
  ACCRUE_CLOCK_START: z.iso
    .datetime({ offset: true, message: 'must be an ISO-8601 date-time such as 2027-01-01T00:00:00Z' })
    .optional(),
});

export type DatabaseConfig =
  | {
      kind: 'sqlite';
      path: string;
      debug: boolean;
      /** purchases commit on a writer thread of their own (pipeline/sqlite-writer.ts) */
      writerThread?: boolean;
    }
  | { kind: 'postgresql'; url: string; debug: boolean; poolMax: number };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  database: DatabaseConfig;
  host: string;
  port: number;
  adminSecret: string;
  adminSecretGenerated: boolean;
  corsOrigins: string[];
  expiryIntervalSeconds: number;
  introspection: boolean;
  maxClockSkewMs: number;
  sessionTtlMs: number;
  /**
   * how long an API key or session that authenticated is trusted without reading it again (0 = read
   * every request); changes made through this process apply at once
   */
  /** how long the rules and tiers are trusted before they are read again (other processes' saves) */
  programCacheMs: number;
  credentialCacheMs: number;
  /** outside production: the instant the server's clock starts at (see clock.ts startingClock) */
  clockStart: Date | null;
  /** requests per minute per API key / staff user / client address; 0 turns the limit off */
  rateLimit: { perMinute: number; burst: number };
  limits: { maxDepth: number; maxComplexity: number };
  webhooks: {
    /** how often `serve` dispatches the outbox; 0 = never (run dispatchWebhooks yourself) */
    intervalMs: number;
    timeoutMs: number;
    /** the first retry waits this long, then 2x, 4x, ... (capped at 24 h) */
    retryBaseMs: number;
    maxAttempts: number;
    /** finished deliveries and handed-over events older than this are deleted (0 = keep forever) */
    retentionDays: number;
    /** receivers on loopback, private or reserved addresses (webhooks/targets.ts); off in production */
    allowPrivateTargets: boolean;
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.ACCRUE_ADMIN_SECRET) {
    throw new ConfigError('Invalid configuration:\n  ACCRUE_ADMIN_SECRET: required when NODE_ENV=production');
  }
  if (e.NODE_ENV === 'production' && e.ACCRUE_CLOCK_START) {
    throw new ConfigError(
      'Invalid configuration:\n  ACCRUE_CLOCK_START: not allowed when NODE_ENV=production (the clock is the system clock)',
    );
  }
  const debug = e.ACCRUE_SQL_LOG === '1';
  return {
    env: e.NODE_ENV,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL, debug, poolMax: e.ACCRUE_DB_POOL_MAX }
      : {
          kind: 'sqlite',
          path: resolve(e.ACCRUE_SQLITE_PATH),
          debug,
          writerThread: e.ACCRUE_SQLITE_WRITER === 'thread',
        },
    host: e.HOST,
    port: e.PORT,
    adminSecret: e.ACCRUE_ADMIN_SECRET ?? randomBytes(24).toString('base64url'),
    adminSecretGenerated: !e.ACCRUE_ADMIN_SECRET,
    corsOrigins: e.ACCRUE_CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    expiryIntervalSeconds: e.ACCRUE_EXPIRY_INTERVAL_SECONDS,
    introspection: e.ACCRUE_INTROSPECTION ? e.ACCRUE_INTROSPECTION === '1' : e.NODE_ENV !== 'production',
    maxClockSkewMs: e.ACCRUE_MAX_CLOCK_SKEW_SECONDS * 1000,
    sessionTtlMs: e.ACCRUE_SESSION_TTL_HOURS * 3_600_000,
    credentialCacheMs: e.ACCRUE_CREDENTIAL_CACHE_SECONDS * 1000,
    programCacheMs: e.ACCRUE_PROGRAM_CACHE_SECONDS * 1000,
    clockStart: e.ACCRUE_CLOCK_START ? new Date(e.ACCRUE_CLOCK_START) : null,
    rateLimit: { perMinute: e.ACCRUE_RATE_LIMIT_PER_MINUTE, burst: e.ACCRUE_RATE_LIMIT_BURST },
    limits: { maxDepth: e.ACCRUE_MAX_QUERY_DEPTH, maxComplexity: e.ACCRUE_MAX_QUERY_COMPLEXITY },
    webhooks: {
      intervalMs: e.ACCRUE_WEBHOOK_INTERVAL_MS,
      timeoutMs: e.ACCRUE_WEBHOOK_TIMEOUT_MS,
      retryBaseMs: e.ACCRUE_WEBHOOK_RETRY_BASE_SECONDS * 1000,
      maxAttempts: e.ACCRUE_WEBHOOK_MAX_ATTEMPTS,
      retentionDays: e.ACCRUE_OUTBOX_RETENTION_DAYS,
      allowPrivateTargets: e.ACCRUE_WEBHOOK_ALLOW_PRIVATE
        ? e.ACCRUE_WEBHOOK_ALLOW_PRIVATE === '1'
        : e.NODE_ENV !== 'production',
    },
  };
}
