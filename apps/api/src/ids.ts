import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case
let lastMs = 0;
let lastRand = new Uint8Array(10);

/**
 * A prefixed, time-sortable id (ULID layout: 48-bit ms + 80-bit random, monotonic within a ms).
 * The prefix names the node type (mem_, led_, ...) so `node(id)` can resolve it.
 */
export function newId(prefix: string, nowMs = Date.now()): string {
  if (nowMs <= lastMs) {
    // same millisecond: increment the random part so ids stay strictly increasing
    for (let i = lastRand.length - 1; i >= 0; i--) {
      if (lastRand[i] < 255) {
        lastRand[i]++;
        break;
      }
      lastRand[i] = 0;
    }
  } else {
    lastMs = nowMs;
    lastRand = new Uint8Array(randomBytes(10));
  }
  let time = '';
  let t = lastMs;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  let acc = 0;
  let bits = 0;
  for (const byte of lastRand) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      rand += ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return `${prefix}_${time}${rand}`;
}

export const ID_PREFIX = {
  member: 'mem',
  ledgerEntry: 'led',
  lot: 'lot',
  allocation: 'alc',
  purchase: 'pur',
  refund: 'ref',
  redemption: 'rdm',
  reward: 'rwd',
  tier: 'tier',
  campaign: 'cmp',
  staff: 'stf',
  apiKey: 'key',
  session: 'ses',
  webhookEndpoint: 'whe',
  webhookDelivery: 'whd',
  audit: 'aud',
  alert: 'alr',
  event: 'evt',
  refusal: 'rfs',
} as const;

/** sha256 of a canonical JSON rendering (object keys sorted): the fingerprint of an idempotent write. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** A member's referral code: 8 characters of Crockford base32 (no I, L, O, U). */
export function newReferralCode(): string {
  const bytes = randomBytes(8);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % 32];
  return s.toUpperCase();
}
