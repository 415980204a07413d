/**
 * Metrics end to end on each database: a purchase read back at once; a randomized workload of
 * enrolments, (backdated) purchases, refunds, redemptions and cancellations, adjustments,
 * activities and expiry, after which the rollups reconcile with the ledger, every figure equals
 * one recomputed independently from the raw rows, and a rebuild changes nothing; alerts raised
 * once and resolved; thresholds; CSV exports with their permissions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdjustPointsDocument,
  AlertThresholdsDocument,
  CancelRedemptionDocument,
  CostMonitorDocument,
  CreateRewardDocument,
  DeferredRevenueDocument,
  EnrollMemberDocument,
  ExpirePointsDocument,
  MetricsDocument,
  RecordActivityDocument,
  RecordPurchaseDocument,
  RedeemPointsDocument,
  RedemptionsByRewardDocument,
  RefundPurchaseDocument,
  UpdateAlertThresholdsDocument,
} from '@accrue/sdk';
import { addDaysToKey, dayKey, seededRandom } from '@accrue/core';
import { ADMIN_SECRET, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { emSql } from '../../db/sql/queries';
import { toDate, toNum } from '../../db/sql/codecs';
import { type Row } from '../../db/sql/types';
import { AuditEntryRow } from '../../db/entities/access';
import { OutboxEventRow } from '../../db/entities/outbox';
import { rebuildRollups, reconcileRollups } from './rebuild';
import { checkAlerts } from './alerts';
import { poolCapReached } from '../campaigns/queries';
import {
  campaignPoints,
  distinctActiveMembers,
  expirySchedule,
  forgetRedemptionRateEstimate,
  redemptionRateEstimate,
} from './read';
import { metricsSettings } from './thresholds';
import { applyRollups } from './rollup-writer';
import { inTransaction } from '../../services/app';

const TZ = 'Asia/Shanghai';
const DAY = 86_400_000;

/** The figures of [from, to) straight from the raw rows, with no rollup and no core rule. */
async function fromRawRows(t: TestApp, from: Date, to: Date) {
  const tx = emSql(t.app.orm.em.fork());
  const one = async (sql: string, params: unknown[]) => toNum((await tx.all<Row>(sql, params))[0].v);
  const between = `"occurred_at" >= ? and "occurred_at" < ?`;
  const p = [from, to];
  const ledger = (where: string) =>
    one(`select coalesce(sum("points"), 0) as "v" from "ledger_entry" where ${between} and ${where}`, p);
  return {
    sales:
      (await one(`select coalesce(sum("amount_minor"), 0) as "v" from "purchase" where ${between}`, p)) -
      (await one(`select coalesce(sum("amount_minor"), 0) as "v" from "refund" where ${between}`, p)),
    orders: await one(`select count(*) as "v" from "purchase" where ${between}`, p),
    issued: await ledger(`("type" = 'EARN' or ("type" = 'ADJUST' and "points" > 0))`),
    redeemed: -(await ledger(
      `("type" = 'REDEEM' or ("type" = 'REVERSAL' and "source" = 'REDEMPTION_CANCEL'))`,
    )),
    expired: -(await ledger(`"type" = 'EXPIRE'`)),
    reversed: -(await ledger(
      `(("type" = 'REVERSAL' and "source" = 'REFUND') or ("type" = 'ADJUST' and "points" < 0))`,
    )),
    outstandingAtEnd: await one(
      `select coalesce(sum("points"), 0) as "v" from "ledger_entry" where "occurred_at" < ?`,
      [to],
    ),
  };
}

/** Every (member, local day) the raw rows make active: a purchase, points earned (not a referral reward) or redeemed. */
async function activeDaysFromRawRows(t: TestApp) {
  const rows = await emSql(t.app.orm.em.fork()).all<Row>(
    `select "member_id", "occurred_at" from "purchase"
     union all
     select "member_id", "occurred_at" from "ledger_entry"
      where ("type" = 'EARN' and "source" <> 'REFERRAL') or "type" = 'REDEEM'`,
  );
  const days = new Map<string, { memberId: string; day: string }>();
  for (const r of rows) {
    const day = dayKey(toDate(r.occurred_at)!, TZ);
    days.set(`${String(r.member_id)}|${day}`, { memberId: String(r.member_id), day });
  }
  return [...days.values()];
}

describe.each(TEST_DATABASES)('metrics on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  const todayWindow = () => {
    const now = Date.now();
    return { from: new Date(now - 2 * DAY).toISOString(), to: new Date(now + DAY).toISOString() };
  };

  it('a purchase is in the figures read right after it', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'first' } });
    const before = (await t.ok(MetricsDocument, { ...todayWindow(), granularity: 'DAY' as never })).metrics
      .totals;
    await t.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'first' }, orderId: 'o-first', amountMinor: 12_345 },
    });
    const after = (await t.ok(MetricsDocument, { ...todayWindow(), granularity: 'DAY' as never })).metrics
      .totals;
    expect(after.salesMinor - before.salesMinor).toBe(12_345);
    expect(after.orders - before.orders).toBe(1);
    expect(after.pointsIssued - before.pointsIssued).toBe(123 + 100); // base + first-purchase task
    expect(after.outstandingPoints).toBe(50 + 223);
    expect(after.activeMembers).toBe(1); // enrolled and bought today: one member
    const cm = (await t.ok(CostMonitorDocument, { windowDays: 30 })).costMonitor;
    expect(cm.salesMinor).toBe(12_345);
    expect(cm.costMinor).toBe(273);
    expect(cm.outstandingPoints).toBe(273);
    expect(cm.liabilityMinor).toBe(Math.round(273 * 0.8)); // default expected rate while history is short
    expect(cm.forecast).toHaveLength(90);
    expect(cm.warningLevel).toBeCloseTo(cm.redLine * 0.8); // core's default warning fraction
    expect((await reconcileRollups(t.app)).ok).toBe(true);
  });

  it('after a randomized year of activity the rollups equal the ledger, and a rebuild changes nothing', async () => {
    const rnd = seededRandom(kind === 'sqlite' ? 7 : 11);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const members = Array.from({ length: 8 }, (_, i) => `w-${i}`);
    for (const m of members) await t.ok(EnrollMemberDocument, { input: { externalId: m } });
    const orders: { orderId: string; amount: number; refunded: number }[] = [];
    const redemptions: string[] = [];
    for (let step = 0; step < 120; step++) {
      const r = rnd();
      const member = { externalId: pick(members) };
      if (r < 0.45) {
        const orderId = `w-o-${step}`;
        const amount = 1000 + Math.floor(rnd() * 60_000);
        const occurredAt = new Date(
          Date.now() - Math.floor(rnd() * 420) * DAY - Math.floor(rnd() * DAY),
        ).toISOString();
        await t.ok(RecordPurchaseDocument, { input: { member, orderId, amountMinor: amount, occurredAt } });
        orders.push({ orderId, amount, refunded: 0 });
      } else if (r < 0.55 && orders.length) {
        const o = pick(orders);
        const amount = Math.min(o.amount - o.refunded, 1 + Math.floor(rnd() * o.amount * 0.6));
        if (amount <= 0) continue;
        await t.ok(RefundPurchaseDocument, {
          input: { orderId: o.orderId, refundId: `w-r-${step}`, amountMinor: amount },
        });
        o.refunded += amount;
      } else if (r < 0.7) {
        const res = await t.ok(RedeemPointsDocument, {
          input: {
            member,
            key: `w-rd-${step}`,
            points: 100 + Math.floor(rnd() * 300),
            orderAmountMinor: 200_000,
          },
        });
        if (res.redeemPoints.redemption) redemptions.push(res.redeemPoints.redemption.id);
      } else if (r < 0.75 && redemptions.length) {
        await t.ok(CancelRedemptionDocument, {
          input: { redemptionId: redemptions.splice(Math.floor(rnd() * redemptions.length), 1)[0] },
        });
      } else if (r < 0.85) {
        const points = Math.floor(rnd() * 400) - 150;
        if (points === 0) continue;
        await t.ok(AdjustPointsDocument, {
          input: { member, points, reason: `random ${step}`, key: `w-adj-${step}` },
        });
      } else if (r < 0.95) {
        await t.ok(RecordActivityDocument, {
          input: { member, type: pick(['SIGN_IN', 'REVIEW', 'SHARE']) as never, key: `w-act-${step}` },
        });
      } else {
        await t.ok(ExpirePointsDocument, { input: {} });
      }
    }
    await t.ok(ExpirePointsDocument, { input: {} });

    const check = await reconcileRollups(t.app);
    expect(check.differences).toEqual([]);
    expect(check.outstanding.rollups).toBe(check.outstanding.ledger);
    expect(check.outstanding.ledger).toBe(check.outstanding.balances);
    expect(check.ok).toBe(true);

    // every figure of a window, recomputed from the raw rows (the window is whole local days)
    const from = new Date(`${dayKey(new Date(Date.now() - 200 * DAY), TZ)}T00:00:00+08:00`);
    const to = new Date(`${dayKey(new Date(Date.now() + DAY), TZ)}T00:00:00+08:00`);
    const report = async () =>
      (
        await t.ok(MetricsDocument, {
          from: from.toISOString(),
          to: to.toISOString(),
          granularity: 'MONTH' as never,
        })
      ).metrics;
    const m = await report();
    const raw = await fromRawRows(t, from, to);
    expect({
      sales: m.totals.salesMinor,
      orders: m.totals.orders,
      issued: m.totals.pointsIssued,
      redeemed: m.totals.pointsRedeemed,
      expired: m.totals.pointsExpired,
      reversed: m.totals.pointsReversed,
      outstandingAtEnd: m.totals.outstandingPoints,
    }).toEqual(raw);
    expect(m.series.reduce((s, p) => s + p.salesMinor, 0)).toBe(raw.sales);
    const [firstDay, endDay] = [dayKey(from, TZ), dayKey(to, TZ)];
    const activeRaw = new Set(
      (await activeDaysFromRawRows(t))
        .filter((a) => a.day >= firstDay && a.day < endDay)
        .map((a) => a.memberId),
    );
    expect(m.totals.activeMembers).toBe(activeRaw.size);

    // the IFRS 15 view: what is deferred at a month's end is what was allocated less what was recognised
    const ifrs = (
      await t.ok(DeferredRevenueDocument, {
        from: new Date(Date.now() - 500 * DAY).toISOString(),
        to: new Date(Date.now() + DAY).toISOString(),
      })
    ).deferredRevenue;
    expect(ifrs.length).toBeGreaterThanOrEqual(14);
    const allocated = ifrs.reduce((s, x) => s + x.allocatedMinor, 0);
    const recognised = ifrs.reduce((s, x) => s + x.recognisedMinor, 0);
    expect(allocated).toBeGreaterThan(0);
    expect(ifrs.at(-1)!.deferredMinor).toBe(allocated - recognised);
    for (const x of ifrs) expect(x.deferredMinor).toBeGreaterThanOrEqual(0);

    // the lot cohorts and the gap histogram, against the raw lots, allocations and markers
    const tx = emSql(t.app.orm.em.fork());
    const today = dayKey(new Date(), TZ);
    const lots = await tx.all<Row>(`select "id", "points", "remaining", "expires_at" from "points_lot"`);
    const settled = await tx.all<Row>(
      `select a."lot_id" as "lot", e."type" as "type", a."points" as "points" from "lot_allocation" a
         join "ledger_entry" e on e."id" = a."entry_id"`,
    );
    const expiryDay = new Map(
      lots.map((l) => [String(l.id), l.expires_at ? dayKey(toDate(l.expires_at)!, TZ) : null]),
    );
    const matured = { issued: 0, outstanding: 0, expired: 0, reversed: 0 };
    const schedule = new Map<string, number>();
    for (const l of lots) {
      const d = expiryDay.get(String(l.id));
      if (d && d < today) {
        matured.issued += toNum(l.points);
        matured.outstanding += toNum(l.remaining);
      }
      if (d && d > today && d <= addDaysToKey(today, 90) && toNum(l.remaining))
        schedule.set(d, (schedule.get(d) ?? 0) + toNum(l.remaining));
    }
    for (const a of settled) {
      const d = expiryDay.get(String(a.lot));
      if (!d || d >= today) continue;
      if (a.type === 'EXPIRE') matured.expired += toNum(a.points);
      if (a.type === 'REVERSAL' || a.type === 'ADJUST') matured.reversed += toNum(a.points);
    }
    expect(matured.issued).toBeGreaterThan(0);
    forgetRedemptionRateEstimate(t.app);
    const program = await t.app.program.get(() => t.app.orm.em.fork());
    const estimate = await redemptionRateEstimate(
      t.app,
      tx,
      { ...metricsSettings(program), minMaturedPoints: 1 },
      new Date(),
      TZ,
    );
    const redeemed = matured.issued - matured.outstanding - matured.expired - matured.reversed;
    expect(estimate.redeemedPoints).toBe(redeemed);
    expect(estimate.maturedPoints).toBe(redeemed + matured.expired + matured.outstanding);
    const scheduled = await expirySchedule(tx, addDaysToKey(today, 1), addDaysToKey(today, 90));
    expect(Object.fromEntries([...scheduled].filter(([, p]) => p))).toEqual(Object.fromEntries(schedule));
    const activeDays = await activeDaysFromRawRows(t);
    for (const [a, b] of [
      [-400, 1],
      [-200, -150],
      [-31, -1],
      [-45, -44],
      [-365, -200],
    ]) {
      const [first, last] = [addDaysToKey(today, a), addDaysToKey(today, b)];
      const raw = new Set(activeDays.filter((r) => r.day >= first && r.day <= last).map((r) => r.memberId))
        .size;
      expect((await distinctActiveMembers(tx, [{ first, last }])).total, `${first}..${last}`).toBe(raw);
    }
    forgetRedemptionRateEstimate(t.app);

    const rebuilt = await rebuildRollups(t.app);
    expect(rebuilt.rollupRows).toBeGreaterThan(0);
    expect(await report()).toEqual(m);
    expect((await reconcileRollups(t.app)).ok).toBe(true);
  });

  it('concurrent purchases, refunds and redemptions of many members keep the rollups exact', async () => {
    const members = Array.from({ length: 10 }, (_, i) => `c-${i}`);
    await Promise.all(members.map((m) => t.ok(EnrollMemberDocument, { input: { externalId: m } })));
    await Promise.all(
      Array.from({ length: 40 }, (_, k) =>
        t.ok(RecordPurchaseDocument, {
          input: { member: { externalId: members[k % 10] }, orderId: `c-o-${k}`, amountMinor: 10_000 + k },
        }),
      ),
    );
    await Promise.all([
      ...members.map((m, k) =>
        t.ok(RedeemPointsDocument, {
          input: { member: { externalId: m }, key: `c-rd-${k}`, points: 100, orderAmountMinor: 100_000 },
        }),
      ),
      ...Array.from({ length: 10 }, (_, k) =>
        t.ok(RefundPurchaseDocument, {
          input: { orderId: `c-o-${k}`, refundId: `c-r-${k}`, amountMinor: 5_000 },
        }),
      ),
    ]);
    const check = await reconcileRollups(t.app);
    expect(check.differences).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it("the member's row keeps their latest active day: purchases trust it, the ledger checks it, a rebuild mends it", async () => {
    const id = (await t.ok(EnrollMemberDocument, { input: { externalId: 'lad' } })).enrollMember.member!.id;
    const tx = emSql(t.app.orm.em.fork());
    const kept = async () =>
      ((await tx.all<Row>(`select "last_active_day" as "d" from "member" where "id" = ?`, [id]))[0].d ??
        null) as string | null;
    const latestFromRows = async () =>
      (await activeDaysFromRawRows(t))
        .filter((a) => a.memberId === id)
        .map((a) => a.day)
        .sort()
        .at(-1);
    const setKept = (d: string | null) =>
      tx.run(`update "member" set "last_active_day" = ? where "id" = ?`, [d, id]);
    const active = async (day: string) =>
      (await distinctActiveMembers(tx, [{ first: day, last: day }])).total;
    const buy = (orderId: string, occurredAt?: string) =>
      t.ok(RecordPurchaseDocument, {
        input: { member: { id }, orderId, amountMinor: 20_000, ...(occurredAt ? { occurredAt } : {}) },
      });
    // enrolment makes the member active (welcome points) in the flush that inserts them: not known yet
    expect(await kept()).toBeNull();
    const today = (await latestFromRows())!;
    const activeToday = await active(today);
    await buy('lad-1'); // reads the ledger, and keeps the day
    expect(await kept()).toBe(today);
    expect(await active(today)).toBe(activeToday); // active already (enrolled today)
    const past = new Date(Date.now() - 10 * DAY);
    const pastDay = dayKey(past, TZ);
    const activePast = await active(pastDay);
    await buy('lad-2', past.toISOString()); // backdated: reads, counts the member that day, keeps today
    expect(await kept()).toBe(today);
    expect(await active(pastDay)).toBe(activePast + 1);
    // the ORM path (a redemption) keeps it too
    await setKept(null);
    const rd = await t.ok(RedeemPointsDocument, {
      input: { member: { id }, key: 'lad-rd', points: 100, orderAmountMinor: 100_000 },
    });
    expect(rd.redeemPoints.userErrors).toEqual([]);
    expect(await kept()).toBe(today);
    expect((await reconcileRollups(t.app)).ok).toBe(true);

    // a kept day the ledger does not back is found by the check and mended by a rebuild
    await setKept(addDaysToKey(today, -1));
    const check = await reconcileRollups(t.app);
    expect(check.ok).toBe(false);
    expect(check.differences).toContainEqual(
      expect.objectContaining({ table: 'member', campaignId: id, column: 'last_active_day' }),
    );
    await rebuildRollups(t.app);
    expect(await kept()).toBe(today);
    expect((await reconcileRollups(t.app)).ok).toBe(true);

    // a purchase after the kept day trusts it without reading: kept as the day before today, the
    // member is counted active today once more (the check sees it, a rebuild mends it)
    await setKept(addDaysToKey(today, -1));
    await buy('lad-3');
    expect(await active(today)).toBe(activeToday + 1);
    expect((await reconcileRollups(t.app)).ok).toBe(false);
    await rebuildRollups(t.app);
    expect(await active(today)).toBe(activeToday);
    expect((await reconcileRollups(t.app)).ok).toBe(true);
  });

  it("a campaign's points and cost come from its own rollup rows", async () => {
    const at = new Date();
    await inTransaction(t.app, (em) =>
      applyRollups(
        emSql(em),
        {
          entries: [
            {
              memberId: 'mem_x',
              type: 'EARN',
              source: 'CAMPAIGN',
              points: 300,
              occurredAt: at,
              campaignId: 'cmp_x',
            },
            {
              memberId: 'mem_y',
              type: 'EARN',
              source: 'CAMPAIGN',
              points: 200,
              occurredAt: at,
              campaignId: 'cmp_x',
            },
            {
              memberId: 'mem_y',
              type: 'EARN',
              source: 'CAMPAIGN',
              points: 999,
              occurredAt: at,
              campaignId: 'cmp_other',
            },
          ],
          purchases: [],
          refunds: [],
        },
        { timezone: TZ },
      ),
    );
    const tx = emSql(t.app.orm.em.fork());
    expect(await campaignPoints(tx, 'cmp_x', 1)).toEqual({
      issued: 500,
      reversed: 0,
      expired: 0,
      costMinor: 500,
    });
    expect(
      (await campaignPoints(tx, 'cmp_x', 1, { last: dayKey(new Date(at.getTime() - 2 * DAY), TZ) })).issued,
    ).toBe(0);
    // these rows have no ledger behind them: a rebuild removes them
    await rebuildRollups(t.app);
    expect((await campaignPoints(tx, 'cmp_x', 1)).issued).toBe(0);
  });

  it('alerts are raised once, sent to webhooks, and resolved when the figure recovers', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'alerts' } });
    await t.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'alerts' }, orderId: 'o-alerts', amountMinor: 50_000 },
    });
    await t.ok(UpdateAlertThresholdsDocument, { input: { costToSalesRedLine: 0.5 } });
    await checkAlerts(t.app);
    const lowered = await t.ok(UpdateAlertThresholdsDocument, {
      input: { costToSalesRedLine: 0.000_1, maxDailyIssuedPoints: 1 },
    });
    expect(lowered.updateAlertThresholds.thresholds).toMatchObject({
      costToSalesRedLine: 0.000_1,
      maxDailyIssuedPoints: 1,
    });
    expect((await checkAlerts(t.app)).raised).toEqual([]); // the update checked already: nothing new
    const open = (await t.ok(CostMonitorDocument, { windowDays: 30 })).costMonitor;
    expect(open.status, JSON.stringify({ ...open, forecast: [] })).toBe('BREACH');
    const kinds = open.alerts
      .filter((a) => !a.resolvedAt)
      .map((a) => a.kind)
      .sort();
    expect(kinds).toEqual(['COST_TO_SALES', 'DAILY_ISSUANCE']);
    const events = await t.app.orm.em.fork().find(OutboxEventRow, { type: 'alert.raised' });
    expect(events).toHaveLength(2);
    await t.ok(UpdateAlertThresholdsDocument, {
      input: { costToSalesRedLine: 0.9, maxDailyIssuedPoints: null },
    });
    const after = (await t.ok(CostMonitorDocument, { windowDays: 30 })).costMonitor;
    expect(after.status).toBe('OK');
    // the warning level is the configured share of the red line
    const warned = await t.ok(UpdateAlertThresholdsDocument, { input: { warningFraction: 0.5 } });
    expect(warned.updateAlertThresholds.thresholds?.warningFraction).toBe(0.5);
    expect((await t.ok(CostMonitorDocument, { windowDays: 30 })).costMonitor.warningLevel).toBeCloseTo(0.45);
    const refused = await t.gql(UpdateAlertThresholdsDocument, { input: { warningFraction: 1.5 } });
    expect(JSON.stringify(refused)).toMatch(/warningFraction/);
    expect(after.alerts.filter((a) => !a.resolvedAt)).toEqual([]);
    expect(
      after.alerts
        .filter((a) => a.resolvedAt)
        .map((a) => a.kind)
        .sort(),
    ).toEqual(['COST_TO_SALES', 'DAILY_ISSUANCE']);
    expect((await t.ok(AlertThresholdsDocument)).alertThresholds).toEqual({
      costToSalesRedLine: 0.9,
      warningFraction: 0.5,
      maxDailyIssuedPoints: null,
      minFlowRatio: null,
      maxAccumulationRatio: null,
    });
    const audits = await t.app.orm.em.fork().find(AuditEntryRow, { action: 'alertThresholds.update' });
    expect(audits.length).toBeGreaterThanOrEqual(3);
  });

  it('the pool cap: liability at 5% of trailing-year sales raises POOL_CAP, more sales resolve it', async () => {
    const sales = (await t.ok(CostMonitorDocument, { windowDays: 365 })).costMonitor;
    expect(await poolCapReached(t.app.orm.em.fork())).toBe(false);
    // liability = outstanding × 1 × 0.8: push it past 5% of the year's sales
    const needed = Math.ceil((sales.salesMinor * 0.05 - sales.liabilityMinor) / 0.8) + 10;
    await t.ok(AdjustPointsDocument, {
      input: { member: { externalId: 'alerts' }, points: needed, reason: 'pool cap test', key: 'pool-1' },
    });
    const raised = await checkAlerts(t.app);
    expect(raised.poolCap.reached).toBe(true);
    expect(raised.raised.map((a) => a.kind)).toContain('POOL_CAP');
    expect(await poolCapReached(t.app.orm.em.fork())).toBe(true);
    expect((await checkAlerts(t.app)).raised).toEqual([]);
    await t.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'alerts' }, orderId: 'o-pool', amountMinor: needed * 100 },
    });
    const cleared = await checkAlerts(t.app);
    expect(cleared.poolCap.reached).toBe(false);
    expect(cleared.resolved.map((a) => a.kind)).toContain('POOL_CAP');
    expect(await poolCapReached(t.app.orm.em.fork())).toBe(false);
  });

  it('redemptions by reward and kind: completed only, members counted once', async () => {
    const reward = await t.ok(CreateRewardDocument, {
      input: { name: '植树 Plant a tree', type: 'DONATION' as never, pointsCost: 100, valueMinor: 100 },
    });
    const rewardId = reward.createReward.reward!.id;
    await t.ok(EnrollMemberDocument, { input: { externalId: 'rd-1' } });
    await t.ok(EnrollMemberDocument, { input: { externalId: 'rd-2' } });
    for (const m of ['rd-1', 'rd-2'])
      await t.ok(RecordPurchaseDocument, {
        input: { member: { externalId: m }, orderId: `rd-o-${m}`, amountMinor: 100_000 },
      });
    const redeem = (m: string, key: string, input: Record<string, unknown>) =>
      t.ok(RedeemPointsDocument, { input: { member: { externalId: m }, key, ...input } });
    await redeem('rd-1', 'rd-a', { rewardId });
    await redeem('rd-1', 'rd-b', { rewardId });
    await redeem('rd-2', 'rd-c', { rewardId });
    const cancelled = await redeem('rd-2', 'rd-d', { rewardId });
    await t.ok(CancelRedemptionDocument, { input: { redemptionId: cancelled.redeemPoints.redemption!.id } });
    await redeem('rd-2', 'rd-e', { points: 300, orderAmountMinor: 10_000 });
    const w = todayWindow();
    const rows = (await t.ok(RedemptionsByRewardDocument, w)).redemptionsByReward;
    const tree = rows.find((r) => r.reward?.id === rewardId)!;
    expect(tree).toMatchObject({
      kind: 'DONATION',
      redemptions: 3,
      members: 2,
      points: 300,
      costMinor: 300,
      valueMinor: 300,
    });
    const cash = rows.filter((r) => r.kind === 'CASH_OFFSET').reduce((s, r) => s + r.points, 0);
    expect(cash).toBeGreaterThanOrEqual(300);
  });

  it('bad thresholds and windows name the field', async () => {
    const r = await t.gql(UpdateAlertThresholdsDocument, { input: { minFlowRatio: -1 } });
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'minFlowRatio'],
    });
    const w = await t.gql(CostMonitorDocument, { windowDays: 0 });
    expect(w.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['windowDays'] });
    const m = await t.gql(MetricsDocument, { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(m.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['to'] });
  });

  it('exports CSV with a BOM and formula escaping, under the same permissions', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    const get = (path: string, token: string | null = ADMIN_SECRET) =>
      fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const w = todayWindow();
    const res = await get(
      `/export/metrics.csv?from=${encodeURIComponent(w.from)}&to=${encodeURIComponent(w.to)}&granularity=day`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\n');
    expect(lines[0]).toMatch(
      /^period_start,sales_minor,orders,active_members,points_issued,issued_purchase,/,
    );
    expect(lines).toHaveLength(1 + 4 + 1); // header, four local days, total
    expect(lines.at(-1)).toMatch(/^total,/);

    await t.ok(EnrollMemberDocument, { input: { externalId: 'csv-张伟' } });
    await t.ok(AdjustPointsDocument, {
      input: {
        member: { externalId: 'csv-张伟' },
        points: 10,
        reason: '=HYPERLINK("x") 奖励',
        key: 'csv-adj',
      },
    });
    const memberId = (
      await emSql(t.app.orm.em.fork()).all<Row>(`select "id" from "member" where "external_id" = ?`, [
        'csv-张伟',
      ])
    )[0].id;
    const ledger = await (await get(`/export/member-ledger.csv?memberId=${String(memberId)}`)).text();
    expect(ledger).toContain(`"'=HYPERLINK(""x"") 奖励"`);
    const cm = await (await get('/export/cost-monitor.csv?windowDays=7')).text();
    expect(cm).toContain('window_days,7');

    expect((await get('/export/cost-monitor.csv', null)).status).toBe(401);
    const key = await t.ok<{ createApiKey: { key: string } }, { i: unknown }>(
      `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }`,
      { i: { name: 'csv-integration', role: 'INTEGRATION' } },
    );
    expect((await get('/export/cost-monitor.csv', key.createApiKey.key)).status).toBe(403);
    const bad = await get('/export/metrics.csv?from=yesterday&to=2026-01-01T00:00:00Z');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: ['from'] } }],
    });
  });
});
