/**
 * Bearer credentials. Session tokens and API keys are 32 random bytes (base64url) behind a
 * recognisable prefix; only their sha256 is stored, so a database leak does not leak credentials.
 * Passwords are hashed with bcrypt (bcryptjs: pure JS, cost 12).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';

export const SESSION_TOKEN_PREFIX = 'acs_';
export const API_KEY_PREFIX = 'ack_';
const BCRYPT_COST = 12;

export const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;
export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

export function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const hashPassword = (password: string) => bcrypt.hash(password, BCRYPT_COST);

// compared against when the email is unknown, so a login takes as long either way
const DUMMY_HASH = bcrypt.hashSync('accrue-no-such-user', BCRYPT_COST);

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && hash !== null;
}
