/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Deliveries as a receiver and an operator see them: verified with the Standard Webhooks library
 * itself, secrets sealed at rest, 410 Gone, Retry-After, an endpoint disabled with its alert, events
 * held while it is off and sent when it is on again.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEventRow } from '../../db/entities/outbox';
import { WebhookDeliveryRow, WebhookEndpointRow } from '../../db/entities/webhooks';
import { emSql } from '../../db/sql/queries';
import { TEST_DATABASES, startTestApp, type TestApp } from '../../test/harness';
import { dispatchWebhooks } from './dispatcher';
import { pruneOutbox } from './prune';
import { sealLegacySecrets } from './secret-box';
import { createWebhookClient } from './webhook-client';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One receiver; `answer` decides the status (and headers) per request path. */
async function receiver() {
  const received: Received[] = [];
  const state = { answer: (_path: string): [number, Record<string, string>?] => [200] };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const [status, headers] = state.answer(req.url!);
      res.writeHead(status, headers ?? {});
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const CREATE = `mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { endpoint { id } secret } }`;
const UPDATE = `mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { endpoint { id active disabledAt disabledReason } secret } }`;

describe.each(TEST_DATABASES)('Standard Webhooks delivery on %s', (kind) => {
  let t: TestApp;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let n = 0;
  const enrol = async () => {
    n++;
    await t.ok(`mutation { enrollMember(input: { externalId: "dl-${n}" }) { member { id } } }`);
  };
  const create = async (path: string, events = ['member.enrolled']) =>
    (await t.ok<any, any>(CREATE, { i: { url: rx.base + path, events } })).createWebhookEndpoint as {
      endpoint: { id: string };
      secret: string;
    };
  const update = async (i: Record<string, unknown>) =>
    (await t.ok<any, any>(UPDATE, { i })).updateWebhookEndpoint;
  const deliveriesOf = (endpointId: string) =>
    t.app.orm.em.fork().find(WebhookDeliveryRow, { endpointId }, { orderBy: { id: 'asc' } });
  const off = (id: string) => update({ id, active: false });

  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { ACCRUE_WEBHOOK_RETRY_SCHEDULE: '0,0', ACCRUE_WEBHOOK_TIMEOUT_MS: '2000' },
    });
    rx = await receiver();
  });
  afterAll(async () => {
    await rx?.close();
    await t?.close();
  });

  it('a receiver verifies every delivery with the standardwebhooks package; the secret is sealed at rest', async () => {
    const ep = await create('/std');
    expect(ep.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    await enrol();
    await dispatchWebhooks(t.app);
    const got = rx.received.filter((r) => r.path === '/std');
    expect(got).toHaveLength(1);
    const wh = new Webhook(ep.secret);
    const payload = wh.verify(got[0].body, got[0].headers as Record<string, string>) as any;
    expect(payload).toMatchObject({ type: 'member.enrolled', id: got[0].headers['webhook-id'] });
    expect(got[0].headers['webhook-signature']).toMatch(/^v1,/);
    // the same body and signature replayed under another id does not verify
    expect(() => wh.verify(got[0].body, { ...(got[0].headers as any), 'webhook-id': 'evt_other' })).toThrow();
    // another secret does not verify
    expect(() =>
      new Webhook(`whsec_${randomBytes(32).toString('base64')}`).verify(got[0].body, got[0].headers as any),
    ).toThrow();

    // at rest: sealed (AES-256-GCM), not the secret nor its key
    const [row] = await emSql(t.app.orm.em.fork()).all<{ secret: string }>(
      `select "secret" from "webhook_endpoint" where "id" = ?`,
      [ep.endpoint.id],
    );
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(ep.secret.slice(6, 30));

    // a rotated secret verifies the next delivery; the old one no longer does
    const rotated = (await update({ id: ep.endpoint.id, rotateSecret: true })).secret as string;
    rx.received.length = 0;
    await enrol();
    await dispatchWebhooks(t.app);
    const next = rx.received.find((r) => r.path === '/std')!;
    expect(() => new Webhook(rotated).verify(next.body, next.headers as any)).not.toThrow();
    expect(() => new Webhook(ep.secret).verify(next.body, next.headers as any)).toThrow();
    await off(ep.endpoint.id);
  });

  it('a secret issued before encryption is sealed at start-up and keeps its key', async () => {
    const ep = await create('/legacy');
    const legacy = `whsec_${randomBytes(32).toString('base64url')}`;
    await t.app.orm.em.fork().nativeUpdate(WebhookEndpointRow, { id: ep.endpoint.id }, { secret: legacy });
    expect(await sealLegacySecrets(t.app)).toBe(1);
    expect(await sealLegacySecrets(t.app)).toBe(0);
    rx.received.length = 0;
    await enrol();
    await dispatchWebhooks(t.app);
    const got = rx.received.find((r) => r.path === '/legacy')!;
    // the receiver's old secret, spelled in standard base64
    const standard = `whsec_${legacy.slice(6).replace(/-/g, '+').replace(/_/g, '/')}=`;
    expect(() => new Webhook(standard).verify(got.body, got.headers as any)).not.toThrow();
    await off(ep.endpoint.id);
  });

  it('410 Gone disables the endpoint with an alert; events meanwhile are held and sent when it is enabled', async () => {
    const gone = await create('/gone');
    const watcher = await create('/watch', ['endpoint.disabled']);
    rx.state.answer = (p) => (p === '/gone' ? [410] : [200]);
    await enrol();
    await dispatchWebhooks(t.app);
    const state = (
      await t.ok<any, any>(`{ webhookEndpoints { id active disabledAt disabledReason } }`)
    ).webhookEndpoints.find((e: any) => e.id === gone.endpoint.id);
    expect(state).toMatchObject({ active: false, disabledReason: 'the receiver answered 410 Gone' });
    const metricsNow = await t.app.telemetry.registry.metrics();
    expect(metricsNow).toMatch(/accrue_webhook_endpoints_disabled 1/);
    expect(state.disabledAt).not.toBeNull();
    const [first] = await deliveriesOf(gone.endpoint.id);
    expect(first).toMatchObject({ status: 'PENDING', nextAttemptAt: null, responseStatus: 410 });
    // the alert: an endpoint.disabled event, delivered to whoever subscribes to it, and a metric
    await dispatchWebhooks(t.app);
    const alert = rx.received.find((r) => r.path === '/watch');
    expect(JSON.parse(alert!.body)).toMatchObject({
      type: 'endpoint.disabled',
      data: { endpointId: gone.endpoint.id, reason: 'gone' },
    });
    const metrics = await t.app.telemetry.registry.metrics();
    expect(metrics).toMatch(/accrue_webhook_endpoints_disabled_total\{reason="gone"\} 1/);

    // two more events while it is off: nothing is sent to it
    rx.received.length = 0;
    await enrol();
    await enrol();
    await dispatchWebhooks(t.app);
    await dispatchWebhooks(t.app);
    expect(rx.received.filter((r) => r.path === '/gone')).toEqual([]);
    const held = await deliveriesOf(gone.endpoint.id);
    expect(held.map((d) => [d.status, d.nextAttemptAt])).toEqual([
      ['PENDING', null],
      ['PENDING', null],
      ['PENDING', null],
    ]);
    // enabled again (the receiver is back): all three go out, oldest first
    rx.state.answer = () => [200];
    const on = await update({ id: gone.endpoint.id, active: true });
    expect(on.endpoint).toMatchObject({ active: true, disabledAt: null, disabledReason: null });
    await dispatchWebhooks(t.app);
    const sent = rx.received.filter((r) => r.path === '/gone').map((r) => r.headers['webhook-id']);
    expect(sent).toEqual(held.map((d) => d.eventId));
    expect((await deliveriesOf(gone.endpoint.id)).every((d) => d.status === 'SUCCEEDED')).toBe(true);
    await off(gone.endpoint.id);
    await off(watcher.endpoint.id);
  });

  it('a receiver that asks to retry later is retried when it said, not before', async () => {
    const later = await create('/later');
    rx.state.answer = (p) => (p === '/later' ? [503, { 'retry-after': '120' }] : [200]);
    await enrol();
    const before = Date.now();
    await dispatchWebhooks(t.app);
    const [d] = await deliveriesOf(later.endpoint.id);
    expect(d.status).toBe('PENDING');
    expect(d.attempts).toBe(1);
    const wait = d.nextAttemptAt!.getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(119_000);
    expect(wait).toBeLessThan(125_000);
    // the schedule here is 0 s: without Retry-After it would go again at once
    rx.received.length = 0;
    await dispatchWebhooks(t.app);
    expect(rx.received.filter((r) => r.path === '/later')).toEqual([]);
    await off(later.endpoint.id);
  });

  it('a host name answering a public address, then a private one, never reaches the private one', async () => {
    const port = new URL(rx.base).port;
    const ep = (
      await t.ok<any, any>(CREATE, {
        i: { url: `http://rebind.test:${port}/rebind`, events: ['member.enrolled'] },
      })
    ).createWebhookEndpoint;
    const answers = ['93.184.215.14', '127.0.0.1'];
    const asked: string[] = [];
    const client = createWebhookClient({
      timeoutMs: 1000,
      allowPrivate: () => false,
      resolve: async (host) => {
        asked.push(host);
        const address = answers[Math.min(asked.length - 1, answers.length - 1)];
        return [{ address, family: 4 }];
      },
    });
    try {
      await enrol();
      await dispatchWebhooks(t.app, { client }); // connects to the public address it was given
      await dispatchWebhooks(t.app, { client }); // the answer is now 127.0.0.1: refused, nothing sent
    } finally {
      await client.close();
    }
    const [d] = await deliveriesOf(ep.endpoint.id);
    expect(d.attempts).toBe(2);
    expect(d.log[0].error).not.toMatch(/^refused/);
    expect(d.log[1].error).toMatch(/^refused: rebind\.test resolves to 127\.0\.0\.1 is a loopback address/);
    expect(asked).toEqual(['rebind.test', 'rebind.test']);
    expect(rx.received.filter((r) => r.path === '/rebind')).toEqual([]);
    await off(ep.endpoint.id);
  });

  it('held deliveries older than the retention are pruned with their events', async () => {
    const ep = await create('/held');
    await off(ep.endpoint.id);
    await enrol();
    await dispatchWebhooks(t.app);
    const [d] = await deliveriesOf(ep.endpoint.id);
    expect(d).toMatchObject({ status: 'PENDING', nextAttemptAt: null, attempts: 0 });
    expect(rx.received.filter((r) => r.path === '/held')).toEqual([]);
    await pruneOutbox(t.app, new Date(Date.now() + 31 * 86_400_000));
    expect(await deliveriesOf(ep.endpoint.id)).toEqual([]);
    expect(await t.app.orm.em.fork().findOne(OutboxEventRow, { id: d.eventId })).toBeNull();
  });
});
