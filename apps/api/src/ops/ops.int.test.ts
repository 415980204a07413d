/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * What an operator relies on: request ids on every log line and in the response, no secret or
 * e-mail address in the logs, /metrics behind its token, /health and /ready, a drain that lets
 * requests in flight finish; and refusals that cost little: the address limit before a token is
 * looked up, the document size and token limits before parsing, totalCount only when asked for.
 */
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, TEST_DATABASES, startTestApp, type TestApp } from '../test/harness';
import { startServer } from '../server';
import { dispatchWebhooks } from '../modules/webhooks/dispatcher';
import { createLogger } from './log';

const METRICS_TOKEN = 'metrics-token-0123456789';

/** Counts the ORM's SQL statements from now on. */
function statementCounter(t: TestApp) {
  const counter = { n: 0 };
  (t.app.orm.em.getConnection() as unknown as { getKnex(): { on(e: 'query', fn: () => void): void } })
    .getKnex()
    .on('query', () => counter.n++);
  return counter;
}

/** Captures the app's log lines (JSON objects). */
function captureLogs(t: TestApp) {
  const lines: any[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  t.app.log = createLogger({ logLevel: 'debug', env: 'test' }, sink);
  return lines;
}

const post = (t: TestApp, body: string, headers: Record<string, string> = {}) =>
  fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_SECRET}`, ...headers },
    body,
  });

/** Purchases sent together share group commits: the histogram's sum grows by their number. */
async function purchaseGroupSizes(t: TestApp) {
  const base = t.url.replace(/\/graphql$/, '');
  const ids = Array.from({ length: 8 }, (_, i) => `ops-group-${i}`);
  for (const id of ids)
    await t.ok(`mutation { enrollMember(input: { externalId: "${id}" }) { member { id } } }`);
  const scrape = async () =>
    (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const sum = (text: string) => Number(/^accrue_purchase_group_size_sum (\d+)/m.exec(text)?.[1] ?? 0);
  const count = (text: string) => Number(/^accrue_purchase_group_size_count (\d+)/m.exec(text)?.[1] ?? 0);
  const before = await scrape();
  expect(before).toMatch(/# TYPE accrue_purchase_group_size histogram/);
  // sent together, so they queue while the first commits and share group commits
  const results = await Promise.all(
    ids.map((id, i) =>
      t.ok(
        `mutation { recordPurchase(input: { member: { externalId: "${id}" }, orderId: "ops-order-${i}", amountMinor: 10000 }) { userErrors { message } } }`,
      ),
    ),
  );
  expect(results.every((r: any) => r.recordPurchase.userErrors.length === 0)).toBe(true);
  const after = await scrape();
  // every purchase committed in exactly one group: the sizes add up to the purchases
  expect(sum(after) - sum(before)).toBe(ids.length);
  const groups = count(after) - count(before);
  expect(groups).toBeGreaterThanOrEqual(1);
  expect(groups).toBeLessThanOrEqual(ids.length);
  expect(after).toMatch(/accrue_purchase_group_size_bucket\{le="128"\} \d+/);
  expect(after).toMatch(/accrue_purchase_group_size_bucket\{le="\+Inf"\} \d+/);
}

describe.each(TEST_DATABASES)('operations on %s', (kind) => {
  let t: TestApp;
  const base = () => t.url.replace(/\/graphql$/, '');
  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { ACCRUE_METRICS_TOKEN: METRICS_TOKEN, ACCRUE_MAX_QUERY_TOKENS: '200' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives every request an id, in the response and on every log line, and logs no secret or e-mail', async () => {
    const lines = captureLogs(t);
    const email = 'ops.person@example.com';
    const password = 'correct horse battery staple';
    const res = await post(
      t,
      JSON.stringify({
        query: `mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { user { id } } }`,
        variables: { i: { email, password, role: 'ADMIN' } },
      }),
      { 'x-request-id': 'client-req-42' },
    );
    expect(res.headers.get('x-request-id')).toBe('client-req-42');
    const login = await t.ok<any, any>(`mutation($i: LoginInput!) { login(input: $i) { token } }`, {
      i: { email, password },
    });
    const session = login.login.token as string;
    // a request id that is not sane is replaced
    const odd = await post(t, JSON.stringify({ query: '{ __typename }' }), {
      'x-request-id': 'x'.repeat(300),
    });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // nor is one that could carry an e-mail address into the logs
    const mail = await post(t, JSON.stringify({ query: '{ __typename }' }), { 'x-request-id': email });
    expect(mail.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    // a staff session's request: its line carries the id it came with
    await post(t, JSON.stringify({ query: '{ auditLog { totalCount } }' }), {
      authorization: `Bearer ${session}`,
      'x-request-id': 'client-req-43',
    });

    const requestLines = lines.filter((l) => l.msg === 'request');
    expect(requestLines.length).toBeGreaterThanOrEqual(4);
    expect(requestLines.every((l) => typeof l.requestId === 'string' && l.requestId.length > 0)).toBe(true);
    expect(requestLines.find((l) => l.requestId === 'client-req-42')).toMatchObject({
      level: 'info',
      route: '/graphql',
      status: 200,
      operation: 'mutation createStaffUser',
    });
    const text = JSON.stringify(lines);
    for (const secret of [email, password, session, ADMIN_SECRET, METRICS_TOKEN])
      expect(text).not.toContain(secret);
    expect(createLogger({ logLevel: 'info', env: 'test' }).levels).toBeDefined();
  });

  it('redacts credentials and e-mail addresses wherever a line carries them', () => {
    const lines: any[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = createLogger({ logLevel: 'info', env: 'test' }, sink);
    logger.info(
      {
        headers: { authorization: 'Bearer ack_live' },
        user: { email: 'a@b.co', password: 'pw' },
        secret: 's',
      },
      'login by a@b.co',
    );
    logger.error({ err: new Error('duplicate key for someone@example.org') }, 'failed');
    expect(lines[0]).toMatchObject({
      headers: { authorization: '[redacted]' },
      user: { email: '[redacted]', password: '[redacted]' },
      secret: '[redacted]',
      msg: 'login by [email]',
    });
    expect(JSON.stringify(lines[1])).not.toContain('someone@example.org');
  });

  it('serves /health, /ready and, behind its token, Prometheus metrics', async () => {
    expect(await (await fetch(`${base()}/health`)).json()).toEqual({ ok: true });
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });

    expect((await fetch(`${base()}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${base()}/metrics`, { headers: { authorization: 'Bearer wrong-token-000000' } })).status,
    ).toBe(401);
    await t.ok(`mutation { enrollMember(input: { externalId: "ops-1" }) { member { id } } }`);
    await t.gql(`{ member(ref: { externalId: "nobody" }) { id } }`);
    await dispatchWebhooks(t.app);
    const res = await fetch(`${base()}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(
      /accrue_graphql_operations_total\{operation="mutation enrollMember",outcome="ok"\} 1/,
    );
    expect(text).toMatch(
      /accrue_graphql_operation_duration_seconds_bucket\{le="[^"]+",operation="mutation enrollMember"\}/,
    );
    expect(text).toMatch(/accrue_http_requests_total\{route="\/graphql",status="200"\} \d+/);
    expect(text).toMatch(/accrue_outbox_undelivered_events 0/);
    expect(text).toMatch(/accrue_webhook_deliveries_pending\{state="due"\} \d+/);
    expect(text).toMatch(/accrue_webhook_attempts_total|# TYPE accrue_webhook_attempts_total counter/);
    expect(text).toMatch(/# TYPE accrue_expiry_runs_total counter/);
    expect(text).toMatch(/accrue_webhook_endpoints_failing 0/);
    expect(text).toMatch(/accrue_webhook_endpoints_disabled 0/);
    expect(text).toMatch(/accrue_process_resident_memory_bytes/);
  });

  it('exports the sizes of the purchase group commits (accrue_purchase_group_size)', () =>
    purchaseGroupSizes(t));

  it('refuses a document over the token limit before parsing it, and an oversized one before reading it as GraphQL', async () => {
    const many = `{ ${Array.from({ length: 120 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const r = await post(t, JSON.stringify({ query: many }));
    expect(r.status).toBe(400);
    const body = (await r.json()) as any;
    expect(body.errors[0].message).toMatch(/Document contains more tha[nt] 200 tokens/);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const huge = await post(t, JSON.stringify({ query: `{ __typename }${' '.repeat(100_001)}` }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0]).toMatchObject({
      message: expect.stringMatching(/at most 100000 are accepted/),
      extensions: { code: 'QUERY_TOO_LARGE' },
    });
  });

  it('counts a connection only when the query selects totalCount', async () => {
    const counter = statementCounter(t);
    const run = async (q: string) => {
      await t.ok(q); // warm the program cache and credential
      counter.n = 0;
      const r = await t.ok<any, any>(q);
      return { n: counter.n, r };
    };
    const without = await run(`{ auditLog(first: 5) { edges { node { id } } } }`);
    const withCount = await run(`{ auditLog(first: 5) { totalCount edges { node { id } } } }`);
    expect(withCount.n).toBe(without.n + 1);
    expect(withCount.r.auditLog.totalCount).toBeGreaterThan(0);
    const ledger = await run(
      `{ members(first: 5) { edges { node { ledger(first: 2) { edges { node { id } } } } } } }`,
    );
    const ledgerCounted = await run(
      `{ members(first: 5) { edges { node { ledger(first: 2) { totalCount edges { node { id } } } } } } }`,
    );
    expect(ledgerCounted.n).toBe(ledger.n + 1); // one batched count for the page of members
  });

  it('on close, finishes the request in flight and refuses new connections', async () => {
    const s = await startServer(t.app, { port: 0, host: '127.0.0.1' });
    const body = JSON.stringify({ query: '{ programSettings { name } }' });
    // a request whose body is still arriving when the drain starts
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(
        s.url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            authorization: `Bearer ${ADMIN_SECRET}`,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 300);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closing = s.close(5000);
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${s.url.replace(/\/graphql$/, '')}/health`)).rejects.toThrow();
    const done = await answer;
    expect(done.status).toBe(200);
    expect(JSON.parse(done.text).data.programSettings.name).toBeTruthy();
    await closing;
  });
});

describe.each(TEST_DATABASES)('the address limit before a token lookup on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { ACCRUE_RATE_LIMIT_BURST: '4', ACCRUE_RATE_LIMIT_PER_MINUTE: '1' },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses made-up tokens past the burst without reading the database; a known credential goes on', async () => {
    const key = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "till", role: INTEGRATION }) { key } }`)
    ).createApiKey.key as string;
    const asKey = (token: string) => t.gql(`{ tiers { name } }`, {}, token);
    expect((await asKey(key)).errors).toBeUndefined(); // looked up once (1 from the address), now cached
    const counter = statementCounter(t);
    const made = () => `ack_${Math.random().toString(36).slice(2)}${'x'.repeat(20)}`;
    for (let i = 0; i < 3; i++)
      expect((await asKey(made())).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(counter.n).toBe(3); // each looked up
    counter.n = 0;
    for (let i = 0; i < 5; i++) {
      const r = await asKey(made());
      expect(r.status).toBe(429);
      expect(r.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    }
    expect(counter.n).toBe(0);
    // the key authenticated before is in the credential cache: it costs no lookup and passes
    const ok = await asKey(key);
    expect(ok.errors).toBeUndefined();
  });
});

describe.each(TEST_DATABASES)('readiness without a database on %s', (kind) => {
  it('answers 503 from /ready while /health still answers 200', async () => {
    const t = await startTestApp(kind);
    const base = t.url.replace(/\/graphql$/, '');
    try {
      expect((await fetch(`${base}/ready`)).status).toBe(200);
      await t.app.orm.close(true);
      const ready = await fetch(`${base}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        ready: false,
        reason: expect.stringMatching(/^database: /),
      });
      expect((await fetch(`${base}/health`)).status).toBe(200);
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});

describe.runIf(TEST_DATABASES.includes('sqlite'))(
  'purchase group sizes from the SQLite writer thread',
  () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp('sqlite', {
        env: { ACCRUE_METRICS_TOKEN: METRICS_TOKEN, ACCRUE_SQLITE_WRITER: 'thread' },
      });
    });
    afterAll(async () => {
      await t?.close();
    });
    it('reports the groups the thread committed', () => purchaseGroupSizes(t));
  },
);
