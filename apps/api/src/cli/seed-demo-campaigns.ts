/**
 * The demo's campaigns, produced by the real pipeline (campaign use cases, purchases recorded as an
 * order system would, backdated into the campaigns' windows): one running (double points on
 * Wednesdays), one that spent its budget, and one finished A/B test (2x against a holdout) whose
 * members bought more under 2x, so its results name a winner.
 */
import { addDays, assignVariant, type CampaignAction } from '@accrue/core';
import { MemberRow } from '../db/entities/members';
import { changeCampaignPhase } from '../modules/campaigns/change-campaign-phase';
import { createCampaign } from '../modules/campaigns/create-campaign';
import { recordPurchase } from '../modules/purchases/record-purchase';
import { SYSTEM_ACTOR } from '../services/actor';
import type { App } from '../services/app';

export async function seedDemoCampaigns(app: App, rnd: () => number, log: (s: string) => void) {
  const now = app.clock.now();
  const members = await app.orm.em.fork().find(MemberRow, {}, { orderBy: { id: 'asc' } });
  const move = (id: string, action: CampaignAction) => changeCampaignPhase(app, SYSTEM_ACTOR, id, action);
  let n = 0;
  const buy = async (memberId: string, amountMinor: number, occurredAt: Date, tag: string) => {
    n++;
    await recordPurchase(app, {
      member: { id: memberId },
      orderId: `demo-${tag}-${n}`,
      amountMinor,
      occurredAt,
    });
  };

  // 1. running: double points every Wednesday, for a month and a half
  const wednesday = await createCampaign(app, SYSTEM_ACTOR, {
    key: 'demo-double-wednesday',
    name: 'Double points Wednesday',
    description: 'x2 base points on Wednesdays (program time zone), budget 2,000,000 points',
    startsAt: addDays(now, -21),
    endsAt: addDays(now, 24),
    schedule: { daysOfWeek: ['WEDNESDAY'] },
    effect: { type: 'MULTIPLIER', multiplier: 2 },
    budgetPoints: 2_000_000,
  });
  await move(wednesday.id, 'LAUNCH');
  for (const m of members.slice(0, 120))
    await buy(m.id, Math.round((30 + rnd() * 300) * 100), addDays(now, -rnd() * 20), 'wed');

  // 2. spent: a fixed bonus whose small budget ran out
  const weekend = await createCampaign(app, SYSTEM_ACTOR, {
    key: 'demo-beauty-bonus',
    name: '+50 on every order (small budget)',
    startsAt: addDays(now, -6),
    endsAt: addDays(now, 8),
    effect: { type: 'FIXED_BONUS', bonusPoints: 50 },
    budgetPoints: 1_000,
  });
  await move(weekend.id, 'LAUNCH');
  for (const m of members.slice(120, 150))
    await buy(m.id, Math.round((20 + rnd() * 100) * 100), addDays(now, -rnd() * 5), 'bonus');

  // 3. finished A/B test: 2x against a 50% holdout; members under 2x came back more often
  const test = await createCampaign(app, SYSTEM_ACTOR, {
    key: 'demo-ab-2x',
    name: '2x vs holdout',
    startsAt: addDays(now, -60),
    endsAt: addDays(now, 1),
    holdoutPercent: 50,
    variants: [{ key: 'x2', name: '2x', weight: 50, effect: { type: 'MULTIPLIER', multiplier: 2 } }],
  });
  await move(test.id, 'LAUNCH');
  for (const m of members) {
    const inTest = !assignVariant(
      { key: test.key, variants: test.variants, holdoutPercent: test.holdoutPercent },
      m.id,
    ).inHoldout;
    const orders = inTest ? 4 + Math.floor(rnd() * 2) : 1;
    for (let o = 0; o < orders; o++)
      await buy(
        m.id,
        Math.round((inTest ? 150 + rnd() * 150 : 80 + rnd() * 120) * 100),
        addDays(now, -55 + o * 10 + rnd() * 5),
        'ab',
      );
  }
  await move(test.id, 'END');
  log(`demo: 3 campaigns (running, budget spent, finished A/B test), ${n} purchases`);
}
