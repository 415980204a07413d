/** Webhook endpoints and deliveries. */
import { EntitySchema } from '@mikro-orm/core';
import { datetime } from './columns';

/**
 * Where events are POSTed. `secret` is the signing key sealed with ACCRUE_SECRETS_KEY (AES-256-GCM,
 * modules/webhooks/secret-box.ts). An endpoint the dispatcher turned off (410 Gone, or failing for a
 * whole retry schedule) has `active` false and says when and why in `disabledAt`/`disabledReason`.
 */
export class WebhookEndpointRow {
  id!: string;
  url!: string;
  description?: string | null;
  events!: string[];
  secret!: string;
  active!: boolean;
  createdAt!: Date;
  updatedAt!: Date;
  disabledAt?: Date | null;
  disabledReason?: string | null;
  /** the first failed attempt since the last success (null while it succeeds) */
  failingSince?: Date | null;
}
export const WebhookEndpointSchema = new EntitySchema<WebhookEndpointRow>({
  class: WebhookEndpointRow,
  tableName: 'webhook_endpoint',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    url: { type: 'string', length: 2000 },
    description: { type: 'string', length: 500, nullable: true },
    events: { type: 'json' },
    secret: { type: 'string', length: 100 },
    active: { type: 'boolean' },
    createdAt: datetime(),
    updatedAt: datetime(),
    disabledAt: { ...datetime(), nullable: true },
    disabledReason: { type: 'string', length: 500, nullable: true },
    failingSince: { ...datetime(), nullable: true },
  },
});

export type WebhookDeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';
export interface WebhookAttempt {
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** One event to one endpoint: its state, the retry schedule and the log of attempts. */
export class WebhookDeliveryRow {
  id!: string;
  endpointId!: string;
  eventId!: string;
  eventType!: string;
  status!: WebhookDeliveryStatus;
  attempts!: number;
  nextAttemptAt?: Date | null;
  lastAttemptAt?: Date | null;
  responseStatus?: number | null;
  lastError?: string | null;
  /** the most recent attempts (newest last, at most 20) */
  log!: WebhookAttempt[];
  createdAt!: Date;
  deliveredAt?: Date | null;
}
export const WebhookDeliverySchema = new EntitySchema<WebhookDeliveryRow>({
  class: WebhookDeliveryRow,
  tableName: 'webhook_delivery',
  uniques: [{ properties: ['endpointId', 'eventId'] }],
  indexes: [
    { properties: ['status', 'nextAttemptAt'] },
    { properties: ['endpointId', 'id'] },
    { properties: ['eventId'] },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    endpointId: { type: 'string', length: 40 },
    eventId: { type: 'string', length: 40 },
    eventType: { type: 'string', length: 64 },
    status: { type: 'string', length: 16 },
    attempts: { type: 'integer' },
    nextAttemptAt: { ...datetime(), nullable: true },
    lastAttemptAt: { ...datetime(), nullable: true },
    responseStatus: { type: 'integer', nullable: true },
    lastError: { type: 'string', length: 500, nullable: true },
    log: { type: 'json' },
    createdAt: datetime(),
    deliveredAt: { ...datetime(), nullable: true },
  },
});
