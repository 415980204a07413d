/**
 * Every integration write carries a key. The first write stores the key with a fingerprint of its
 * content; a retry with the same content replays the first result and changes nothing; the same key
 * with other content is refused with IDEMPOTENCY_CONFLICT.
 */
import type { EntityManager, EntityName } from '@mikro-orm/core';
import { DomainError } from '@accrue/core';
import { createRow, type RowSink } from '../db/batch';
import { IdempotencyRow } from '../db/entities/idempotency';
import { fingerprint } from '../ids';

export type IdempotencyScope = 'enroll' | 'purchase' | 'refund' | 'activity' | 'redemption' | 'adjustment';

export interface KeyedWrite {
  scope: IdempotencyScope;
  key: string;
  content: unknown;
  field: string[];
}

/** The stored row when this key was seen with the same content; throws on different content. */
export async function seen(em: EntityManager, w: KeyedWrite): Promise<IdempotencyRow | null> {
  const row = await em.findOne(IdempotencyRow, { scope: w.scope, key: w.key });
  if (!row) return null;
  assertSameContent(w, row.fingerprint);
  return row;
}

/** Throws IDEMPOTENCY_CONFLICT when the key was first used with other content. */
export function assertSameContent(w: KeyedWrite, storedFingerprint: string) {
  if (storedFingerprint !== fingerprint(w.content)) {
    throw new DomainError(
      'IDEMPOTENCY_CONFLICT',
      `${w.field.join('.')} "${w.key}" was already used for a different ${w.scope}`,
      w.field,
    );
  }
}

export function remember(
  sink: RowSink,
  w: KeyedWrite,
  now: Date,
  memberId: string | null,
  resultId: string | null,
  result: Record<string, unknown> | null = null,
) {
  createRow(sink, IdempotencyRow, {
    scope: w.scope,
    key: w.key,
    fingerprint: fingerprint(w.content),
    memberId,
    resultId,
    result,
    createdAt: now,
  });
}

/**
 * For rows that carry their own key and fingerprint (engagement: group seats, boosts and their
 * contributions): the row this key wrote with the same content, null for a first write, or
 * IDEMPOTENCY_CONFLICT when the key was used with other content.
 */
export async function keyedRow<T extends { fingerprint: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string,
  print: string,
  what: string,
): Promise<T | null> {
  const row = (await em.findOne(entity, { key } as never)) as T | null;
  if (row && row.fingerprint !== print)
    throw new DomainError('IDEMPOTENCY_CONFLICT', `input.key "${key}" was already used for another ${what}`, [
      'input',
      'key',
    ]);
  return row;
}
