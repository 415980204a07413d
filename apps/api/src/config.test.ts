/** Configuration: each bad value is reported with its variable's name; the test clock's rules. */
import { describe, expect, it } from 'vitest';
import { startingClock } from './clock';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('reads the defaults: SQLite with the writer thread, the system clock', () => {
    const c = loadConfig({});
    expect(c.database).toMatchObject({ kind: 'sqlite', writerThread: true });
    expect(c.clockStart).toBeNull();
    expect(loadConfig({ ACCRUE_SQLITE_WRITER: 'inline' }).database).toMatchObject({ writerThread: false });
  });

  it('names every bad variable', () => {
    const bad = () =>
      loadConfig({ PORT: 'eighty', ACCRUE_SQLITE_WRITER: 'threads', ACCRUE_CLOCK_START: '2027-13-01' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/ {2}PORT: /);
    expect(bad).toThrow(/ {2}ACCRUE_SQLITE_WRITER: .*"thread"\|"inline"/);
    expect(bad).toThrow(/ {2}ACCRUE_CLOCK_START: must be an ISO-8601 date-time/);
  });

  it('takes a clock start outside production only', () => {
    expect(loadConfig({ ACCRUE_CLOCK_START: '2027-01-01T08:00:00+08:00' }).clockStart).toEqual(
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        ACCRUE_ADMIN_SECRET: 'x'.repeat(20),
        ACCRUE_SECRETS_KEY: 'a'.repeat(64),
        ACCRUE_CLOCK_START: '2027-01-01T00:00:00Z',
      }),
    ).toThrow(/ACCRUE_CLOCK_START: not allowed when NODE_ENV=production/);
  });
});

describe('secrets key, metrics and logs', () => {
  it('refuses to start in production without a 32-byte secrets key; a fixed dev key elsewhere', () => {
    const prod = { NODE_ENV: 'production', ACCRUE_ADMIN_SECRET: 'x'.repeat(20) };
    expect(() => loadConfig(prod)).toThrow(/ACCRUE_SECRETS_KEY: required when NODE_ENV=production/);
    expect(() => loadConfig({ ...prod, ACCRUE_SECRETS_KEY: 'short' })).toThrow(
      /ACCRUE_SECRETS_KEY: must be 32 bytes/,
    );
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ ...prod, ACCRUE_SECRETS_KEY: key.toString('base64') }).secretsKey).toEqual(key);
    expect(loadConfig({ ...prod, ACCRUE_SECRETS_KEY: key.toString('hex') }).secretsKey).toEqual(key);
    expect(loadConfig({}).secretsKey).toEqual(loadConfig({}).secretsKey);
    expect(loadConfig({}).secretsKey).toHaveLength(32);
  });

  it('metrics are off without a token; the retry schedule and log level are checked', () => {
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ ACCRUE_METRICS_TOKEN: 'm'.repeat(20) }).metricsToken).toBe('m'.repeat(20));
    expect(() => loadConfig({ ACCRUE_METRICS_TOKEN: 'short' })).toThrow(
      /ACCRUE_METRICS_TOKEN: must be at least 16/,
    );
    expect(loadConfig({ ACCRUE_WEBHOOK_RETRY_SCHEDULE: '1,2,3' }).webhooks.retryScheduleMs).toEqual([
      1000, 2000, 3000,
    ]);
    expect(() => loadConfig({ ACCRUE_WEBHOOK_RETRY_SCHEDULE: '1,,2' })).toThrow(
      /ACCRUE_WEBHOOK_RETRY_SCHEDULE/,
    );
    expect(() => loadConfig({ ACCRUE_LOG_LEVEL: 'loud' })).toThrow(/ACCRUE_LOG_LEVEL/);
    expect(() => loadConfig({ ACCRUE_WEBHOOK_MAX_ATTEMPTS: '5' })).toThrow(
      /ACCRUE_WEBHOOK_MAX_ATTEMPTS: no longer read; set ACCRUE_WEBHOOK_RETRY_SCHEDULE/,
    );
  });
});

describe('startingClock', () => {
  it('starts at the given instant and runs forward in real time', () => {
    let real = Date.parse('2026-11-24T00:00:00Z');
    const clock = startingClock(new Date('2028-02-29T12:00:00Z'), () => real);
    expect(clock.now()).toEqual(new Date('2028-02-29T12:00:00Z'));
    real += 90_000;
    expect(clock.now()).toEqual(new Date('2028-02-29T12:01:30Z'));
  });
});
