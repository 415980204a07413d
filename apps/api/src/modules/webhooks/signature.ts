/**
 * Webhook signatures, as the Standard Webhooks specification (standardwebhooks.com; svix and others)
 * has them. Each delivery carries
 *   webhook-id:        the event id (receivers deduplicate on it; a retry or replay keeps it)
 *   webhook-timestamp: unix seconds when this attempt was signed
 *   webhook-signature: v1,<base64 HMAC-SHA256(key, `${id}.${timestamp}.${body}`)>
 * where the key is the base64-decoded part of the endpoint's secret `whsec_<base64>`. The id is signed
 * too, so a captured delivery cannot be replayed under another id. A receiver recomputes the HMAC over
 * the raw body, compares in constant time and refuses timestamps outside its tolerance (5 minutes);
 * any Standard Webhooks library does this (`new Webhook(secret).verify(body, headers)`).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const HEADER_ID = 'webhook-id';
export const HEADER_TIMESTAMP = 'webhook-timestamp';
export const HEADER_SIGNATURE = 'webhook-signature';
/** not part of the specification: the event type, for receivers that route before they parse */
export const HEADER_EVENT = 'accrue-webhook-event';

const PREFIX = 'whsec_';

/** A fresh signing key (32 random bytes). */
export const newSigningKey = () => randomBytes(32);

/** The secret as a receiver holds it: `whsec_` + standard base64 of the key. */
export const secretOfKey = (key: Buffer) => `${PREFIX}${key.toString('base64')}`;

/** The signing key of a `whsec_<base64>` secret. */
export function keyOfSecret(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  if (!key.length) throw new Error('empty webhook secret');
  return key;
}

export function sign(key: Buffer, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** What a receiver does (the same as the `standardwebhooks` package's `verify`), for our own tests and tools. */
export function verifySignature(
  secret: string,
  headers: {
    id: string | null | undefined;
    timestamp: string | null | undefined;
    signature: string | null | undefined;
  },
  body: string,
  opts: { nowSeconds?: number; toleranceSeconds?: number } = {},
): { ok: true } | { ok: false; reason: string } {
  if (!headers.id) return { ok: false, reason: 'missing webhook-id' };
  const ts = Number(headers.timestamp);
  if (!headers.timestamp || !Number.isSafeInteger(ts))
    return { ok: false, reason: 'missing or malformed timestamp' };
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - ts) > (opts.toleranceSeconds ?? 300))
    return { ok: false, reason: 'timestamp outside the tolerance' };
  const expected = Buffer.from(sign(keyOfSecret(secret), headers.id, ts, body));
  const given = (headers.signature ?? '').split(' ').map((s) => Buffer.from(s.trim()));
  if (!given.some((g) => g.length === expected.length && timingSafeEqual(g, expected)))
    return { ok: false, reason: 'signature mismatch' };
  return { ok: true };
}
