/**
 * Webhook signatures. Each delivery carries
 *   Accrue-Webhook-Id:        the event id (receivers deduplicate on it; a replay keeps it)
 *   Accrue-Webhook-Event:     the event type
 *   Accrue-Webhook-Timestamp: unix seconds when this attempt was signed
 *   Accrue-Webhook-Signature: v1=<hex HMAC-SHA256(secret, `${timestamp}.${body}`)>
 * A receiver recomputes the HMAC over the raw body, compares in constant time and refuses
 * timestamps older than its tolerance (5 minutes by default), which stops replays of a captured
 * request.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const HEADER_ID = 'accrue-webhook-id';
export const HEADER_EVENT = 'accrue-webhook-event';
export const HEADER_TIMESTAMP = 'accrue-webhook-timestamp';
export const HEADER_SIGNATURE = 'accrue-webhook-signature';

export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

export function sign(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function verifySignature(
  secret: string,
  headers: { timestamp: string | null | undefined; signature: string | null | undefined },
  body: string,
  opts: { nowSeconds?: number; toleranceSeconds?: number } = {},
): { ok: true } | { ok: false; reason: string } {
  const ts = Number(headers.timestamp);
  if (!headers.timestamp || !Number.isSafeInteger(ts))
    return { ok: false, reason: 'missing or malformed timestamp' };
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - ts) > (opts.toleranceSeconds ?? 300))
    return { ok: false, reason: 'timestamp outside the tolerance' };
  const expected = Buffer.from(sign(secret, ts, body));
  const given = (headers.signature ?? '').split(',').map((s) => Buffer.from(s.trim()));
  if (!given.some((g) => g.length === expected.length && timingSafeEqual(g, expected)))
    return { ok: false, reason: 'signature mismatch' };
  return { ok: true };
}
