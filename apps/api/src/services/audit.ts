import type { EntityManager } from '@mikro-orm/core';
import { AuditEntryRow } from '../db/entities/access';
import { ID_PREFIX, newId } from '../ids';
import type { Actor } from './actor';

/** Writes an audit entry in the caller's transaction: who, what, when, before and after. */
export function audit(
  em: EntityManager,
  actor: Actor,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
  at: Date,
) {
  em.create(AuditEntryRow, {
    id: newId(ID_PREFIX.audit),
    actor: actor.label,
    action,
    target,
    before: before === undefined || before === null ? null : JSON.stringify(before),
    after: after === undefined || after === null ? null : JSON.stringify(after),
    at,
  });
}

/** The kinds whose targets the log writes as "kind:id" (the others write the bare id). */
export const AUDIT_TARGET_KINDS = ['member', 'reward', 'task', 'leaderboard', 'draw'] as const;
