/**
 * Expiry reminders: every lot gets its 30-, 15- and 7-day reminder once, however many lots are due
 * (the job reads them in batches; here batches of 3, so 7 welcome lots take three).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEventRow } from '../../db/entities';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { enrollMember } from './enroll-member';
import { expirePoints } from './expire-points';

const DAY = 86_400_000;
const T0 = new Date('2026-03-10T04:00:00Z');

describe.each(TEST_DATABASES)('expiry reminders on %s', (kind) => {
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
    clock.set(new Date(T0.getTime() + 1 * DAY)); // 29 days left: the 30-day stage
    expect((await run()).remindersRecorded).toBe(7);
    expect((await run()).remindersRecorded).toBe(0);
    clock.set(new Date(T0.getTime() + 16 * DAY)); // 14 days left: the 15-day stage
    expect((await run()).remindersRecorded).toBe(7);
    clock.set(new Date(T0.getTime() + 24 * DAY)); // 6 days left: the 7-day stage
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
});
