import { createRow, type RowSink } from '../db/batch';
import { OutboxEventRow } from '../db/entities/outbox';
import { ID_PREFIX, newId } from '../ids';

/** Records an event in the caller's transaction (transactional outbox; webhooks deliver later). */
export function outboxEvent(
  sink: RowSink,
  type: string,
  memberId: string | null,
  payload: Record<string, unknown>,
  at: Date,
  dedupeKey: string | null = null,
) {
  createRow(sink, OutboxEventRow, {
    id: newId(ID_PREFIX.event),
    type,
    memberId,
    dedupeKey,
    payload,
    createdAt: at,
    deliveredAt: null,
  });
}
