/**
 * Who sent the request, from `Authorization: Bearer <token>`: the bootstrap admin secret, a staff
 * session token (acs_...) or an API key (ack_...). Anything else, and any expired or revoked
 * credential or disabled user, is no actor at all (UNAUTHENTICATED wherever a permission is needed).
 * Keys and sessions that authenticated are kept for a few seconds (see credential-cache.ts).
 */
import { ApiKeyRow, SessionRow, StaffUserRow } from '../db/entities/access';
import type { Actor } from '../services/actor';
import { log } from '../ops/log';
import type { App } from '../services/app';
import { API_KEY_PREFIX, SESSION_TOKEN_PREFIX, safeEqual, sha256 } from './tokens';

const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_TOKEN_LENGTH = 200;

/**
 * `beforeLookup` runs when the token would be looked up in the database (not the bootstrap secret,
 * not a credential still in the cache); answering false stops there with no actor. The server passes
 * the per-address rate limit, so a flood of made-up tokens costs no database read.
 */
export async function authenticate(
  app: App,
  header: string | undefined,
  beforeLookup?: () => boolean,
): Promise<Actor | null> {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return null;
  const token = m[1];
  if (token.length > MAX_TOKEN_LENGTH) return null;
  if (safeEqual(token, app.config.adminSecret))
    return { kind: 'bootstrap', id: 'bootstrap', label: 'bootstrap-admin', role: 'ADMIN' };
  const hash = sha256(token);
  const now = app.clock.now();
  const cache = app.credentials;
  const cached = cache.get(hash);
  if (cached) {
    if (cached.expiresAt && cached.expiresAt <= now) return null;
    if (cached.actor.kind === 'apiKey' && performance.now() - cached.stampedAt > LAST_USED_RESOLUTION_MS) {
      cached.stampedAt = performance.now();
      stampKeyUse(app, cached.actor.id, now);
    }
    return cached.actor;
  }
  if (!token.startsWith(SESSION_TOKEN_PREFIX) && !token.startsWith(API_KEY_PREFIX)) return null;
  if (beforeLookup && !beforeLookup()) return null;
  const generation = cache.generation();
  const em = app.orm.em.fork();
  if (token.startsWith(SESSION_TOKEN_PREFIX)) {
    const session = await em.findOne(SessionRow, { tokenHash: hash });
    if (!session || session.revokedAt || session.expiresAt <= now) return null;
    const user = await em.findOne(StaffUserRow, { id: session.staffUserId });
    if (!user || user.disabledAt) return null;
    const actor: Actor = {
      kind: 'staff',
      id: user.id,
      label: `staff:${user.email}`,
      role: user.role,
      sessionId: session.id,
    };
    cache.set(hash, generation, { actor, expiresAt: session.expiresAt, stampedAt: 0 });
    return actor;
  }
  if (token.startsWith(API_KEY_PREFIX)) {
    const key = await em.findOne(ApiKeyRow, { keyHash: hash });
    if (!key || key.revokedAt) return null;
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS)
      stampKeyUse(app, key.id, now);
    const actor: Actor = { kind: 'apiKey', id: key.id, label: `key:${key.name} (${key.id})`, role: key.role };
    cache.set(hash, generation, { actor, expiresAt: null, stampedAt: performance.now() });
    return actor;
  }
  return null;
}

/** Records when a key was last used: best effort, outside the request's work (a failed stamp must not fail it). */
function stampKeyUse(app: App, id: string, now: Date) {
  void app.writes
    .run(() => app.orm.em.fork().nativeUpdate(ApiKeyRow, { id }, { lastUsedAt: now }))
    .catch((e) => log(app.log).error({ err: e, apiKeyId: id }, 'could not record API key use'));
}
