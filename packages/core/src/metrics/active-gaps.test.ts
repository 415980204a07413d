import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToKey } from '../time';
import {
  activeGapDeltas,
  distinctActiveFromGaps,
  gapRows,
  gapsOfDays,
  lastActiveAfter,
  lastActiveDaysAfter,
  neighboursFromLast,
  type ActiveDayNeighbours,
  type GapGrain,
} from './active-gaps';

type Hist = Map<string, { grain: GapGrain; day: string; prev: string; members: number }>;

function addGaps(h: Hist, gaps: { day: string; prev: string; delta: number }[]) {
  for (const g of gaps)
    for (const r of gapRows(g)) {
      const k = `${r.grain}|${r.day}|${r.prev}`;
      const row = h.get(k) ?? { ...r, members: 0 };
      row.members += g.delta;
      h.set(k, row);
    }
}

/** what a write reads for one member's candidate day, from the marked days so far */
function neighbours(marked: Set<string>, memberId: string, day: string): ActiveDayNeighbours {
  const sorted = [...marked].sort();
  return {
    memberId,
    day,
    prev: sorted.filter((d) => d < day).at(-1) ?? '',
    next: sorted.find((d) => d > day) ?? '',
    here: marked.has(day),
  };
}

const START = '2025-11-20';
const day = (n: number) => addDaysToKey(START, n);

describe('distinct active members from the gap histogram', () => {
  it('a worked example: three members over two months', () => {
    const h: Hist = new Map();
    addGaps(
      h,
      gapsOfDays('a', ['2026-01-05', '2026-01-20', '2026-02-03']).map((g) => ({ ...g, delta: 1 })),
    );
    addGaps(
      h,
      gapsOfDays('b', ['2026-01-31', '2026-02-01']).map((g) => ({ ...g, delta: 1 })),
    );
    addGaps(
      h,
      gapsOfDays('c', ['2026-02-15']).map((g) => ({ ...g, delta: 1 })),
    );
    const rows = [...h.values()];
    expect(distinctActiveFromGaps(rows, '2026-01-01', '2026-01-31')).toBe(2); // a, b
    expect(distinctActiveFromGaps(rows, '2026-02-01', '2026-02-28')).toBe(3); // a, b, c
    expect(distinctActiveFromGaps(rows, '2026-01-21', '2026-02-02')).toBe(1); // b only
    expect(distinctActiveFromGaps(rows, '2026-01-06', '2026-02-15')).toBe(3);
    expect(distinctActiveFromGaps(rows, '2026-02-04', '2026-02-14')).toBe(0);
  });

  it('equals the distinct count of the markers for any span, whatever order the days arrive in', () => {
    fc.assert(
      fc.property(
        // writes: (member, day offset) pairs, in arrival order, several per write
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 120 })), {
            minLength: 1,
            maxLength: 3,
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (writes, x, y) => {
          const marked = new Map<string, Set<string>>();
          const h: Hist = new Map();
          for (const w of writes) {
            // a write reads every candidate against the markers before it, then marks them all
            const reads = w.map(([m, d]) => neighbours(marked.get(`m${m}`) ?? new Set(), `m${m}`, day(d)));
            const { markers, gaps } = activeGapDeltas(reads);
            addGaps(h, gaps);
            for (const mk of markers) {
              const set = marked.get(mk.memberId) ?? new Set<string>();
              expect(set.has(mk.day)).toBe(false);
              set.add(mk.day);
              marked.set(mk.memberId, set);
            }
          }
          const [first, last] = [day(Math.min(x, y)), day(Math.max(x, y))];
          const expected = [...marked.values()].filter((s) =>
            [...s].some((d) => d >= first && d <= last),
          ).length;
          expect(distinctActiveFromGaps([...h.values()], first, last)).toBe(expected);
          // the live histogram equals the one rebuilt from the markers
          const rebuilt: Hist = new Map();
          for (const [m, s] of marked)
            addGaps(
              rebuilt,
              gapsOfDays(m, s).map((g) => ({ ...g, delta: 1 })),
            );
          const nonZero = (hh: Hist) =>
            Object.fromEntries([...hh].filter(([, r]) => r.members !== 0).map(([k, r]) => [k, r.members]));
          expect(nonZero(h)).toEqual(nonZero(rebuilt));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the latest day kept on the member's row answers the read whenever it is known, and stays exact", () => {
    fc.assert(
      fc.property(
        // writes of one member's day, in arrival order (backdated ones included); `forget` drops what
        // the row knows (a member enrolled by a write that could not set it, an upgraded database)
        fc.array(
          fc.record({
            m: fc.integer({ min: 0, max: 3 }),
            d: fc.integer({ min: 0, max: 60 }),
            forget: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (writes) => {
          const marked = new Map<string, Set<string>>();
          const last = new Map<string, string | null>();
          for (const { m, d, forget } of writes) {
            const [member, at] = [`m${m}`, day(d)];
            if (forget) last.set(member, null);
            const set = marked.get(member) ?? new Set<string>();
            const read = neighbours(set, member, at);
            const known = neighboursFromLast(member, at, last.get(member) ?? null);
            if (known) expect(known).toEqual({ ...read, prev: read.here ? '' : read.prev });
            const n = known ?? read;
            for (const mk of activeGapDeltas([n]).markers) set.add(mk.day);
            marked.set(member, set);
            last.set(member, lastActiveAfter(n) ?? last.get(member) ?? null);
            const kept = last.get(member);
            if (kept != null) expect(kept).toBe([...set].sort().at(-1));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads when the latest day is unknown or after the write', () => {
    expect(neighboursFromLast('a', '2026-03-02', null)).toBeNull();
    expect(neighboursFromLast('a', '2026-03-02', '2026-03-05')).toBeNull();
    expect(neighboursFromLast('a', '2026-03-02', '2026-03-02')).toEqual({
      memberId: 'a',
      day: '2026-03-02',
      here: true,
      prev: '',
      next: '',
    });
    expect(neighboursFromLast('a', '2026-03-09', '2026-03-02')).toMatchObject({
      here: false,
      prev: '2026-03-02',
    });
    // a backdated write leaves the latest day where it was
    expect(
      lastActiveAfter({ memberId: 'a', day: '2026-03-01', here: false, prev: '', next: '2026-03-02' }),
    ).toBe(undefined);
  });

  it('a write on several days keeps the latest of them, whatever order it read them in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }),
        (writeDays, markedDays) => {
          const marked = new Set(markedDays.map(day));
          const reads = writeDays.map((d) => neighbours(marked, 'a', day(d)));
          const after = new Set([...marked, ...writeDays.map(day)]);
          const latest = [...after].sort().at(-1)!;
          const kept = lastActiveDaysAfter(reads).get('a');
          // known when the write reached past every marked day; then it is the latest of all
          if (writeDays.some((d) => !markedDays.some((m) => m > d))) expect(kept).toBe(latest);
          else expect(kept).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
