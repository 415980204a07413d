/** Registering and changing webhook endpoints (ADMIN; audited, the secret never in the audit log). */
import { DomainError } from '@accrue/core';
import { WebhookEndpointRow } from '../../db/entities/webhooks';
import { ID_PREFIX, newId } from '../../ids';
import { WEBHOOK_EVENT_TYPES } from './events';
import { holdDeliveries, releaseDeliveries } from './endpoint-state';
import { sealKey } from './secret-box';
import { newSigningKey, secretOfKey } from './signature';
import { reservedTargetReason } from './targets';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { bad, str } from '../../services/validate';

const f = (n: string) => ['input', n];
export const endpointAuditView = (e: WebhookEndpointRow) => ({
  id: e.id,
  url: e.url,
  description: e.description ?? null,
  events: e.events,
  active: e.active,
  disabledReason: e.disabledReason ?? null,
});

function checkUrl(app: App, value: string | null | undefined, required: boolean): string | null {
  const raw = str(value, f('url'), { max: 2000, required });
  if (raw === null) return null;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    bad(f('url'), 'is not a URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') bad(f('url'), 'must be an http or https URL');
  if (u.username || u.password) bad(f('url'), 'must not contain credentials');
  const reserved = app.config.webhooks.allowPrivateTargets ? null : reservedTargetReason(u);
  if (reserved)
    bad(f('url'), `must reach a public receiver: ${reserved} (ACCRUE_WEBHOOK_ALLOW_PRIVATE=1 allows it)`);
  return u.toString();
}

function checkEvents(events: string[] | null | undefined, required: boolean): string[] | null {
  if (events === null || events === undefined) {
    if (required) bad(f('events'), 'is required');
    return null;
  }
  if (!events.length) bad(f('events'), 'must name at least one event type (or "*")');
  if (events.length > 50) bad(f('events'), 'must have at most 50 entries');
  const known: readonly string[] = WEBHOOK_EVENT_TYPES;
  for (const [i, e] of events.entries())
    if (e !== '*' && !known.includes(e))
      bad(
        ['input', 'events', String(i)],
        `unknown event type "${String(e).slice(0, 64)}": use one of ${known.join(', ')} or "*"`,
      );
  return [...new Set(events)];
}

export async function createWebhookEndpoint(
  app: App,
  actor: Actor,
  input: { url: string; events: string[]; description?: string | null },
): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const url = checkUrl(app, input.url, true)!;
  const events = checkEvents(input.events, true)!;
  const description = str(input.description, f('description'), { max: 500 });
  const key = newSigningKey();
  const id = newId(ID_PREFIX.webhookEndpoint);
  const now = app.clock.now();
  const endpoint = await inTransaction(app, async (em) => {
    const e = em.create(WebhookEndpointRow, {
      id,
      url,
      events,
      description,
      secret: sealKey(app.config.secretsKey, key, id),
      active: true,
      createdAt: now,
      updatedAt: now,
      disabledAt: null,
      disabledReason: null,
      failingSince: null,
    });
    audit(em, actor, 'webhook.create', e.id, null, endpointAuditView(e), now);
    return e;
  });
  return { endpoint, secret: secretOfKey(key) };
}

export async function updateWebhookEndpoint(
  app: App,
  actor: Actor,
  input: {
    id: string;
    url?: string | null;
    events?: string[] | null;
    description?: string | null;
    active?: boolean | null;
    rotateSecret?: boolean | null;
  },
): Promise<{ endpoint: WebhookEndpointRow; secret: string | null }> {
  const id = str(input.id, f('id'), { max: 40, required: true })!;
  const url = checkUrl(app, input.url, false);
  const events = checkEvents(input.events, false);
  const description = str(input.description, f('description'), { max: 500 });
  const key = input.rotateSecret ? newSigningKey() : null;
  const now = app.clock.now();
  return inTransaction(app, async (em) => {
    const e = await em.findOne(WebhookEndpointRow, { id });
    if (!e) throw new DomainError('NOT_FOUND', `No webhook endpoint with id "${id}"`, f('id'));
    const before = endpointAuditView(e);
    if (url) e.url = url;
    if (events) e.events = events;
    if (input.description !== undefined) e.description = description;
    if (input.active === true && !e.active) {
      // enabled again: what was held for it is sent, each with a fresh retry schedule
      e.active = true;
      e.disabledAt = null;
      e.disabledReason = null;
      e.failingSince = null;
      await releaseDeliveries(em, e.id, now);
    } else if (input.active === false && e.active) {
      e.active = false;
      await holdDeliveries(em, e.id);
    }
    if (key) e.secret = sealKey(app.config.secretsKey, key, e.id);
    e.updatedAt = now;
    audit(em, actor, 'webhook.update', e.id, before, { ...endpointAuditView(e), secretRotated: !!key }, now);
    return { endpoint: e, secret: key ? secretOfKey(key) : null };
  });
}
