import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaderboardAwards, leaderboardPeriod, maskName, rankStandings } from './leaderboards';

const TZ = 'Asia/Shanghai';

describe('leaderboards', () => {
  it('spans the local week from Monday and the local month', () => {
    const at = new Date('2026-12-09T03:00:00Z'); // Wednesday in Shanghai
    expect(leaderboardPeriod('WEEKLY', at, TZ)).toEqual({
      key: 'W2026-12-07',
      start: new Date('2026-12-06T16:00:00Z'),
      end: new Date('2026-12-13T16:00:00Z'),
    });
    expect(leaderboardPeriod('MONTHLY', at, TZ)).toEqual({
      key: '2026-12',
      start: new Date('2026-11-30T16:00:00Z'),
      end: new Date('2026-12-31T16:00:00Z'),
    });
  });

  it('ranks by points, ties by member id, and awards the prizes by rank', () => {
    const s = rankStandings(
      [
        { memberId: 'b', points: 50 },
        { memberId: 'a', points: 50 },
        { memberId: 'c', points: 80 },
        { memberId: 'd', points: 0 },
      ],
      10,
    );
    expect(s).toEqual([
      { rank: 1, memberId: 'c', points: 80 },
      { rank: 2, memberId: 'a', points: 50 },
      { rank: 3, memberId: 'b', points: 50 },
    ]);
    expect(leaderboardAwards(s, [300, 100]).map((a) => [a.memberId, a.prizePoints])).toEqual([
      ['c', 300],
      ['a', 100],
    ]);
  });

  it('masks names', () => {
    expect(maskName('张三')).toBe('张**');
    expect(maskName('Alexander')).toBe('A******');
    expect(maskName(null)).toBe('***');
  });

  it('property: ranks are 1..n, points never increase down the board, order-independent', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ memberId: fc.string({ maxLength: 4 }), points: fc.integer({ min: 0, max: 50 }) }),
          {
            selector: (x) => x.memberId,
            maxLength: 30,
          },
        ),
        fc.integer({ min: 1, max: 10 }),
        (sums, n) => {
          const a = rankStandings(sums, n);
          expect(a.map((s) => s.rank)).toEqual(a.map((_, i) => i + 1));
          for (let i = 1; i < a.length; i++) expect(a[i].points).toBeLessThanOrEqual(a[i - 1].points);
          expect(rankStandings([...sums].reverse(), n)).toEqual(a);
        },
      ),
    );
  });
});
