/** Idempotency keys (a write's first result) and refusals (a refused write's answer). */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

/** One row per integration write: the key, a fingerprint of its content and what it produced. */
export class IdempotencyRow {
  scope!: string;
  key!: string;
  fingerprint!: string;
  memberId?: string | null;
  resultId?: string | null;
  result?: Record<string, unknown> | null;
  createdAt!: Date;
}
export const IdempotencySchema = new EntitySchema<IdempotencyRow>({
  class: IdempotencyRow,
  tableName: 'idempotency_key',
  properties: {
    scope: { type: 'string', length: 32, primary: true },
    key: { type: 'string', length: 200, primary: true },
    fingerprint: { type: 'string', length: 64 },
    memberId: { type: 'string', length: 40, nullable: true },
    resultId: { type: 'string', length: 40, nullable: true },
    result: { type: 'json', nullable: true },
    createdAt: datetime(),
  },
});

/** Points the rules refused to issue (caps), kept for review. */
export class RefusalRow {
  id!: string;
  memberId!: string;
  source!: string;
  reason!: string;
  points!: number;
  campaignId?: string | null;
  context?: string | null;
  occurredAt!: Date;
  createdAt!: Date;
}
export const RefusalSchema = new EntitySchema<RefusalRow>({
  class: RefusalRow,
  tableName: 'earning_refusal',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40, index: true },
    source: { type: 'string', length: 24 },
    reason: { type: 'string', length: 64 },
    points: bigint(),
    campaignId: { type: 'string', length: 40, nullable: true },
    context: { type: 'string', length: 200, nullable: true },
    occurredAt: datetime(),
    createdAt: datetime(),
  },
});
