/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers; switch to packages/sdk documents once they cover these operations */
/** Webhooks from the outbox: signatures, isolation from the write, retries, the log and replay. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_DATABASES, startTestApp, type TestApp } from '../../test/harness';
import { OutboxEventRow } from '../../db/entities/outbox';
import { WebhookDeliveryRow } from '../../db/entities/webhooks';
import { dispatchWebhooks } from './dispatcher';
import { pruneOutbox } from './prune';
import {
  HEADER_ID,
  HEADER_SIGNATURE,
  HEADER_TIMESTAMP,
  keyOfSecret,
  sign,
  verifySignature,
} from './signature';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers with the next status in `script` (then 200). */
async function receiver() {
  const received: Received[] = [];
  const state = { script: [] as number[] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = state.script.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A receiver that reads the request and never answers. */
async function hangingReceiver() {
  const server: Server = createServer(() => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hangs`;
  return {
    url,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const CREATE = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id url events active } secret userErrors { code } } }`;
const DELIVERIES = `query($e: ID) { webhookDeliveries(endpointId: $e, first: 100) { totalCount edges { node { id eventId eventType status attempts responseStatus lastError log { status error } deliveredAt } } } }`;

describe('signature', () => {
  it('verifies only the exact id, body, secret and a fresh timestamp', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"id":"evt_1"}';
    const now = 1_800_000_000;
    const headers = {
      id: 'evt_1',
      timestamp: String(now),
      signature: sign(keyOfSecret(secret), 'evt_1', now, body),
    };
    expect(headers.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verifySignature(secret, headers, body, { nowSeconds: now })).toEqual({ ok: true });
    expect(verifySignature(secret, headers, body + ' ', { nowSeconds: now }).ok).toBe(false);
    // the same body and signature under another id: the replay the id in the signature stops
    expect(verifySignature(secret, { ...headers, id: 'evt_2' }, body, { nowSeconds: now }).ok).toBe(false);
    expect(verifySignature('whsec_b3RoZXI=', headers, body, { nowSeconds: now }).ok).toBe(false);
    expect(
      verifySignature(secret, { ...headers, timestamp: String(now - 1) }, body, { nowSeconds: now }).ok,
    ).toBe(false);
    expect(verifySignature(secret, headers, body, { nowSeconds: now + 301 })).toEqual({
      ok: false,
      reason: 'timestamp outside the tolerance',
    });
  });
});

describe.each(TEST_DATABASES)('webhooks on %s', (kind) => {
  let t: TestApp;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let n = 0;
  const purchase = async () => {
    n++;
    await t.ok(`mutation { enrollMember(input: { externalId: "wh-${n}" }) { member { id } } }`);
    const r = await t.ok<any, any>(
      `mutation { recordPurchase(input: { member: { externalId: "wh-${n}" }, orderId: "wh-o-${n}", amountMinor: 20000 }) { pointsAwarded userErrors { code } } }`,
    );
    expect(r.recordPurchase.userErrors).toEqual([]);
    return r.recordPurchase.pointsAwarded as number;
  };
  const endpoint = async (events: string[], url = rx.url) =>
    (await t.ok<any, any>(CREATE, { i: { url, events } })).createWebhookEndpoint;
  const deliveries = async (endpointId: string) =>
    (await t.ok<any, any>(DELIVERIES, { e: endpointId })).webhookDeliveries.edges.map((e: any) => e.node);

  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: {
        ACCRUE_WEBHOOK_RETRY_SCHEDULE: '0,0',
        ACCRUE_WEBHOOK_TIMEOUT_MS: '2000',
      },
    });
  });
  beforeEach(async () => {
    rx = await receiver();
  });
  afterAll(async () => {
    await rx?.close();
    await t?.close();
  });

  it('registers endpoints with known events only, and shows the secret once', async () => {
    const bad = await t.gql(CREATE, { i: { url: rx.url, events: ['points.stolen'] } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'events', '0'],
    });
    const badUrl = await t.gql(CREATE, { i: { url: 'file:///etc/passwd', events: ['*'] } });
    expect(badUrl.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'url'] });
    const ep = await endpoint(['points.earned']);
    expect(ep.secret).toMatch(/^whsec_/);
    const list = await t.ok<any, any>(`{ webhookEndpoints { id url events active } }`);
    expect(JSON.stringify(list)).not.toContain(ep.secret);
    const log = await t.ok<any, any>(`{ auditLog(first: 5) { edges { node { action after } } } }`);
    expect(log.auditLog.edges[0].node.action).toBe('webhook.create');
    expect(log.auditLog.edges[0].node.after).not.toContain(ep.secret);
    await t.ok(
      `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { active } } }`,
      { i: { id: ep.endpoint.id, active: false } },
    );
  });

  it('delivers subscribed events, signed with HMAC-SHA256 over id, timestamp and body', async () => {
    const ep = await endpoint(['points.earned']);
    const points = await purchase();
    const r = await dispatchWebhooks(t.app);
    expect(r.succeeded).toBeGreaterThanOrEqual(1);
    const earned = rx.received.filter((x) => JSON.parse(x.body).type === 'points.earned');
    expect(earned).toHaveLength(1);
    expect(rx.received.every((x) => JSON.parse(x.body).type === 'points.earned')).toBe(true); // member.enrolled not subscribed
    const { headers, body } = earned[0];
    const sig = {
      id: headers[HEADER_ID] as string,
      timestamp: headers[HEADER_TIMESTAMP] as string,
      signature: headers[HEADER_SIGNATURE] as string,
    };
    expect(verifySignature(ep.secret, sig, body)).toEqual({ ok: true });
    expect(verifySignature(ep.secret, sig, body.replace(String(points), String(points + 1))).ok).toBe(false);
    expect(verifySignature('whsec_wrong', sig, body).ok).toBe(false);
    const parsed = JSON.parse(body);
    expect(parsed).toMatchObject({ type: 'points.earned', data: { points } });
    expect(headers[HEADER_ID]).toBe(parsed.id);
    const [d] = await deliveries(ep.endpoint.id);
    expect(d).toMatchObject({ status: 'SUCCEEDED', attempts: 1, responseStatus: 200, eventId: parsed.id });
    // nothing is sent twice
    expect((await dispatchWebhooks(t.app)).attempted).toBe(0);
    await t.ok(
      `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { active } } }`,
      { i: { id: ep.endpoint.id, active: false } },
    );
  });

  it('a failing receiver never rolls back the write; retries until it succeeds, logging each attempt', async () => {
    const ep = await endpoint(['points.earned']);
    const dead = await endpoint(['points.earned'], 'http://127.0.0.1:9/unreachable');
    rx.state.script = [500, 503];
    const points = await purchase(); // the write commits whatever the receivers do
    expect(points).toBeGreaterThan(0);
    const member = await t.ok<any, any>(
      `{ member(ref: { externalId: "wh-${n}" }) { balance { lifetimeEarned } ledger { totalCount } } }`,
    );
    expect(member.member.balance.lifetimeEarned).toBeGreaterThanOrEqual(points);
    expect(member.member.ledger.totalCount).toBeGreaterThanOrEqual(1);

    await dispatchWebhooks(t.app);
    expect((await deliveries(ep.endpoint.id))[0]).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      responseStatus: 500,
      lastError: 'HTTP 500',
    });
    await dispatchWebhooks(t.app);
    await dispatchWebhooks(t.app);
    const [d] = await deliveries(ep.endpoint.id);
    expect(d).toMatchObject({ status: 'SUCCEEDED', attempts: 3, responseStatus: 200 });
    expect(d.log.map((a: any) => a.status)).toEqual([500, 503, 200]);
    // the same event each time
    expect(new Set(rx.received.map((x) => x.headers[HEADER_ID])).size).toBe(1);

    // the unreachable endpoint gives up after the schedule (ACCRUE_WEBHOOK_RETRY_SCHEDULE 0,0: 3 attempts)
    const [gone] = await deliveries(dead.endpoint.id);
    expect(gone.status).toBe('FAILED');
    expect(gone.attempts).toBe(3);
    expect(gone.log.every((a: any) => a.status === null && a.error)).toBe(true);
    for (const e of [ep, dead])
      await t.ok(
        `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { active } } }`,
        { i: { id: e.endpoint.id, active: false } },
      );
  });

  it('a receiver that hangs holds up no other endpoint: its deliveries wait for a later round', async () => {
    const healthy = await endpoint(['points.earned']);
    const hang = await hangingReceiver();
    const hanging = await endpoint(['points.earned'], hang.url);
    for (let i = 0; i < 10; i++) await purchase();
    // the hanging receiver answers nothing until the attempt's timeout (2 s here) aborts it
    const round = await dispatchWebhooks(t.app);
    const ok = await deliveries(healthy.endpoint.id);
    expect(ok).toHaveLength(10);
    expect(ok.every((d: any) => d.status === 'SUCCEEDED')).toBe(true);
    const held = await deliveries(hanging.endpoint.id);
    const tried = held.filter((d: any) => d.attempts > 0);
    // at most 4 at once to one endpoint, and none after it failed: the other 6 were not tried
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.length).toBeLessThanOrEqual(4);
    expect(tried.every((d: any) => /timed out/.test(d.lastError))).toBe(true);
    expect(held.every((d: any) => d.status === 'PENDING')).toBe(true);
    expect(round.attempted).toBe(10 + tried.length);
    await hang.close();
    for (const e of [healthy, hanging])
      await t.ok(
        `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { active } } }`,
        { i: { id: e.endpoint.id, active: false } },
      );
  });

  it('replays a delivery, and every event since a time, with the same event id', async () => {
    const ep = await endpoint(['*']);
    const since = new Date(Date.now() - 1000).toISOString();
    rx.state.script = Array(50).fill(500);
    await purchase();
    for (let i = 0; i < 3; i++) await dispatchWebhooks(t.app);
    const failed = (await deliveries(ep.endpoint.id)).filter((d: any) => d.status === 'FAILED');
    expect(failed.length).toBeGreaterThanOrEqual(1);
    const target = failed[0];
    // a whole retry schedule failed without one success: the endpoint is disabled; enabled again, the
    // deliveries held meanwhile go out
    const state = (
      await t.ok<any, any>(`{ webhookEndpoints { id active disabledAt disabledReason } }`)
    ).webhookEndpoints.find((e: any) => e.id === ep.endpoint.id);
    expect(state).toMatchObject({
      active: false,
      disabledReason: expect.stringMatching(/^every attempt failed since/),
    });
    await t.ok(
      `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { active disabledAt } } }`,
      { i: { id: ep.endpoint.id, active: true } },
    );
    rx.state.script = [];
    await dispatchWebhooks(t.app);

    const replay = await t.ok<any, any>(
      `mutation($i: ReplayWebhookInput!) { replayWebhook(input: $i) { deliveries { id status attempts } userErrors { code } } }`,
      {
        i: { deliveryId: target.id },
      },
    );
    expect(replay.replayWebhook.deliveries).toEqual([{ id: target.id, status: 'PENDING', attempts: 0 }]);
    rx.received.length = 0;
    rx.state.script = [];
    await dispatchWebhooks(t.app);
    const after = (await deliveries(ep.endpoint.id)).find((d: any) => d.id === target.id);
    expect(after).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect(after.log.length).toBeGreaterThanOrEqual(4); // the log keeps the earlier attempts
    expect(rx.received.map((x) => x.headers[HEADER_ID])).toEqual([target.eventId]);

    // replay everything since `since`: all the endpoint's events are sent again
    const all = await t.ok<any, any>(
      `mutation($i: ReplayWebhookInput!) { replayWebhook(input: $i) { deliveries { id eventId } userErrors { code } } }`,
      {
        i: { endpointId: ep.endpoint.id, since },
      },
    );
    const eventIds = all.replayWebhook.deliveries.map((d: any) => d.eventId);
    expect(eventIds).toContain(target.eventId);
    rx.received.length = 0;
    await dispatchWebhooks(t.app);
    expect(new Set(rx.received.map((x) => x.headers[HEADER_ID]))).toEqual(new Set(eventIds));
    const log = await t.ok<any, any>(`{ auditLog(first: 3) { edges { node { action } } } }`);
    expect(log.auditLog.edges[0].node.action).toBe('webhook.replay');
  });
  it('prunes finished deliveries and handed-over events past the retention, never pending ones', async () => {
    const em = () => t.app.orm.em.fork();
    const ok = await endpoint(['points.earned']);
    await purchase(); // event A: delivered to `ok`
    await dispatchWebhooks(t.app);
    const down = await endpoint(['points.earned'], 'http://127.0.0.1:1/hooks'); // refuses connections
    await purchase(); // event B: delivered to `ok`, still pending (retrying) for `down`
    await dispatchWebhooks(t.app);
    const mine = async () =>
      em().find(
        WebhookDeliveryRow,
        { endpointId: { $in: [ok.endpoint.id, down.endpoint.id] } },
        { orderBy: { id: 'asc' } },
      );
    const before = await mine();
    expect(before.map((d) => [d.endpointId === ok.endpoint.id ? 'ok' : 'down', d.status])).toEqual([
      ['ok', 'SUCCEEDED'],
      ['ok', 'SUCCEEDED'],
      ['down', 'PENDING'],
    ]);
    const [eventA, eventB] = [before[0].eventId, before[1].eventId];
    expect(before[2].eventId).toBe(eventB);

    // nothing is older than the retention (30 days) yet
    expect(await pruneOutbox(t.app)).toEqual({ deliveries: 0, events: 0 });
    expect(await mine()).toHaveLength(3);

    const pruned = await pruneOutbox(t.app, new Date(Date.now() + 31 * 86_400_000));
    expect(pruned.deliveries).toBeGreaterThanOrEqual(2);
    // the succeeded deliveries go, with event A; event B stays while its delivery to `down` is pending
    expect((await mine()).map((d) => [d.endpointId === ok.endpoint.id ? 'ok' : 'down', d.status])).toEqual([
      ['down', 'PENDING'],
    ]);
    expect(await em().findOne(OutboxEventRow, { id: eventA })).toBeNull();
    expect(await em().findOne(OutboxEventRow, { id: eventB })).not.toBeNull();
  });

  it('outside development, refuses receivers on loopback or private addresses, when registered and when delivered', async () => {
    const ep = await endpoint(['points.earned']); // allowed here: tests run with NODE_ENV=test
    const config = t.app.config.webhooks as { allowPrivateTargets: boolean };
    config.allowPrivateTargets = false;
    try {
      for (const url of [
        'http://127.0.0.1:8080/x',
        'http://localhost/x',
        'http://[::1]/x',
        'http://169.254.169.254/latest/meta-data',
        'http://10.1.2.3/x',
        'http://[::ffff:192.168.0.1]/x',
      ]) {
        const r = await t.gql(CREATE, { i: { url, events: ['*'] } });
        expect(r.errors?.[0].extensions, url).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: ['input', 'url'],
        });
        expect(r.errors?.[0].message).toMatch(/must reach a public receiver/);
      }
      // an endpoint registered before (or while allowed) is not sent to
      await purchase();
      await dispatchWebhooks(t.app);
      const [d] = await deliveries(ep.endpoint.id);
      expect(d.status).not.toBe('DELIVERED');
      expect(d.lastError).toMatch(/^refused: 127\.0\.0\.1 is a loopback/);
      const held = await t.ok<any, any>(`{ webhookEndpoints { id active } }`);
      expect(held.webhookEndpoints.find((e: any) => e.id === ep.endpoint.id).active).toBe(true);
      expect(rx.received).toHaveLength(0);
    } finally {
      config.allowPrivateTargets = true;
    }
  });
});
