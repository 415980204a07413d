import { describe, expect, it } from 'vitest';
import {
  activeCandidates,
  activeNeighboursQuery,
  cohortFacts,
  keyedFacts,
  neighboursOf,
  rollupWrites,
} from './rollup-writer';
import { incrementQueries } from '../../db/sql/queries';

const at = new Date('2026-12-06T03:00:00Z'); // 11:00 in Shanghai
const opts = { timezone: 'Asia/Shanghai', shards: 4 };
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
    // the day ends at 16:00 UTC in Shanghai: the ledger's rows before it and from it
    const q = activeNeighboursQuery({ sql: '= ?', params: ['mem_a'] }, '2026-12-06', 'Asia/Shanghai');
    const end = new Date('2026-12-06T16:00:00Z');
    expect(q.params).toEqual([
      ...['mem_a', end],
      ...['mem_a', end, 'EARN', 'REFERRAL', 'REDEEM'],
      ...['mem_a', end],
      ...['mem_a', end, 'EARN', 'REFERRAL', 'REDEEM'],
    ]);
    const nb = (r: Record<string, unknown>) =>
      neighboursOf({ memberId: 'mem_a', day: '2026-12-06' }, r, 'Asia/Shanghai');
    // a purchase at 23:30 Shanghai time is that day; the latest of the two tables, the earliest after
    expect(nb({ purchase_last: new Date('2026-12-06T15:30:00Z'), entry_last: null })).toMatchObject({
      here: true,
    });
    expect(
      nb({
        purchase_last: new Date('2026-11-29T17:00:00Z'), // 11-30 01:00 in Shanghai
        entry_last: new Date('2026-11-20T03:00:00Z'),
        purchase_next: null,
        entry_next: new Date('2026-12-09T03:00:00Z').getTime(), // as SQLite stores it
      }),
    ).toEqual({
      memberId: 'mem_a',
      day: '2026-12-06',
      here: false,
      prev: '2026-11-30',
      next: '2026-12-09',
    });
  });

  it('one increment per rollup row (changed columns only), a new active member counted', () => {
    const facts = keyedFacts(src, { timezone: 'Asia/Shanghai', shards: 4 });
    const first = { memberId: 'mem_a', day: '2026-12-06', prev: '', next: '', here: false };
    const w = rollupWrites(facts, [], [first], opts);
    // metrics_daily: (12-06, '', a), (12-06, cmp_1, a), (12-06, '', r), (12-01, '', a); two gap rows
    expect(w.increments).toHaveLength(6);
    const a = facts[0].key.shard;
    const spread = { column: 'shard', from: 4 }; // a group commit's own rows come after the 4 shards
    expect(w.increments).toContainEqual({
      table: 'member_active_gap',
      key: { grain: 'MONTH', day: '2026-12-06', prev: '', shard: a },
      add: { members: 1 },
      create: true,
      spread,
    });
    expect(w.increments).toContainEqual({
      table: 'metrics_daily',
      key: { day: '2026-12-06', campaign_id: '', shard: a },
      add: { sales_minor: 12_000, orders: 1, active_members: 1, issued_purchase: 120 },
      create: true,
      spread,
    });
    expect(w.increments).toContainEqual({
      table: 'metrics_daily',
      key: { day: '2026-12-01', campaign_id: '', shard: a },
      add: { expired: 50 },
      create: true,
      spread,
    });
    expect(w.newlyActive.map((m) => [m.memberId, m.day])).toEqual([['mem_a', '2026-12-06']]);
    // alone, each increment goes to its member's shard; a group commit in slot 1 sums them into its
    // own row (4 + 1) per day and campaign
    const alone = incrementQueries(w.increments);
    expect(alone.find((q) => q.sql.startsWith('insert into "metrics_daily"'))!.params).toContain(a);
    const other = rollupWrites(
      keyedFacts(
        {
          entries: [{ memberId: 'mem_z', type: 'EARN', source: 'PURCHASE', points: 7, occurredAt: at }],
          purchases: [{ memberId: 'mem_z', amountMinor: 700, occurredAt: at }],
          refunds: [],
        },
        opts,
      ),
      [],
      [{ memberId: 'mem_z', day: '2026-12-06', prev: '2026-12-01', next: '', here: false }],
      opts,
    );
    const grouped = incrementQueries([...w.increments, ...other.increments], 1);
    const daily = grouped.filter((q) => q.sql.startsWith('insert into "metrics_daily"'));
    expect(daily).toHaveLength(1);
    // rows of (day, campaign): 12-01 '', 12-06 '', 12-06 cmp_1, all in shard 5
    expect(daily[0].sql.match(/\(\?/g)).toHaveLength(3);
    expect(daily[0].params.filter((p) => p === 5)).toHaveLength(3);
    expect(daily[0].params).toContain(12_000 + 700);
  });

  it('an already active member is not counted again; an unread candidate is an error', () => {
    const facts = keyedFacts(src, { timezone: 'Asia/Shanghai', shards: 4 });
    const here = { memberId: 'mem_a', day: '2026-12-06', prev: '2026-11-02', next: '', here: true };
    const again = rollupWrites(facts, [], [here], opts);
    expect(again.newlyActive).toEqual([]);
    expect(again.increments.some((i) => 'active_members' in i.add || i.table === 'member_active_gap')).toBe(
      false,
    );
    expect(() => rollupWrites(facts, [], [], opts)).toThrow(/was not read/);
  });

  it('a day marked between two others replaces their gap; lots move between cohorts with their allocations', () => {
    const facts = keyedFacts(src, opts);
    const between = {
      memberId: 'mem_a',
      day: '2026-12-06',
      prev: '2026-11-02',
      next: '2026-12-20',
      here: false,
    };
    const gaps = rollupWrites(facts, [], [between], opts)
      .increments.filter((i) => i.table === 'member_active_gap' && i.key.grain === 'DAY')
      .map((i) => [i.key.day, i.key.prev, i.add.members]);
    expect(gaps).toEqual(
      expect.arrayContaining([
        ['2026-12-06', '2026-11-02', 1],
        ['2026-12-20', '2026-11-02', -1],
        ['2026-12-20', '2026-12-06', 1],
      ]),
    );
    const lot = {
      memberId: 'mem_a',
      points: 100,
      remaining: 100,
      expiresAt: new Date('2027-06-04T16:00:00Z'),
    };
    const cohorts = cohortFacts({
      entries: [
        { id: 'led_x', memberId: 'mem_a', type: 'EXPIRE', source: 'EXPIRY', points: -100, occurredAt: at },
      ],
      purchases: [],
      refunds: [],
      lots: [{ id: 'lot_1', before: lot, after: { ...lot, remaining: 0 } }],
      allocations: [{ entryId: 'led_x', lotId: 'lot_1', points: 100 }],
    });
    const inc = rollupWrites([], cohorts, [], opts).increments;
    expect(inc).toEqual([
      {
        table: 'lot_cohort_daily',
        key: { day: '2027-06-05', shard: facts[0].key.shard },
        add: { remaining: -100, expired: 100 },
        create: true,
        spread: { column: 'shard', from: 4 },
      },
    ]);
    expect(() =>
      cohortFacts({
        entries: [],
        purchases: [],
        refunds: [],
        allocations: [{ entryId: 'e', lotId: 'l', points: 1 }],
      }),
    ).toThrow(/without its lot or entry/);
  });
});
