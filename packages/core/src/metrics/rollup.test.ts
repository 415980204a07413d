import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKey } from '../time';
import {
  netPoints,
  pointsIssued,
  RollupAccumulator,
  rollupDeltas,
  rollupKey,
  rollupShard,
  sumFigures,
  type RollupFact,
} from './rollup';
import { checkRollForward, rollForwardOf } from './roll-forward';

const entry = (type: string, source: string, points: number): RollupFact => ({
  kind: 'LEDGER_ENTRY',
  type,
  source,
  points,
});

describe('rollupDeltas: one rule from a ledger entry to rollup columns', () => {
  it('maps every entry the ledger writes', () => {
    expect(rollupDeltas(entry('EARN', 'PURCHASE', 120))).toEqual({ issuedPurchase: 120 });
    expect(rollupDeltas(entry('EARN', 'TIER_BONUS', 24))).toEqual({ issuedTierBonus: 24 });
    expect(rollupDeltas(entry('EARN', 'CAMPAIGN', 100))).toEqual({ issuedCampaign: 100 });
    expect(rollupDeltas(entry('EARN', 'ACTIVITY', 5))).toEqual({ issuedActivity: 5 });
    expect(rollupDeltas(entry('EARN', 'REFERRAL', 150))).toEqual({ issuedReferral: 150 });
    expect(rollupDeltas(entry('EARN', 'WELCOME', 50))).toEqual({ issuedWelcome: 50 });
    expect(rollupDeltas(entry('ADJUST', 'MANUAL', 300))).toEqual({ issuedManual: 300 });
    expect(rollupDeltas(entry('ADJUST', 'MANUAL', -80))).toEqual({ reversed: 80 });
    expect(rollupDeltas(entry('REDEEM', 'REDEMPTION', -1000))).toEqual({ redeemed: 1000 });
    expect(rollupDeltas(entry('REVERSAL', 'REDEMPTION_CANCEL', 1000))).toEqual({ redeemed: -1000 });
    expect(rollupDeltas(entry('REVERSAL', 'REFUND', -60))).toEqual({ reversed: 60 });
    expect(rollupDeltas(entry('EXPIRE', 'EXPIRY', -50))).toEqual({ expired: 50 });
  });

  it('purchases, refunds and active members', () => {
    expect(rollupDeltas({ kind: 'PURCHASE', amountMinor: 25_000 })).toEqual({
      salesMinor: 25_000,
      orders: 1,
    });
    expect(rollupDeltas({ kind: 'REFUND', amountMinor: 5_000 })).toEqual({ salesMinor: -5_000 });
    expect(rollupDeltas({ kind: 'ACTIVE_MEMBER' })).toEqual({ activeMembers: 1 });
  });

  it('refuses an entry no rule covers, so nothing is dropped silently', () => {
    expect(() => rollupDeltas(entry('EARN', 'REDEMPTION', 10))).toThrow(/no rollup rule/);
    expect(() => rollupDeltas(entry('REDEEM', 'REDEMPTION', 10))).toThrow(/no rollup rule/);
    expect(() => rollupDeltas(entry('GIFT', 'MANUAL', 10))).toThrow(/no rollup rule/);
  });
});

describe('rollupKey', () => {
  it('buckets by the program-local day: 23:30 UTC is the next day in Shanghai', () => {
    const k = rollupKey(
      { occurredAt: new Date('2026-03-31T16:30:00Z'), memberId: 'mem_1' },
      { timezone: 'Asia/Shanghai', shards: 8 },
    );
    expect(k.day).toBe('2026-04-01');
    expect(k.campaignId).toBe('');
    expect(
      rollupKey(
        { occurredAt: new Date('2026-03-31T15:59:59.999Z'), memberId: 'mem_1' },
        { timezone: 'Asia/Shanghai', shards: 8 },
      ).day,
    ).toBe('2026-03-31');
  });

  it('shards are stable and spread members', () => {
    expect(rollupShard('mem_abc', 16)).toBe(rollupShard('mem_abc', 16));
    const seen = new Set(Array.from({ length: 200 }, (_, i) => rollupShard(`mem_${i}`, 16)));
    expect(seen.size).toBe(16);
  });
});

const ledgerFact = fc.oneof(
  fc.record({
    kind: fc.constant('LEDGER_ENTRY' as const),
    type: fc.constant('EARN'),
    source: fc.constantFrom('PURCHASE', 'TIER_BONUS', 'CAMPAIGN', 'ACTIVITY', 'REFERRAL', 'WELCOME'),
    points: fc.integer({ min: 1, max: 10_000 }),
  }),
  fc.record({
    kind: fc.constant('LEDGER_ENTRY' as const),
    type: fc.constant('ADJUST'),
    source: fc.constant('MANUAL'),
    points: fc.integer({ min: -5_000, max: 5_000 }),
  }),
  fc.record({
    kind: fc.constant('LEDGER_ENTRY' as const),
    type: fc.constant('REDEEM'),
    source: fc.constant('REDEMPTION'),
    points: fc.integer({ min: -5_000, max: -1 }),
  }),
  fc.record({
    kind: fc.constant('LEDGER_ENTRY' as const),
    type: fc.constant('REVERSAL'),
    source: fc.constant('REDEMPTION_CANCEL'),
    points: fc.integer({ min: 1, max: 5_000 }),
  }),
  fc.record({
    kind: fc.constant('LEDGER_ENTRY' as const),
    type: fc.constant('REVERSAL'),
    source: fc.constant('REFUND'),
    points: fc.integer({ min: -5_000, max: -1 }),
  }),
  fc.record({
    kind: fc.constant('LEDGER_ENTRY' as const),
    type: fc.constant('EXPIRE'),
    source: fc.constant('EXPIRY'),
    points: fc.integer({ min: -5_000, max: -1 }),
  }),
);
const keyedFact = fc.record({
  fact: fc.oneof(
    ledgerFact,
    fc.record({
      kind: fc.constant('PURCHASE' as const),
      amountMinor: fc.integer({ min: 0, max: 10_000_000 }),
    }),
  ),
  at: fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  member: fc.integer({ min: 0, max: 50 }),
  campaign: fc.constantFrom(null, 'cmp_a', 'cmp_b'),
});

describe('properties', () => {
  it('rollup rows summed = the facts summed, and the roll-forward holds against the ledger sum', () => {
    fc.assert(
      fc.property(
        fc.array(keyedFact, { maxLength: 150 }),
        fc.integer({ min: 1, max: 8 }),
        (facts, shards) => {
          const acc = new RollupAccumulator();
          let ledgerSum = 0;
          let sales = 0;
          for (const f of facts) {
            acc.add(
              rollupKey(
                { occurredAt: f.at, memberId: `mem_${f.member}`, campaignId: f.campaign },
                { timezone: 'Asia/Shanghai', shards },
              ),
              f.fact,
            );
            if (f.fact.kind === 'LEDGER_ENTRY') ledgerSum += f.fact.points;
            else sales += f.fact.amountMinor;
          }
          const rows = acc.entries();
          const total = sumFigures(rows.map((r) => r.figures));
          expect(total.salesMinor).toBe(sales);
          expect(netPoints(total)).toBe(ledgerSum);
          expect(checkRollForward({ ...rollForwardOf(0, total), closing: ledgerSum }).holds).toBe(true);
          // summed by day in any split, the same totals
          const byDay = new Map<string, number>();
          for (const r of rows) byDay.set(r.key.day, (byDay.get(r.key.day) ?? 0) + pointsIssued(r.figures));
          expect([...byDay.values()].reduce((s, x) => s + x, 0)).toBe(pointsIssued(total));
          for (const r of rows) expect(r.key.shard).toBeLessThan(shards);
          for (const f of facts)
            expect(
              byDay.has(dayKey(f.at, 'Asia/Shanghai')) ||
                f.fact.kind !== 'LEDGER_ENTRY' ||
                f.fact.type !== 'EARN',
            ).toBe(true);
        },
      ),
    );
  });
});

describe('marksActiveMember', () => {
  it('purchases, earnings and redemptions make a member active; what happens to them does not', async () => {
    const { marksActiveMember } = await import('./rollup');
    expect(marksActiveMember({ kind: 'PURCHASE', amountMinor: 1 })).toBe(true);
    expect(marksActiveMember(entry('EARN', 'ACTIVITY', 5))).toBe(true);
    expect(marksActiveMember(entry('REDEEM', 'REDEMPTION', -100))).toBe(true);
    expect(marksActiveMember(entry('EARN', 'REFERRAL', 100))).toBe(false);
    expect(marksActiveMember(entry('EXPIRE', 'EXPIRY', -5))).toBe(false);
    expect(marksActiveMember(entry('ADJUST', 'MANUAL', 50))).toBe(false);
    expect(marksActiveMember({ kind: 'REFUND', amountMinor: 1 })).toBe(false);
  });
});

describe('localDayKey', () => {
  it('answers as dayKey does, across zones, DST changes and day edges', async () => {
    const { localDayKey } = await import('./rollup');
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC'),
        (at, tz) => {
          expect(localDayKey(at, tz)).toBe(dayKey(at, tz));
          expect(localDayKey(new Date(at.getTime() + 1), tz)).toBe(dayKey(new Date(at.getTime() + 1), tz));
        },
      ),
      { numRuns: 500 },
    );
    // the last millisecond of a Shanghai day and the first of the next
    expect(localDayKey(new Date('2026-12-06T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-12-06');
    expect(localDayKey(new Date('2026-12-06T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2026-12-07');
  });
});
