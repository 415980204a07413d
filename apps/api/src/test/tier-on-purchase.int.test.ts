/**
 * The tier a purchase earns at is the tier the member holds at that moment: a step-down already due
 * (grace over, rolling spend no longer qualifying) applies before the multiplier, even when the
 * expiry job has not run yet; and a backdated purchase leaves the tier as it stands today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrollMemberDocument, RecordPurchaseDocument } from '@accrue/sdk';
import { MemberRow } from '../db/entities/members';
import { OutboxEventRow } from '../db/entities/outbox';
import { TierRow } from '../db/entities/tiers';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from './harness';

describe.each(TEST_DATABASES)('tier at purchase time on %s', (kind) => {
  const clock = fixedClock(new Date('2025-01-10T04:00:00Z'));
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => {
    await t?.close();
  });
  const purchase = (externalId: string, orderId: string, amountMinor: number, occurredAt?: string) =>
    t.ok(RecordPurchaseDocument, { input: { member: { externalId }, orderId, amountMinor, occurredAt } });

  it('steps down a lapsed tier before earning, without waiting for the expiry job', async () => {
    await t.ok(EnrollMemberDocument, { input: { externalId: 'sil' } });
    const up = await purchase('sil', 'sil-1', 120_000); // 1,200.00: Silver, retained until 2026-01-10
    expect(up.recordPurchase.member!.tier.name).toBe('Silver');

    clock.set(new Date('2026-02-01T04:00:00Z')); // grace over, nothing bought for 12 months
    const r = await purchase('sil', 'sil-2', 10_000); // 100.00
    const entries = r.recordPurchase.purchase!.entries;
    // Bronze (×1.0): 100 base points and no tier bonus (Silver's ×1.2 would have added 20)
    expect(entries.map((e) => [e.source, e.reason, e.points])).toEqual([['PURCHASE', 'BASE', 100]]);
    expect(r.recordPurchase.member!.tier.name).toBe('Bronze');
    const events = await t.app.orm.em.fork().find(OutboxEventRow, { type: 'tier.changed' });
    expect(events.map((e) => (e.payload as { change: string }).change)).toEqual(['UP', 'DOWN']);
  });

  it('a purchase backdated past its tier grace leaves the tier as it stands today', async () => {
    clock.set(new Date('2026-02-01T04:00:00Z'));
    await t.ok(EnrollMemberDocument, { input: { externalId: 'old' } });
    // imported history: 1,200.00 on 2025-01-05 (Silver then, retained until 2026-01-05)
    const r = await purchase('old', 'old-1', 120_000, '2025-01-05T04:00:00Z');
    // today the grace is over and nothing was bought in the last 12 months: Bronze
    expect(r.recordPurchase.member!.tier.name).toBe('Bronze');
  });

  it('looks back past the rolling window when grace periods ended long ago (member given by id)', async () => {
    clock.set(new Date('2024-06-01T04:00:00Z'));
    const e = await t.ok(EnrollMemberDocument, { input: { externalId: 'lb' } });
    const id = e.enrollMember.member!.id;
    const buy = (orderId: string, amountMinor: number) =>
      t.ok(RecordPurchaseDocument, { input: { member: { id }, orderId, amountMinor } });
    await buy('lb-1', 100_000); // 1,000.00 on 2024-06-01: Silver's threshold
    // the state an old evaluation left: Gold, retained until 2024-01-01
    const em = t.app.orm.em.fork();
    const gold = await em.findOneOrFail(TierRow, { name: 'Gold' });
    await em.nativeUpdate(
      MemberRow,
      { id },
      { tierId: gold.id, tierRetainedUntil: new Date('2024-01-01T00:00:00Z') },
    );
    clock.set(new Date('2025-12-01T04:00:00Z'));
    // Gold lapsed on 2024-01-01: one step down, to Silver until 2025-01-01; then the year before
    // 2025-01-01 holds the 1,000.00 of 2024-06-01, so Silver is kept until 2026-01-01. Reading only
    // the 12 months before today would miss that purchase and step down again, to Bronze.
    const r = await buy('lb-2', 10_000);
    expect(r.recordPurchase.member!.tier.name).toBe('Silver');
  });
});
