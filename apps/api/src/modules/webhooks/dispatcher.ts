/**
 * Webhook delivery from the transactional outbox. Every write records its events in `outbox_event`
 * in its own transaction; this dispatcher, running beside the API, turns each new event into one
 * delivery per subscribed endpoint and POSTs it, signed (see signature.ts). Network calls happen
 * outside any database transaction, so a slow or failing receiver never blocks or rolls back the
 * write that caused the event. Failures are retried with exponential backoff (base, 2x, 4x, ...
 * capped at 24 h) up to `maxAttempts`, then the delivery is FAILED; every attempt is logged on the
 * delivery, and `replayWebhook` puts deliveries back in the queue. Receivers are kept apart: at most
 * PER_ENDPOINT deliveries to one endpoint at once, and an endpoint that fails or times out sends
 * nothing more in that round, so a hanging receiver delays nobody else by more than one timeout.
 *
 * On PostgreSQL, several API processes can dispatch at once: rows are claimed with
 * FOR UPDATE SKIP LOCKED and a lease (nextAttemptAt moves past the attempt's timeout).
 */
import { LockMode, type EntityManager } from '@mikro-orm/core';
import {
  OutboxEventRow,
  WebhookDeliveryRow,
  WebhookEndpointRow,
  type WebhookAttempt,
} from '../../db/entities';
import { emSql } from '../../db/sql';
import { ID_PREFIX, newId } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { subscribes } from './events';
import { HEADER_EVENT, HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign } from './signature';
import { assertPublicTarget } from './targets';

const BATCH = 100;
/** outbox events handed over per transaction */
const FAN_OUT_BATCH = 1000;
const CONCURRENCY = 8;
/** deliveries in flight to one endpoint at once: a slow receiver holds at most this many workers */
const PER_ENDPOINT = 4;
const MAX_BACKOFF_MS = 24 * 3_600_000;
const MAX_LOG = 20;

export interface DispatchResult {
  /** deliveries created from new outbox events */
  queued: number;
  attempted: number;
  succeeded: number;
  failed: number;
}

type FetchFn = typeof fetch;

const skipLocked = (app: App): { lockMode?: LockMode.PESSIMISTIC_PARTIAL_WRITE } =>
  app.config.database.kind === 'postgresql' ? { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE } : {};

export function backoffMs(base: number, attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, base * 2 ** Math.max(0, attempts - 1));
}

/**
 * Creates deliveries for undelivered outbox events; marks the events handed over. Set-based: the
 * events are read as (id, type) only and marked in one UPDATE per batch, so the outbox costs the
 * write path's database little even when every purchase adds an event and no endpoint listens.
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
      const endpoints = await em.find(WebhookEndpointRow, { active: true });
      const now = app.clock.now();
      let n = 0;
      for (const ev of events) {
        for (const ep of endpoints) {
          if (!subscribes(ep.events, ev.type)) continue;
          queueDelivery(em, ep.id, ev, now);
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
) {
  return em.create(WebhookDeliveryRow, {
    id: newId(ID_PREFIX.webhookDelivery),
    endpointId,
    eventId: ev.id,
    eventType: ev.type,
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: now,
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

async function attempt(
  app: App,
  fetchFn: FetchFn,
  ep: WebhookEndpointRow | undefined,
  ev: OutboxEventRow | undefined,
) {
  const started = performance.now();
  const at = app.clock.now();
  if (!ep || !ep.active || !ev)
    return {
      at,
      status: null,
      error: !ev ? 'event not found' : 'endpoint disabled or deleted',
      durationMs: 0,
      ok: false,
      final: true,
    };
  const body = eventBody(ev);
  const ts = Math.floor(Date.now() / 1000);
  try {
    if (!app.config.webhooks.allowPrivateTargets) await assertPublicTarget(ep.url);
    const res = await fetchFn(ep.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Accrue-Webhooks/1',
        [HEADER_ID]: ev.id,
        [HEADER_EVENT]: ev.type,
        [HEADER_TIMESTAMP]: String(ts),
        [HEADER_SIGNATURE]: sign(ep.secret, ts, body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(app.config.webhooks.timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return {
      at,
      status: res.status,
      error: ok ? null : `HTTP ${res.status}`,
      durationMs: Math.round(performance.now() - started),
      ok,
      final: false,
    };
  } catch (e) {
    const msg =
      e instanceof Error
        ? e.name === 'TimeoutError'
          ? `timed out after ${app.config.webhooks.timeoutMs} ms`
          : `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}`
        : String(e);
    return {
      at,
      status: null,
      error: msg.slice(0, 480),
      durationMs: Math.round(performance.now() - started),
      ok: false,
      final: false,
    };
  }
}

/** Claims due deliveries (a lease past the timeout), sends them, records each outcome. */
async function deliverDue(app: App, fetchFn: FetchFn): Promise<Omit<DispatchResult, 'queued'>> {
  const result = { attempted: 0, succeeded: 0, failed: 0 };
  const { timeoutMs, retryBaseMs, maxAttempts } = app.config.webhooks;
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
        const out = await attempt(app, fetchFn, endpoints.get(c.endpointId), events.get(c.eventId));
        inFlight.set(c.endpointId, inFlight.get(c.endpointId)! - 1);
        // (a final refusal, such as a disabled endpoint, costs no time: no need to hold the rest back)
        if (!out.ok && !out.final) tripped.add(c.endpointId);
        result.attempted++;
        await inTransaction(app, async (tx) => {
          const d = await tx.findOne(WebhookDeliveryRow, { id: c.id });
          if (!d || d.status !== 'PENDING') return;
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
          if (out.ok) {
            d.status = 'SUCCEEDED';
            d.deliveredAt = out.at;
            d.nextAttemptAt = null;
            result.succeeded++;
          } else if (out.final || d.attempts >= maxAttempts) {
            d.status = 'FAILED';
            d.nextAttemptAt = null;
            result.failed++;
          } else {
            d.nextAttemptAt = new Date(app.clock.now().getTime() + backoffMs(retryBaseMs, d.attempts));
            result.failed++;
          }
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, claimed.length) }, worker));
    const released = [...tripped].flatMap((endpointId) => queues.get(endpointId)!.map((c) => c.id));
    if (released.length)
      await inTransaction(app, async (em) => {
        const now = app.clock.now();
        for (const d of await em.find(WebhookDeliveryRow, { id: { $in: released }, status: 'PENDING' }))
          d.nextAttemptAt = now;
      });
    if (claimed.length < BATCH || released.length) return result;
  }
}

/** One round: queue new events, then send what is due. Safe to run concurrently (SKIP LOCKED + leases). */
export async function dispatchWebhooks(app: App, opts: { fetchFn?: FetchFn } = {}): Promise<DispatchResult> {
  const queued = await fanOut(app);
  return { queued, ...(await deliverDue(app, opts.fetchFn ?? fetch)) };
}

/** Runs dispatchWebhooks every `webhooks.intervalMs` (started by `serve`); returns a stop function. */
export function startWebhookDispatcher(app: App): () => Promise<void> {
  const every = app.config.webhooks.intervalMs;
  if (!every) return async () => undefined;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = dispatchWebhooks(app)
      .catch((e) => console.error('[accrue] webhook dispatch failed:', e))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, every);
  timer.unref();
  tick();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
