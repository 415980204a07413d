/**
 * Keeps the rollups current for every write that goes through the ORM's unit of work
 * (redemptions and their cancellation, refunds, expiry, manual adjustments, activities, enrolment
 * welcome points ...): when a flush is about to insert ledger entries, purchases or refunds, their
 * increments are written in the same transaction (rollup-writer.ts). Hooking the flush, rather than
 * each use case, means a ledger writer added later cannot forget the rollups.
 */
import type { EntityManager, EventSubscriber, FlushEventArgs, MikroORM } from '@mikro-orm/core';
import { LedgerEntryRow } from '../../db/entities/points';
import { PurchaseRow, RefundRow } from '../../db/entities/purchases';
import { emSql } from '../../db/sql/queries';
import { applyRollups, type RollupSource } from './rollup-writer';

type TimezoneOf = (em: EntityManager) => Promise<string>;

export class RollupSubscriber implements EventSubscriber {
  constructor(private readonly timezoneOf: TimezoneOf) {}

  async onFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const src: { entries: LedgerEntryRow[]; purchases: PurchaseRow[]; refunds: RefundRow[] } = {
      entries: [],
      purchases: [],
      refunds: [],
    };
    for (const cs of uow.getChangeSets()) {
      if (cs.type !== 'create') continue;
      if (cs.entity instanceof LedgerEntryRow) src.entries.push(cs.entity);
      else if (cs.entity instanceof PurchaseRow) src.purchases.push(cs.entity);
      else if (cs.entity instanceof RefundRow) src.refunds.push(cs.entity);
    }
    if (!src.entries.length && !src.purchases.length && !src.refunds.length) return;
    if (!em.isInTransaction())
      // the increments must commit with the rows, or a crash between them would skew the rollups
      throw new Error('ledger entries, purchases and refunds are written only inside a transaction');
    await applyRollups(emSql(em), src satisfies RollupSource, { timezone: await this.timezoneOf(em) });
  }
}

const registered = new WeakSet<MikroORM>();

/** Registers the hook once per ORM instance. */
export function registerRollupSubscriber(orm: MikroORM, timezoneOf: TimezoneOf) {
  if (registered.has(orm)) return;
  registered.add(orm);
  orm.em.getEventManager().registerSubscriber(new RollupSubscriber(timezoneOf));
}
