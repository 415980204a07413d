/**
 * In-memory token buckets, one per key (an API key, a staff user, a client address). Each bucket
 * holds up to `burst` requests and refills at `perMinute`. Per process: behind several API
 * processes, each enforces its own share.
 */
export interface RateDecision {
  allowed: boolean;
  /** seconds until one request is available again (when refused) */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.perMs = perMinute / 60_000;
  }

  get enabled() {
    return this.perMinute > 0;
  }

  /** Gives back what `take` took (an attempt that turned out not to count). */
  give(key: string, cost = 1) {
    const b = this.buckets.get(key);
    if (b) b.tokens = Math.min(this.burst, b.tokens + cost);
  }

  take(key: string, cost = 1): RateDecision {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0 };
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.sweep(t);
      b = { tokens: this.burst, at: t };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(this.burst, b.tokens + (t - b.at) * this.perMs);
      b.at = t;
    }
    if (b.tokens >= cost) {
      b.tokens -= cost;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((cost - b.tokens) / this.perMs / 1000)),
    };
  }

  /** forget full buckets (they behave exactly like new ones) */
  private sweep(t: number) {
    for (const [k, b] of this.buckets)
      if (b.tokens + (t - b.at) * this.perMs >= this.burst) this.buckets.delete(k);
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}
