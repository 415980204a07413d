import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CohortAccumulator, maturedFigures, type CohortLot } from './cohorts';

const opts = { timezone: 'Asia/Shanghai', shards: 4 };
const at = (iso: string) => new Date(iso);

describe('lot cohorts', () => {
  it('a worked example: a lot earned, partly redeemed, clawed back, restored, expired', () => {
    const acc = new CohortAccumulator(opts);
    // 100 points expiring 2026-07-01 00:30 in Shanghai (still 2026-06-30 in UTC)
    const lot: CohortLot = {
      memberId: 'm1',
      points: 100,
      remaining: 100,
      expiresAt: at('2026-06-30T16:30:00Z'),
    };
    acc.add({ kind: 'LOT', before: null, after: lot });
    const redeemed = { ...lot, remaining: 60 };
    acc.add({ kind: 'LOT', before: lot, after: redeemed });
    acc.add({ kind: 'ALLOCATION', lot: redeemed, entryType: 'REDEEM', points: 40 });
    const clawed = { ...redeemed, remaining: 50 };
    acc.add({ kind: 'LOT', before: redeemed, after: clawed });
    acc.add({ kind: 'ALLOCATION', lot: clawed, entryType: 'REVERSAL', points: 10 });
    const restored = { ...clawed, remaining: 70 }; // a cancelled redemption gives 20 back
    acc.add({ kind: 'LOT', before: clawed, after: restored });
    const expired = { ...restored, remaining: 0 };
    acc.add({ kind: 'LOT', before: restored, after: expired });
    acc.add({ kind: 'ALLOCATION', lot: expired, entryType: 'EXPIRE', points: 70 });
    const rows = acc.entries();
    expect(rows).toHaveLength(1);
    expect(rows[0].key.day).toBe('2026-07-01');
    expect(rows[0].figures).toEqual({ points: 100, remaining: 0, expired: 70, reversed: 10 });
    expect(maturedFigures(rows[0].figures).redeemed).toBe(20);
  });

  it('a lot whose expiry moves takes its points and what was settled of it along', () => {
    const acc = new CohortAccumulator(opts);
    const lot: CohortLot = {
      memberId: 'm1',
      points: 50,
      remaining: 30,
      expiresAt: at('2026-03-01T04:00:00Z'),
    };
    acc.add({ kind: 'LOT', before: null, after: lot });
    acc.add({ kind: 'ALLOCATION', lot, entryType: 'REVERSAL', points: 20 });
    acc.add({
      kind: 'LOT',
      before: lot,
      after: { ...lot, expiresAt: at('2026-06-01T04:00:00Z') },
      settled: { expired: 0, reversed: 20 },
    });
    expect(acc.entries().map((r) => [r.key.day, r.figures])).toEqual([
      ['2026-06-01', { points: 50, remaining: 30, expired: 0, reversed: 20 }],
    ]);
  });

  it('the fold of any sequence of lot changes equals the fold of the lots as they end (with their allocations)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            lot: fc.integer({ min: 0, max: 5 }),
            op: fc.constantFrom('spend', 'claw', 'restore', 'expire', 'move'),
            points: fc.integer({ min: 1, max: 40 }),
            day: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 60 },
        ),
        (ops) => {
          const live = new CohortAccumulator(opts);
          const lots: CohortLot[] = [];
          const settled: { expired: number; reversed: number }[] = [];
          const allocations: { lot: number; entryType: string; points: number }[] = [];
          const expiry = (d: number) => new Date(Date.UTC(2026, 0, 1 + d * 7, 10));
          for (let i = 0; i < 6; i++) {
            lots.push({ memberId: `m${i % 3}`, points: 100, remaining: 100, expiresAt: expiry(i % 4) });
            settled.push({ expired: 0, reversed: 0 });
            live.add({ kind: 'LOT', before: null, after: lots[i] });
          }
          for (const o of ops) {
            const before = lots[o.lot];
            const take = Math.min(before.remaining, o.points);
            let after: CohortLot = before;
            if (o.op === 'restore')
              after = { ...before, remaining: Math.min(before.points, before.remaining + o.points) };
            else if (o.op === 'move') after = { ...before, expiresAt: expiry(o.day) };
            else if (take > 0) after = { ...before, remaining: before.remaining - take };
            if (after === before) continue;
            live.add({ kind: 'LOT', before, after, settled: { ...settled[o.lot] } });
            if (o.op !== 'restore' && o.op !== 'move') {
              const entryType = o.op === 'spend' ? 'REDEEM' : o.op === 'claw' ? 'REVERSAL' : 'EXPIRE';
              live.add({ kind: 'ALLOCATION', lot: after, entryType, points: take });
              allocations.push({ lot: o.lot, entryType, points: take });
              if (o.op === 'claw') settled[o.lot].reversed += take;
              if (o.op === 'expire') settled[o.lot].expired += take;
            }
            lots[o.lot] = after;
          }
          const rebuilt = new CohortAccumulator(opts);
          for (const l of lots) rebuilt.add({ kind: 'LOT', before: null, after: l });
          for (const a of allocations)
            rebuilt.add({ kind: 'ALLOCATION', lot: lots[a.lot], entryType: a.entryType, points: a.points });
          const byKey = (acc: CohortAccumulator) =>
            Object.fromEntries(acc.entries().map((r) => [`${r.key.day}|${r.key.shard}`, r.figures]));
          expect(byKey(live)).toEqual(byKey(rebuilt));
        },
      ),
      { numRuns: 300 },
    );
  });
});
