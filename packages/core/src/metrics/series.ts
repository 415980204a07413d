/**
 * From daily rollups to the metrics series of a window: days grouped into DAY, WEEK (ISO weeks,
 * Monday first) or MONTH periods of the program's calendar, each with the derived figures.
 */
import { DomainError } from '../errors';
import { addDaysToKey, daysBetweenKeys, dayKey, startOfLocalDay } from '../time';
import { costOfPoints, costToSalesIssued, liability } from './definitions';
import {
  addDeltas,
  emptyFigures,
  ISSUED_COLUMN,
  ISSUING_SOURCES,
  netPoints,
  pointsIssued,
  type IssuingSource,
  type RollupDeltas,
  type RollupFigures,
} from './rollup';

export const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A day key's ISO weekday: 1 = Monday ... 7 = Sunday (a day key is a calendar date, zone-free). */
export function weekdayOfKey(key: string): number {
  const d = new Date(`${key}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The first day of the period (of `granularity`) that contains day `key`. */
export function periodStartKey(key: string, granularity: Granularity): string {
  switch (granularity) {
    case 'DAY':
      return key;
    case 'WEEK':
      return addDaysToKey(key, 1 - weekdayOfKey(key));
    case 'MONTH':
      return `${key.slice(0, 7)}-01`;
  }
}

/**
 * The local days a window [from, to) covers: from's day through the day of the window's last
 * instant. Rollups are daily, so a window counts whole days of the program's time zone.
 */
export function windowDays(from: Date, to: Date, timezone: string): { first: string; last: string } | null {
  if (!(from.getTime() < to.getTime())) return null;
  return { first: dayKey(from, timezone), last: dayKey(new Date(to.getTime() - 1), timezone) };
}

export interface MetricsPointFigures {
  periodStart: Date;
  /** the period's first day key (clipped to the window) */
  firstDay: string;
  salesMinor: number;
  orders: number;
  activeMembers: number;
  pointsIssued: number;
  issuedBySource: { source: IssuingSource; points: number }[];
  pointsRedeemed: number;
  pointsExpired: number;
  pointsReversed: number;
  /** at the period's end */
  outstandingPoints: number;
  /** issued basis: (issued − reversed) × point value */
  costMinor: number;
  costToSalesRatio: number | null;
  /** outstanding at the period's end × point value × expected redemption rate */
  liabilityMinor: number;
}

export interface SeriesInput {
  /** per day key: the day's rollups summed over shards and campaigns (missing days are zero) */
  days: ReadonlyMap<string, RollupDeltas>;
  first: string;
  last: string;
  granularity: Granularity;
  timezone: string;
  /** outstanding points at the start of `first` (the sum of all rollups before it) */
  openingOutstanding: number;
  pointValueMinor: number;
  expectedRedemptionRate: number;
  /**
   * distinct active members per period (keyed by the period's clipped first day) and for the
   * whole window: members active on several days of a week count once. Without it, DAY periods
   * use the daily figure and longer periods the sum of their days.
   */
  activeMembers?: { byPeriod: ReadonlyMap<string, number>; total: number };
  /** at most this many days (a guard for the caller's input) */
  maxDays?: number;
}

export function pointFigures(
  periodStart: Date,
  firstDay: string,
  f: RollupFigures,
  outstandingAtEnd: number,
  pointValueMinor: number,
  rate: number,
): MetricsPointFigures {
  const issued = pointsIssued(f);
  return {
    periodStart,
    firstDay,
    salesMinor: f.salesMinor,
    orders: f.orders,
    activeMembers: f.activeMembers,
    pointsIssued: issued,
    issuedBySource: ISSUING_SOURCES.map((source) => ({ source, points: f[ISSUED_COLUMN[source]] })),
    pointsRedeemed: f.redeemed,
    pointsExpired: f.expired,
    pointsReversed: f.reversed,
    outstandingPoints: outstandingAtEnd,
    costMinor: costOfPoints(issued - f.reversed, pointValueMinor),
    costToSalesRatio: costToSalesIssued(
      { salesMinor: f.salesMinor, issued, redeemed: f.redeemed, reversed: f.reversed },
      pointValueMinor,
    ),
    liabilityMinor: liability(outstandingAtEnd, pointValueMinor, rate),
  };
}

export function metricsSeries(i: SeriesInput): {
  series: MetricsPointFigures[];
  totals: MetricsPointFigures;
} {
  const span = daysBetweenKeys(i.first, i.last);
  if (span < 0) throw new DomainError('INVALID_INPUT', '`to` must be after `from`', ['to']);
  if (i.maxDays !== undefined && span + 1 > i.maxDays) {
    throw new DomainError('INVALID_INPUT', `a window may cover at most ${i.maxDays} days`, ['to']);
  }
  const periods: { first: string; figures: RollupFigures; outstanding: number }[] = [];
  const total = emptyFigures();
  let outstanding = i.openingOutstanding;
  let current: (typeof periods)[number] | null = null;
  for (let d = 0; d <= span; d++) {
    const key = addDaysToKey(i.first, d);
    if (!current || periodStartKey(key, i.granularity) === key) {
      current = { first: key, figures: emptyFigures(), outstanding };
      periods.push(current);
    }
    const day = i.days.get(key);
    if (day) {
      addDeltas(current.figures, day);
      addDeltas(total, day);
      outstanding += netPoints(day);
    }
    current.outstanding = outstanding;
  }
  const rate = i.expectedRedemptionRate;
  const series = periods.map((p) => {
    if (i.activeMembers) p.figures.activeMembers = i.activeMembers.byPeriod.get(p.first) ?? 0;
    return pointFigures(
      startOfLocalDay(p.first, i.timezone),
      p.first,
      p.figures,
      p.outstanding,
      i.pointValueMinor,
      rate,
    );
  });
  if (i.activeMembers) total.activeMembers = i.activeMembers.total;
  const totals = pointFigures(
    startOfLocalDay(i.first, i.timezone),
    i.first,
    total,
    outstanding,
    i.pointValueMinor,
    rate,
  );
  return { series, totals };
}

/** The clipped periods of a window, [first, last] day keys each (for distinct active-member counts). */
export function periodsOf(
  first: string,
  last: string,
  granularity: Granularity,
): { first: string; last: string }[] {
  const out: { first: string; last: string }[] = [];
  let start = first;
  while (start <= last) {
    let next: string;
    if (granularity === 'DAY') next = addDaysToKey(start, 1);
    else if (granularity === 'WEEK') next = addDaysToKey(periodStartKey(start, 'WEEK'), 7);
    else {
      const [y, m] = start.split('-').map(Number);
      next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    }
    const end = addDaysToKey(next, -1);
    out.push({ first: start, last: end < last ? end : last });
    start = next;
  }
  return out;
}
