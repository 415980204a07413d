import { ApiKeyRow, type StaffRole } from '../../db/entities/access';
import { ID_PREFIX, newId } from '../../ids';
import { API_KEY_PREFIX, newSecret, sha256 } from '../../auth/tokens';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { apiKeyAuditView } from '../../services/staff';
import { bad, str } from '../../services/validate';

export interface CreateApiKeyInput {
  name: string;
  role: StaffRole;
}

const ROLES: readonly StaffRole[] = [
  'ADMIN',
  'MARKETING',
  'FINANCE',
  'SUPPORT',
  'VIEWER',
  'INTEGRATION',
  'STOREFRONT',
];
/** Creates an API key (audited). The key is returned once; only its sha256 is stored. */
export async function createApiKey(
  app: App,
  actor: Actor,
  input: CreateApiKeyInput,
): Promise<{ key: string; row: ApiKeyRow }> {
  const name = str(input.name, ['input', 'name'], { max: 100, required: true })!;
  if (!ROLES.includes(input.role)) bad(['input', 'role'], 'is not a role');
  const key = newSecret(API_KEY_PREFIX);
  const now = app.clock.now();
  const row = await inTransaction(app, async (em) => {
    const r = em.create(ApiKeyRow, {
      id: newId(ID_PREFIX.apiKey),
      name,
      role: input.role,
      prefix: key.slice(0, 12),
      keyHash: sha256(key),
      createdBy: actor.label,
      createdAt: now,
      lastUsedAt: null,
      revokedAt: null,
    });
    audit(em, actor, 'apikey.create', r.id, null, apiKeyAuditView(r), now);
    return r;
  });
  return { key, row };
}
