/**
 * Webhook delivery from the transactional outbox. Every write records its events in `outbox_event`
 * in its own transaction; this dispatcher, running beside the API, turns each new event into one
 * delivery per subscribed endpoint and POSTs it, signed as Standard Webhooks (signature.ts), through
 * a client that connects only to the public addresses it checked (webhook-client.ts). Network calls
 * happen outside any database transaction, so a slow or failing receiver never blocks or rolls back
 * the write that caused the event. After each attempt delivery-rules.ts decides: delivered, retried
 * (Retry-After, else the jittered schedule of about three days), FAILED, or the endpoint disabled
 * (410 Gone, or failing for a whole schedule: endpoint-state.ts). Every attempt is logged on the
 * delivery, and `replayWebhook` puts deliveries back in the queue. Deliveries for a disabled endpoint
 * are created held and sent once it is enabled again. Receivers are kept apart: at most PER_ENDPOINT
 * deliveries to one endpoint at once, and an endpoint that fails or times out sends nothing more in
 * that round, so a hanging receiver delays nobody else by more than one timeout.
 *
 * On PostgreSQL, several API processes can dispatch at once: rows are claimed with
 * FOR UPDATE SKIP LOCKED and a lease (nextAttemptAt moves past the attempt's timeout). A process
 * killed mid-round leaves its claimed deliveries to be sent again when their lease ends.
 */
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { OutboxEventRow } from '../../db/entities/outbox';
import { WebhookDeliveryRow, WebhookEndpointRow, type WebhookAttempt } from '../../db/entities/webhooks';
import { emSql } from '../../db/sql/queries';
import { ID_PREFIX, newId } from '../../ids';
import { log } from '../../ops/log';
import { inTransaction, type App } from '../../services/app';
import { decide, type AttemptResult } from './delivery-rules';
import { disableEndpoint } from './endpoint-state';
import { subscribes } from './events';
import { openKey } from './secret-box';
import { HEADER_EVENT, HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign } from './signature';
import { createWebhookClient, RefusedTargetError, type WebhookClient } from './webhook-client';

const BATCH = 100;
/** outbox events handed over per transaction */
const FAN_OUT_BATCH = 1000;
const CONCURRENCY = 8;
/** deliveries in flight to one endpoint at once: a slow receiver holds at most this many workers */
const PER_ENDPOINT = 4;
const MAX_LOG = 20;

export interface DispatchResult {
  /** deliveries created from new outbox events */
  queued: number;
  attempted: number;
  succeeded: number;
  failed: number;
}

export interface DispatchOptions {
  /** the HTTP client (default: one for this round, closed after it) */
  client?: WebhookClient;
  /** a number in [0, 1) for the retry jitter */
  random?: () => number;
}

const skipLocked = (app: App): { lockMode?: LockMode.PESSIMISTIC_PARTIAL_WRITE } =>
  app.config.database.kind === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {};

/** The client the dispatcher sends with, on this app's configuration. */
export const webhookClientOf = (app: App) =>
  createWebhookClient({
    timeoutMs: app.config.webhooks.timeoutMs,
    allowPrivate: () => app.config.webhooks.allowPrivateTargets,
  });

/**
 * Creates deliveries for undelivered outbox events; marks the events handed over. Set-based: the
 * events are read as (id, type) only and marked in one UPDATE per batch, so the outbox costs the
 * write path's database little even when every purchase adds an event and no endpoint listens.
 * A disabled endpoint's deliveries are created held.
 */
async function fanOut(app: App): Promise<number> {
  let queued = 0;
  const lock = app.config.database.kind === 'postgresql' ? ' for update skip locked' : '';
  for (;;) {
    const { n, more } = await inTransaction(app, async (em) => {
      const sql = emSql(em);
      const events = await sql.all<{ id: string; type: string }>(
        `select "id", "type" from "outbox_event" where "delivered_at" is null order by "id" limit ${FAN_OUT_BATCH}${lock}`,
      );
      if (!events.length) return { n: 0, more: false };
      const endpoints = await em.find(WebhookEndpointRow, {});
      const now = app.clock.now();
      let n = 0;
      for (const ev of events) {
        for (const ep of endpoints) {
          if (!subscribes(ep.events, ev.type)) continue;
          queueDelivery(em, ep.id, ev, now, ep.active);
          n++;
        }
      }
      await sql.run(
        `update "outbox_event" set "delivered_at" = ? where "id" in (${events.map(() => '?').join(', ')})`,
        [now, ...events.map((e) => e.id)],
      );
      return { n, more: events.length === FAN_OUT_BATCH };
    });
    queued += n;
    if (!more) return queued;
  }
}

export function queueDelivery(
  em: EntityManager,
  endpointId: string,
  ev: Pick<OutboxEventRow, 'id' | 'type'>,
  now: Date,
  /** false: held until the endpoint is enabled again */
  due = true,
) {
  return em.create(WebhookDeliveryRow, {
    id: newId(ID_PREFIX.webhookDelivery),
    endpointId,
    eventId: ev.id,
    eventType: ev.type,
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: due ? now : null,
    lastAttemptAt: null,
    responseStatus: null,
    lastError: null,
    log: [],
    createdAt: now,
    deliveredAt: null,
  });
}

export const eventBody = (ev: OutboxEventRow) =>
  JSON.stringify({ id: ev.id, type: ev.type, createdAt: ev.createdAt.toISOString(), data: ev.payload });

interface Outcome extends AttemptResult {
  at: Date;
  error: string | null;
  durationMs: number;
  /** nothing was sent: the endpoint is disabled (hold) or gone, or the event is (drop) */
  skip: 'hold' | 'drop' | null;
  metric: 'succeeded' | 'failed' | 'refused' | 'timeout' | 'gone' | null;
}

async function attempt(
  app: App,
  client: WebhookClient,
  ep: WebhookEndpointRow | undefined,
  ev: OutboxEventRow | undefined,
): Promise<Outcome> {
  const started = performance.now();
  const at = app.clock.now();
  const base = { at, status: null, retryAfterMs: null, durationMs: 0, ok: false, metric: null };
  if (!ep || !ev) return { ...base, error: !ev ? 'event not found' : 'endpoint deleted', skip: 'drop' };
  if (!ep.active) return { ...base, error: null, skip: 'hold' };
  const body = eventBody(ev);
  const ts = Math.floor(Date.now() / 1000);
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const key = openKey(app.config.secretsKey, ep.secret, ep.id);
    const res = await client.post(
      ep.url,
      {
        'content-type': 'application/json',
        'user-agent': 'Accrue-Webhooks/2',
        [HEADER_ID]: ev.id,
        [HEADER_TIMESTAMP]: String(ts),
        [HEADER_SIGNATURE]: sign(key, ev.id, ts, body),
        [HEADER_EVENT]: ev.type,
      },
      body,
    );
    const ok = res.status >= 200 && res.status < 300;
    return {
      at,
      status: res.status,
      retryAfterMs: res.retryAfterMs,
      error: ok ? null : res.status === 410 ? 'HTTP 410 Gone' : `HTTP ${res.status}`,
      durationMs: elapsed(),
      ok,
      skip: null,
      metric: ok ? 'succeeded' : res.status === 410 ? 'gone' : 'failed',
    };
  } catch (e) {
    const timedOut =
      e instanceof Error && /TimeoutError|AbortError|Timeout/.test(`${e.name} ${e.constructor.name}`);
    const refused =
      e instanceof RefusedTargetError || (e as { cause?: unknown }).cause instanceof RefusedTargetError;
    const msg = timedOut
      ? `timed out after ${app.config.webhooks.timeoutMs} ms`
      : e instanceof Error
        ? `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}`
        : String(e);
    return {
      ...base,
      error: (refused && !msg.startsWith('refused') ? `refused: ${msg}` : msg).slice(0, 480),
      durationMs: elapsed(),
      skip: null,
      metric: refused ? 'refused' : timedOut ? 'timeout' : 'failed',
    };
  }
}

/** Records one attempt's outcome on its delivery (and its endpoint), in one transaction. */
async function record(app: App, deliveryId: string, out: Outcome, random: () => number) {
  return inTransaction(app, async (tx) => {
    const d = await tx.findOne(WebhookDeliveryRow, { id: deliveryId });
    if (!d || d.status !== 'PENDING') return null;
    if (out.skip === 'hold') {
      d.nextAttemptAt = null;
      return null;
    }
    if (out.skip === 'drop') {
      d.status = 'FAILED';
      d.nextAttemptAt = null;
      d.lastError = out.error;
      return 'failed' as const;
    }
    const entry: WebhookAttempt = {
      at: out.at.toISOString(),
      status: out.status,
      error: out.error,
      durationMs: out.durationMs,
    };
    d.attempts += 1;
    d.lastAttemptAt = out.at;
    d.responseStatus = out.status;
    d.lastError = out.error;
    d.log = [...(d.log ?? []), entry].slice(-MAX_LOG);
    const ep = await tx.findOne(WebhookEndpointRow, { id: d.endpointId });
    if (ep) {
      if (out.ok) ep.failingSince = null;
      else ep.failingSince ??= out.at;
    }
    const now = app.clock.now();
    const decision = decide({
      result: out,
      attempts: d.attempts,
      scheduleMs: app.config.webhooks.retryScheduleMs,
      now,
      random: random(),
      failingSince: ep?.failingSince ?? null,
    });
    switch (decision.kind) {
      case 'delivered':
        d.status = 'SUCCEEDED';
        d.deliveredAt = out.at;
        d.nextAttemptAt = null;
        return 'succeeded' as const;
      case 'retry':
        d.nextAttemptAt = decision.at;
        return 'failed' as const;
      case 'gone':
        // kept, held with the endpoint's other deliveries: sent if the endpoint is enabled again
        d.nextAttemptAt = null;
        if (ep) await disableEndpoint(app, tx, ep, 'gone', 'the receiver answered 410 Gone', now);
        return 'failed' as const;
      case 'failed':
        d.status = 'FAILED';
        d.nextAttemptAt = null;
        if (ep && decision.disableEndpoint)
          await disableEndpoint(
            app,
            tx,
            ep,
            'failing',
            `every attempt failed since ${ep.failingSince!.toISOString()} (last: ${out.error})`,
            now,
          );
        return 'failed' as const;
    }
  });
}

/** Claims due deliveries (a lease past the timeout), sends them, records each outcome. */
async function deliverDue(
  app: App,
  client: WebhookClient,
  random: () => number,
): Promise<Omit<DispatchResult, 'queued'>> {
  const result = { attempted: 0, succeeded: 0, failed: 0 };
  const { timeoutMs } = app.config.webhooks;
  for (;;) {
    const claimed = await inTransaction(app, async (em) => {
      const now = app.clock.now();
      const due = await em.find(
        WebhookDeliveryRow,
        { status: 'PENDING', nextAttemptAt: { $lte: now } },
        { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: BATCH, ...skipLocked(app) },
      );
      const lease = new Date(now.getTime() + timeoutMs + 30_000);
      for (const d of due) d.nextAttemptAt = lease;
      return due.map((d) => ({ id: d.id, endpointId: d.endpointId, eventId: d.eventId }));
    });
    if (!claimed.length) return result;
    const em = app.orm.em.fork();
    const endpoints = new Map(
      (
        await em.find(WebhookEndpointRow, { id: { $in: [...new Set(claimed.map((c) => c.endpointId))] } })
      ).map((e) => [e.id, e]),
    );
    const events = new Map(
      (await em.find(OutboxEventRow, { id: { $in: [...new Set(claimed.map((c) => c.eventId))] } })).map(
        (e) => [e.id, e],
      ),
    );
    // one queue per endpoint; an endpoint whose attempt fails sends nothing more this round (the rest
    // of its deliveries are released for a later one), so a slow or dead receiver costs the others at
    // most PER_ENDPOINT timeouts
    const queues = new Map<string, typeof claimed>();
    for (const c of claimed) {
      const q = queues.get(c.endpointId);
      if (q) q.push(c);
      else queues.set(c.endpointId, [c]);
    }
    const inFlight = new Map<string, number>();
    const tripped = new Set<string>();
    const take = () => {
      for (const [endpointId, q] of queues) {
        if (!q.length || tripped.has(endpointId) || (inFlight.get(endpointId) ?? 0) >= PER_ENDPOINT) continue;
        inFlight.set(endpointId, (inFlight.get(endpointId) ?? 0) + 1);
        return q.shift()!;
      }
      return null;
    };
    const worker = async () => {
      for (let c = take(); c; c = take()) {
        const out = await attempt(app, client, endpoints.get(c.endpointId), events.get(c.eventId));
        inFlight.set(c.endpointId, inFlight.get(c.endpointId)! - 1);
        // (a skipped delivery costs no time: no need to hold the rest back)
        if (!out.ok && !out.skip) tripped.add(c.endpointId);
        if (out.metric) {
          app.telemetry.webhookAttempts.inc({ outcome: out.metric });
          app.telemetry.webhookSeconds.observe(out.durationMs / 1000);
        }
        if (!out.skip) result.attempted++;
        const recorded = await record(app, c.id, out, random);
        if (recorded === 'succeeded') result.succeeded++;
        else if (recorded === 'failed') result.failed++;
        if (!out.ok && !out.skip)
          log(app.log).info(
            { endpointId: c.endpointId, deliveryId: c.id, status: out.status, error: out.error },
            'webhook attempt failed',
          );
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, claimed.length) }, worker));
    const released = [...tripped].flatMap((endpointId) => queues.get(endpointId)!.map((c) => c.id));
    if (released.length)
      await inTransaction(app, async (em) => {
        const now = app.clock.now();
        // a held delivery (its endpoint was disabled meanwhile) stays held
        for (const d of await em.find(WebhookDeliveryRow, {
          id: { $in: released },
          status: 'PENDING',
          nextAttemptAt: { $ne: null },
        }))
          d.nextAttemptAt = now;
      });
    if (claimed.length < BATCH || released.length) return result;
  }
}

/** One round: queue new events, then send what is due. Safe to run concurrently (SKIP LOCKED + leases). */
export async function dispatchWebhooks(app: App, opts: DispatchOptions = {}): Promise<DispatchResult> {
  const client = opts.client ?? webhookClientOf(app);
  try {
    const queued = await fanOut(app);
    return { queued, ...(await deliverDue(app, client, opts.random ?? Math.random)) };
  } finally {
    if (!opts.client) await client.close();
  }
}

/** Runs dispatchWebhooks every `webhooks.intervalMs` (started by `serve`); returns a stop function. */
export function startWebhookDispatcher(app: App): () => Promise<void> {
  const every = app.config.webhooks.intervalMs;
  if (!every) return async () => undefined;
  const client = webhookClientOf(app);
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = dispatchWebhooks(app, { client })
      .catch((e) => app.log.error({ err: e }, 'webhook dispatch failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, every);
  timer.unref();
  tick();
  // stopping lets the round in flight finish (each attempt ends within the timeout), then closes
  return async () => {
    clearInterval(timer);
    await running;
    await client.close();
  };
}
