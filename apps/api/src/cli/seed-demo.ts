/**
 * Loads a demo program: the default tiers and rules, a few hundred members (some referred, some
 * with birthdays this month) and a year of purchases, refunds, activities and redemptions, the
 * campaigns (seed-demo-campaigns.ts), the engagement (seed-demo-engagement.ts) and the alert
 * check, all through the same use cases the API runs. Deterministic (seeded PRNG); skipped if members exist.
 */
import { addDays, seededRandom } from '@accrue/core';
import { MemberRow } from '../db/entities/members';
import { StaffUserRow, type StaffRole } from '../db/entities/access';
import type { App } from '../services/app';
import { SYSTEM_ACTOR } from '../services/actor';
import { createReward } from '../modules/rewards/create-reward';
import { createStaffUser } from '../modules/access/create-staff-user';
import { enrollMember } from '../modules/members/enroll-member';
import { recordActivity } from '../modules/points/record-activity';
import { recordPurchase } from '../modules/purchases/record-purchase';
import { redeemPoints } from '../modules/redemptions/redeem-points';
import { refundPurchase } from '../modules/purchases/refund-purchase';
import { seedDemoCampaigns } from './seed-demo-campaigns';
import { seedDemoEngagement } from './seed-demo-engagement';
import { checkAlerts } from '../modules/metrics/alerts';

/** The demo's staff: one user per role, all with this password (a demo on this machine only). */
export const DEMO_STAFF_PASSWORD = 'accrue-demo-password';
export const DEMO_STAFF: { email: string; name: string; role: StaffRole }[] = [
  { email: 'admin@demo.accrue.test', name: 'Ada Admin', role: 'ADMIN' },
  { email: 'marketing@demo.accrue.test', name: 'Mia Marketing', role: 'MARKETING' },
  { email: 'finance@demo.accrue.test', name: 'Fei Finance', role: 'FINANCE' },
  { email: 'support@demo.accrue.test', name: 'Sam Support', role: 'SUPPORT' },
  { email: 'viewer@demo.accrue.test', name: 'Vic Viewer', role: 'VIEWER' },
];

/** Creates the demo staff users when the program has no staff at all. */
async function seedDemoStaff(app: App, log: (s: string) => void) {
  if ((await app.orm.em.fork().count(StaffUserRow, {})) > 0) {
    log('demo: staff users already exist, none created');
    return;
  }
  for (const user of DEMO_STAFF)
    await createStaffUser(app, SYSTEM_ACTOR, { ...user, password: DEMO_STAFF_PASSWORD });
  log(`demo: staff users ${DEMO_STAFF.map((u) => u.email).join(', ')} (password ${DEMO_STAFF_PASSWORD})`);
}

export async function seedDemo(app: App, opts: { members?: number; log?: (s: string) => void } = {}) {
  const log = opts.log ?? ((s: string) => console.log(s));
  const count = opts.members ?? 300;
  await seedDemoStaff(app, log);
  if ((await app.orm.em.fork().count(MemberRow, {})) > 0) {
    log('demo: members already exist, nothing loaded');
    return;
  }
  const rnd = seededRandom(20261123);
  const now = app.clock.now();
  const yearAgo = addDays(now, -365);
  for (const r of [
    { name: '10 CNY off', type: 'DISCOUNT' as const, pointsCost: 1000, valueMinor: 1000 },
    {
      name: 'Canvas tote bag',
      type: 'ITEM' as const,
      pointsCost: 2500,
      valueMinor: 3000,
      stock: 200,
      perMemberLimit: 2,
    },
    { name: 'Plant a tree', type: 'DONATION' as const, pointsCost: 500, valueMinor: 500 },
  ])
    await createReward(app, SYSTEM_ACTOR, r);

  const categories = ['grocery', 'beauty', 'electronics', 'apparel', 'home'];
  const codes: { code: string; enrolledAt: Date }[] = [];
  let purchases = 0;
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const enrolledAt = addDays(yearAgo, Math.floor(rnd() * 120));
    const month = 1 + Math.floor(rnd() * 12);
    // a referrer who had already enrolled by then
    const earlier = codes.filter((c) => c.enrolledAt <= enrolledAt);
    const referralCode =
      earlier.length && rnd() < 0.15 ? earlier[Math.floor(rnd() * earlier.length)].code : null;
    const member = await enrollMember(app, {
      externalId: `demo-${String(i + 1).padStart(4, '0')}`,
      email: `member${i + 1}@example.com`,
      name: `Demo Member ${i + 1}`,
      birthday: `19${70 + Math.floor(rnd() * 30)}-${String(month).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      referralCode,
      enrolledAt,
      // the last four enrol from one shared tablet: the fourth is flagged for review (risk flags)
      deviceId: i >= count - 4 ? 'demo-shared-tablet' : `demo-device-${i + 1}`,
      ipAddress: `198.51.100.${(i % 250) + 1}`,
    });
    codes.push({ code: member.referralCode, enrolledAt });
    // spend profiles: most small, some heavy (Gold/Diamond by year end)
    const heavy = rnd() < 0.08 ? 6 : rnd() < 0.3 ? 2.5 : 1;
    const orders = Math.floor(rnd() * 14 * heavy);
    let at = addDays(enrolledAt, rnd() * 10);
    for (let o = 0; o < orders && at < now; o++) {
      const amountMinor = Math.round((20 + rnd() * 480 * heavy) * 100);
      const orderId = `demo-order-${i + 1}-${o + 1}`;
      await recordPurchase(app, {
        member: { id: member.id },
        orderId,
        amountMinor,
        occurredAt: at,
        items: [
          {
            sku: `sku-${Math.floor(rnd() * 500)}`,
            category: categories[Math.floor(rnd() * 5)],
            quantity: 1,
            amountMinor,
          },
        ],
      });
      purchases++;
      if (rnd() < 0.05)
        await refundPurchase(app, {
          orderId,
          refundId: `${orderId}-r1`,
          amountMinor: Math.round(amountMinor * 0.5),
          occurredAt: addDays(at, 2) > now ? now : addDays(at, 2),
        });
      if (rnd() < 0.3)
        await recordActivity(app, {
          member: { id: member.id },
          type: 'SIGN_IN',
          key: `${orderId}-signin`,
          occurredAt: at,
        });
      if (rnd() < 0.1)
        await recordActivity(app, {
          member: { id: member.id },
          type: 'REVIEW',
          key: `${orderId}-review`,
          occurredAt: at,
        });
      at = addDays(at, 5 + rnd() * 40);
    }
    if (rnd() < 0.3)
      await recordActivity(app, {
        member: { id: member.id },
        type: 'PROFILE_COMPLETED',
        key: `demo-${i + 1}-profile`,
      });
    const fresh = await app.orm.em.fork().findOneOrFail(MemberRow, { id: member.id });
    if (fresh.pointsBalance >= 300 && rnd() < 0.4) {
      try {
        await redeemPoints(app, {
          member: { id: member.id },
          key: `demo-${i + 1}-redeem`,
          points: 100 + Math.floor(rnd() * 100),
          orderAmountMinor: 100_000,
        });
      } catch {
        /* not enough available (pending or expired): fine for demo data */
      }
    }
    if ((i + 1) % 25 === 0 || i + 1 === count)
      log(
        `demo: ${i + 1}/${count} members, ${purchases} purchases (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
  }
  await seedDemoCampaigns(app, rnd, log);
  await seedDemoEngagement(app, rnd, log);
  await seedDemoAlerts(app, log);
}

/**
 * The alert check the server runs every minute, once the year is loaded: the running campaign's
 * cost leaves cost-to-sales above its warning level, an open alert the cost monitor shows. (The
 * year's expiries are already in the ledger: each purchase expires its member's due lots first.)
 */
async function seedDemoAlerts(app: App, log: (s: string) => void) {
  const alerts = await checkAlerts(app);
  log(`demo: alerts open: ${alerts.raised.map((a) => a.message).join('; ') || 'none'}`);
}
