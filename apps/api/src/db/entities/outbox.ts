/** The outbox: events written in a write's transaction, delivered as webhooks. */
import { EntitySchema } from '@mikro-orm/core';
import { datetime } from './columns';

/** Transactional outbox: written in the same transaction as the change it reports. */
export class OutboxEventRow {
  id!: string;
  type!: string;
  memberId?: string | null;
  dedupeKey?: string | null;
  payload!: Record<string, unknown>;
  createdAt!: Date;
  deliveredAt?: Date | null;
}
export const OutboxEventSchema = new EntitySchema<OutboxEventRow>({
  class: OutboxEventRow,
  tableName: 'outbox_event',
  indexes: [{ properties: ['deliveredAt', 'id'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    type: { type: 'string', length: 64 },
    memberId: { type: 'string', length: 40, nullable: true },
    dedupeKey: { type: 'string', length: 200, nullable: true, unique: true },
    payload: { type: 'json' },
    createdAt: datetime(),
    deliveredAt: { ...datetime(), nullable: true },
  },
});
