/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Paid extension of expiring points over HTTP on each database: not offered until configured; the
 * fee must be the configured one; every lot expiring within 30 days moves by the set days, once per
 * lot, whatever races; a retry replays; the fee is recorded in points_extension for the metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotRow } from '../../db/entities/points';
import { startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { LotExtensionRow, PointsExtensionRow } from '../../db/entities/engagement';
import { reconcileRollups } from '../metrics/rebuild';

const CONFIGURE = `mutation($i: ConfigurePaidExtensionInput!) { configurePaidExtension(input: $i) { terms { feeMinor extendDays windowDays active } userErrors { code field } } }`;
const EXTEND = `mutation($i: ExtendExpiringPointsInput!) { extendExpiringPoints(input: $i) { extension { id feeMinor currency pointsExtended lots { lotId points expiresBefore expiresAfter } } member { balance { available expiringWithin30Days } } userErrors { code message field } } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } userErrors { code } } }`;
const DAY = 86_400_000;

describe.each(TEST_DATABASES)('paid extension on %s', (kind) => {
  let t: TestApp;
  let storefront: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    storefront = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "shop", role: STOREFRONT }) { key } }`)
    ).createApiKey.key;
    for (const m of ['ann', 'bob']) await t.ok(ENROL, { i: { externalId: m } }); // 50 welcome points, 30 days
  });
  afterAll(async () => {
    await t?.close();
  });
  const extend = async (member: string, key: string, feeMinor = 1000) =>
    (await t.ok<any, any>(EXTEND, { i: { member: { externalId: member }, key, feeMinor } }, storefront))
      .extendExpiringPoints;

  it('is refused until offered, then with another fee, then extends the expiring lot once', async () => {
    expect((await extend('ann', 'pay-0')).userErrors).toMatchObject([{ code: 'EXTENSION_NOT_OFFERED' }]);
    const bad = await t.gql<any, any>(CONFIGURE, { i: { extendDays: 0 } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'extendDays'],
    });
    const c = (await t.ok<any, any>(CONFIGURE, { i: { feeMinor: 1000, extendDays: 90, active: true } }))
      .configurePaidExtension;
    expect(c.terms).toEqual({ feeMinor: 1000, extendDays: 90, windowDays: 30, active: true });
    expect((await extend('ann', 'pay-1', 500)).userErrors).toMatchObject([
      { code: 'FEE_MISMATCH', field: ['input', 'feeMinor'] },
    ]);
    const r = await extend('ann', 'pay-1');
    expect(r.userErrors).toEqual([]);
    expect(r.extension).toMatchObject({ feeMinor: 1000, currency: 'CNY', pointsExtended: 50 });
    expect(r.extension.lots).toHaveLength(1);
    const lot = r.extension.lots[0];
    expect(Date.parse(lot.expiresAfter) - Date.parse(lot.expiresBefore)).toBe(90 * DAY);
    expect(r.member.balance).toEqual({ available: 50, expiringWithin30Days: 0 });
    const stored = await t.app.orm.em.fork().findOneOrFail(LotRow, { id: lot.lotId });
    expect(stored.expiresAt!.toISOString()).toBe(lot.expiresAfter);
    // a retry answers the first extension; another payment finds nothing left to extend
    expect((await extend('ann', 'pay-1')).extension.id).toBe(r.extension.id);
    expect((await extend('ann', 'pay-2')).userErrors).toMatchObject([{ code: 'NOTHING_TO_EXTEND' }]);
    // the lot's points moved to the cohort of its new expiry day
    expect((await reconcileRollups(t.app)).differences).toEqual([]);
    const conflict = await extend('ann', 'pay-1', 0);
    expect(conflict.userErrors).toMatchObject([{ code: 'IDEMPOTENCY_CONFLICT', field: ['input', 'key'] }]);
  });

  it('extends a lot once under concurrent payments, and records one fee', async () => {
    const answers = await Promise.all([1, 2, 3, 4, 5].map((i) => extend('bob', `bob-pay-${i}`)));
    const ok = answers.filter((a) => a.userErrors.length === 0);
    expect(ok).toHaveLength(1);
    expect(answers.filter((a) => a.userErrors[0]?.code === 'NOTHING_TO_EXTEND')).toHaveLength(4);
    const em = t.app.orm.em.fork();
    const [bob] = await em.getConnection().execute(`select "id" from "member" where "external_id" = 'bob'`);
    expect(await em.count(PointsExtensionRow, { memberId: bob.id })).toBe(1);
    expect(await em.count(LotExtensionRow, { memberId: bob.id })).toBe(1);
    const fees = await em.find(PointsExtensionRow, {});
    expect(fees.reduce((s, f) => s + f.feeMinor, 0)).toBe(2000);
  });
});
