/**
 * Webhook signing keys at rest: AES-256-GCM under the configured key (ACCRUE_SECRETS_KEY), bound to
 * the endpoint's id (additional authenticated data), so a sealed key copied onto another row does not
 * open. Stored as `v1.<base64url(iv ‖ tag ‖ ciphertext)>`. Endpoints created before encryption hold
 * their secret in the clear (`whsec_…`); `sealLegacySecrets` seals them at start-up, keeping the key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { WebhookEndpointRow } from '../../db/entities/webhooks';
import { inTransaction, type App } from '../../services/app';

const VERSION = 'v1.';

export function sealKey(masterKey: Buffer, signingKey: Buffer, endpointId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
  cipher.setAAD(Buffer.from(endpointId, 'utf8'));
  const ct = Buffer.concat([cipher.update(signingKey), cipher.final()]);
  return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url');
}

export const isSealed = (stored: string) => stored.startsWith(VERSION);

export function openKey(masterKey: Buffer, stored: string, endpointId: string): Buffer {
  if (!isSealed(stored)) return legacyKey(stored);
  const raw = Buffer.from(stored.slice(VERSION.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', masterKey, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(endpointId, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
  } catch {
    throw new Error(
      `the signing secret of webhook endpoint ${endpointId} does not open with ACCRUE_SECRETS_KEY (was the key changed?)`,
    );
  }
}

/**
 * The key of a secret issued before Standard Webhooks: `whsec_` + base64url of 32 random bytes. The
 * same bytes stay the key; the receiver's secret in the standard spelling is the same string with,
 * after `whsec_`, `-` → `+`, `_` → `/` and a trailing `=` (or rotate it: `updateWebhookEndpoint`
 * with `rotateSecret: true`).
 */
export function legacyKey(secret: string): Buffer {
  const rest = secret.replace(/^whsec_/, '');
  const bytes = Buffer.from(rest, 'base64url');
  return /^[A-Za-z0-9_-]{43}$/.test(rest) && bytes.length === 32 ? bytes : Buffer.from(secret, 'utf8');
}

/** Seals every secret still kept in the clear; idempotent, run at start-up. Returns how many. */
export async function sealLegacySecrets(app: App): Promise<number> {
  return inTransaction(app, async (em) => {
    const rows = await em.find(WebhookEndpointRow, { secret: { $like: 'whsec_%' } });
    for (const e of rows) e.secret = sealKey(app.config.secretsKey, legacyKey(e.secret), e.id);
    return rows.length;
  });
}
