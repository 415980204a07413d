/**
 * Distinct active members of any span of days, exactly, without reading a row per member.
 *
 * Each (member, active day) marker is linked to the member's previous active day. A member is
 * active in [a, b] exactly when one of their markers falls in [a, b] with its previous day before
 * `a` (their first active day in the span), so the count is Σ over those markers. Markers are
 * counted in a histogram of gaps: (day, previous day) → members. Two grains keep the read small:
 *
 * - MONTH rows, (day, month of the previous day): those whose previous day is in a month before
 *   `a`'s month are all counted;
 * - DAY rows, (day, previous day): those whose previous day lies in `a`'s month before `a`.
 *
 * The rows are bounded by the program's age (days × months), not by its members or its ledger.
 * A member with no earlier active day has the previous day '' (before every day).
 */
export type GapGrain = 'DAY' | 'MONTH';

/** one marker's link: its day and the member's previous active day ('' for none) */
export interface ActiveGap {
  day: string;
  prev: string;
}

/** what a write read of one candidate day of a member: the member's nearest marked days around it */
export interface ActiveDayNeighbours {
  memberId: string;
  day: string;
  /** the latest marked day before `day` ('' for none) */
  prev: string;
  /** the earliest marked day after `day` ('' for none) */
  next: string;
  /** `day` itself is marked already */
  here: boolean;
}

/**
 * The gap changes when a member's new active days are marked, given what was read around each:
 * new days between the same two marked days (or an end) form a chain that replaces the gap
 * between those two. Returns the days to mark and the gap deltas (+1 / −1).
 */
export function activeGapDeltas(reads: readonly ActiveDayNeighbours[]): {
  markers: { memberId: string; day: string }[];
  gaps: (ActiveGap & { delta: number; memberId: string })[];
} {
  const markers: { memberId: string; day: string }[] = [];
  const gaps: (ActiveGap & { delta: number; memberId: string })[] = [];
  // new days grouped by member and the marked days around them (the same interval)
  const chains = new Map<string, { memberId: string; prev: string; next: string; days: Set<string> }>();
  for (const r of reads) {
    if (r.here) continue;
    const k = `${r.memberId}\u0000${r.prev}\u0000${r.next}`;
    let c = chains.get(k);
    if (!c) chains.set(k, (c = { memberId: r.memberId, prev: r.prev, next: r.next, days: new Set() }));
    c.days.add(r.day);
  }
  for (const c of chains.values()) {
    const memberId = c.memberId;
    const days = [...c.days].sort();
    let prev = c.prev;
    for (const day of days) {
      markers.push({ memberId, day });
      gaps.push({ day, prev, delta: 1, memberId });
      prev = day;
    }
    if (c.next) {
      gaps.push({ day: c.next, prev: c.prev, delta: -1, memberId });
      gaps.push({ day: c.next, prev, delta: 1, memberId });
    }
  }
  return { markers, gaps };
}

const monthOf = (day: string) => day.slice(0, 7);

/** The histogram rows a gap counts in: one per grain. */
export function gapRows(g: ActiveGap): { grain: GapGrain; day: string; prev: string }[] {
  return [
    { grain: 'DAY', day: g.day, prev: g.prev },
    { grain: 'MONTH', day: g.day, prev: g.prev ? monthOf(g.prev) : '' },
  ];
}

/**
 * Which rows count the members active in [first, last]: MONTH rows of days in the span whose
 * previous month is before `first`'s, and DAY rows of days in the span whose previous day is in
 * [first's month start, first).
 */
export function distinctActiveBounds(first: string, last: string) {
  return {
    first,
    last,
    beforeMonth: monthOf(first),
    dayFrom: `${monthOf(first)}-01`,
    dayBefore: first,
  };
}

/** The count from histogram rows (the SQL read does the same sum; the tests check it against it). */
export function distinctActiveFromGaps(
  rows: Iterable<{ grain: GapGrain; day: string; prev: string; members: number }>,
  first: string,
  last: string,
): number {
  const b = distinctActiveBounds(first, last);
  let n = 0;
  for (const r of rows) {
    if (r.day < first || r.day > last) continue;
    if (r.grain === 'MONTH' && r.prev < b.beforeMonth) n += r.members;
    if (r.grain === 'DAY' && r.prev >= b.dayFrom && r.prev < b.dayBefore) n += r.members;
  }
  return n;
}

/** Every gap of a member's active days (the rebuild: all of them new, nothing around them). */
export function gapsOfDays(memberId: string, days: Iterable<string>): ActiveGap[] {
  return activeGapDeltas([...days].map((day) => ({ memberId, day, prev: '', next: '', here: false }))).gaps;
}

/**
 * What a write on `day` would read around it, known without reading from the member's latest
 * marked day (kept on the member's row): nothing is marked after it, so `next` is ''. Null when the
 * write must read: the latest day is not known (null), or it is after `day` (a backdated write).
 */
export function neighboursFromLast(
  memberId: string,
  day: string,
  last: string | null | undefined,
): ActiveDayNeighbours | null {
  if (last == null || last > day) return null;
  const here = last === day;
  return { memberId, day, here, prev: here ? '' : last, next: '' };
}

/**
 * The member's latest marked day once a write has marked `n.day` (given what was read around it):
 * `n.day` when nothing after it is marked, else undefined (the latest day stays what it was).
 */
export function lastActiveAfter(n: ActiveDayNeighbours): string | undefined {
  return n.next === '' ? n.day : undefined;
}

/**
 * Each member's latest marked day once a write has marked the days it read around (several per
 * member when it wrote on several days): the latest of `lastActiveAfter`; a member absent keeps theirs.
 */
export function lastActiveDaysAfter(reads: readonly ActiveDayNeighbours[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of reads) {
    const last = lastActiveAfter(n);
    if (last !== undefined && last > (out.get(n.memberId) ?? '')) out.set(n.memberId, last);
  }
  return out;
}
