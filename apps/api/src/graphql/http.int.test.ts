/** GraphQL over HTTP compliance (graphql-http audits) and the hardening limits, on the running server. */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, TEST_DATABASES, startTestApp, type TestApp } from '../test/harness';

describe.each(TEST_DATABASES)('HTTP on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { ACCRUE_MAX_QUERY_DEPTH: '8', ACCRUE_MAX_QUERY_COMPLEXITY: '2000' },
    });
  });
  afterAll(() => t?.close());

  it('passes every MUST of the graphql-http server audits', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: t.url })) {
      const r = await audit.fn();
      if (audit.name.startsWith('MUST') && r.status !== 'ok') failures.push(`${audit.name}: ${r.reason}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses queries nested deeper than the limit', async () => {
    const deep = `{ members(first: 1) { edges { node { referredBy { referredBy { referredBy { referredBy { referredBy { id } } } } } } } } }`;
    const r = await t.gql(deep);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(
      (await t.gql(`{ members(first: 1) { edges { node { referredBy { id } } } } }`)).errors,
    ).toBeUndefined();
  });

  it('refuses queries whose estimated complexity is over the limit', async () => {
    const heavy = `{ members(first: 100) { edges { node { ledger(first: 100) { edges { node { id points } } } } } } }`;
    const r = await t.gql(heavy);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // variables count too
    const v = await t.gql(
      `query($n: Int) { members(first: $n) { edges { node { ledger(first: $n) { totalCount edges { node { id } } } } } } }`,
      { n: 100 },
    );
    expect(v.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(
      (await t.gql(`query($n: Int) { members(first: $n) { totalCount } }`, { n: 100 })).errors,
    ).toBeUndefined();
  });

  it('refuses pages larger than 100', async () => {
    const r = await t.gql(`{ members(first: 101) { totalCount } }`);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['first'] });
  });

  it('answers a top-level error with its HTTP status, whichever layer raised it', async () => {
    // from a query resolver, from a mutation's use case, and from authentication
    expect((await t.gql(`{ members(first: 101) { totalCount } }`)).status).toBe(400);
    const zero = await t.gql(
      `mutation { recordPurchase(input: { member: { externalId: "nobody" }, orderId: "st-1", amountMinor: 0 }) { pointsAwarded } }`,
    );
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(zero.status).toBe(400);
    const anonymous = await t.gql(`{ alertThresholds { costToSalesRedLine } }`, undefined, null);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    // a business refusal stays in the payload, HTTP 200
    const refused = await t.gql(
      `mutation { recordPurchase(input: { member: { externalId: "nobody" }, orderId: "st-2", amountMinor: 100 }) { userErrors { code } } }`,
    );
    expect(refused.status).toBe(200);
    expect(refused.data).toMatchObject({ recordPurchase: { userErrors: [{ code: 'MEMBER_NOT_FOUND' }] } });
  });

  it('answers a malformed value written inline with BAD_USER_INPUT naming the field, as for a variable', async () => {
    await t.ok(`mutation { enrollMember(input: { externalId: "inline" }) { member { id } } }`);
    const cases: [string, string[]][] = [
      ['amountMinor: 1e20', ['input', 'amountMinor']],
      ['amountMinor: 10.5', ['input', 'amountMinor']],
      ['amountMinor: 100, occurredAt: "yesterday"', ['input', 'occurredAt']],
      [
        'amountMinor: 100, items: [{ sku: "a", quantity: 0.5, amountMinor: 100 }]',
        ['input', 'items', '0', 'quantity'],
      ],
      ['amountMinor: 100, colour: "red"', ['input', 'colour']],
    ];
    for (const [fields, field] of cases) {
      const r = await t.gql(
        `mutation { recordPurchase(input: { member: { externalId: "inline" }, orderId: "in-1", ${fields} }) { pointsAwarded } }`,
      );
      expect(r.status, fields).toBe(400);
      expect(r.errors?.[0].extensions, fields).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const missing = await t.gql(
      `mutation { recordPurchase(input: { member: { externalId: "inline" } }) { pointsAwarded } }`,
    );
    expect(missing.errors?.map((e) => e.extensions?.field)).toEqual([
      ['input', 'orderId'],
      ['input', 'amountMinor'],
    ]);
    // a variable is named by the argument it is passed to, whatever the variable is called
    const viaVariable = await t.gql(
      `mutation($p: RecordPurchaseInput!) { recordPurchase(input: $p) { pointsAwarded } }`,
      { p: { member: { externalId: 'inline' }, orderId: 'in-2', amountMinor: 'ten' } },
    );
    expect(viaVariable.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'amountMinor'],
    });
    // other validation errors keep their own code
    const unknown = await t.gql(`{ nope }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses oversized and malformed bodies', async () => {
    const big = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_SECRET}` },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(big.status).toBe(413);
    const bad = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(TEST_DATABASES[0], {
      env: { NODE_ENV: 'production', ACCRUE_SECRETS_KEY: Buffer.alloc(32, 1).toString('base64') },
    });
  });
  afterAll(() => t?.close());

  it('answers errors without stack traces and refuses introspection by default', async () => {
    const forbidden = await t.gql(`{ auditLog { totalCount } }`, {}, 'ack_nonsense');
    expect(forbidden.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await t.gql(
      `mutation { createStaffUser(input: { email: "x", password: "p", role: ADMIN }) { user { id } } }`,
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const intro = await t.gql(`{ __schema { types { name } } }`);
    expect(intro.errors?.length).toBeGreaterThan(0);
    for (const r of [forbidden, invalid, intro])
      expect(JSON.stringify(r)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });
});
