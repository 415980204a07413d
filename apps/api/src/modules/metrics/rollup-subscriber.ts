/**
 * Keeps the rollups current for every write that goes through the ORM's unit of work
 * (redemptions and their cancellation, refunds, expiry, manual adjustments, activities, enrolment
 * welcome points ...): when a flush is about to insert ledger entries, purchases or refunds, their
 * increments are written in the same transaction (rollup-writer.ts). Hooking the flush, rather than
 * each use case, means a ledger writer added later cannot forget the rollups.
 */
import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM } from '@mikro-orm/core';
import { LedgerEntryRow, LotAllocationRow, LotRow } from '../../db/entities/points';
import { PurchaseRow, RefundRow } from '../../db/entities/purchases';
import { toDate, toNum } from '../../db/sql/codecs';
import { emSql } from '../../db/sql/queries';
import type { Row, SqlTx } from '../../db/sql/types';
import { applyRollups, cohortLot, type LotWrite, type RollupSource } from './rollup-writer';

/** The lot as the unit of work loaded it (its snapshot holds the columns' values). */
function lotBefore(data: Record<string, unknown>, after: LotRow) {
  return {
    memberId: after.memberId,
    points: toNum(data.points ?? after.points),
    remaining: toNum(data.remaining),
    expiresAt: toDate(data.expiresAt),
  };
}

async function storedLots(tx: SqlTx, ids: string[]) {
  if (!ids.length) return [];
  return tx.all<Row>(
    `select "id", "member_id", "points", "remaining", "expires_at" from "points_lot" where "id" in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
}

/** What had expired or been clawed back from lots before this write (only for lots whose expiry moves). */
async function settledOf(tx: SqlTx, lotIds: string[]) {
  const out = new Map<string, { expired: number; reversed: number }>();
  if (!lotIds.length) return out;
  const rows = await tx.all<Row>(
    `select a."lot_id" as "lot_id", e."type" as "type", sum(a."points") as "points"
       from "lot_allocation" a join "ledger_entry" e on e."id" = a."entry_id"
      where a."lot_id" in (${lotIds.map(() => '?').join(', ')}) and e."type" in ('EXPIRE', 'REVERSAL', 'ADJUST')
      group by a."lot_id", e."type"`,
    lotIds,
  );
  for (const id of lotIds) out.set(id, { expired: 0, reversed: 0 });
  for (const r of rows) {
    const s = out.get(String(r.lot_id))!;
    if (r.type === 'EXPIRE') s.expired += toNum(r.points);
    else s.reversed += toNum(r.points);
  }
  return out;
}

type TimezoneOf = (em: EntityManager) => Promise<string>;

export class RollupSubscriber implements EventSubscriber {
  constructor(private readonly timezoneOf: TimezoneOf) {}

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const src = {
      entries: [] as LedgerEntryRow[],
      purchases: [] as PurchaseRow[],
      refunds: [] as RefundRow[],
      lots: [] as LotWrite[],
      allocations: [] as LotAllocationRow[],
    };
    const moved: LotWrite[] = [];
    for (const cs of uow.getChangeSets()) {
      const e = cs.entity;
      if (cs.type === 'create') {
        if (e instanceof LedgerEntryRow) src.entries.push(e);
        else if (e instanceof PurchaseRow) src.purchases.push(e);
        else if (e instanceof RefundRow) src.refunds.push(e);
        else if (e instanceof LotAllocationRow) src.allocations.push(e);
        else if (e instanceof LotRow) src.lots.push({ id: e.id, before: null, after: cohortLot(e) });
      } else if (cs.type === 'update' && e instanceof LotRow) {
        const before = lotBefore((cs.originalEntity ?? {}) as Record<string, unknown>, e);
        const w: LotWrite = { id: e.id, before, after: cohortLot(e) };
        src.lots.push(w);
        if (before.expiresAt?.getTime() !== w.after.expiresAt?.getTime()) moved.push(w);
      }
    }
    if (!src.entries.length && !src.purchases.length && !src.refunds.length && !src.lots.length) return;
    if (!em.isInTransaction())
      // the increments must commit with the rows, or a crash between them would skew the rollups
      throw new Error('ledger entries, purchases, refunds and lots are written only inside a transaction');
    const tx = emSql(em);
    // an allocation from a lot whose remaining ends where it began in this flush (points restored to
    // it, then expired) has no changeset: the lot as stored gives its cohort, with nothing to move
    const written = new Set(src.lots.map((l) => l.id));
    const unchanged = [...new Set(src.allocations.map((a) => a.lotId).filter((id) => !written.has(id)))];
    for (const r of await storedLots(tx, unchanged)) {
      const lot = {
        memberId: String(r.member_id),
        points: toNum(r.points),
        remaining: toNum(r.remaining),
        expiresAt: toDate(r.expires_at),
      };
      src.lots.push({ id: String(r.id), before: lot, after: lot });
    }
    const settled = await settledOf(
      tx,
      moved.map((w) => w.id),
    );
    for (const w of moved) w.settled = settled.get(w.id);
    await applyRollups(tx, src satisfies RollupSource, { timezone: await this.timezoneOf(em) });
  }
}

const registered = new WeakSet<MikroORM>();

/** Registers the hook once per ORM instance. */
export function registerRollupSubscriber(orm: MikroORM, timezoneOf: TimezoneOf) {
  if (registered.has(orm)) return;
  registered.add(orm);
  orm.em.getEventManager().registerSubscriber(new RollupSubscriber(timezoneOf));
}
