/**
 * A member's points inside one write transaction: the lots are loaded into a core PointsState,
 * the core decides (earn, spend, clawback, restore, expire), and the book turns each decision into
 * lot rows, ledger entries and allocation rows, keeping the member's running balance. Callers hold
 * the member's lock (see lockMember) for the whole transaction.
 */
import type { EntityManager } from '@mikro-orm/core';
import {
  balanceOf,
  dueLotFilter,
  openLotFilter,
  clawback,
  earn,
  expire,
  restore,
  spend,
  type Grant,
  type LedgerEntryType,
  type Lot,
  type LotAllocation,
  type PointsSource,
  type PointsState,
} from '@accrue/core';
import { createRow, rowChanged, type RowSink, type WriteBatch } from '../db/batch';
import { sqlWhere } from '../db/sql/queries';
import { type Codecs } from '../db/sql/codecs';
import { type Query, type Row, type SqlTx } from '../db/sql/types';
import { byMemberId, lockMembersById, type MemberMatch } from './members';
import { LedgerEntryRow, LotAllocationRow, LotRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { outboxEvent } from './outbox';
import { ID_PREFIX, newId } from '../ids';

/** The member columns a book changes (balance, negative, lifetime totals). */
export const MEMBER_BOOK_COLUMNS = [
  'pointsBalance',
  'negative',
  'lifetimeEarned',
  'lifetimeRedeemed',
  'lifetimeExpired',
  'updatedAt',
] as const;

export interface EntryMeta {
  occurredAt: Date;
  orderId?: string | null;
  campaignId?: string | null;
  variantKey?: string | null;
  redemptionId?: string | null;
  refundId?: string | null;
  reason?: string | null;
  actor?: string | null;
}

/** A lot row as the core sees it. */
export const toCoreLot = (r: LotRow): Lot => ({
  id: r.id,
  source: r.source as PointsSource,
  points: r.points,
  remaining: r.remaining,
  earnedAt: r.earnedAt,
  availableAt: r.availableAt,
  expiresAt: r.expiresAt ?? null,
  orderId: r.orderId ?? null,
});

/** dueLotsQuery's text per member condition (built once; the same for every purchase) */
const dueLotsSql = new Map<string, string>();

export class PointsBook {
  private readonly state: PointsState;
  private readonly rows = new Map<string, LotRow>();
  readonly entries: LedgerEntryRow[] = [];

  /**
   * `lots` must hold every lot the write may touch (see `open` / `openForEarning`). The member's
   * running totals change with every entry; a WriteBatch sink is told to write them back.
   */
  constructor(
    private readonly sink: RowSink,
    readonly member: MemberRow,
    lots: LotRow[],
    readonly now: Date,
  ) {
    for (const r of lots) this.rows.set(r.id, r);
    this.state = { lots: lots.map(toCoreLot), negative: member.negative };
    rowChanged(sink, MemberRow, member, MEMBER_BOOK_COLUMNS);
  }

  /** Loads the member's open lots (remaining > 0) plus any lots named in `extraLotIds`. */
  static async open(
    em: EntityManager,
    member: MemberRow,
    now: Date,
    extraLotIds: string[] = [],
  ): Promise<PointsBook> {
    const where = extraLotIds.length
      ? { memberId: member.id, $or: [openLotFilter(), { id: { $in: extraLotIds } }] }
      : { memberId: member.id, ...openLotFilter() };
    const lots = await em.find(LotRow, where);
    return new PointsBook(em, member, lots, now);
  }

  /**
   * For writes that only earn (purchases, activities, enrolment): earning touches no existing lot
   * (it pays the negative balance, which lives on the member), so only the lots due to expire are
   * loaded. The cost of a purchase then does not grow with the member's open lots.
   */
  static async openForEarning(em: EntityManager, member: MemberRow, now: Date): Promise<PointsBook> {
    const lots = await em.find(LotRow, { memberId: member.id, ...dueLotFilter(now) });
    return new PointsBook(em, member, lots, now);
  }

  /** openForEarning on the plain-SQL path: the lots due to expire, to read in the write's transaction */
  static dueLotsQuery(codecs: Codecs, member: string | MemberMatch, now: Date): Query {
    const codec = codecs.of(LotRow);
    const m = typeof member === 'string' ? byMemberId(member) : member;
    const due = sqlWhere(codec, dueLotFilter(now));
    const key = `${m.sql}|${due.sql}`;
    let sql = dueLotsSql.get(key);
    if (sql === undefined) {
      sql = `select * from "${codec.table}" where "${codec.column('memberId')}" ${m.sql} and ${due.sql}`;
      dueLotsSql.set(key, sql);
    }
    return { sql, params: [...m.params, ...due.params] };
  }

  /** A book over lot rows read with dueLotsQuery; its rows are written through `batch`. */
  static fromRows(codecs: Codecs, batch: WriteBatch, member: MemberRow, rows: Row[], now: Date) {
    const codec = codecs.of(LotRow);
    return new PointsBook(
      batch,
      member,
      rows.map((r) => codec.fromRow(r)),
      now,
    );
  }

  static async openForEarningSql(tx: SqlTx, codecs: Codecs, batch: WriteBatch, member: MemberRow, now: Date) {
    const q = PointsBook.dueLotsQuery(codecs, member.id, now);
    return PointsBook.fromRows(codecs, batch, member, await tx.all(q.sql, q.params), now);
  }

  balance() {
    return balanceOf(this.state, this.now);
  }

  /** Issues a grant as a lot + EARN (or ADJUST) entry. Earnings pay off a negative balance first. */
  grant(g: Grant, meta: EntryMeta & { lotOrderId?: string | null; type?: LedgerEntryType }): LedgerEntryRow {
    const lotId = newId(ID_PREFIX.lot);
    const { lot } = earn(this.state, {
      id: lotId,
      source: g.source,
      points: g.points,
      earnedAt: meta.occurredAt,
      availableAt: g.availableAt,
      expiresAt: g.expiresAt,
      orderId: meta.lotOrderId ?? null,
    });
    const row = createRow(this.sink, LotRow, {
      id: lotId,
      memberId: this.member.id,
      source: g.source,
      points: g.points,
      remaining: lot.remaining,
      earnedAt: meta.occurredAt,
      availableAt: g.availableAt,
      expiresAt: g.expiresAt,
      orderId: meta.lotOrderId ?? null,
      campaignId: g.campaignId ?? meta.campaignId ?? null,
      reminderStage: 0,
    });
    this.rows.set(lotId, row);
    this.member.lifetimeEarned += g.points;
    return this.entry(meta.type ?? 'EARN', g.source, g.points, {
      ...meta,
      reason: meta.reason ?? g.reason,
      campaignId: g.campaignId ?? meta.campaignId,
      variantKey: g.variantKey ?? meta.variantKey,
      expiresAt: g.expiresAt,
      lotId,
    });
  }

  /** Spends available points soonest-expiring first (a redemption); throws INSUFFICIENT_POINTS. */
  spend(points: number, type: LedgerEntryType, source: PointsSource, meta: EntryMeta): LedgerEntryRow {
    const allocations = spend(this.state, points, this.now);
    this.syncLots(allocations);
    if (type === 'REDEEM') this.member.lifetimeRedeemed += points;
    const entry = this.entry(type, source, -points, meta);
    this.allocate(entry, allocations, meta.redemptionId);
    return entry;
  }

  /** Takes points back (refund, negative adjustment): preferred lots, then others, then negative. */
  clawback(
    points: number,
    preferLotIds: string[],
    type: LedgerEntryType,
    source: PointsSource,
    meta: EntryMeta,
  ) {
    const { allocations } = clawback(this.state, points, preferLotIds, this.now);
    this.syncLots(allocations);
    const entry = this.entry(type, source, -points, meta);
    this.allocate(entry, allocations, null);
    return entry;
  }

  /** Returns a cancelled redemption's points to their original lots (and original expiry). */
  restore(allocations: LotAllocation[], meta: EntryMeta): LedgerEntryRow {
    const total = allocations.reduce((s, a) => s + a.points, 0);
    const { restored } = restore(this.state, allocations);
    this.syncLots(restored);
    this.member.lifetimeRedeemed -= total;
    return this.entry('REVERSAL', 'REDEMPTION_CANCEL', total, meta);
  }

  /** Expires every lot due at `asOf` (never later than now): one EXPIRE entry per lot, dated at its expiry. */
  expireDue(asOf: Date = this.now): number {
    const at = asOf > this.now ? this.now : asOf;
    const expired = expire(this.state, at);
    let total = 0;
    for (const a of expired) {
      if (a.points <= 0) continue;
      this.syncLots([a]);
      const lot = this.rows.get(a.lotId)!;
      total += a.points;
      this.member.lifetimeExpired += a.points;
      const entry = this.entry('EXPIRE', 'EXPIRY', -a.points, {
        occurredAt: lot.expiresAt ?? at,
        orderId: lot.orderId,
        campaignId: lot.campaignId,
        reason: `lot ${lot.id} expired`,
      });
      this.allocate(entry, [a], null);
    }
    if (total > 0) {
      this.event('points.expired', { memberId: this.member.id, points: total, at: at.toISOString() });
    }
    return total;
  }

  /** Records an outbox event in the same transaction (webhooks deliver them later). */
  event(type: string, payload: Record<string, unknown>, dedupeKey?: string) {
    outboxEvent(this.sink, type, this.member.id, payload, this.now, dedupeKey ?? null);
  }

  private syncLots(changes: LotAllocation[]) {
    for (const c of changes) {
      const lot = this.state.lots.find((l) => l.id === c.lotId);
      const row = this.rows.get(c.lotId);
      if (lot && row) {
        rowChanged(this.sink, LotRow, row, ['remaining']); // before the change: a WriteBatch keeps the row as it was
        row.remaining = lot.remaining;
      }
    }
    this.member.negative = this.state.negative;
  }

  private allocate(entry: LedgerEntryRow, allocations: LotAllocation[], redemptionId?: string | null) {
    for (const a of allocations) {
      if (a.points <= 0) continue;
      createRow(this.sink, LotAllocationRow, {
        id: newId(ID_PREFIX.allocation),
        entryId: entry.id,
        lotId: a.lotId,
        memberId: this.member.id,
        redemptionId: redemptionId ?? null,
        points: a.points,
      });
    }
  }

  private entry(
    type: LedgerEntryType,
    source: PointsSource,
    points: number,
    meta: EntryMeta & { expiresAt?: Date | null; lotId?: string },
  ): LedgerEntryRow {
    this.member.pointsBalance += points;
    this.member.negative = this.state.negative;
    this.member.updatedAt = this.now;
    const row = createRow(this.sink, LedgerEntryRow, {
      id: newId(ID_PREFIX.ledgerEntry),
      memberId: this.member.id,
      type,
      source,
      reason: meta.reason ?? null,
      points,
      balanceAfter: this.member.pointsBalance,
      occurredAt: meta.occurredAt,
      createdAt: this.now,
      expiresAt: meta.expiresAt ?? null,
      orderId: meta.orderId ?? null,
      campaignId: meta.campaignId ?? null,
      variantKey: meta.variantKey ?? null,
      lotId: meta.lotId ?? null,
      redemptionId: meta.redemptionId ?? null,
      refundId: meta.refundId ?? null,
      actor: meta.actor ?? null,
    });
    this.entries.push(row);
    return row;
  }
}

/**
 * The one lot-exact restore: returns the points a debit keyed by `redemptionId` took (a redemption,
 * draw entries, a group-buy hold, a boost contribution) to the exact lots they came from, with their
 * original expiry, then expires what is due. Answers the book (for its events) and the points.
 * The caller holds the member's lock and marks its own row cancelled.
 */
export async function restoreDebit(
  em: EntityManager,
  member: MemberRow,
  now: Date,
  redemptionId: string,
  meta: Omit<EntryMeta, 'occurredAt' | 'redemptionId'>,
): Promise<{ book: PointsBook; points: number }> {
  const allocations = await em.find(LotAllocationRow, { redemptionId });
  const book = await PointsBook.open(
    em,
    member,
    now,
    allocations.map((a) => a.lotId),
  );
  const entry = book.restore(
    allocations.map((a) => ({ lotId: a.lotId, points: a.points })),
    { ...meta, occurredAt: now, redemptionId },
  );
  book.expireDue();
  return { book, points: entry.points };
}

/**
 * restoreDebit for several members' debits at once (a group's holds, a boost's contributions): the
 * members locked in id order, each debit returned to its exact lots, a `points.redemption_cancelled`
 * event each with `payload(debit)`. The caller marks its rows released.
 */
export async function restoreDebits<D extends { id: string; memberId: string }>(
  em: EntityManager,
  now: Date,
  debits: D[],
  reason: string,
  payload: (debit: D) => Record<string, unknown>,
): Promise<void> {
  const members = await lockMembersById(
    em,
    debits.map((d) => d.memberId),
  );
  for (const d of debits) {
    const member = members.get(d.memberId)!;
    const { book, points } = await restoreDebit(em, member, now, d.id, { reason });
    book.event('points.redemption_cancelled', { memberId: member.id, points, ...payload(d) });
  }
}
