/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * A campaign's money figures on each database, recomputed from the raw rows: an A/B test with a
 * holdout, purchases before and after exposure, a refund; its cost (campaign ledger entries ×
 * point value), revenue from participants, incremental revenue against the holdout and ROI read
 * through GraphQL and the campaign-results CSV must equal what plain SQL over the assignments,
 * purchases and ledger gives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emSql } from '../../db/sql/queries';
import { toDate, toNum } from '../../db/sql/codecs';
import { random } from '../../test/ledger-net';
import { ADMIN_SECRET, fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const RESULTS = `query($id: ID!) { campaign(id: $id) { results {
  pointsCostMinor participantRevenueMinor incrementalRevenueMinor roi } } }`;

describe.each(TEST_DATABASES)("a campaign's cost, revenue, incremental revenue and ROI on %s", (kind) => {
  const clock = fixedClock(new Date('2026-12-02T04:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('equal the figures recomputed from assignments, purchases and the ledger', async () => {
    const rnd = random(15).next;
    const created = await t.ok<any, any>(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { message } } }`,
      {
        input: {
          name: 'Double points test',
          startsAt: '2026-12-01T00:00:00Z',
          endsAt: '2027-01-01T00:00:00Z',
          variants: [
            { key: 'x2', name: 'Double', weight: 60, effect: { type: 'MULTIPLIER', multiplier: 2 } },
          ],
          holdoutPercent: 40,
        },
      },
    );
    expect(created.createCampaign.userErrors).toEqual([]);
    const id = created.createCampaign.campaign.id as string;
    // purchases before the launch: not the campaign's (before exposure)
    // 60 members: the 40% holdout (by a hash of random ids) keeps well over 5 on each side
    const members = Array.from({ length: 60 }, (_, i) => `cf-${i}`);
    let n = 0;
    const buy = async (externalId: string) => {
      const orderId = `cf-o-${++n}`;
      await t.ok(
        `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { userErrors { message } } }`,
        { input: { member: { externalId }, orderId, amountMinor: 1_000 + Math.floor(rnd() * 40_000) } },
      );
      return orderId;
    };
    for (const m of members.slice(0, 10)) {
      await t.ok(`mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`, {
        i: { externalId: m },
      });
      await buy(m);
    }
    await t.ok(`mutation($id: ID!) { launchCampaign(input: { id: $id }) { userErrors { message } } }`, {
      id,
    });
    const orders: string[] = [];
    for (const m of members) {
      if (!members.slice(0, 10).includes(m))
        await t.ok(`mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`, {
          i: { externalId: m },
        });
      const k = 1 + Math.floor(rnd() * 3);
      for (let i = 0; i < k; i++) orders.push(await buy(m));
    }
    // a refund claws back campaign points and lowers revenue
    await t.ok(
      `mutation($input: RefundPurchaseInput!) { refundPurchase(input: $input) { userErrors { message } } }`,
      { input: { orderId: orders[3], refundId: 'cf-r-1', amountMinor: 500 } },
    );

    // from the raw rows, with no core rule and no stats package
    const sql = emSql(t.app.orm.em.fork());
    const assignments = await sql.all<any>(
      `select "member_id", "in_holdout", "exposed_at" from "campaign_assignment" where "campaign_id" = ?`,
      [id],
    );
    const purchases = await sql.all<any>(
      `select "member_id", "occurred_at", "amount_minor", "refunded_minor" from "purchase"`,
      [],
    );
    const revenue = new Map<string, number>();
    for (const a of assignments) {
      const since = toDate(a.exposed_at)!.getTime();
      revenue.set(
        String(a.member_id),
        purchases
          .filter((p) => p.member_id === a.member_id && toDate(p.occurred_at)!.getTime() >= since)
          .reduce((s, p) => s + toNum(p.amount_minor) - toNum(p.refunded_minor), 0),
      );
    }
    const arm = (holdout: boolean) =>
      assignments
        .filter((a) => (a.in_holdout === true || toNum(a.in_holdout) === 1) === holdout)
        .map((a) => revenue.get(String(a.member_id))!);
    const treated = arm(false);
    const held = arm(true);
    expect(treated.length).toBeGreaterThan(5);
    expect(held.length).toBeGreaterThan(5);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const cost = toNum(
      (
        await sql.all<any>(
          `select coalesce(sum("points"), 0) as "v" from "ledger_entry" where "campaign_id" = ?`,
          [id],
        )
      )[0].v,
    ); // × 1 fen a point
    // (treated mean − holdout mean) × treated members, rounded once to the minor unit
    const incremental = Math.round((sum(treated) * held.length - sum(held) * treated.length) / held.length);
    expect(cost).toBeGreaterThan(0);

    const r = (await t.ok<any, any>(RESULTS, { id })).campaign.results;
    expect(r.pointsCostMinor).toBe(cost);
    expect(r.participantRevenueMinor).toBe(sum(treated));
    expect(r.incrementalRevenueMinor).toBe(incremental);
    expect(r.roi).toBeCloseTo((incremental - cost) / cost, 9);

    // the CSV of campaign results: an arm per row and the campaign's total
    const base = t.url.replace(/\/graphql$/, '');
    const res = await fetch(`${base}/export/campaign-results.csv?campaignId=${id}`, {
      headers: { authorization: `Bearer ${ADMIN_SECRET}` },
    });
    expect(res.status).toBe(200);
    // no cell here holds a comma or a quote: a plain split reads it
    const [header, ...lines] = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const rows = lines.map((l) => {
      const cells = l.split(',');
      return Object.fromEntries(header.split(',').map((h, i) => [h, cells[i]]));
    });
    expect(rows.map((x) => x.arm)).toEqual(['holdout', 'x2', 'campaign total (participants)']);
    const total = rows[2];
    expect(Number(total.points_cost_minor)).toBe(cost);
    expect(Number(total.revenue_minor)).toBe(sum(treated));
    expect(Number(total.incremental_revenue_minor)).toBe(incremental);
    expect(Number(total.roi)).toBeCloseTo((incremental - cost) / cost, 9);
    expect(Number(rows[0].revenue_minor)).toBe(sum(held));
    const missing = await fetch(`${base}/export/campaign-results.csv?campaignId=cmp_nope`, {
      headers: { authorization: `Bearer ${ADMIN_SECRET}` },
    });
    // as GraphQL answers a domain error a payload carries: 422 with its code
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
