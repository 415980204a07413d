import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows a burst, then refuses until the bucket refills', () => {
    let t = 0;
    const rl = new RateLimiter(60, 3, () => t); // one per second
    expect([1, 2, 3].map(() => rl.take('k').allowed)).toEqual([true, true, true]);
    const refused = rl.take('k');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(rl.take('other').allowed).toBe(true);
    t += 1000;
    expect(rl.take('k').allowed).toBe(true);
    expect(rl.take('k').allowed).toBe(false);
  });

  it('is off at 0 per minute', () => {
    const rl = new RateLimiter(0, 1);
    for (let i = 0; i < 10; i++) expect(rl.take('k').allowed).toBe(true);
  });
});
