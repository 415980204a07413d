/**
 * The outbox and the delivery log grow with every write; what is finished is kept for
 * `webhooks.retentionDays` (ACCRUE_OUTBOX_RETENTION_DAYS, default 30) and then deleted: deliveries
 * that SUCCEEDED or FAILED before the cutoff, deliveries held for a disabled endpoint since before
 * it, then events handed over before it that no remaining delivery refers to. Deliveries due or
 * retrying, and their events, are never deleted. Replays (`replayWebhook`)
 * reach back as far as the retention. Runs with the expiry job, in batches, each its own transaction.
 */
import { addDays } from '@accrue/core';
import { emSql } from '../../db/sql/queries';
import { type SqlTx } from '../../db/sql/types';
import { inTransaction, type App } from '../../services/app';

const BATCH = 1000;

export interface PruneResult {
  deliveries: number;
  events: number;
}

export async function pruneOutbox(app: App, now: Date = app.clock.now()): Promise<PruneResult> {
  const days = app.config.webhooks.retentionDays;
  if (!days) return { deliveries: 0, events: 0 };
  const cutoff = addDays(now, -days);
  const deliveries = await deleteInBatches(
    app,
    `select "id" from "webhook_delivery"
      where ("status" in ('SUCCEEDED', 'FAILED') or ("status" = 'PENDING' and "next_attempt_at" is null))
        and "created_at" < ? limit ${BATCH}`,
    'webhook_delivery',
    cutoff,
  );
  const events = await deleteInBatches(
    app,
    `select e."id" from "outbox_event" e
      where e."delivered_at" < ?
        and not exists (select 1 from "webhook_delivery" d where d."event_id" = e."id")
      limit ${BATCH}`,
    'outbox_event',
    cutoff,
  );
  return { deliveries, events };
}

async function deleteInBatches(app: App, pick: string, table: string, cutoff: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await inTransaction(app, async (em) => {
      const tx: SqlTx = emSql(em);
      const ids = (await tx.all<{ id: string }>(pick, [cutoff])).map((r) => r.id);
      if (ids.length)
        await tx.run(`delete from "${table}" where "id" in (${ids.map(() => '?').join(', ')})`, ids);
      return ids.length;
    });
    total += n;
    if (n < BATCH) return total;
  }
}
