/**
 * An endpoint's on/off state and its queue. A disabled endpoint (by an admin, by a 410 Gone, or for
 * failing too long) keeps receiving deliveries, held: PENDING with no next attempt. Enabling it again
 * releases them with a fresh retry schedule; held deliveries older than the retention are pruned
 * (prune.ts). Disabling by the dispatcher records an `endpoint.disabled` outbox event (other
 * endpoints may subscribe to it; it is the alert), a warning in the log and a metric.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { WebhookEndpointRow } from '../../db/entities/webhooks';
import { emSql } from '../../db/sql/queries';
import { outboxEvent } from '../../services/outbox';
import type { App } from '../../services/app';
import { log } from '../../ops/log';

/** Holds the endpoint's pending deliveries (in the caller's transaction). */
export async function holdDeliveries(em: EntityManager, endpointId: string) {
  await emSql(em).run(
    `update "webhook_delivery" set "next_attempt_at" = null where "endpoint_id" = ? and "status" = 'PENDING'`,
    [endpointId],
  );
}

/** Releases the held deliveries of an endpoint enabled again, each with a fresh schedule. */
export async function releaseDeliveries(em: EntityManager, endpointId: string, now: Date) {
  await emSql(em).run(
    `update "webhook_delivery" set "next_attempt_at" = ?, "attempts" = 0
      where "endpoint_id" = ? and "status" = 'PENDING' and "next_attempt_at" is null`,
    [now, endpointId],
  );
}

export type DisableReason = 'gone' | 'failing';

/** Turns an endpoint off on the dispatcher's behalf (in the caller's transaction), with its alert. */
export async function disableEndpoint(
  app: App,
  em: EntityManager,
  ep: WebhookEndpointRow,
  reason: DisableReason,
  detail: string,
  now: Date,
) {
  if (!ep.active) return;
  ep.active = false;
  ep.disabledAt = now;
  ep.disabledReason = detail.slice(0, 500);
  ep.updatedAt = now;
  await holdDeliveries(em, ep.id);
  outboxEvent(
    em,
    'endpoint.disabled',
    null,
    {
      endpointId: ep.id,
      url: ep.url,
      reason,
      detail: ep.disabledReason,
      failingSince: ep.failingSince?.toISOString() ?? null,
      disabledAt: now.toISOString(),
    },
    now,
  );
  app.telemetry.webhookEndpointsDisabled.inc({ reason });
  log(app.log).warn(
    { event: 'endpoint.disabled', endpointId: ep.id, reason, detail: ep.disabledReason },
    'webhook endpoint disabled',
  );
}
