import { DomainError } from '@accrue/core';
import { SessionRow } from '../../db/entities/access';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';

/** Revokes the session the request was made with. */
export async function logout(app: App, actor: Actor): Promise<void> {
  if (actor.kind !== 'staff' || !actor.sessionId)
    throw new DomainError(
      'INVALID_INPUT',
      'Only a staff session can log out (API keys are revoked with revokeApiKey)',
    );
  const now = app.clock.now();
  await inTransaction(app, (em) =>
    em.nativeUpdate(SessionRow, { id: actor.sessionId, revokedAt: null }, { revokedAt: now }),
  );
  app.credentials.invalidate();
}
