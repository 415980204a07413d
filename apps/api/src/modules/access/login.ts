import { DomainError } from '@accrue/core';
import { SessionRow, StaffUserRow } from '../../db/entities/access';
import { ID_PREFIX, newId } from '../../ids';
import { RateLimiter } from '../../auth/rate-limit';
import { TransportError } from '../../transport-error';
import { SESSION_TOKEN_PREFIX, newSecret, sha256, verifyPassword } from '../../auth/tokens';
import { inTransaction, type App } from '../../services/app';
import { str } from '../../services/validate';

export interface LoginInput {
  email: string;
  password: string;
}

// failed logins per email address: 10 in a row, then one more every 30 seconds
const failures = new WeakMap<App, RateLimiter>();
const limiterFor = (app: App) => {
  let l = failures.get(app);
  if (!l) failures.set(app, (l = new RateLimiter(2, 10, () => app.clock.now().getTime())));
  return l;
};

/**
 * Exchanges an email and password for a session token (shown once; only its sha256 is stored).
 * A wrong email, a wrong password and a disabled user all answer INVALID_CREDENTIALS.
 */
export async function login(
  app: App,
  input: LoginInput,
): Promise<{ token: string; user: StaffUserRow; expiresAt: Date }> {
  const email = str(input.email, ['input', 'email'], { max: 320, required: true })!.toLowerCase();
  if (typeof input.password !== 'string' || input.password.length > 200)
    throw new DomainError('INVALID_CREDENTIALS', 'Wrong email or password', ['input', 'password']);
  const limiter = limiterFor(app);
  const locked = (retryAfterSeconds: number) =>
    new TransportError(
      'RATE_LIMITED',
      `Too many failed logins for this email; retry in ${retryAfterSeconds} s`,
      undefined,
      retryAfterSeconds,
    );
  // every attempt takes its token before the password is checked (so a burst of parallel guesses
  // is held to the limit too); a successful one gives it back. While the email is locked out, every
  // attempt is refused, the right password too: otherwise a guesser would learn when one was right
  const d = limiter.take(email);
  if (!d.allowed) throw locked(d.retryAfterSeconds);
  const em = app.orm.em.fork();
  const user = await em.findOne(StaffUserRow, { email });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? null);
  if (!ok || !user || user.disabledAt)
    throw new DomainError('INVALID_CREDENTIALS', 'Wrong email or password', ['input', 'password']);
  limiter.give(email);
  const now = app.clock.now();
  const token = newSecret(SESSION_TOKEN_PREFIX);
  const expiresAt = new Date(now.getTime() + app.config.sessionTtlMs);
  await inTransaction(app, async (tx) => {
    tx.create(SessionRow, {
      id: newId(ID_PREFIX.session),
      staffUserId: user.id,
      tokenHash: sha256(token),
      createdAt: now,
      expiresAt,
      revokedAt: null,
    });
  });
  return { token, user, expiresAt };
}
