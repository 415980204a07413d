/**
 * Lot cohorts: the points of lots grouped by the program-local day they expire on. One small row
 * per (expiry day, shard) answers the two questions the cost monitor used to ask of every lot:
 * what expires in the next 90 days (the forecast's expiry schedule: `remaining` of the coming days)
 * and what became of the points that have matured (the redemption-rate estimate: the cohorts of
 * days already past). Its size follows the program's age, not its ledger.
 *
 * The rule from what a write did to the lots to cohort column deltas lives here, and both the live
 * writes and the rebuild from the lots and their allocations fold through it.
 */
import { localDayKey, rollupShard } from './rollup';

export const COHORT_COLUMNS = ['points', 'remaining', 'expired', 'reversed'] as const;
export type CohortColumn = (typeof COHORT_COLUMNS)[number];
export type CohortFigures = Record<CohortColumn, number>;

/** A lot as far as its cohort cares. */
export interface CohortLot {
  memberId: string;
  points: number;
  remaining: number;
  expiresAt: Date | null;
}

export type CohortFact =
  /**
   * a lot written: `before` is the row as it was (null for a new lot). Its points and remaining
   * move from the old expiry day to the new; `settled` (what had already expired or been clawed
   * back from it, only needed when its expiry moves) goes with them.
   */
  | {
      kind: 'LOT';
      before: CohortLot | null;
      after: CohortLot;
      settled?: { expired: number; reversed: number };
    }
  /** points taken from a lot by a ledger entry of `entryType` (the lot's remaining is the LOT fact's) */
  | { kind: 'ALLOCATION'; lot: CohortLot; entryType: string; points: number };

export interface CohortKey {
  /** the program-local day the lot expires on */
  day: string;
  shard: number;
}

export const emptyCohort = (): CohortFigures => ({ points: 0, remaining: 0, expired: 0, reversed: 0 });

/** Which cohort column an allocation of an entry of this type settles: expiries and clawbacks. */
export function settledColumn(entryType: string): 'expired' | 'reversed' | null {
  if (entryType === 'EXPIRE') return 'expired';
  if (entryType === 'REVERSAL' || entryType === 'ADJUST') return 'reversed';
  return null; // redemptions and other spending: what the lot lost, `remaining` already says
}

/** The cohort deltas of one fact, keyed (a lot that never expires belongs to no cohort). */
export function cohortDeltas(
  fact: CohortFact,
  opts: { timezone: string; shards: number },
): { key: CohortKey; deltas: Partial<CohortFigures> }[] {
  const keyOf = (l: CohortLot): CohortKey | null =>
    l.expiresAt
      ? { day: localDayKey(l.expiresAt, opts.timezone), shard: rollupShard(l.memberId, opts.shards) }
      : null;
  if (fact.kind === 'ALLOCATION') {
    const column = settledColumn(fact.entryType);
    const key = keyOf(fact.lot);
    return column && key && fact.points ? [{ key, deltas: { [column]: fact.points } }] : [];
  }
  const out: { key: CohortKey; deltas: Partial<CohortFigures> }[] = [];
  const from = fact.before && keyOf(fact.before);
  const to = keyOf(fact.after);
  const moved = !!from !== !!to || (from && to && (from.day !== to.day || from.shard !== to.shard));
  const settled = moved ? (fact.settled ?? { expired: 0, reversed: 0 }) : { expired: 0, reversed: 0 };
  if (from && fact.before)
    out.push({
      key: from,
      deltas: {
        points: -fact.before.points,
        remaining: -fact.before.remaining,
        expired: -settled.expired,
        reversed: -settled.reversed,
      },
    });
  if (to)
    out.push({
      key: to,
      deltas: {
        points: fact.after.points,
        remaining: fact.after.remaining,
        expired: settled.expired,
        reversed: settled.reversed,
      },
    });
  return out;
}

/** Folds cohort facts into rows, one per key (the live write's few rows, or the rebuild's table). */
export class CohortAccumulator {
  private readonly rows = new Map<string, { key: CohortKey; figures: CohortFigures }>();

  constructor(private readonly opts: { timezone: string; shards: number }) {}

  add(fact: CohortFact): void {
    for (const { key, deltas } of cohortDeltas(fact, this.opts)) {
      const k = `${key.day}|${key.shard}`;
      let row = this.rows.get(k);
      if (!row) this.rows.set(k, (row = { key, figures: emptyCohort() }));
      for (const c of COHORT_COLUMNS) row.figures[c] += deltas[c] ?? 0;
    }
  }

  /** the rows with at least one non-zero column */
  entries(): { key: CohortKey; figures: CohortFigures }[] {
    return [...this.rows.values()].filter((r) => COHORT_COLUMNS.some((c) => r.figures[c] !== 0));
  }
}

/**
 * The matured cohorts' figures as the redemption-rate estimate reads them: points of lots whose
 * expiry day is over, what is still held of them, what expired and what was clawed back; the rest
 * was redeemed (or spent on a debt).
 */
export function maturedFigures(f: CohortFigures) {
  return {
    issued: f.points,
    outstanding: f.remaining,
    expired: f.expired,
    reversed: f.reversed,
    redeemed: f.points - f.remaining - f.expired - f.reversed,
  };
}
