import { describe, expect, it } from 'vitest';
import {
  activeCandidates,
  activeMarkersQuery,
  keyedFacts,
  rollupStatements,
  rollupWrites,
} from './rollup-writer';

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

  it('one increment per rollup row (changed columns only) and a marker for a new active member', () => {
    const facts = keyedFacts(src, { timezone: 'Asia/Shanghai', shards: 4 });
    const w = rollupWrites(facts, []);
    expect(w.increments).toHaveLength(4); // (12-06, '', a), (12-06, cmp_1, a), (12-06, '', r), (12-01, '', a)
    const a = facts[0].key.shard;
    expect(w.increments).toContainEqual({
      table: 'metrics_daily',
      key: { day: '2026-12-06', campaign_id: '', shard: a },
      add: { sales_minor: 12_000, orders: 1, active_members: 1, issued_purchase: 120 },
      create: true,
    });
    expect(w.increments).toContainEqual({
      table: 'metrics_daily',
      key: { day: '2026-12-01', campaign_id: '', shard: a },
      add: { expired: 50 },
      create: true,
    });
    expect(w.markers.map((m) => [m.memberId, m.day])).toEqual([['mem_a', '2026-12-06']]);
    const sql = rollupStatements(w);
    expect(sql.at(-1)!.sql).toMatch(/^insert into "member_active_day" .* on conflict do nothing$/);
    expect(sql[0].sql).toMatch(/^insert into "metrics_daily" .* on conflict .* do update set/);
  });

  it('an already active member is not counted again; an unread candidate is an error', () => {
    const facts = keyedFacts(src, { timezone: 'Asia/Shanghai', shards: 4 });
    const again = rollupWrites(facts, [{ member_id: 'mem_a', day: '2026-12-06' }]);
    expect(again.markers).toEqual([]);
    expect(again.increments.some((i) => 'active_members' in i.add)).toBe(false);
    expect(() => rollupWrites(facts, [], (c) => c.day !== '2026-12-06')).toThrow(/was not read/);
  });
});
