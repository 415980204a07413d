/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * The demo program loads through the same use cases as the API, so its accounts must be as
 * consistent as any: every referral between members who had both enrolled, and balance = ledger =
 * lots for every member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCommitment } from '@accrue/core';
import { MemberRow } from '../db/entities/members';
import { TaskProgressRow } from '../db/entities/engagement';
import { LedgerEntryRow, LotRow } from '../db/entities/points';
import { startTestApp, TEST_DATABASES, type TestApp } from '../test/harness';
import { login } from '../modules/access/login';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, seedDemo } from './seed-demo';
import { costMonitor, metricsReport } from '../modules/metrics/reports';
import { forecastBacktest } from '../modules/metrics/forecast-backtest';

describe.each(TEST_DATABASES)('demo program on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { ACCRUE_SQLITE_WRITER: 'inline' } });
    await seedDemo(t.app, { members: 80, log: () => undefined });
  }, 600_000); // minutes when the shared machine is busy
  afterAll(async () => {
    await t?.close();
  });

  it('refers members only to referrers who had enrolled, and rewards after both enrolments', async () => {
    const em = t.app.orm.em.fork();
    const members = new Map((await em.find(MemberRow, {})).map((m) => [m.id, m]));
    const referred = [...members.values()].filter((m) => m.referredById);
    expect(referred.length).toBeGreaterThan(0);
    for (const m of referred) {
      const referrer = members.get(m.referredById!)!;
      expect(referrer.enrolledAt.getTime(), m.externalId).toBeLessThanOrEqual(m.enrolledAt.getTime());
    }
    const rewards = await em.find(LedgerEntryRow, { source: 'REFERRAL' });
    for (const e of rewards)
      expect(e.occurredAt.getTime(), e.id).toBeGreaterThanOrEqual(
        members.get(e.memberId)!.enrolledAt.getTime(),
      );
  });

  it('creates one staff user per role, each able to sign in with the demo password', async () => {
    const roles = [];
    for (const user of DEMO_STAFF) {
      const session = await login(t.app, { email: user.email, password: DEMO_STAFF_PASSWORD });
      roles.push(session.user.role);
    }
    expect(roles.sort()).toEqual(['ADMIN', 'FINANCE', 'MARKETING', 'SUPPORT', 'VIEWER']);
  });

  it('flags the fourth enrolment from the shared tablet for review, and only that one', async () => {
    const flagged = await t.app.orm.em.fork().find(MemberRow, { flaggedForReview: true });
    expect(flagged.map((m) => [m.externalId, m.reviewReasons])).toEqual([
      ['demo-0080', ['SHARED_DEVICE: enrolment 4 from device demo-shared-tablet (limit 3)']],
    ]);
  });

  it('has a week of tasks, a live leaderboard, a drawn draw with its seed, a filled group buy and an open boost', async () => {
    const r = await t.ok<any, any>(`{
      engagementTasks(first: 10) { totalCount }
      leaderboards(first: 5) { edges { node { id } } }
      pointsDraws(first: 5) { edges { node { phase seed seedHash winners { position } } } }
      groupBuys(first: 5) { edges { node { status participants { bonusAwarded } } } }
      boosts(first: 5) { edges { node { status targetPoints collectedPoints } } }
    }`);
    expect(r.engagementTasks.totalCount).toBe(3);
    const completed = await t.app.orm.em.fork().count(TaskProgressRow, { completedAt: { $ne: null } });
    expect(completed).toBeGreaterThan(10);
    const board = await t.ok<any, any>(
      `query($id: ID!) { leaderboardStandings(leaderboardId: $id) { standings { rank points } } }`,
      { id: r.leaderboards.edges[0].node.id },
    );
    expect(board.leaderboardStandings.standings.length).toBeGreaterThan(0);
    const draw = r.pointsDraws.edges[0].node;
    expect(draw.phase).toBe('DRAWN');
    expect(seedCommitment(draw.seed)).toBe(draw.seedHash);
    expect(draw.winners.length).toBeGreaterThan(0);
    expect(r.groupBuys.edges[0].node.status).toBe('FILLED');
    expect(r.groupBuys.edges[0].node.participants.every((p: any) => p.bonusAwarded >= 0)).toBe(true);
    expect(r.boosts.edges[0].node).toMatchObject({ status: 'OPEN', targetPoints: 500, collectedPoints: 50 });
  });

  it('keeps balance, ledger and lots in agreement for every member', async () => {
    const em = t.app.orm.em.fork();
    const entries = await em.find(LedgerEntryRow, {});
    const lots = await em.find(LotRow, {});
    for (const m of await em.find(MemberRow, {})) {
      const ledger = entries.filter((e) => e.memberId === m.id).reduce((s, e) => s + e.points, 0);
      const held = lots.filter((l) => l.memberId === m.id).reduce((s, l) => s + l.remaining, 0);
      expect(ledger, m.externalId).toBe(m.pointsBalance);
      expect(held - m.negative, m.externalId).toBe(m.pointsBalance);
    }
  });

  it('makes every figure meaningful: a year with expiry, redemptions and refunds, campaign cost, an open alert', async () => {
    const now = t.app.clock.now();
    const year = await metricsReport(t.app, {
      from: new Date(now.getTime() - 365 * 86_400_000),
      to: now,
      granularity: 'MONTH',
    });
    const months = year.series.filter((p) => p.pointsExpired > 0);
    expect(months.length, 'expiry in several months').toBeGreaterThan(2);
    expect(year.totals.pointsRedeemed).toBeGreaterThan(0);
    expect(year.totals.pointsReversed).toBeGreaterThan(0); // refunds claw back
    const month = await metricsReport(t.app, {
      from: new Date(now.getTime() - 30 * 86_400_000),
      to: now,
      granularity: 'MONTH',
    });
    const campaign = month.totals.issuedBySource.find((s) => s.source === 'CAMPAIGN')!;
    expect(campaign.points, "the running campaign's cost is in cost-to-sales").toBeGreaterThan(0);
    const monitor = await costMonitor(t.app, { windowDays: 30 });
    expect(monitor.alerts.filter((a) => !a.resolvedAt).length).toBeGreaterThanOrEqual(1);
  });

  it('back-tests the liability forecast on the last quarter', async () => {
    const b = await forecastBacktest(t.app);
    expect(b.days).toHaveLength(90);
    expect(b.days[89].actualLiabilityMinor).toBeGreaterThan(0);
    expect(b.liabilityMape).not.toBeNull();
  });
});
