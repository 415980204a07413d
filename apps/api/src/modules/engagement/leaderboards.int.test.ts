/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Leaderboards over HTTP on each database: live standings of points earned this week (masked names
 * for a storefront key); closing the week before it ends is refused; after it, the top N get their
 * prize points once, however often (or concurrently) the close runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryRow } from '../../db/entities/points';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const CREATE = `mutation($i: CreateLeaderboardInput!) { createLeaderboard(input: $i) { leaderboard { id } userErrors { code field } } }`;
const STANDINGS = `query($id: ID!) { leaderboardStandings(leaderboardId: $id) { periodKey closed standings { rank memberId displayName points } } }`;
const CLOSE = `mutation($i: CloseLeaderboardPeriodInput!) { closeLeaderboardPeriod(input: $i) { period { periodKey closed standings { rank displayName points prizePoints } } userErrors { code } } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded } }`;

describe.each(TEST_DATABASES)('leaderboards on %s', (kind) => {
  let t: TestApp;
  let shop: string;
  let id = '';
  const clock = fixedClock(new Date('2026-12-09T04:00:00Z')); // Wednesday, week of Monday 7 December
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    shop = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "shop", role: STOREFRONT }) { key } }`)
    ).createApiKey.key;
    const people = [
      ['ann', '王小明', 30000],
      ['bob', 'Bob Stone', 50000],
      ['cat', 'Cat', 10000],
    ] as const;
    for (const [ext, name, amount] of people) {
      await t.ok(ENROL, { i: { externalId: ext, name } });
      await t.ok(PURCHASE, { i: { member: { externalId: ext }, orderId: `o-${ext}`, amountMinor: amount } });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ranks, refuses an early close, then awards once however often the close runs', async () => {
    const badTop = await t.gql<any, any>(CREATE, {
      i: { name: 'x', period: 'WEEKLY', topN: 1, prizePoints: [1, 2] },
    });
    expect(badTop.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'prizePoints'],
    });
    id = (
      await t.ok<any, any>(CREATE, {
        i: { name: 'Week stars', period: 'WEEKLY', topN: 2, prizePoints: [300, 100] },
      })
    ).createLeaderboard.leaderboard.id;
    const staff = (await t.ok<any, any>(STANDINGS, { id })).leaderboardStandings;
    expect(staff.periodKey).toBe('W2026-12-07');
    // enrolment (50 welcome) + purchase points + first purchase (100) + the order threshold for 200.00+
    expect(staff.standings.map((s: any) => [s.rank, s.displayName])).toEqual([
      [1, 'Bob Stone'],
      [2, '王小明'],
    ]);
    const masked = (await t.ok<any, any>(STANDINGS, { id }, shop)).leaderboardStandings;
    expect(masked.standings.map((s: any) => [s.memberId, s.displayName])).toEqual([
      [null, 'B******'],
      [null, '王**'],
    ]);
    const early = (await t.ok<any, any>(CLOSE, { i: { leaderboardId: id, at: '2026-12-09T00:00:00Z' } }))
      .closeLeaderboardPeriod;
    expect(early.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);

    clock.set(new Date('2026-12-14T01:00:00Z'));
    const closes = await Promise.all(
      [1, 2, 3].map(() => t.ok<any, any>(CLOSE, { i: { leaderboardId: id, at: '2026-12-09T00:00:00Z' } })),
    );
    const periods = closes.map((c) => c.closeLeaderboardPeriod.period);
    for (const p of periods) expect(p).toEqual(periods[0]);
    expect(periods[0].standings.map((s: any) => [s.rank, s.displayName, s.prizePoints])).toEqual([
      [1, 'Bob Stone', 300],
      [2, '王小明', 100],
    ]);
    const prizes = await t.app.orm.em.fork().find(LedgerEntryRow, { source: 'LEADERBOARD' });
    expect(prizes.map((p) => p.points).sort()).toEqual([100, 300]);
    const after = (await t.ok<any, any>(CLOSE, { i: { leaderboardId: id, at: '2026-12-09T00:00:00Z' } }))
      .closeLeaderboardPeriod.period;
    expect(after).toEqual(periods[0]);
    expect(await t.app.orm.em.fork().count(LedgerEntryRow, { source: 'LEADERBOARD' })).toBe(2);
    // the closed period reads back as what it awarded, prizes included
    const read = (
      await t.ok<any, any>(
        `query($id: ID!) { leaderboardStandings(leaderboardId: $id, at: "2026-12-09T00:00:00Z") { closed standings { rank displayName prizePoints } } }`,
        { id },
      )
    ).leaderboardStandings;
    expect(read.closed).toBe(true);
    expect(read.standings).toEqual(periods[0].standings.map(({ points: _, ...s }: any) => s));
  });
});
