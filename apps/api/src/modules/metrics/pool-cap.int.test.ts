/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * The program-wide pool cap on each database, through the real server: the points liability is
 * pushed past 5% of trailing-12-month sales on purpose; the alert check raises POOL_CAP once
 * (recorded, `alert.raised` in the outbox); every running campaign shows PAUSED (POOL_CAP) and
 * stops issuing bonus points, on purchases and activities; the liability is brought back under the
 * cap; the check resolves the alert and the campaigns issue again, except the one paused by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEventRow } from '../../db/entities/outbox';
import { AlertRow } from '../../db/entities/metrics';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { poolCapReached } from '../campaigns/queries';
import { checkAlerts } from './alerts';

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { id } userErrors { code message } } }`;
const MOVE = (op: string) => `mutation($id: ID!) { ${op}(input: { id: $id }) {
  campaign { id status pauseReason } userErrors { code message field } } }`;
const PURCHASE = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) {
  purchase { entries { source points campaign { id } } } userErrors { code message } } }`;
const CAMPAIGNS = `query($status: CampaignStatus) { campaigns(first: 20, status: $status) {
  edges { node { id status pauseReason } } } }`;

describe.each(TEST_DATABASES)('the pool cap on %s', (kind) => {
  const clock = fixedClock(new Date('2026-12-02T04:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  let orders = 0;
  /** a purchase of 100.00 by a new member: the campaign points it earned, by campaign */
  const campaignPointsOfAPurchase = async () => {
    const externalId = `m-${++orders}`;
    await t.ok(`mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`, {
      i: { externalId },
    });
    const r = await t.ok<any, any>(PURCHASE, {
      input: { member: { externalId }, orderId: `o-${orders}`, amountMinor: 10_000 },
    });
    expect(r.recordPurchase.userErrors).toEqual([]);
    const by: Record<string, number> = {};
    for (const e of r.recordPurchase.purchase.entries)
      if (e.source === 'CAMPAIGN') by[e.campaign.id] = (by[e.campaign.id] ?? 0) + e.points;
    return by;
  };
  const launched = async (name: string, bonusPoints: number) => {
    const r = await t.ok<any, any>(CREATE, {
      input: {
        name,
        startsAt: '2026-12-01T00:00:00Z',
        endsAt: '2027-01-01T00:00:00Z',
        effect: { type: 'FIXED_BONUS', bonusPoints },
        stackable: true,
      },
    });
    expect(r.createCampaign.userErrors).toEqual([]);
    const id = r.createCampaign.campaign.id as string;
    expect((await t.ok<any, any>(MOVE('launchCampaign'), { id })).launchCampaign.campaign.status).toBe(
      'ACTIVE',
    );
    return id;
  };
  const statuses = async (status?: string) =>
    Object.fromEntries(
      (await t.ok<any, any>(CAMPAIGNS, { status })).campaigns.edges.map((e: any) => [
        e.node.id,
        `${e.node.status}${e.node.pauseReason ? `/${e.node.pauseReason}` : ''}`,
      ]),
    );
  const adjust = (points: number, key: string) =>
    t.ok(
      `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { userErrors { code message } } }`,
      { input: { member: { externalId: 'whale' }, points, reason: 'pool cap test', key } },
    );

  it('hit on purpose: campaigns pause and issue nothing; cleared: they resume, a manual pause stays', async () => {
    const a = await launched('Bonus 50', 50);
    const b = await launched('Bonus 30', 30);
    expect(await campaignPointsOfAPurchase()).toEqual({ [a]: 50, [b]: 30 });
    const manual = await t.ok<any, any>(MOVE('pauseCampaign'), { id: b });
    expect(manual.pauseCampaign.campaign).toMatchObject({ status: 'PAUSED', pauseReason: 'MANUAL' });
    expect(await campaignPointsOfAPurchase()).toEqual({ [a]: 50 });

    // sales so far 200.00: the cap is 5% of it, 1,000 fen; liability = outstanding × 1 fen × 0.8
    expect((await checkAlerts(t.app)).poolCap.reached).toBe(false);
    await t.ok(`mutation { enrollMember(input: { externalId: "whale" }) { member { id } } }`);
    await adjust(5_000, 'cap-up');
    const hit = await checkAlerts(t.app);
    expect(hit.poolCap.reached).toBe(true);
    expect(hit.raised.map((x) => x.kind)).toEqual(['POOL_CAP']);
    expect(await poolCapReached(t.app.orm.em.fork())).toBe(true);
    // raised once: a second check changes nothing; recorded and sent to webhooks
    expect((await checkAlerts(t.app)).raised).toEqual([]);
    expect(await t.app.orm.em.fork().count(AlertRow, { kind: 'POOL_CAP' })).toBe(1);
    const sent = await t.app.orm.em.fork().find(OutboxEventRow, { type: 'alert.raised' });
    expect(sent.filter((e) => (e.payload as any).alert.kind === 'POOL_CAP')).toHaveLength(1);

    // both show PAUSED, each with its reason; the lists by status agree
    expect(await statuses()).toEqual({ [a]: 'PAUSED/POOL_CAP', [b]: 'PAUSED/MANUAL' });
    expect(await statuses('PAUSED')).toEqual({ [a]: 'PAUSED/POOL_CAP', [b]: 'PAUSED/MANUAL' });
    expect(await statuses('ACTIVE')).toEqual({});
    // no bonus points while the cap holds; base points as usual
    expect(await campaignPointsOfAPurchase()).toEqual({});
    // a campaign paused by the cap cannot be resumed by hand
    const resume = await t.ok<any, any>(MOVE('resumeCampaign'), { id: a });
    expect(resume.resumeCampaign.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });

    // cleared: the points come off, the check resolves the alert, the campaign issues again
    await adjust(-5_000, 'cap-down');
    const cleared = await checkAlerts(t.app);
    expect(cleared.poolCap.reached).toBe(false);
    expect(cleared.resolved.map((x) => x.kind)).toEqual(['POOL_CAP']);
    expect(await poolCapReached(t.app.orm.em.fork())).toBe(false);
    expect(await statuses()).toEqual({ [a]: 'ACTIVE', [b]: 'PAUSED/MANUAL' });
    expect(await campaignPointsOfAPurchase()).toEqual({ [a]: 50 });
  });
});
