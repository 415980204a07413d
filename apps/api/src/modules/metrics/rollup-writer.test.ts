import { describe, expect, it } from 'vitest';
import { activeCandidates, activeMarkersQuery, keyedFacts, rollupStatements } from './rollup-writer';

const at = new Date('2026-12-06T03:00:00Z'); // 11:00 in Shanghai
const src = {
  entries: [
    { memberId: 'mem_a', type: 'EARN', source: 'PURCHASE', points: 120, occurredAt: at },
    { memberId: 'mem_a', type: 'EARN', source: 'CAMPAIGN', points: 60, occurredAt: at, campaignId: 'cmp_1' },
    { memberId: 'mem_r', type: 'EARN', source: 'REFERRAL', points: 100, occurredAt: at },
    {
      memberId: 'mem_a',
      type: 'EXPIRE',
      source: 'EXPIRY',
      points: -50,
      occurredAt: new Date('2026-11-30T20:00:00Z'),
    },
  ],
  purchases: [{ memberId: 'mem_a', amountMinor: 12_000, occurredAt: at }],
  refunds: [],
};

describe('rollup writer (the SQL side of the rule)', () => {
  it('one active candidate per member and day; the referrer and the expiry mark nobody', () => {
    const facts = keyedFacts(src, { timezone: 'Asia/Shanghai', shards: 4 });
    expect(facts).toHaveLength(5);
    expect(activeCandidates(facts).map((c) => [c.memberId, c.day])).toEqual([['mem_a', '2026-12-06']]);
    expect(activeMarkersQuery(activeCandidates(facts))?.params).toEqual(['2026-12-06', 'mem_a']);
  });

  it('increments the rows of the write once, sorted by key, and marks a new active member', () => {
    const facts = keyedFacts(src, { timezone: 'Asia/Shanghai', shards: 4 });
    const [upsert, markers] = rollupStatements(facts, []);
    expect(upsert.sql).toMatch(
      /^insert into "metrics_daily" .* on conflict \("day", "campaign_id", "shard"\) do update set "sales_minor" = "metrics_daily"."sales_minor" \+ excluded."sales_minor"/,
    );
    const rows = upsert.params.length / 16;
    expect(rows).toBe(4); // (12-06, '', a), (12-06, cmp_1, a), (12-06, '', r), (12-01, '', a)
    const keys = Array.from({ length: rows }, (_, k) => upsert.params.slice(k * 16, k * 16 + 3).join('|'));
    expect([...keys].sort()).toEqual(keys);
    expect(markers.params).toEqual(['2026-12-06', 'mem_a']);
    // already marked: no marker, no active-member increment
    const again = rollupStatements(facts, [{ member_id: 'mem_a', day: '2026-12-06' }]);
    expect(again).toHaveLength(1);
    expect(again[0].params.filter((_, k) => k % 16 === 5).every((v) => v === 0)).toBe(true);
  });
});
