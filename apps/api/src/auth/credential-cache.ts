/**
 * Credentials (API keys and staff sessions) looked up recently, by the sha256 of the token, so that an
 * order system posting purchases does not cost a database read per request.
 *
 * - An entry is trusted for `ttlMs` of real time (not the app's clock, which tests move), then read
 *   again from the database.
 * - Every change to keys, sessions or staff users made through this server (revokeApiKey, logout,
 *   updateStaffUser) calls `invalidate()` once it has committed, so it applies from the next request.
 *   A change made through another server process reaches this one within `ttlMs`.
 * - A lookup that started before an invalidation does not store what it read (see `generation`), so a
 *   read racing a revocation cannot put the revoked credential back.
 * - Only credentials that authenticated are kept (an unknown token is never cached), at most
 *   `maxEntries`, oldest first out.
 */
import type { Actor } from '../services/actor';

export interface CachedCredential {
  actor: Actor;
  /** a session's end (checked against the app's clock on every request); null for API keys */
  expiresAt: Date | null;
  /** API keys: when this process last recorded the key's use */
  stampedAt: number;
  fetchedAt: number;
}

export class CredentialCache {
  private readonly entries = new Map<string, CachedCredential>();
  private gen = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The cached credential for a token hash, if it is fresh. */
  get(hash: string): CachedCredential | undefined {
    if (this.ttlMs <= 0) return undefined;
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (this.now() - e.fetchedAt >= this.ttlMs) {
      this.entries.delete(hash);
      return undefined;
    }
    return e;
  }

  /** Taken before a database lookup and handed to `set`. */
  generation(): number {
    return this.gen;
  }

  set(hash: string, generation: number, value: Omit<CachedCredential, 'fetchedAt'>): void {
    if (this.ttlMs <= 0 || generation !== this.gen) return;
    this.entries.delete(hash);
    // one actor object answers many requests: frozen, so none of them can change it for the others
    this.entries.set(hash, { ...value, actor: Object.freeze({ ...value.actor }), fetchedAt: this.now() });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Forgets everything: a key, a session or a staff user changed. */
  invalidate(): void {
    this.gen++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
