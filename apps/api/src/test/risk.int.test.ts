/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers for the new fields */
/**
 * Risk flags (product.md, "Caps and risk"), over HTTP on each database: enrolments beyond the limit
 * from one device or address, and earning far above a member's norm, put the member on the review
 * list with the reason; staff list the flagged members and clear the flag (audited).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_DATABASES, type TestApp } from './harness';

const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id flaggedForReview reviewReasons } userErrors { code } } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded userErrors { code message } } }`;
const MEMBER = `query($r: MemberRefInput!) { member(ref: $r) { flaggedForReview reviewReasons } }`;
const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

describe.each(TEST_DATABASES)('risk flags on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
  });
  afterAll(async () => {
    await t?.close();
  });
  const enrol = async (i: Record<string, unknown>) => (await t.ok<any, any>(ENROL, { i })).enrollMember;
  const flagOf = async (externalId: string) => (await t.ok<any, any>(MEMBER, { r: { externalId } })).member;

  it('flags the enrolment beyond 3 from one device and beyond 10 from one address', async () => {
    for (let i = 1; i <= 3; i++)
      expect((await enrol({ externalId: `dev-${i}`, deviceId: 'phone-7' })).member.flaggedForReview).toBe(
        false,
      );
    const fourth = await enrol({ externalId: 'dev-4', deviceId: 'phone-7' });
    expect(fourth.member).toMatchObject({
      flaggedForReview: true,
      reviewReasons: ['SHARED_DEVICE: enrolment 4 from device phone-7 (limit 3)'],
    });
    // a retry answers the first result and counts nothing again
    expect((await enrol({ externalId: 'dev-4', deviceId: 'phone-7' })).member.id).toBe(fourth.member.id);
    for (let i = 1; i <= 10; i++) await enrol({ externalId: `ip-${i}`, ipAddress: '203.0.113.7' });
    expect((await flagOf('ip-10')).flaggedForReview).toBe(false);
    expect((await enrol({ externalId: 'ip-11', ipAddress: '203.0.113.7' })).member.reviewReasons).toEqual([
      'SHARED_IP: enrolment 11 from address 203.0.113.7 (limit 10)',
    ]);
    const bad = await t.gql(ENROL, { i: { externalId: 'ip-bad', ipAddress: 'not-an-ip' } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'ipAddress'],
    });
  });

  it('flags a day of purchase points far above the norm of the 90 days before, once', async () => {
    for (const who of ['steady', 'burst']) {
      await enrol({ externalId: who, enrolledAt: daysAgo(120) });
      // 30 orders of 100.00 over the last 90 days: a norm of about 33 points a day
      for (let d = 0; d < 30; d++)
        await t.ok(PURCHASE, {
          i: {
            member: { externalId: who },
            orderId: `${who}-${d}`,
            amountMinor: 10000,
            occurredAt: daysAgo(3 + d * 3),
          },
        });
    }
    await t.ok(PURCHASE, {
      i: { member: { externalId: 'steady' }, orderId: 'steady-now', amountMinor: 10000 },
    });
    expect(await flagOf('steady')).toEqual({ flaggedForReview: false, reviewReasons: [] });

    await t.ok(PURCHASE, {
      i: { member: { externalId: 'burst' }, orderId: 'burst-now', amountMinor: 600000 },
    });
    const burst = await flagOf('burst');
    expect(burst.flaggedForReview).toBe(true);
    expect(burst.reviewReasons).toHaveLength(1);
    expect(burst.reviewReasons[0]).toMatch(
      /^EARNING_VELOCITY: 6000 purchase points in 24 h, against 33 a day/,
    );
    await t.ok(PURCHASE, {
      i: { member: { externalId: 'burst' }, orderId: 'burst-again', amountMinor: 600000 },
    });
    expect((await flagOf('burst')).reviewReasons).toHaveLength(1);
  });

  it('lists the flagged members for review, and clears a flag with an audit entry', async () => {
    const list = await t.ok<any, any>(
      `{ members(first: 50, filter: { flaggedForReview: true }) { totalCount edges { node { externalId } } } }`,
    );
    expect(list.members.edges.map((e: any) => e.node.externalId).sort()).toEqual(['burst', 'dev-4', 'ip-11']);
    const cleared = await t.ok<any, any>(
      `mutation { updateMember(input: { member: { externalId: "dev-4" }, flaggedForReview: false }) { member { flaggedForReview reviewReasons } } }`,
    );
    expect(cleared.updateMember.member).toEqual({ flaggedForReview: false, reviewReasons: [] });
    const log = await t.ok<any, any>(`{ auditLog(first: 1) { edges { node { action before after } } } }`);
    const entry = log.auditLog.edges[0].node;
    expect(entry.action).toBe('member.update');
    // the fields given, from what to what
    expect(JSON.parse(entry.before)).toEqual({
      flaggedForReview: true,
      reviewReasons: ['SHARED_DEVICE: enrolment 4 from device phone-7 (limit 3)'],
    });
    expect(JSON.parse(entry.after)).toEqual({ flaggedForReview: false, reviewReasons: [] });
    const manual = await t.ok<any, any>(
      `mutation { updateMember(input: { member: { externalId: "steady" }, flaggedForReview: true }) { member { reviewReasons } } }`,
    );
    expect(manual.updateMember.member.reviewReasons).toEqual(['MANUAL: flagged by bootstrap-admin']);
  });

  it('shows flags to staff and integrations only, the details (device, address) to roles that see personal data', async () => {
    const key = async (role: string) =>
      (
        await t.ok<any, any>(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`, {
          i: { name: `risk-${role}`, role },
        })
      ).createApiKey.key as string;
    await t.ok(`mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { user { id } } }`, {
      i: { email: 'viewer@risk.test', password: 'correct horse battery', role: 'VIEWER' },
    });
    const viewer = (
      await t.ok<any, any>(
        `mutation { login(input: { email: "viewer@risk.test", password: "correct horse battery" }) { token } }`,
        {},
        null,
      )
    ).login.token as string;
    const q = `{ member(ref: { externalId: "ip-11" }) { flaggedForReview reviewReasons } }`;
    expect((await t.ok<any, any>(q, {}, viewer)).member).toEqual({
      flaggedForReview: true,
      reviewReasons: ['SHARED_IP'],
    });
    expect((await t.ok<any, any>(q, {}, await key('INTEGRATION'))).member.reviewReasons[0]).toContain(
      '203.0.113.7',
    );
    const storefront = await t.gql(q, {}, await key('STOREFRONT'));
    expect(storefront.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const balanceOnly = await t.ok<any, any>(
      `{ member(ref: { externalId: "ip-11" }) { balance { available } } }`,
      {},
      await key('STOREFRONT'),
    );
    expect(balanceOnly.member.balance.available).toBe(50);
  });

  it('reads and changes the risk rules through program settings', async () => {
    const read = await t.ok<any, any>(
      `{ programSettings { risk { maxEnrolmentsPerDevice maxEnrolmentsPerIp velocity { multiple minPoints baselineDays } } } }`,
    );
    expect(read.programSettings.risk).toEqual({
      maxEnrolmentsPerDevice: 3,
      maxEnrolmentsPerIp: 10,
      velocity: { multiple: 10, minPoints: 5000, baselineDays: 90 },
    });
    const bad = await t.gql(
      `mutation { updateProgramSettings(input: { risk: { maxEnrolmentsPerDevice: 0 } }) { settings { name } } }`,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'risk', 'maxEnrolmentsPerDevice'],
    });
    const settings = async (risk: string) =>
      (
        await t.ok<any, any>(
          `mutation { updateProgramSettings(input: { risk: ${risk} }) { settings { risk { maxEnrolmentsPerDevice maxEnrolmentsPerIp velocity { multiple } } } } }`,
        )
      ).updateProgramSettings.settings.risk;
    // a field left out stays, a null turns that check off
    expect(await settings('{ maxEnrolmentsPerDevice: 1 }')).toEqual({
      maxEnrolmentsPerDevice: 1,
      maxEnrolmentsPerIp: 10,
      velocity: { multiple: 10 },
    });
    expect(await settings('{ maxEnrolmentsPerIp: null, velocity: null }')).toEqual({
      maxEnrolmentsPerDevice: 1,
      maxEnrolmentsPerIp: null,
      velocity: null,
    });
    expect((await enrol({ externalId: 'solo-1', deviceId: 'tablet-2' })).member.flaggedForReview).toBe(false);
    expect((await enrol({ externalId: 'solo-2', deviceId: 'tablet-2' })).member.reviewReasons).toEqual([
      'SHARED_DEVICE: enrolment 2 from device tablet-2 (limit 1)',
    ]);
    for (let i = 12; i <= 14; i++)
      expect((await enrol({ externalId: `ip-${i}`, ipAddress: '203.0.113.7' })).member.flaggedForReview).toBe(
        false,
      );
  });

  it('counts racing enrolments from one device or address against each other', async () => {
    await t.ok(
      `mutation { updateProgramSettings(input: { risk: { maxEnrolmentsPerDevice: 3, maxEnrolmentsPerIp: 10 } }) { settings { name } } }`,
    );
    // fourteen at once from one device and one address: the limits (3 and 10) must see every earlier one
    const answers = await Promise.all(
      Array.from({ length: 14 }, (_, i) =>
        enrol({ externalId: `race-${i}`, deviceId: 'tablet-race', ipAddress: '198.51.100.9' }),
      ),
    );
    const reasons = answers.map((a) => a.member.reviewReasons as string[]);
    expect(reasons.filter((r) => r.some((x) => x.startsWith('SHARED_DEVICE'))).length).toBe(11);
    expect(reasons.filter((r) => r.some((x) => x.startsWith('SHARED_IP'))).length).toBe(4);
    // each flagged enrolment names its own place in the count: 4..14 from the device
    const places = reasons
      .flat()
      .filter((x) => x.startsWith('SHARED_DEVICE'))
      .map((x) => Number(/enrolment (\d+)/.exec(x)![1]))
      .sort((a, b) => a - b);
    expect(places).toEqual(Array.from({ length: 11 }, (_, i) => i + 4));
  });

  it('audits an enrolment made by a person, not one posted by an integration key', async () => {
    const entriesFor = async (id: string) =>
      (
        await t.ok<any, any>(`{ auditLog(first: 100) { edges { node { actor action target after } } } }`)
      ).auditLog.edges
        .map((e: any) => e.node)
        .filter((n: any) => n.target === `member:${id}`);
    const byAdmin = await enrol({ externalId: 'audit-staff', name: 'Ana', deviceId: 'kiosk-1' });
    const [entry] = await entriesFor(byAdmin.member.id);
    expect(entry).toMatchObject({ action: 'member.enroll' });
    expect(JSON.parse(entry.after)).toMatchObject({
      externalId: 'audit-staff',
      name: 'Ana',
      deviceId: 'kiosk-1',
    });
    // a retry is not a second enrolment
    await enrol({ externalId: 'audit-staff', name: 'Ana', deviceId: 'kiosk-1' });
    expect(await entriesFor(byAdmin.member.id)).toHaveLength(1);

    const key = (
      await t.ok<any, any>(
        `mutation { createApiKey(input: { name: "pos-audit", role: INTEGRATION }) { key } }`,
      )
    ).createApiKey.key;
    const byKey = (await t.ok<any, any>(ENROL, { i: { externalId: 'audit-key' } }, key)).enrollMember;
    expect(await entriesFor(byKey.member.id)).toEqual([]);
  });
});
