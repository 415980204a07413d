/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * What a frontend team meets: a purchase's own entries, lots in spending order, cursors that belong
 * to their connection, clear errors (NUL characters, malformed JSON, a rejected token, node(id)
 * refusals with their HTTP status), CORS, and rules saved by another server process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TierRow } from '../db/entities/tiers';
import { ADMIN_SECRET, startTestApp, TEST_DATABASES, type TestApp } from './harness';

describe.each(TEST_DATABASES)('the API as a frontend sees it, on %s', (kind) => {
  let t: TestApp;
  let storefront = '';
  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { ACCRUE_PROGRAM_CACHE_SECONDS: '1', ACCRUE_RATE_LIMIT_PER_MINUTE: '0' },
    });
    await t.ok(`mutation { enrollMember(input: { externalId: "fe-1" }) { member { id } } }`);
    await t.ok(
      `mutation { adjustPoints(input: { member: { externalId: "fe-1" }, points: 1000, reason: "seed", key: "fe-seed" }) { entry { id } } }`,
    );
    storefront = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "shop", role: STOREFRONT }) { key } }`)
    ).createApiKey.key;
  });
  afterAll(async () => {
    await t?.close();
  });
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_SECRET}`, ...headers },
      body,
    });

  it("a purchase's entries are its own, not a checkout redemption naming the same order", async () => {
    await t.ok(
      `mutation { redeemPoints(input: { member: { externalId: "fe-1" }, key: "co-1", points: 100, orderId: "SO-1", orderAmountMinor: 12000 }) { redemption { id } } }`,
    );
    const p = await t.ok<any, any>(
      `mutation { recordPurchase(input: { member: { externalId: "fe-1" }, orderId: "SO-1", amountMinor: 11900 }) { pointsAwarded purchase { entries { type source points } } } }`,
    );
    const entries = p.recordPurchase.purchase.entries;
    expect(entries.every((e: any) => e.type === 'EARN')).toBe(true);
    expect(entries.reduce((s: number, e: any) => s + e.points, 0)).toBe(p.recordPurchase.pointsAwarded);
  });

  it('lists lots in spending order on both databases: lots that never expire last', async () => {
    await t.ok(
      `mutation { updateProgramSettings(input: { purchasePointsExpireInDays: null }) { settings { name } } }`,
    );
    await t.ok(
      `mutation { recordPurchase(input: { member: { externalId: "fe-1" }, orderId: "SO-2", amountMinor: 5000 }) { pointsAwarded } }`,
    );
    await t.ok(
      `mutation { updateProgramSettings(input: { purchasePointsExpireInDays: 365 }) { settings { name } } }`,
    );
    const lots = (await t.ok<any, any>(`{ member(ref: { externalId: "fe-1" }) { lots { expiresAt } } }`))
      .member.lots;
    expect(lots.length).toBeGreaterThan(1);
    expect(lots[lots.length - 1].expiresAt).toBeNull();
    expect(lots.slice(0, -1).every((l: any) => l.expiresAt !== null)).toBe(true);
  });

  it('refuses a cursor of another connection, naming the argument', async () => {
    const members = await t.ok<any, any>(`{ members(first: 1) { edges { cursor } } }`);
    const cursor = members.members.edges[0].cursor;
    const r = await t.gql<any, any>(
      `query($c: String) { member(ref: { externalId: "fe-1" }) { ledger(first: 2, after: $c) { totalCount } } }`,
      { c: cursor },
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['after'] });
    expect(r.errors?.[0].message).toMatch(/another connection/);
  });

  it('answers a NUL character with BAD_USER_INPUT naming where it was, not an internal error', async () => {
    const v = await post(
      JSON.stringify({
        query: 'query($r: MemberRefInput!) { member(ref: $r) { id } }',
        variables: { r: { externalId: 'a\u0000b' } },
      }),
    );
    expect(v.status).toBe(400);
    const body = (await v.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^variables\.r\.externalId contains a NUL character/);
    const inline = await post(JSON.stringify({ query: '{ node(id: "mem_\\u0000") { id } }' }));
    expect(inline.status).toBe(400);
  });

  it('gives every error a code: malformed JSON, and a token that is not valid', async () => {
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    const revoked = await post(JSON.stringify({ query: '{ viewer { __typename } }' }), {
      authorization: 'Bearer acc_not_a_real_key',
    });
    const err = ((await revoked.json()) as any).errors[0];
    expect(err.extensions.code).toBe('UNAUTHENTICATED');
    expect(err.message).toMatch(/not valid/);
  });

  it('refuses node(id) of a type the role may not read with HTTP 403, and tier.memberCount to a storefront', async () => {
    const log = await t.ok<any, any>(`{ auditLog(first: 1) { edges { node { id } } } }`);
    const auditId = log.auditLog.edges[0].node.id;
    const r = await post(JSON.stringify({ query: `{ node(id: "${auditId}") { id } }` }), {
      authorization: `Bearer ${storefront}`,
    });
    expect(r.status).toBe(403);
    expect(((await r.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    const count = await t.gql<any, any>(
      `{ member(ref: { externalId: "fe-1" }) { tier { name memberCount } } }`,
      {},
      storefront,
    );
    expect(count.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const name = await t.ok<any, any>(
      `{ member(ref: { externalId: "fe-1" }) { tier { name } } }`,
      {},
      storefront,
    );
    expect(name.member.tier.name).toBe('Bronze');
  });

  it('lets a browser read Retry-After', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { __typename } }' }), {
      origin: 'http://localhost:3000',
    });
    expect(r.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
  });

  it('follows tiers saved by another server process within the cache time', async () => {
    const read = async () =>
      (await t.ok<any, any>(`{ tiers { name qualifyingSpendMinor } }`)).tiers.find(
        (x: any) => x.name === 'Silver',
      ).qualifyingSpendMinor;
    expect(await read()).toBe(100000);
    // another process saves (this one's cache is not told)
    const em = t.app.orm.em.fork();
    await em.nativeUpdate(TierRow, { name: 'Silver' }, { qualifyingSpendMinor: 90000 });
    await new Promise((r) => setTimeout(r, 1100));
    expect(await read()).toBe(90000);
    await em.nativeUpdate(TierRow, { name: 'Silver' }, { qualifyingSpendMinor: 100000 });
  });
});
