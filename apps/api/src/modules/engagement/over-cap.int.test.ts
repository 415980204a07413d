/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * The program setting overCapDrawId on each database: bonus points over the monthly cap become
 * whole entries of the chosen draw, on the purchase path (bonus-cap step) and on the others (a full
 * group buy); without the setting they are refused as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrawEntryRow } from '../../db/entities/engagement';
import { RefusalRow } from '../../db/entities/idempotency';
import { MemberRow } from '../../db/entities/members';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const UE = 'userErrors { code message field }';
const SETTINGS = `mutation($i: UpdateProgramSettingsInput!) { updateProgramSettings(input: $i) { settings { overCapDrawId monthlyBonusCapPoints } ${UE} } }`;
const DRAW = `mutation($i: CreatePointsDrawInput!) { createPointsDraw(input: $i) { draw { id } ${UE} } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } ${UE} } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded ${UE} } }`;
const OPEN = `mutation($i: OpenGroupBuyInput!) { openGroupBuy(input: $i) { group { code } ${UE} } }`;
const JOIN = `mutation($i: JoinGroupBuyInput!) { joinGroupBuy(input: $i) { group { status participants { bonusAwarded } } ${UE} } }`;

describe.each(TEST_DATABASES)('over-cap draw entries on %s', (kind) => {
  let t: TestApp;
  const start = new Date('2026-12-01T00:00:00Z');
  const clock = fixedClock(start);
  let drawId = '';
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    drawId = (
      await t.ok<any, any>(DRAW, {
        i: {
          name: 'Over the cap',
          entryCostPoints: 50,
          opensAt: start.toISOString(),
          closesAt: '2026-12-31T00:00:00Z',
          prizes: [{ name: 'phone', stock: 1 }],
        },
      })
    ).createPointsDraw.draw.id;
  });
  afterAll(async () => {
    await t?.close();
  });
  const entriesOf = async (x: string) => {
    const em = t.app.orm.em.fork();
    const m = await em.findOneOrFail(MemberRow, { externalId: x });
    const entries = await em.find(DrawEntryRow, { memberId: m.id });
    const refusals = await em.find(RefusalRow, { memberId: m.id });
    return {
      entries: entries.map((e) => [e.drawId, e.count, e.points]),
      refused: refusals.map((r) => [r.reason, r.points]).sort(),
    };
  };

  it('refuses over-cap points without the setting, and names an unknown draw', async () => {
    const set = await t.ok<any, any>(SETTINGS, { i: { monthlyBonusCapPoints: 0 } });
    expect(set.updateProgramSettings.settings).toEqual({ overCapDrawId: null, monthlyBonusCapPoints: 0 });
    await t.ok(ENROL, { i: { externalId: 'plain' } });
    await t.ok(PURCHASE, { i: { member: { externalId: 'plain' }, orderId: 'o-plain', amountMinor: 20000 } });
    const r = await entriesOf('plain');
    expect(r.entries).toEqual([]);
    expect(r.refused.every(([reason]) => reason === 'MONTHLY_BONUS_CAP')).toBe(true);
    const bad = await t.gql<any, any>(SETTINGS, { i: { overCapDrawId: 'drw_nope' } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'overCapDrawId'],
    });
  });

  it('turns over-cap bonus points into whole entries of the chosen draw, on purchases and group buys', async () => {
    const set = await t.ok<any, any>(SETTINGS, { i: { overCapDrawId: drawId } });
    expect(set.updateProgramSettings.settings.overCapDrawId).toBe(drawId);
    await t.ok(ENROL, { i: { externalId: 'p1' } });
    await t.ok(ENROL, { i: { externalId: 'p2' } });
    // the first purchase's task: 100 bonus points over a cap of 0, two entries at 50
    await t.ok(PURCHASE, { i: { member: { externalId: 'p1' }, orderId: 'o-p1', amountMinor: 20000 } });
    expect(await entriesOf('p1')).toEqual({
      entries: [[drawId, 2, 0]],
      refused: [['OVER_CAP_DRAW_ENTRIES', 100]],
    });
    const g = await t.ok<any, any>(OPEN, {
      i: {
        member: { externalId: 'p1' },
        key: 'g1',
        productId: 'sku',
        productName: 'Kettle',
        priceMinor: 5000,
        size: 2,
        deadline: '2026-12-02T00:00:00Z',
      },
    });
    const full = await t.ok<any, any>(JOIN, {
      i: { member: { externalId: 'p2' }, code: g.openGroupBuy.group.code, key: 'j2' },
    });
    expect(full.joinGroupBuy.group.status).toBe('FILLED');
    expect(full.joinGroupBuy.group.participants.map((p: any) => p.bonusAwarded)).toEqual([0, 0]);
    expect((await entriesOf('p2')).entries).toEqual([[drawId, 2, 0]]);
    expect((await entriesOf('p1')).entries).toEqual([
      [drawId, 2, 0],
      [drawId, 2, 0],
    ]);
  });
});
