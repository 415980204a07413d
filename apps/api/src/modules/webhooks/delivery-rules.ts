/**
 * What happens after a delivery attempt, as the Standard Webhooks guidance has it: a 2xx delivers;
 * 410 Gone disables the endpoint (its deliveries are held until it is enabled again); otherwise the
 * next attempt waits what the receiver asked for in Retry-After (at most a day), or the next step of
 * the retry schedule with ±20 % jitter, so that receivers coming back from an outage are not hit by
 * every sender at the same second. When the schedule is exhausted the delivery FAILED, and an endpoint
 * that has not succeeded once for about as long as the schedule lasts is disabled. Pure: the random
 * number and the clock come in as arguments.
 */
export const JITTER = 0.2;
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

export interface AttemptResult {
  ok: boolean;
  status: number | null;
  /** Retry-After the receiver sent, in ms from now */
  retryAfterMs: number | null;
}

export type Decision =
  | { kind: 'delivered' }
  | { kind: 'retry'; at: Date }
  | { kind: 'failed'; disableEndpoint: boolean }
  | { kind: 'gone' };

/** The wait after the `attempts`-th attempt (1-based), jittered; null when the schedule is exhausted. */
export function retryDelayMs(scheduleMs: readonly number[], attempts: number, random: number): number | null {
  if (attempts < 1 || attempts > scheduleMs.length) return null;
  return Math.round(scheduleMs[attempts - 1] * (1 - JITTER + 2 * JITTER * random));
}

/** How long an endpoint must have failed without a success before an exhausted delivery disables it. */
export const disableAfterMs = (scheduleMs: readonly number[]) =>
  Math.round(scheduleMs.reduce((a, b) => a + b, 0) * (1 - JITTER));

export function decide(input: {
  result: AttemptResult;
  /** attempts made, this one included */
  attempts: number;
  scheduleMs: readonly number[];
  now: Date;
  random: number;
  /** the endpoint's first failure since its last success, this attempt's included */
  failingSince: Date | null;
}): Decision {
  const { result, now } = input;
  if (result.ok) return { kind: 'delivered' };
  if (result.status === 410) return { kind: 'gone' };
  const scheduled = retryDelayMs(input.scheduleMs, input.attempts, input.random);
  if (scheduled === null) {
    const failingFor = input.failingSince ? now.getTime() - input.failingSince.getTime() : 0;
    return { kind: 'failed', disableEndpoint: failingFor >= disableAfterMs(input.scheduleMs) };
  }
  const wait =
    result.retryAfterMs !== null ? Math.min(Math.max(0, result.retryAfterMs), MAX_RETRY_AFTER_MS) : scheduled;
  return { kind: 'retry', at: new Date(now.getTime() + wait) };
}
