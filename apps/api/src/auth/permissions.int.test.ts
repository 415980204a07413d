/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers; switch to packages/sdk documents once they cover these operations */
/**
 * Walks the permission matrix: every root operation (and the Member.ledger field) × every role,
 * through the real HTTP server. Allowed means the answer is not FORBIDDEN / UNAUTHENTICATED
 * (a userError or BAD_USER_INPUT is still "allowed"); refused means FORBIDDEN (UNAUTHENTICATED
 * without a token). The expected table is written from the text, not from PERMISSIONS.
 * Refused writes must leave no trace: row counts are compared around the refused pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../graphql/schema';
import { TEST_DATABASES, startTestApp, type TestApp } from '../test/harness';
import { ALL, ENGAGEMENT_MATRIX, ROLES, STAFF, type R } from '../test/permission-matrix';

const PASSWORD = 'matrix password 123';

/** operation → [document (role-specific), roles allowed] */
const MATRIX: Record<string, [(r: string) => string, R[]]> = {
  // queries
  node: [() => `{ node(id: "MEMBER_ID") { __typename } }`, ALL],
  viewer: [() => `{ viewer { __typename } }`, ALL],
  programSettings: [() => `{ programSettings { __typename } }`, STAFF],
  member: [() => `{ member(ref: { externalId: "m-base" }) { __typename } }`, ALL],
  'Member.redemptions': [
    () => `{ member(ref: { externalId: "m-base" }) { redemptions { totalCount } } }`,
    ['ADMIN', 'FINANCE', 'SUPPORT', 'VIEWER', 'STOREFRONT'],
  ],
  'Member.ledger': [
    () => `{ member(ref: { externalId: "m-base" }) { ledger { totalCount } } }`,
    ['ADMIN', 'FINANCE', 'SUPPORT', 'VIEWER', 'STOREFRONT'],
  ],
  members: [() => `{ members(first: 5) { totalCount } }`, [...STAFF, 'INTEGRATION']],
  tiers: [() => `{ tiers { __typename } }`, [...STAFF, 'INTEGRATION']],
  rewards: [() => `{ rewards { __typename } }`, [...STAFF, 'STOREFRONT']],
  campaign: [() => `{ campaign(id: "cmp_x") { __typename } }`, STAFF],
  campaigns: [() => `{ campaigns { totalCount } }`, STAFF],
  assignment: [
    () => `{ assignment(campaignId: "cmp_x", member: { externalId: "m-base" }) { __typename } }`,
    STAFF,
  ],
  simulateCampaign: [() => `{ simulateCampaign(id: "cmp_x") { __typename } }`, STAFF],
  campaignStackingPreview: [
    () => `{ campaignStackingPreview(input: { amountMinor: 10000 }) { __typename } }`,
    STAFF,
  ],
  metrics: [
    () => `{ metrics(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { __typename } }`,
    ['ADMIN', 'FINANCE', 'VIEWER'],
  ],
  costMonitor: [() => `{ costMonitor { __typename } }`, ['ADMIN', 'FINANCE', 'VIEWER']],
  deferredRevenue: [
    () => `{ deferredRevenue(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { __typename } }`,
    ['ADMIN', 'FINANCE', 'VIEWER'],
  ],
  redemptionsByReward: [
    () => `{ redemptionsByReward(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { __typename } }`,
    ['ADMIN', 'FINANCE', 'VIEWER'],
  ],
  alertThresholds: [() => `{ alertThresholds { __typename } }`, ['ADMIN', 'FINANCE', 'VIEWER']],
  auditLog: [
    () => `{ auditLog(first: 5, filter: { entityType: "reward", fromDay: "2026-01-01" }) { totalCount } }`,
    ['ADMIN', 'FINANCE'],
  ],
  auditLogFacets: [() => `{ auditLogFacets { actions } }`, ['ADMIN', 'FINANCE']],
  staffUsers: [() => `{ staffUsers { __typename } }`, ['ADMIN', 'FINANCE']],
  apiKeys: [() => `{ apiKeys { __typename } }`, ['ADMIN', 'FINANCE']],
  webhookEndpoints: [() => `{ webhookEndpoints { __typename } }`, ['ADMIN', 'FINANCE']],
  webhookDeliveries: [() => `{ webhookDeliveries(first: 5) { totalCount } }`, ['ADMIN', 'FINANCE']],
  // engagement (issue 19)
  ...ENGAGEMENT_MATRIX,
  // mutations
  login: [
    () => `mutation { login(input: { email: "nobody@x.com", password: "nope nope nope" }) { __typename } }`,
    ALL,
  ],
  logout: [() => `mutation { logout { __typename } }`, ALL],
  createStaffUser: [
    (r) =>
      `mutation { createStaffUser(input: { email: "new-${r}@x.com", password: "${PASSWORD}", role: VIEWER }) { __typename } }`,
    ['ADMIN'],
  ],
  updateStaffUser: [
    () => `mutation { updateStaffUser(input: { id: "stf_none", name: "x" }) { __typename } }`,
    ['ADMIN'],
  ],
  createApiKey: [
    (r) => `mutation { createApiKey(input: { name: "k-${r}", role: VIEWER }) { __typename } }`,
    ['ADMIN'],
  ],
  revokeApiKey: [() => `mutation { revokeApiKey(input: { id: "key_none" }) { __typename } }`, ['ADMIN']],
  updateProgramSettings: [
    () => `mutation { updateProgramSettings(input: { pointsPerCurrencyUnit: 1 }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  enrollMember: [
    (r) => `mutation { enrollMember(input: { externalId: "m-${r}" }) { __typename } }`,
    ['ADMIN', 'SUPPORT', 'INTEGRATION'],
  ],
  updateMember: [
    () =>
      `mutation { updateMember(input: { member: { externalId: "m-base" }, name: "Renamed" }) { __typename } }`,
    ['ADMIN', 'SUPPORT'],
  ],
  recordPurchase: [
    (r) =>
      `mutation { recordPurchase(input: { member: { externalId: "m-base" }, orderId: "o-${r}", amountMinor: 10000 }) { __typename } }`,
    ['ADMIN', 'INTEGRATION'],
  ],
  refundPurchase: [
    (r) =>
      `mutation { refundPurchase(input: { orderId: "o-base", refundId: "r-${r}", amountMinor: 100 }) { __typename } }`,
    ['ADMIN', 'INTEGRATION'],
  ],
  recordActivity: [
    (r) =>
      `mutation { recordActivity(input: { member: { externalId: "m-base" }, type: SIGN_IN, key: "a-${r}" }) { __typename } }`,
    ['ADMIN', 'INTEGRATION'],
  ],
  redeemPoints: [
    (r) =>
      `mutation { redeemPoints(input: { member: { externalId: "m-base" }, key: "rd-${r}", points: 100, orderAmountMinor: 100000 }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  cancelRedemption: [
    () => `mutation { cancelRedemption(input: { redemptionId: "REDEMPTION_ID" }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  adjustPoints: [
    (r) =>
      `mutation { adjustPoints(input: { member: { externalId: "m-base" }, points: 10, reason: "goodwill", key: "adj-${r}" }) { __typename } }`,
    ['ADMIN', 'SUPPORT'],
  ],
  expirePoints: [() => `mutation { expirePoints(input: {}) { __typename } }`, ['ADMIN']],
  saveTiers: [() => `mutation { saveTiers(input: { tiers: [] }) { __typename } }`, ['ADMIN', 'MARKETING']],
  updateReward: [
    () => `mutation { updateReward(input: { id: "rwd_none", stock: 1 }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  createReward: [
    (r) =>
      `mutation { createReward(input: { name: "Mug ${r}", type: ITEM, pointsCost: 500, valueMinor: 1000 }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  createCampaign: [
    () =>
      `mutation { createCampaign(input: { name: "c", startsAt: "2026-01-01T00:00:00Z" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  updateCampaign: [
    () => `mutation { updateCampaign(input: { id: "cmp_x", name: "c" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  launchCampaign: [
    () => `mutation { launchCampaign(input: { id: "cmp_x" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  pauseCampaign: [
    () => `mutation { pauseCampaign(input: { id: "cmp_x" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  resumeCampaign: [
    () => `mutation { resumeCampaign(input: { id: "cmp_x" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  endCampaign: [
    () => `mutation { endCampaign(input: { id: "cmp_x" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  promoteVariant: [
    () => `mutation { promoteVariant(input: { id: "cmp_x", variantKey: "a" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  updateAlertThresholds: [
    () => `mutation { updateAlertThresholds(input: { costToSalesRedLine: 0.1 }) { __typename } }`,
    ['ADMIN', 'FINANCE'],
  ],
  createWebhookEndpoint: [
    () =>
      `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hook", events: ["points.earned"] }) { __typename } }`,
    ['ADMIN'],
  ],
  updateWebhookEndpoint: [
    () => `mutation { updateWebhookEndpoint(input: { id: "whe_none", active: false }) { __typename } }`,
    ['ADMIN'],
  ],
  replayWebhook: [
    () => `mutation { replayWebhook(input: { deliveryId: "whd_none" }) { __typename } }`,
    ['ADMIN'],
  ],
};

const TABLES = [
  'member',
  'ledger_entry',
  'points_lot',
  'purchase',
  'redemption',
  'reward',
  'tier',
  'audit_entry',
  'outbox_event',
  'staff_user',
  'api_key',
  'webhook_endpoint',
  'program_settings',
];

describe('the matrix covers every operation', () => {
  it('lists each root field of Query and Mutation', async () => {
    const schema = await buildAppSchema();
    const ops = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].sort();
    expect(
      Object.keys(MATRIX)
        .filter((k) => !k.includes('.'))
        .sort(),
    ).toEqual(ops);
  });
});

describe.each(TEST_DATABASES)('permission matrix on %s', (kind) => {
  let t: TestApp;
  const tokens = {} as Record<R, string>;
  let memberId = '';
  let redemptionId = '';
  const doc = (op: string, role: string) =>
    MATRIX[op][0](role.toLowerCase()).replace('MEMBER_ID', memberId).replace('REDEMPTION_ID', redemptionId);
  const login = async (role: R) => {
    const i = { email: `${role.toLowerCase()}@matrix.test`, password: PASSWORD };
    return (await t.ok<any, any>(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i }, null))
      .login.token as string;
  };
  const codeOf = async (op: string, role: R | 'ANONYMOUS') => {
    // logout revokes the session it is sent with: use a throwaway one
    const token =
      role === 'ANONYMOUS'
        ? null
        : op === 'logout' && STAFF.includes(role)
          ? await login(role)
          : tokens[role];
    const r = await t.gql(doc(op, role), {}, token);
    return (
      r.errors?.map((e) => e.extensions?.code).find((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED') ??
      'ALLOWED'
    );
  };
  const counts = async () => {
    const conn = t.app.orm.em.fork().getConnection();
    const out: Record<string, number> = {};
    for (const table of TABLES)
      out[table] = Number((await conn.execute(`select count(*) as n from ${table}`))[0].n);
    return out;
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    for (const role of ROLES) {
      if (role === 'INTEGRATION' || role === 'STOREFRONT') {
        const r = await t.ok<any, any>(
          `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
          { i: { name: `key-${role}`, role } },
        );
        tokens[role] = r.createApiKey.key;
      } else {
        const email = `${role.toLowerCase()}@matrix.test`;
        await t.ok(`mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { user { id } } }`, {
          i: { email, password: PASSWORD, role },
        });
        tokens[role] = await login(role);
      }
    }
    const m = await t.ok<any, any>(
      `mutation { enrollMember(input: { externalId: "m-base", email: "base@x.com", name: "Base" }) { member { id } } }`,
    );
    memberId = m.enrollMember.member.id;
    await t.ok(
      `mutation { recordPurchase(input: { member: { externalId: "m-base" }, orderId: "o-base", amountMinor: 500000 }) { pointsAwarded } }`,
    );
    await t.ok(
      `mutation { adjustPoints(input: { member: { externalId: "m-base" }, points: 5000, reason: "seed", key: "seed" }) { entry { id } } }`,
    );
    const rd = await t.ok<any, any>(
      `mutation { redeemPoints(input: { member: { externalId: "m-base" }, key: "seed-rd", points: 100, orderAmountMinor: 100000 }) { redemption { id } userErrors { code } } }`,
    );
    redemptionId = rd.redeemPoints.redemption?.id ?? 'rdm_none';
  });
  afterAll(() => t?.close());

  it('refuses every operation a role may not use with FORBIDDEN, leaving no trace', async () => {
    const before = await counts();
    const wrong: string[] = [];
    for (const [op, [, allowed]] of Object.entries(MATRIX))
      for (const role of ROLES) {
        if (allowed.includes(role)) continue;
        const code = await codeOf(op, role);
        if (code !== 'FORBIDDEN') wrong.push(`${role} ${op}: ${code}`);
      }
    expect(wrong).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses every operation but login without a token (UNAUTHENTICATED)', async () => {
    const wrong: string[] = [];
    for (const op of Object.keys(MATRIX)) {
      const code = await codeOf(op, 'ANONYMOUS');
      const expected = op === 'login' ? 'ALLOWED' : 'UNAUTHENTICATED';
      if (code !== expected) wrong.push(`anonymous ${op}: ${code}`);
    }
    expect(wrong).toEqual([]);
  });

  it('allows every operation a role may use', async () => {
    const wrong: string[] = [];
    for (const [op, [, allowed]] of Object.entries(MATRIX))
      for (const role of allowed) {
        const code = await codeOf(op, role);
        if (code !== 'ALLOWED') wrong.push(`${role} ${op}: ${code}`);
      }
    expect(wrong).toEqual([]);
    // about 300 calls, each a real write for most: minutes on a loaded machine
  }, 180_000);

  it('resolves a staff user through node(id) for the roles that read staff', async () => {
    const users = (await t.ok<any, any>(`{ staffUsers { id email } }`)).staffUsers;
    const support = users.find((u: any) => u.email === 'support@matrix.test');
    const q = `{ node(id: "${support.id}") { __typename ... on StaffUser { email role } } }`;
    expect((await t.ok<any, any>(q, {}, tokens.FINANCE)).node).toEqual({
      __typename: 'StaffUser',
      email: 'support@matrix.test',
      role: 'SUPPORT',
    });
    expect((await t.gql(q, {}, tokens.SUPPORT)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('masks personal data for VIEWER and STOREFRONT', async () => {
    const q = `{ member(ref: { externalId: "m-base" }) { email name externalId } }`;
    for (const role of ['VIEWER', 'STOREFRONT'] as const)
      expect((await t.ok<any, any>(q, {}, tokens[role])).member, role).toEqual({
        email: '***',
        name: '***',
        externalId: 'm-base',
      });
    expect((await t.ok<any, any>(q, {}, tokens.SUPPORT)).member.email).toBe('base@x.com');
  });

  it('searches members case-insensitively, wildcards taken literally, personal fields only for roles that see them', async () => {
    for (const [externalId, email, name] of [
      ['SR_1', 'Ming.Li@Shop.example', 'Li Ming'],
      ['sr%2', 'wang@shop.example', 'Wang Fang'],
      ['srx3', 'zhao@shop.example', 'Zhao Lei'],
      ['sr-4', 'emile@shop.example', 'Émile Öztürk'],
    ])
      await t.ok(`mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`, {
        i: { externalId, email, name },
      });
    const search = async (text: string, role: R = 'SUPPORT') =>
      (
        await t.ok<any, any>(
          `query($f: MemberFilter) { members(first: 50, filter: $f) { totalCount edges { node { externalId } } } }`,
          { f: { search: text } },
          tokens[role],
        )
      ).members.edges
        .map((e: any) => e.node.externalId)
        .sort();
    expect(await search('sr')).toEqual(['SR_1', 'sr%2', 'sr-4', 'srx3']);
    expect(await search('SR_')).toEqual(['SR_1']); // '_' is not "any character"
    expect(await search('r%')).toEqual(['sr%2']);
    expect(await search('ming.li@shop')).toEqual(['SR_1']);
    expect(await search('WANG F')).toEqual(['sr%2']);
    // beyond ASCII too (SQLite's own lower() folds only A-Z)
    expect(await search('émile öz')).toEqual(['sr-4']);
    expect(await search('ÉMILE ÖZTÜRK')).toEqual(['sr-4']);
    // a VIEWER sees emails masked, so cannot look a member up by one either
    expect(await search('ming.li@shop', 'VIEWER')).toEqual([]);
    expect(await search('srx', 'VIEWER')).toEqual(['srx3']);
  });

  it('lets MARKETING change earning rules but not the currency or the red line', async () => {
    const r = await t.gql(
      `mutation { updateProgramSettings(input: { currency: "EUR" }) { __typename } }`,
      {},
      tokens.MARKETING,
    );
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'currency'] });
    const red = await t.gql(
      `mutation { updateProgramSettings(input: { costToSalesRedLine: 0.5 }) { __typename } }`,
      {},
      tokens.MARKETING,
    );
    expect(red.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const risk = await t.gql(
      `mutation { updateProgramSettings(input: { risk: { maxEnrolmentsPerDevice: 99 } }) { __typename } }`,
      {},
      tokens.MARKETING,
    );
    expect(risk.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: ['input', 'risk'] });
  });

  it('lets a STOREFRONT key cancel only its own redemptions', async () => {
    // the seed redemption was made with the bootstrap secret, not this key
    const other = await t.ok<any, any>(
      `mutation($i: CancelRedemptionInput!) { cancelRedemption(input: $i) { redemption { id } userErrors { code } } }`,
      { i: { redemptionId } },
      tokens.STOREFRONT,
    );
    expect(other.cancelRedemption.userErrors[0]?.code).toBe('NOT_FOUND');
    // nor can it read another's redemption back by replaying its key with the same content
    const replay = await t.gql<any, any>(
      `mutation { redeemPoints(input: { member: { externalId: "m-base" }, key: "seed-rd", points: 100, orderAmountMinor: 100000 }) { redemption { id } userErrors { code } } }`,
      {},
      tokens.STOREFRONT,
    );
    expect(JSON.stringify(replay)).not.toContain(redemptionId);
    expect(replay.data?.redeemPoints?.userErrors?.[0]?.code ?? replay.errors?.[0]?.extensions?.code).toBe(
      'IDEMPOTENCY_CONFLICT',
    );
    const own = await t.ok<any, any>(
      `mutation { redeemPoints(input: { member: { externalId: "m-base" }, key: "sf-own", points: 100, orderAmountMinor: 100000 }) { redemption { id } userErrors { code message } } }`,
      {},
      tokens.STOREFRONT,
    );
    expect(own.redeemPoints.userErrors).toEqual([]);
    const retry = await t.ok<any, any>(
      `mutation { redeemPoints(input: { member: { externalId: "m-base" }, key: "sf-own", points: 100, orderAmountMinor: 100000 }) { redemption { id } userErrors { code message } } }`,
      {},
      tokens.STOREFRONT,
    );
    expect(retry.redeemPoints.redemption.id).toBe(own.redeemPoints.redemption.id);
    const cancel = await t.ok<any, any>(
      `mutation($i: CancelRedemptionInput!) { cancelRedemption(input: $i) { redemption { status } userErrors { code } } }`,
      { i: { redemptionId: own.redeemPoints.redemption.id } },
      tokens.STOREFRONT,
    );
    expect(cancel.cancelRedemption).toEqual({ redemption: { status: 'CANCELLED' }, userErrors: [] });
  });
});
