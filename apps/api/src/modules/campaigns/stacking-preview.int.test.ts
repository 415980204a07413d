/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * campaignStackingPreview through the real HTTP server on both databases: an unsaved draft that
 * stacks with a live campaign, the same draft excluded once a non-stackable campaign of higher
 * priority is live, a saved draft previewed by id, a paused campaign and the input errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { id status } userErrors { code message field } } }`;
const MOVE = (op: string) => `mutation($id: ID!) { ${op}(input: { id: $id }) {
  campaign { id status } userErrors { code message field } } }`;
const PREVIEW = `query($input: CampaignStackingPreviewInput!) { campaignStackingPreview(input: $input) {
  at amountMinor tierName poolCapReached programPoints campaignPoints totalPoints
  campaigns { campaignId name isPreviewed priority stackable status variantKey applies points reason
    excludedPoints excludedByCampaignId excludedByName excludedByStackable } } }`;

describe.each(TEST_DATABASES)('campaign stacking preview on %s', (kind) => {
  const clock = fixedClock(new Date('2026-12-02T04:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = async (input: Record<string, unknown>) => {
    const r = await t.ok<any, any>(CREATE, { input });
    expect(r.createCampaign.userErrors).toEqual([]);
    return r.createCampaign.campaign.id as string;
  };
  const move = async (op: string, id: string) => {
    const r = (await t.ok<any, any>(MOVE(op), { id }))[op];
    expect(r.userErrors).toEqual([]);
  };
  const launch = async (input: Record<string, unknown>) => {
    const id = await create({ startsAt: '2026-12-01T00:00:00Z', ...input });
    await move('launchCampaign', id);
    return id;
  };
  const preview = async (input: Record<string, unknown>) =>
    (await t.ok<any, any>(PREVIEW, { input })).campaignStackingPreview;
  const draft = {
    name: 'Fifty on top',
    startsAt: '2026-12-01T00:00:00Z',
    effect: { type: 'FIXED_BONUS', bonusPoints: 50 },
    priority: 0,
    stackable: true,
  };

  let liveDouble: string;

  it('a stackable draft applies together with a live stackable campaign, in priority order', async () => {
    liveDouble = await launch({
      name: 'Live double',
      effect: { type: 'MULTIPLIER', multiplier: 2 },
      priority: 5,
    });
    const p = await preview({ draft, amountMinor: 10_000 });
    expect(p.at).toBe('2026-12-02T04:00:00.000Z'); // now: the draft has started
    expect(p.poolCapReached).toBe(false);
    expect(p.campaigns.map((c: any) => c.name)).toEqual(['Live double', 'Fifty on top']);
    expect(p.campaigns[0]).toMatchObject({
      campaignId: liveDouble,
      isPreviewed: false,
      status: 'ACTIVE',
      applies: true,
      points: 100, // x2 on 100 base points adds 100
      reason: null,
    });
    expect(p.campaigns[1]).toMatchObject({
      campaignId: null,
      isPreviewed: true,
      applies: true,
      points: 50,
      reason: null,
      excludedByName: null,
    });
    expect(p.campaignPoints).toBe(150);
    expect(p.programPoints).toBeGreaterThan(0);
    expect(p.totalPoints).toBe(p.programPoints + 150);
  });

  it('the program points are what a real purchase earns at the base rate and tier', async () => {
    // a purchase by a member whose first-purchase task is done: the rest is the program's rules + campaigns
    await t.ok(`mutation { enrollMember(input: { externalId: "pv-1" }) { member { id } } }`);
    const buy = async (orderId: string) =>
      (
        await t.ok<any, any>(
          `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) {
            purchase { entries { source reason points } } userErrors { code } } }`,
          { input: { member: { externalId: 'pv-1' }, orderId, amountMinor: 10_000 } },
        )
      ).recordPurchase.purchase.entries as { source: string; reason: string; points: number }[];
    await buy('pv-o1');
    const entries = await buy('pv-o2');
    const programPoints = entries
      .filter((e) => e.source === 'PURCHASE' || e.source === 'TIER_BONUS')
      .reduce((s, e) => s + e.points, 0);
    const p = await preview({ draft, amountMinor: 10_000 });
    expect(p.programPoints).toBe(programPoints);
    // and the live campaign gave the purchase what the preview says it adds
    const fromLive = entries.filter((e) => e.source === 'CAMPAIGN').reduce((s, e) => s + e.points, 0);
    expect(fromLive).toBe(p.campaigns.find((c: any) => c.campaignId === liveDouble).points);
  });

  it('a non-stackable campaign of higher priority excludes the draft, and says which', async () => {
    const exclusive = await launch({
      name: 'Exclusive triple',
      effect: { type: 'MULTIPLIER', multiplier: 3 },
      priority: 10,
      stackable: false,
    });
    const p = await preview({ draft, amountMinor: 10_000 });
    expect(p.campaigns.map((c: any) => c.name)).toEqual(['Exclusive triple', 'Live double', 'Fifty on top']);
    expect(p.campaigns[0]).toMatchObject({ campaignId: exclusive, applies: true, points: 200 });
    for (const [i, wouldGive] of [
      [1, 100],
      [2, 50],
    ]) {
      expect(p.campaigns[i]).toMatchObject({
        applies: false,
        points: 0,
        reason: 'STACKING_EXCLUDED',
        excludedPoints: wouldGive,
        excludedByCampaignId: exclusive,
        excludedByName: 'Exclusive triple',
        excludedByStackable: false,
      });
    }
    expect(p.campaignPoints).toBe(200);

    // a non-stackable draft after a stackable live one: excluded because it does not stack itself
    await move('endCampaign', exclusive);
    const alone = await preview({ draft: { ...draft, stackable: false }, amountMinor: 10_000 });
    expect(alone.campaigns[1]).toMatchObject({
      isPreviewed: true,
      applies: false,
      reason: 'STACKING_EXCLUDED',
      excludedByName: 'Live double',
      excludedByStackable: true,
    });
  });

  it('previews a saved draft by id at its start, with a paused campaign and the tier asked for', async () => {
    const saved = await create({ ...draft, name: 'Saved draft', startsAt: '2026-12-20T00:00:00Z' });
    const paused = await launch({ name: 'On hold', effect: { type: 'FIXED_BONUS', bonusPoints: 10 } });
    await move('pauseCampaign', paused);
    const tiers = (await t.ok<any, any>(`{ tiers { id name } }`)).tiers as { id: string; name: string }[];
    const p = await preview({ campaignId: saved, amountMinor: 20_000, memberTierId: tiers[1].id });
    expect(p.at).toBe('2026-12-20T00:00:00.000Z');
    expect(p.tierName).toBe(tiers[1].name);
    const byName = Object.fromEntries(p.campaigns.map((c: any) => [c.name, c]));
    expect(byName['Saved draft']).toMatchObject({ campaignId: saved, isPreviewed: true, applies: true });
    expect(byName['On hold']).toMatchObject({ status: 'PAUSED', applies: false, reason: 'NOT_ACTIVE' });
    expect(byName['Live double']).toMatchObject({ applies: true, points: 200 });
  });

  it('refuses a preview without a campaign, or with a bad amount', async () => {
    for (const input of [
      { amountMinor: 10_000 },
      { draft, amountMinor: 0 },
      { draft: { ...draft, effect: { type: 'MULTIPLIER', multiplier: 0.5 } }, amountMinor: 10_000 },
    ]) {
      const r = await t.gql<any, any>(PREVIEW, { input });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
