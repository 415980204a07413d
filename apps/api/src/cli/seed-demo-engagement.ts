/**
 * The demo's engagement, through the real use cases: a week of daily tasks and a weekly challenge
 * with the members' events, a live weekly leaderboard, one finished points draw (entries bought
 * while it was open, winners drawn, its seed revealed), one filled group buy and one open boost.
 * Deterministic apart from ids, codes and the draw's seed (drawn at random by design).
 */
import { addDays } from '@accrue/core';
import { MemberRow } from '../db/entities/members';
import { RewardRow } from '../db/entities/rewards';
import { contributeToBoost, requestBoost } from '../modules/engagement/boosts';
import { buyDrawEntries, createDraw, drawDrawWinners } from '../modules/engagement/draws';
import { joinGroupBuy, openGroupBuy } from '../modules/engagement/group-buys';
import { createLeaderboard } from '../modules/engagement/leaderboards';
import { recordMemberEvent } from '../modules/engagement/record-member-event';
import { createTask } from '../modules/engagement/save-task';
import { SYSTEM_ACTOR } from '../services/actor';
import type { App } from '../services/app';

/** The app with its clock set at `at` (a use case run as if then: the draw's entries while it was open). */
const at = (app: App, when: Date): App => ({ ...app, clock: { now: () => when } });

export async function seedDemoEngagement(app: App, rnd: () => number, log: (s: string) => void) {
  const now = app.clock.now();
  const members = await app.orm.em.fork().find(MemberRow, {}, { orderBy: { id: 'asc' }, limit: 60 });
  const weekAgo = addDays(now, -7);

  // a week of tasks: browse 3 products a day, share once a day, sign in 5 days running this week
  const window = { startsAt: addDays(now, -8), endsAt: addDays(now, 30) };
  await createTask(app, SYSTEM_ACTOR, {
    name: 'Browse 3 products',
    kind: 'TASK',
    period: 'DAILY',
    measure: 'EVENT_COUNT',
    eventType: 'BROWSE_PRODUCT',
    target: 3,
    points: 5,
    ...window,
  });
  await createTask(app, SYSTEM_ACTOR, {
    name: 'Share a link',
    kind: 'TASK',
    period: 'DAILY',
    measure: 'EVENT_COUNT',
    eventType: 'SHARE_LINK',
    target: 1,
    points: 3,
    ...window,
  });
  await createTask(app, SYSTEM_ACTOR, {
    name: 'Sign in 5 days running',
    kind: 'CHALLENGE',
    period: 'WEEKLY',
    measure: 'EVENT_STREAK_DAYS',
    eventType: 'APP_SIGN_IN',
    target: 5,
    points: 30,
    ...window,
  });
  let events = 0;
  for (const [i, m] of members.slice(0, 8).entries())
    for (let day = 0; day < 7; day++) {
      const when = new Date(weekAgo.getTime() + day * 86_400_000 + Math.floor(rnd() * 36_000_000));
      const types = ['APP_SIGN_IN', 'BROWSE_PRODUCT', 'BROWSE_PRODUCT', 'BROWSE_PRODUCT'];
      if (rnd() < 0.4) types.push('SHARE_LINK');
      if (i % 3 === 2 && day % 2 === 1) continue; // some members skip days
      for (const [k, type] of types.entries()) {
        await recordMemberEvent(app, {
          member: { id: m.id },
          key: `demo-event-${i}-${day}-${k}`,
          type,
          occurredAt: new Date(when.getTime() + k * 60_000),
        });
        events++;
      }
    }

  // a live leaderboard: points earned this week, top 10
  await createLeaderboard(app, SYSTEM_ACTOR, {
    name: 'Top earners this week',
    period: 'WEEKLY',
    topN: 10,
    prizePoints: [500, 300, 200, 100, 100, 50, 50, 50, 50, 50],
  });

  // a finished draw: open for a week until yesterday, entries bought then, winners drawn, seed revealed
  const draw = await createDraw(app, SYSTEM_ACTOR, {
    name: 'Weekly points draw',
    entryCostPoints: 100,
    maxEntriesPerMember: 5,
    opensAt: addDays(now, -8),
    closesAt: addDays(now, -1),
    prizes: [
      { name: 'Tea set', stock: 1 },
      { name: '50 CNY voucher', stock: 3 },
    ],
  });
  let entries = 0;
  for (const [i, m] of members.slice(0, 20).entries()) {
    const fresh = await app.orm.em.fork().findOneOrFail(MemberRow, { id: m.id });
    if (fresh.pointsBalance < 400) continue;
    await buyDrawEntries(at(app, addDays(now, -4)), {
      member: { id: m.id },
      drawId: draw.id,
      count: 1 + (i % 3),
      key: `demo-draw-${i}`,
    }).then(
      () => entries++,
      () => undefined, // points still pending or spent meanwhile: fine for demo data
    );
  }
  await drawDrawWinners(app, SYSTEM_ACTOR, { drawId: draw.id });

  // a filled group buy (three friends) and an open boost toward a reward
  const deadline = addDays(now, 1);
  const [a, b, c, d, e, f] = members.slice(40, 46);
  const group = await openGroupBuy(app, {
    member: { id: a.id },
    key: 'demo-group-1',
    productId: 'sku-teapot',
    productName: 'Clay teapot',
    priceMinor: 12_800,
    size: 3,
    deadline,
  });
  await joinGroupBuy(app, { member: { id: b.id }, code: group.group.code, key: 'demo-group-1-b' });
  await joinGroupBuy(app, { member: { id: c.id }, code: group.group.code, key: 'demo-group-1-c' });
  const reward = await app.orm.em.fork().findOneOrFail(RewardRow, { name: 'Plant a tree' });
  const boost = await requestBoost(app, { member: { id: d.id }, rewardId: reward.id, key: 'demo-boost-1' });
  for (const [k, friend] of [e, f].entries())
    await contributeToBoost(app, {
      member: { id: friend.id },
      boostId: boost.boost.id,
      points: 20 + k * 10,
      key: `demo-boost-1-${k}`,
    });
  log(
    `demo: 3 tasks with ${events} events, a weekly leaderboard, a drawn points draw (${entries} entries), a filled group buy, an open boost`,
  );
}
