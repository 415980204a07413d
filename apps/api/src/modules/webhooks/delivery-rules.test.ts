import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SCHEDULE, loadConfig } from '../../config';
import { JITTER, MAX_RETRY_AFTER_MS, decide, disableAfterMs, retryDelayMs } from './delivery-rules';

const schedule = DEFAULT_RETRY_SCHEDULE.map((s) => s * 1000);
const now = new Date('2026-12-06T12:00:00Z');
const fail = (status: number | null, retryAfterMs: number | null = null) => ({
  ok: false,
  status,
  retryAfterMs,
});

describe('delivery rules', () => {
  it('the default schedule makes 11 attempts over about three days, even at the extremes of the jitter', () => {
    expect(loadConfig({}).webhooks.retryScheduleMs).toEqual(schedule);
    expect(loadConfig({}).webhooks.timeoutMs).toBe(15_000);
    const total = (r: number) => schedule.reduce((sum, _, i) => sum + retryDelayMs(schedule, i + 1, r)!, 0);
    const day = 86_400_000;
    expect(total(0.5) / day).toBeCloseTo(2.98, 1);
    expect(total(0) / day).toBeGreaterThan(2.3);
    expect(total(0.999999) / day).toBeLessThan(3.6);
    expect(retryDelayMs(schedule, schedule.length + 1, 0.5)).toBeNull();
  });

  it('every wait is its step of the schedule within ±20 %', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: schedule.length }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const d = retryDelayMs(schedule, n, r)!;
          const base = schedule[n - 1];
          return d >= Math.floor(base * (1 - JITTER)) && d <= Math.ceil(base * (1 + JITTER));
        },
      ),
    );
  });

  it("honours the receiver's Retry-After (at most a day) instead of the schedule", () => {
    const common = { attempts: 1, scheduleMs: schedule, now, random: 0.5, failingSince: now };
    expect(decide({ ...common, result: fail(429, 120_000) })).toEqual({
      kind: 'retry',
      at: new Date(now.getTime() + 120_000),
    });
    expect(decide({ ...common, result: fail(503, 30 * 86_400_000) })).toEqual({
      kind: 'retry',
      at: new Date(now.getTime() + MAX_RETRY_AFTER_MS),
    });
    expect(decide({ ...common, result: fail(500) })).toEqual({
      kind: 'retry',
      at: new Date(now.getTime() + 5000),
    });
  });

  it('410 Gone disables at once; an exhausted delivery disables only an endpoint failing for about the whole schedule', () => {
    const common = { scheduleMs: schedule, now, random: 0.5 };
    expect(decide({ ...common, attempts: 1, failingSince: now, result: fail(410) })).toEqual({
      kind: 'gone',
    });
    const last = schedule.length + 1;
    const since = (ms: number) => new Date(now.getTime() - ms);
    expect(disableAfterMs(schedule) / 86_400_000).toBeCloseTo(2.38, 1);
    expect(
      decide({ ...common, attempts: last, failingSince: since(disableAfterMs(schedule)), result: fail(500) }),
    ).toEqual({ kind: 'failed', disableEndpoint: true });
    // it succeeded for another event in between: this delivery fails, the endpoint stays on
    expect(decide({ ...common, attempts: last, failingSince: since(3_600_000), result: fail(500) })).toEqual({
      kind: 'failed',
      disableEndpoint: false,
    });
    expect(
      decide({
        ...common,
        attempts: 3,
        failingSince: since(1),
        result: { ok: true, status: 200, retryAfterMs: null },
      }),
    ).toEqual({
      kind: 'delivered',
    });
  });
});
