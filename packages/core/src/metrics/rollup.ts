/**
 * Daily rollups: what one fact (a ledger entry, a purchase, a refund, a member's first activity of
 * a day) adds to which column of which rollup row. The live write path and the rebuild both call
 * `rollupDeltas` and `rollupKey`, so the rule lives here once.
 *
 * A rollup row is keyed by (local day of the program, campaign or '', shard). The shard spreads
 * the rows one day's purchases add to (shard = hash(member id) mod N), so concurrent purchases of
 * different members do not all update one hot row; readers sum the shards (and the campaigns).
 */
import { DomainError } from '../errors';
import { addDaysToKey, dayKey, startOfLocalDay } from '../time';
import type { LedgerEntryType, PointsSource } from '../types';

/** The sources that issue points, each its own rollup column (the contract's issuedBySource). */
export const ISSUING_SOURCES = [
  'PURCHASE',
  'TIER_BONUS',
  'CAMPAIGN',
  'ACTIVITY',
  'REFERRAL',
  'WELCOME',
  'MANUAL',
  'TASK',
  'CHALLENGE',
  'LEADERBOARD',
  'DRAW',
  'GROUP_BUY',
  'BOOST',
] as const satisfies readonly PointsSource[];
export type IssuingSource = (typeof ISSUING_SOURCES)[number];

/** The additive columns of a rollup row. Outstanding points are derived (see `netPoints`). */
export const ROLLUP_COLUMNS = [
  'salesMinor',
  'orders',
  'activeMembers',
  'issuedPurchase',
  'issuedTierBonus',
  'issuedCampaign',
  'issuedActivity',
  'issuedReferral',
  'issuedWelcome',
  'issuedManual',
  'issuedTask',
  'issuedChallenge',
  'issuedLeaderboard',
  'issuedDraw',
  'issuedGroupBuy',
  'issuedBoost',
  'redeemed',
  'expired',
  'reversed',
] as const;
export type RollupColumn = (typeof ROLLUP_COLUMNS)[number];
export type RollupFigures = Record<RollupColumn, number>;
export type RollupDeltas = Partial<RollupFigures>;

export const ISSUED_COLUMN: Record<IssuingSource, RollupColumn> = {
  PURCHASE: 'issuedPurchase',
  TIER_BONUS: 'issuedTierBonus',
  CAMPAIGN: 'issuedCampaign',
  ACTIVITY: 'issuedActivity',
  REFERRAL: 'issuedReferral',
  WELCOME: 'issuedWelcome',
  MANUAL: 'issuedManual',
  TASK: 'issuedTask',
  CHALLENGE: 'issuedChallenge',
  LEADERBOARD: 'issuedLeaderboard',
  DRAW: 'issuedDraw',
  GROUP_BUY: 'issuedGroupBuy',
  BOOST: 'issuedBoost',
};

/** What a write tells the rollups. */
export type RollupFact =
  | { kind: 'LEDGER_ENTRY'; type: LedgerEntryType | string; source: PointsSource | string; points: number }
  /** a purchase recorded: its net amount is a sale, and it is an order */
  | { kind: 'PURCHASE'; amountMinor: number }
  /** a refund: the refunded amount comes off the sales of the refund's day */
  | { kind: 'REFUND'; amountMinor: number }
  /** the member's first purchase or points entry of this local day */
  | { kind: 'ACTIVE_MEMBER' };

const ZERO_FIGURES = Object.freeze(Object.fromEntries(ROLLUP_COLUMNS.map((c) => [c, 0])) as RollupFigures);
export const emptyFigures = (): RollupFigures => ({ ...ZERO_FIGURES });

const isIssuing = (s: string): s is IssuingSource => (ISSUING_SOURCES as readonly string[]).includes(s);

function unknownEntry(type: string, source: string, points: number): never {
  throw new DomainError('INVALID_INPUT', `no rollup rule for a ${type} ${source} entry of ${points} points`);
}

/**
 * The one rule from a fact to rollup column deltas. Every ledger entry lands in exactly one of
 * issued (by source), redeemed, expired or reversed, with the sign that makes
 * closing = opening + issued − redeemed − expired − reversed hold:
 *
 * | entry                                  | column                       |
 * |----------------------------------------|------------------------------|
 * | EARN (any issuing source)              | issued<source> += points     |
 * | ADJUST MANUAL, points > 0              | issuedManual += points       |
 * | ADJUST MANUAL, points < 0 (removal)    | reversed += −points          |
 * | REDEEM                                 | redeemed += −points          |
 * | REVERSAL REDEMPTION_CANCEL (points>0)  | redeemed −= points           |
 * | REVERSAL REFUND (clawback, points < 0) | reversed += −points          |
 * | EXPIRE                                 | expired += −points           |
 *
 * A cancelled redemption comes off `redeemed` on the day it is cancelled (a day's redeemed figure
 * is net, and may be negative). An entry no rule covers throws, so nothing is counted silently.
 */
export function rollupDeltas(fact: RollupFact): RollupDeltas {
  switch (fact.kind) {
    case 'PURCHASE':
      return { salesMinor: fact.amountMinor, orders: 1 };
    case 'REFUND':
      return { salesMinor: -fact.amountMinor };
    case 'ACTIVE_MEMBER':
      return { activeMembers: 1 };
    case 'LEDGER_ENTRY':
      return ledgerEntryDeltas(fact.type, fact.source, fact.points);
  }
}

function ledgerEntryDeltas(type: string, source: string, points: number): RollupDeltas {
  if (points === 0) return {};
  switch (type) {
    case 'EARN':
      if (isIssuing(source) && points > 0) return { [ISSUED_COLUMN[source]]: points };
      break;
    case 'ADJUST':
      if (source === 'MANUAL') return points > 0 ? { issuedManual: points } : { reversed: -points };
      break;
    case 'REDEEM':
      if (points < 0) return { redeemed: -points };
      break;
    case 'REVERSAL':
      if (source === 'REDEMPTION_CANCEL' && points > 0) return { redeemed: -points };
      if (source === 'REFUND' && points < 0) return { reversed: -points };
      break;
    case 'EXPIRE':
      if (points < 0) return { expired: -points };
      break;
  }
  return unknownEntry(type, source, points);
}

/**
 * The ledger entries that make their member active that day (with every purchase): points earned,
 * except a referrer's reward, which the referrer did nothing for that day, and a redemption.
 * Expiries, refunds, staff adjustments and cancellations happen to a member, not by them. As data,
 * so that a query can find a member's active days in the ledger by the same rule.
 */
export const ACTIVE_ENTRIES: readonly { type: string; exceptSources: readonly string[] }[] = [
  { type: 'EARN', exceptSources: ['REFERRAL'] },
  { type: 'REDEEM', exceptSources: [] },
];

/** Whether a fact makes its member active that day: a purchase, or one of ACTIVE_ENTRIES. */
export function marksActiveMember(fact: RollupFact): boolean {
  if (fact.kind === 'PURCHASE') return true;
  if (fact.kind !== 'LEDGER_ENTRY') return false;
  return ACTIVE_ENTRIES.some((e) => e.type === fact.type && !e.exceptSources.includes(fact.source));
}

/** Adds `deltas` into `into` (in place) and returns it. */
export function addDeltas(into: RollupFigures, deltas: RollupDeltas): RollupFigures {
  // (the columns a delta has: one or two, where a row has nineteen)
  for (const c in deltas) if (c in into) into[c as RollupColumn] += deltas[c as RollupColumn] ?? 0;
  return into;
}

export function sumFigures(rows: Iterable<RollupDeltas>): RollupFigures {
  const total = emptyFigures();
  for (const r of rows) addDeltas(total, r);
  return total;
}

/** Points issued in a rollup (all sources). */
export const pointsIssued = (f: RollupDeltas): number =>
  ISSUING_SOURCES.reduce((s, src) => s + (f[ISSUED_COLUMN[src]] ?? 0), 0);

/** The change in outstanding points: issued − redeemed − expired − reversed. */
export const netPoints = (f: RollupDeltas): number =>
  pointsIssued(f) - (f.redeemed ?? 0) - (f.expired ?? 0) - (f.reversed ?? 0);

/** FNV-1a over the member id: stable across processes and databases. */
export function rollupShard(memberId: string, shards: number): number {
  if (!Number.isInteger(shards) || shards < 1) throw new DomainError('INVALID_INPUT', 'shards must be ≥ 1');
  let h = 0x811c9dc5;
  for (let i = 0; i < memberId.length; i++) {
    h ^= memberId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

const DAY_MS = 86_400_000;
/** per zone: UTC day number -> the local days overlapping it ([start, next) in ms) */
const daySpans = new Map<string, Map<number, { key: string; start: number; next: number }[]>>();

/**
 * `dayKey`, memoized per zone: a rollup asks for the local day of every fact, and the Intl lookup
 * behind `dayKey` is the costly part of that. A day's span is computed once, then every instant
 * inside it is answered from the cache.
 */
export function localDayKey(at: Date, timezone: string): string {
  const t = at.getTime();
  let zone = daySpans.get(timezone);
  if (!zone) daySpans.set(timezone, (zone = new Map()));
  const bucket = Math.floor(t / DAY_MS);
  for (const s of zone.get(bucket) ?? []) if (s.start <= t && t < s.next) return s.key;
  const key = dayKey(at, timezone);
  const span = {
    key,
    start: startOfLocalDay(key, timezone).getTime(),
    next: startOfLocalDay(addDaysToKey(key, 1), timezone).getTime(),
  };
  if (zone.size > 20_000) zone.clear();
  for (let b = Math.floor(span.start / DAY_MS); b <= Math.floor((span.next - 1) / DAY_MS); b++) {
    const list = zone.get(b) ?? [];
    list.push(span);
    zone.set(b, list);
  }
  return key;
}

export interface RollupKey {
  /** local day of the program, 'YYYY-MM-DD' */
  day: string;
  /** the campaign that issued the points, '' for none */
  campaignId: string;
  shard: number;
}

/** The rollup row a fact belongs to: the program-local day it occurred on, its campaign, its shard. */
export function rollupKey(
  fact: { occurredAt: Date; memberId: string; campaignId?: string | null },
  opts: { timezone: string; shards: number },
): RollupKey {
  return {
    day: localDayKey(fact.occurredAt, opts.timezone),
    campaignId: fact.campaignId ?? '',
    shard: rollupShard(fact.memberId, opts.shards),
  };
}

export const rollupKeyString = (k: RollupKey) => `${k.day}|${k.campaignId}|${k.shard}`;

/**
 * Folds keyed facts into rollup rows (one per key). The live path builds the few rows of one write
 * with it and adds them to the stored rows as increments; the rebuild folds the whole ledger.
 */
export class RollupAccumulator {
  private readonly rows = new Map<string, { key: RollupKey; figures: RollupFigures }>();

  add(key: RollupKey, fact: RollupFact): void {
    const deltas = rollupDeltas(fact);
    if (!Object.keys(deltas).length) return;
    const k = rollupKeyString(key);
    let row = this.rows.get(k);
    if (!row) this.rows.set(k, (row = { key, figures: emptyFigures() }));
    addDeltas(row.figures, deltas);
  }

  /** the rows with at least one non-zero column */
  entries(): { key: RollupKey; figures: RollupFigures }[] {
    return [...this.rows.values()].filter((r) => ROLLUP_COLUMNS.some((c) => r.figures[c] !== 0));
  }

  get size() {
    return this.rows.size;
  }
}
