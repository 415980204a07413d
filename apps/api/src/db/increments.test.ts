import { describe, expect, it } from 'vitest';
import { incrementQueries } from './sql/queries';

describe('increments of shared rows', () => {
  it('sums increments of one row, and writes the rows of a table in one statement, in (table, key) order', () => {
    const out = incrementQueries([
      { table: 'rollup', key: { day: '2026-01-02' }, add: { points: 5 }, create: true },
      { table: 'gap', key: { day: '2026-01-02' }, add: { members: 1 }, create: true },
      { table: 'budget', key: { budget_id: 'b', slice: 1 }, add: { used: 3 } },
      { table: 'rollup', key: { day: '2026-01-01' }, add: { points: 1, purchases: 1 }, create: true },
      { table: 'budget', key: { slice: 1, budget_id: 'b' }, add: { used: 4 } },
      { table: 'rollup', key: { day: '2026-01-02' }, add: { points: 7, purchases: 1 }, create: true },
    ]);
    expect(out).toEqual([
      {
        sql: 'update "budget" set "used" = "used" + ? where "budget_id" = ? and "slice" = ?',
        params: [7, 'b', 1],
      },
      {
        sql: 'insert into "gap" ("day", "members") values (?, ?) on conflict ("day") do update set "members" = "gap"."members" + excluded."members"',
        params: ['2026-01-02', 1],
      },
      {
        // one statement per table, rows in key order, a column a row does not change adds 0
        sql: 'insert into "rollup" ("day", "points", "purchases") values (?, ?, ?), (?, ?, ?) on conflict ("day") do update set "points" = "rollup"."points" + excluded."points", "purchases" = "rollup"."purchases" + excluded."purchases"',
        params: ['2026-01-01', 1, 1, '2026-01-02', 12, 1],
      },
    ]);
    expect(incrementQueries([])).toEqual([]);
  });
});
