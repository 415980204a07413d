/**
 * Expiry on a test clock, on each database:
 * - every lot gets its 30-, 15- and 7-day reminder once, however many lots are due (the job reads
 *   them in batches; here batches of 3, so 7 welcome lots take three);
 * - a refund leaves out what of the order expired unspent, whether the expiry job has already
 *   written its EXPIRE entries or the lots are only past their date (no job since).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRow } from '../../db/entities/members';
import { OutboxEventRow } from '../../db/entities/outbox';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { enrollMember } from '../members/enroll-member';
import { expirePoints } from './expire-points';
import { recordPurchase } from '../purchases/record-purchase';
import { refundPurchase } from '../purchases/refund-purchase';

const DAY = 86_400_000;
const T0 = new Date('2026-03-10T04:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe.each(TEST_DATABASES)('expiry on %s', (kind) => {
  let t: TestApp;
  const clock = fixedClock(T0);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });

  const reminders = async () =>
    (await t.app.orm.em.fork().find(OutboxEventRow, { type: 'points.expiring' })).map(
      (e) => e.payload as { lotId: string; days: number; points: number },
    );
  const run = () => expirePoints(t.app, {}, undefined, { reminderBatch: 3 });

  it('reminds every lot at each stage once, across batches', async () => {
    for (let i = 0; i < 7; i++) await enrollMember(t.app, { externalId: `r-${i}` }); // 50 welcome points, 30 days
    clock.set(at(1)); // 29 days left: the 30-day stage
    expect((await run()).remindersRecorded).toBe(7);
    expect((await run()).remindersRecorded).toBe(0);
    clock.set(at(16)); // 14 days left: the 15-day stage
    expect((await run()).remindersRecorded).toBe(7);
    clock.set(at(24)); // 6 days left: the 7-day stage
    expect((await run()).remindersRecorded).toBe(7);
    expect((await run()).remindersRecorded).toBe(0);
    const sent = await reminders();
    expect(sent).toHaveLength(21);
    for (const days of [30, 15, 7]) {
      const lots = sent.filter((r) => r.days === days).map((r) => r.lotId);
      expect(new Set(lots).size, `${days}-day reminders`).toBe(7);
    }
    expect(sent.every((r) => r.points === 50)).toBe(true);
  });

  const account = async (externalId: string) => {
    const m = await t.app.orm.em.fork().findOneOrFail(MemberRow, { externalId });
    return { balance: m.pointsBalance, negative: m.negative, expired: m.lifetimeExpired };
  };
  // 50 welcome (30 days) + 100 base (the order's lot, 365 days) + 100 first-purchase task (365 days)
  const member = async (externalId: string, day: number) => {
    clock.set(at(day));
    await enrollMember(t.app, { externalId });
    await recordPurchase(t.app, { member: { externalId }, orderId: `${externalId}-o`, amountMinor: 10000 });
  };

  it('after the expiry job ran: nothing taken back, later points kept', async () => {
    await member('ran', 100);
    clock.set(at(500));
    await expirePoints(t.app, {}); // the job writes the EXPIRE entries of all that is due
    await recordPurchase(t.app, { member: { externalId: 'ran' }, orderId: 'ran-later', amountMinor: 5000 });
    const r = await refundPurchase(t.app, { orderId: 'ran-o', refundId: 'rf-ran', amountMinor: 10000 });
    expect(r.pointsReversed).toBe(0);
    expect(await account('ran')).toEqual({ balance: 50, negative: 0, expired: 250 });
  });

  it('before the expiry job reached the lots: the refund expires them and takes nothing back', async () => {
    await member('late', 1000);
    clock.set(at(1400)); // past every lot's expiry, no job since
    const r = await refundPurchase(t.app, { orderId: 'late-o', refundId: 'rf-late', amountMinor: 10000 });
    expect(r.pointsReversed).toBe(0);
    expect(await account('late')).toEqual({ balance: 0, negative: 0, expired: 250 });
  });
});
