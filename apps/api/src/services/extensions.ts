/**
 * Where later capabilities plug into the purchase path, inside its transaction: campaigns add
 * grants (evaluated before the monthly bonus cap), metric rollups observe what was written.
 *
 * On SQLite purchases run on the writer thread (db/purchase-writer.ts), which has extensions of its
 * own (db/purchase-worker.ts). While an extension is registered on the main thread's App, purchases
 * run inline instead, so that it sees them: register it in the writer too to keep the thread.
 */
import type { Grant, ProgramRules, TierDef } from '@accrue/core';
import type { WriteBatch } from '../db/batch';
import type { SqlTx } from '../db/sql';
import type { LedgerEntryRow, MemberRow, PurchaseRow } from '../db/entities';

export interface PurchaseContext {
  /** the purchase's transaction (plain SQL: see db/sql.ts) */
  tx: SqlTx;
  /** rows written at the end of the transaction */
  batch: WriteBatch;
  member: MemberRow;
  purchase: PurchaseRow;
  items: { sku: string; category?: string | null; quantity: number; amountMinor: number }[] | null;
  rules: ProgramRules;
  tier: TierDef;
  basePoints: number;
  now: Date;
}

export interface PurchaseExtension {
  name: string;
  /** extra grants for this purchase (e.g. campaign bonuses); bonus grants are capped afterwards */
  grants?(ctx: PurchaseContext): Promise<Grant[]>;
  /** sees every ledger entry the purchase wrote, in the same transaction (e.g. metric rollups) */
  afterWrite?(ctx: PurchaseContext, entries: LedgerEntryRow[]): Promise<void>;
}
