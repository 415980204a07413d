/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers; switch to packages/sdk documents once they cover these operations */
/** Staff users, sessions, API keys and the audit trail, through the real HTTP server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../modules/access/login';
import { TEST_DATABASES, startTestApp, type TestApp } from '../test/harness';

const CREATE_STAFF = `mutation($input: CreateStaffUserInput!) { createStaffUser(input: $input) { user { id email role disabled } userErrors { code field } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token expiresAt user { id email role } userErrors { code field } } }`;
const VIEWER = `{ viewer { id email role } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name role prefix lastUsedAt } userErrors { code } } }`;
const PASSWORD = 'correct horse battery';

describe.each(TEST_DATABASES)('authentication on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, {
      env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '60', ACCRUE_RATE_LIMIT_BURST: '30' },
    });
  });
  afterAll(() => t?.close());

  it('creates staff with the bootstrap secret, logs in, and uses the session token', async () => {
    const created = await t.ok<any, any>(CREATE_STAFF, {
      input: { email: 'Ana@Shop.com', name: 'Ana', password: PASSWORD, role: 'SUPPORT' },
    });
    expect(created.createStaffUser.user).toMatchObject({
      email: 'ana@shop.com',
      role: 'SUPPORT',
      disabled: false,
    });
    const dup = await t.ok<any, any>(CREATE_STAFF, {
      input: { email: 'ana@shop.com', password: PASSWORD, role: 'VIEWER' },
    });
    expect(dup.createStaffUser.userErrors[0].code).toBe('DUPLICATE_STAFF_USER');

    const bad = await t.ok<any, any>(
      LOGIN,
      { input: { email: 'ana@shop.com', password: 'wrong password!!' } },
      null,
    );
    expect(bad.login).toMatchObject({ token: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const unknown = await t.ok<any, any>(
      LOGIN,
      { input: { email: 'nobody@shop.com', password: PASSWORD } },
      null,
    );
    expect(unknown.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');

    const ok = await t.ok<any, any>(LOGIN, { input: { email: 'ANA@shop.com', password: PASSWORD } }, null);
    const token: string = ok.login.token;
    expect(token).toMatch(/^acs_/);
    expect(new Date(ok.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect((await t.ok<any, any>(VIEWER, {}, token)).viewer).toMatchObject({
      email: 'ana@shop.com',
      role: 'SUPPORT',
    });

    // the token is stored only as a hash
    const rows = await t.app.orm.em.fork().getConnection().execute('select token_hash from staff_session');
    expect(JSON.stringify(rows)).not.toContain(token);

    // tampered tokens authenticate nothing
    for (const forged of [
      token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
      `${token}x`,
      'acs_',
      'Bearer',
      'x'.repeat(500),
    ]) {
      const r = await t.gql(VIEWER, {}, forged);
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }

    // SUPPORT may not create staff
    const forbidden = await t.gql(
      CREATE_STAFF,
      { input: { email: 'x@shop.com', password: PASSWORD, role: 'ADMIN' } },
      token,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // logout revokes the session
    expect(
      (await t.ok<any, any>(`mutation { logout { ok userErrors { code } } }`, {}, token)).logout.ok,
    ).toBe(true);
    expect((await t.gql(VIEWER, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('disabling a user revokes their sessions and blocks login', async () => {
    const { createStaffUser } = await t.ok<any, any>(CREATE_STAFF, {
      input: { email: 'bo@shop.com', password: PASSWORD, role: 'MARKETING' },
    });
    const token = (await t.ok<any, any>(LOGIN, { input: { email: 'bo@shop.com', password: PASSWORD } }, null))
      .login.token;
    expect((await t.ok<any, any>(VIEWER, {}, token)).viewer.role).toBe('MARKETING');
    const upd = await t.ok<any, any>(
      `mutation($input: UpdateStaffUserInput!) { updateStaffUser(input: $input) { user { disabled } userErrors { code } } }`,
      { input: { id: createStaffUser.user.id, disabled: true } },
    );
    expect(upd.updateStaffUser.user.disabled).toBe(true);
    expect((await t.gql(VIEWER, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await t.ok<any, any>(LOGIN, { input: { email: 'bo@shop.com', password: PASSWORD } }, null);
    expect(again.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses weak input with BAD_USER_INPUT naming the field', async () => {
    const short = await t.gql(CREATE_STAFF, {
      input: { email: 'c@shop.com', password: 'short', role: 'VIEWER' },
    });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'password'],
    });
    const keyRole = await t.gql(CREATE_STAFF, {
      input: { email: 'c@shop.com', password: PASSWORD, role: 'INTEGRATION' },
    });
    expect(keyRole.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'role'],
    });
    const mail = await t.gql(CREATE_STAFF, {
      input: { email: 'not-an-email', password: PASSWORD, role: 'VIEWER' },
    });
    expect(mail.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'email'] });
  });

  it('creates API keys shown once, records last use, and revokes them', async () => {
    const r = await t.ok<any, any>(CREATE_KEY, { input: { name: 'pos-1', role: 'INTEGRATION' } });
    const key: string = r.createApiKey.key;
    expect(key).toMatch(/^ack_/);
    expect(r.createApiKey.apiKey).toMatchObject({
      name: 'pos-1',
      role: 'INTEGRATION',
      prefix: key.slice(0, 12),
      lastUsedAt: null,
    });
    expect((await t.ok<any, any>(VIEWER, {}, key)).viewer).toBeNull();
    await expect
      .poll(async () => (await t.ok<any, any>(`{ apiKeys { id lastUsedAt } }`)).apiKeys[0].lastUsedAt)
      .not.toBeNull();
    const list = await t.ok<any, any>(`{ apiKeys { id name prefix revokedAt } }`);
    expect(JSON.stringify(list)).not.toContain(key);

    const revoked = await t.ok<any, any>(
      `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }`,
      {
        input: { id: r.createApiKey.apiKey.id },
      },
    );
    expect(revoked.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    expect((await t.gql(VIEWER, {}, key)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reads an API key from the database once per cache period, and revocation still applies at once', async () => {
    const r = await t.ok<any, any>(CREATE_KEY, { input: { name: 'pos-cache', role: 'INTEGRATION' } });
    const key: string = r.createApiKey.key;
    const knex = (
      t.app.orm.em.getConnection() as unknown as {
        getKnex(): {
          on(event: 'query', fn: (q: { sql: string }) => void): void;
          off(event: 'query', fn: (q: { sql: string }) => void): void;
        };
      }
    ).getKnex();
    let keyReads = 0;
    const onQuery = (q: { sql: string }) => {
      if (/^select\b/i.test(q.sql) && /api_key/.test(q.sql)) keyReads++;
    };
    knex.on('query', onQuery);
    try {
      for (let i = 0; i < 5; i++) expect((await t.ok<any, any>(VIEWER, {}, key)).viewer).toBeNull();
      expect(keyReads).toBe(1);
    } finally {
      knex.off('query', onQuery);
    }
    await t.ok<any, any>(
      `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } userErrors { code } } }`,
      { input: { id: r.createApiKey.apiKey.id } },
    );
    expect((await t.gql(VIEWER, {}, key)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('audits staff and key changes with who, what, before and after', async () => {
    const log = await t.ok<any, any>(
      `{ auditLog(first: 50) { edges { node { actor action target before after } } } }`,
    );
    const actions = log.auditLog.edges.map((e: any) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining(['staff.create', 'staff.update', 'apikey.create', 'apikey.revoke']),
    );
    const disable = log.auditLog.edges.find((e: any) => e.node.action === 'staff.update').node;
    expect(disable.actor).toBe('bootstrap-admin');
    expect(JSON.parse(disable.before).disabled).toBe(false);
    expect(JSON.parse(disable.after).disabled).toBe(true);
    expect(JSON.stringify(log)).not.toMatch(/passwordHash|\$2[aby]\$/);
  });

  it('locks an email out after 10 failed logins, the right password included, with HTTP 429 and Retry-After', async () => {
    await t.ok<any, any>(CREATE_STAFF, {
      input: { email: 'lock@shop.com', password: PASSWORD, role: 'VIEWER' },
    });
    const attempt = (password: string) =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { input: { email: 'lock@shop.com', password } } }),
      });
    for (let i = 0; i < 10; i++) {
      const r = (await (await attempt(`wrong guess ${i}!`)).json()) as any;
      expect(r.data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    for (const password of ['wrong guess 10!', PASSWORD]) {
      const res = await attempt(password);
      const body = (await res.json()) as any;
      expect(res.status, password).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(JSON.stringify(body)).not.toContain('acs_');
    }
    // a burst of parallel guesses is held to the same 10: each attempt counts from its start, so
    // the right password sent right after 20 guesses (all still being checked) is refused
    await t.ok<any, any>(CREATE_STAFF, {
      input: { email: 'burst@shop.com', password: PASSWORD, role: 'VIEWER' },
    });
    const guesses = Array.from({ length: 20 }, (_, i) =>
      login(t.app, { email: 'burst@shop.com', password: `guess ${i} in a burst` }).catch((e) => e.code),
    );
    const right = await login(t.app, { email: 'burst@shop.com', password: PASSWORD }).catch((e) => e.code);
    expect(right).toBe('RATE_LIMITED');
    const codes = await Promise.all(guesses);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(10);
    // another email is not locked
    const other = await t.ok<any, any>(LOGIN, { input: { email: 'ana@shop.com', password: PASSWORD } }, null);
    expect(other.login.token).toMatch(/^acs_/);
  });

  it('rate-limits each key with RATE_LIMITED and HTTP 429', async () => {
    const key = (await t.ok<any, any>(CREATE_KEY, { input: { name: 'busy', role: 'STOREFRONT' } }))
      .createApiKey.key;
    // 50 requests against a burst of 30 refilled at one per second: however slow the machine,
    // the first 25 pass and some are refused (a refill may let one through in between).
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await t.gql(VIEWER, {}, key));
    expect(answers.slice(0, 25).every((a) => a.status === 200)).toBe(true);
    const limited = answers.find((a) => a.status === 429);
    expect(limited, 'no request was refused').toBeDefined();
    expect(limited!.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // another credential is not affected
    expect((await t.gql(VIEWER, {})).status).toBe(200);
  });
});
