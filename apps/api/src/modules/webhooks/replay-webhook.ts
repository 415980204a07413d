import { DomainError } from '@accrue/core';
import { OutboxEventRow } from '../../db/entities/outbox';
import { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/entities/webhooks';
import { queueDelivery } from './dispatcher';
import { subscribes } from './events';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { bad, str } from '../../services/validate';

const MAX_REPLAY_EVENTS = 1000;

/**
 * Puts deliveries back in the queue, to be sent at the next dispatch with a fresh retry schedule:
 * one delivery (`deliveryId`), or every event since `since` that the endpoint subscribes to
 * (`endpointId` + `since`, at most 1000 events). The event id stays the same, so receivers that
 * deduplicate on Accrue-Webhook-Id are safe. Audited.
 */
export async function replayWebhook(
  app: App,
  actor: Actor,
  input: { deliveryId?: string | null; endpointId?: string | null; since?: Date | null },
): Promise<WebhookDeliveryRow[]> {
  const deliveryId = str(input.deliveryId, ['input', 'deliveryId'], { max: 40 });
  const endpointId = str(input.endpointId, ['input', 'endpointId'], { max: 40 });
  if (!deliveryId && !(endpointId && input.since)) bad(['input'], 'give deliveryId, or endpointId and since');
  if (deliveryId && endpointId) bad(['input', 'endpointId'], 'give deliveryId or endpointId, not both');
  const now = app.clock.now();
  return inTransaction(app, async (em) => {
    const requeue = (d: WebhookDeliveryRow) => {
      d.status = 'PENDING';
      d.attempts = 0;
      d.nextAttemptAt = now;
      d.deliveredAt = null;
      return d;
    };
    if (deliveryId) {
      const d = await em.findOne(WebhookDeliveryRow, { id: deliveryId });
      if (!d)
        throw new DomainError('NOT_FOUND', `No webhook delivery with id "${deliveryId}"`, [
          'input',
          'deliveryId',
        ]);
      audit(em, actor, 'webhook.replay', d.endpointId, null, { deliveryId: d.id, eventId: d.eventId }, now);
      return [requeue(d)];
    }
    const ep = await em.findOne(WebhookEndpointRow, { id: endpointId! });
    if (!ep)
      throw new DomainError('NOT_FOUND', `No webhook endpoint with id "${endpointId}"`, [
        'input',
        'endpointId',
      ]);
    const events = (
      await em.find(
        OutboxEventRow,
        { createdAt: { $gte: input.since! } },
        { orderBy: { id: 'asc' }, limit: MAX_REPLAY_EVENTS },
      )
    ).filter((e) => subscribes(ep.events, e.type));
    const existing = new Map(
      (
        await em.find(WebhookDeliveryRow, { endpointId: ep.id, eventId: { $in: events.map((e) => e.id) } })
      ).map((d) => [d.eventId, d]),
    );
    const out = events.map((ev) => {
      const d = existing.get(ev.id);
      return d ? requeue(d) : queueDelivery(em, ep.id, ev, now);
    });
    audit(
      em,
      actor,
      'webhook.replay',
      ep.id,
      null,
      { since: input.since!.toISOString(), deliveries: out.length },
      now,
    );
    return out;
  });
}
