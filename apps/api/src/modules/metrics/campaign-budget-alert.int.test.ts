/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * CAMPAIGN_BUDGET on each database, through the real server: a campaign with a small budget burns
 * it fast (its own rollup rows); the alert check raises one CAMPAIGN_BUDGET alert for it (recorded,
 * `alert.raised` in the outbox, the cost monitor names the campaign), and not again on the next
 * check; campaigns with a large budget or none raise nothing; raising the budget resolves it, and
 * so does ending a campaign.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEventRow } from '../../db/entities/outbox';
import { AlertRow } from '../../db/entities/metrics';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { checkAlerts } from './alerts';

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { id } userErrors { code message } } }`;
const LAUNCH = `mutation($id: ID!) { launchCampaign(input: { id: $id }) {
  campaign { id status } userErrors { code message } } }`;
const END = `mutation($id: ID!) { endCampaign(input: { id: $id }) {
  campaign { id status } userErrors { code message } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) {
  campaign { id budgetPoints } userErrors { code message field } } }`;
const PURCHASE = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) {
  purchase { entries { source points campaign { id } } } userErrors { code message } } }`;
const ALERTS = `{ costMonitor(windowDays: 30) { alerts { kind message resolvedAt campaign { id name } } } }`;

describe.each(TEST_DATABASES)('the campaign budget alert on %s', (kind) => {
  // 12:00 in the program's time zone (Asia/Shanghai)
  const clock = fixedClock(new Date('2026-12-06T04:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  let orders = 0;
  /** a purchase of 100.00 by a new member: the campaign points it earned, by campaign */
  const purchase = async () => {
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
  /** a launched +`bonusPoints` campaign that started a day ago and runs 30 days more */
  const launched = async (name: string, bonusPoints: number, budgetPoints: number | null) => {
    const r = await t.ok<any, any>(CREATE, {
      input: {
        name,
        startsAt: '2026-12-05T04:00:00Z',
        endsAt: '2027-01-05T04:00:00Z',
        effect: { type: 'FIXED_BONUS', bonusPoints },
        stackable: true,
        budgetPoints,
      },
    });
    expect(r.createCampaign.userErrors).toEqual([]);
    const id = r.createCampaign.campaign.id as string;
    expect((await t.ok<any, any>(LAUNCH, { id })).launchCampaign.campaign.status).toBe('ACTIVE');
    return id;
  };
  const budgetAlerts = <A extends { kind: string }>(alerts: A[]) =>
    alerts.filter((a) => a.kind === 'CAMPAIGN_BUDGET');
  const openBudgetAlerts = () =>
    t.app.orm.em.fork().find(AlertRow, { kind: 'CAMPAIGN_BUDGET', openKey: { $ne: null } });

  it('raised once for the campaign that burns its budget fast, resolved when the budget is raised', async () => {
    const small = await launched('Flash +50', 50, 1_000);
    const large = await launched('Slow +10', 10, 1_000_000);
    const unbudgeted = await launched('Open +5', 5, null);
    for (let i = 0; i < 4; i++)
      expect(await purchase()).toEqual({ [small]: 50, [large]: 10, [unbudgeted]: 5 });

    // 200 of 1,000 in the day since the start: 800 more in 4 days (Dec 10), before the end (Jan 5)
    const first = await checkAlerts(t.app);
    const raised = budgetAlerts(first.raised);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ kind: 'CAMPAIGN_BUDGET', level: 'WARNING', campaignId: small });
    expect(raised[0].message).toBe(
      'Campaign Flash +50 is projected to spend its budget of 1,000 points on 2026-12-10, before its end on 2027-01-05',
    );
    expect(raised[0]).toMatchObject({ value: 200, threshold: 1_000 });

    // once: a second check raises nothing more; one row, one webhook event naming the campaign
    expect(budgetAlerts((await checkAlerts(t.app)).raised)).toEqual([]);
    expect(await t.app.orm.em.fork().count(AlertRow, { kind: 'CAMPAIGN_BUDGET' })).toBe(1);
    const sent = (await t.app.orm.em.fork().find(OutboxEventRow, { type: 'alert.raised' })).filter(
      (e) => (e.payload as any).alert.kind === 'CAMPAIGN_BUDGET',
    );
    expect(sent).toHaveLength(1);
    expect((sent[0].payload as any).alert).toMatchObject({ campaignId: small, resolvedAt: null });

    // the cost monitor shows it with its campaign
    const shown = budgetAlerts((await t.ok<any, any>(ALERTS)).costMonitor.alerts);
    expect(shown).toEqual([
      expect.objectContaining({ resolvedAt: null, campaign: { id: small, name: 'Flash +50' } }),
    ]);

    // the budget raised to 100,000: 99,800 more at 200 a day lasts past the end; resolved
    const up = await t.ok<any, any>(UPDATE, { input: { id: small, budgetPoints: 100_000 } });
    expect(up.updateCampaign.userErrors).toEqual([]);
    const after = await checkAlerts(t.app);
    expect(budgetAlerts(after.resolved).map((a) => a.campaignId)).toEqual([small]);
    expect(budgetAlerts(after.raised)).toEqual([]);
    expect(await openBudgetAlerts()).toEqual([]);
    expect(budgetAlerts((await checkAlerts(t.app)).raised)).toEqual([]);
  });

  it('a campaign that has spent its budget keeps its alert until it ends', async () => {
    clock.advance(60 * 60_000);
    const tiny = await launched('Tiny +50', 50, 100);
    const given = [await purchase(), await purchase(), await purchase()].map((p) => p[tiny] ?? 0);
    expect(given).toEqual([50, 50, 0]); // spent: it stops issuing
    const raised = budgetAlerts((await checkAlerts(t.app)).raised);
    expect(raised.map((a) => [a.campaignId, a.message])).toEqual([
      [tiny, 'Campaign Tiny +50 has spent its budget of 100 points before its end on 2027-01-05'],
    ]);
    expect((await openBudgetAlerts()).map((a) => a.campaignId)).toEqual([tiny]);

    expect((await t.ok<any, any>(END, { id: tiny })).endCampaign.campaign.status).toBe('ENDED');
    const after = await checkAlerts(t.app);
    expect(budgetAlerts(after.resolved).map((a) => a.campaignId)).toEqual([tiny]);
    expect(await openBudgetAlerts()).toEqual([]);
  });
});
