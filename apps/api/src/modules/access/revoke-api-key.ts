import { DomainError } from '@accrue/core';
import { ApiKeyRow } from '../../db/entities/access';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { str } from '../../services/validate';
import { apiKeyAuditView } from '../../services/staff';

/** Revokes an API key (audited): from the next request on, it authenticates nothing. */
export async function revokeApiKey(app: App, actor: Actor, input: { id: string }): Promise<ApiKeyRow> {
  const id = str(input.id, ['input', 'id'], { max: 40, required: true })!;
  const now = app.clock.now();
  const revoked = await inTransaction(app, async (em) => {
    const key = await em.findOne(ApiKeyRow, { id });
    if (!key) throw new DomainError('NOT_FOUND', `No API key with id "${id}"`, ['input', 'id']);
    if (key.revokedAt)
      throw new DomainError('ALREADY_REVOKED', `API key ${id} was already revoked`, ['input', 'id']);
    const before = apiKeyAuditView(key);
    key.revokedAt = now;
    audit(em, actor, 'apikey.revoke', key.id, before, apiKeyAuditView(key), now);
    return key;
  });
  app.credentials.invalidate();
  return revoked;
}
