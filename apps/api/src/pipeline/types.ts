/** A purchase as it crosses into its transaction (plain data: it may cross to SQLite's writer thread). */
import type { PurchaseItem } from '@accrue/core';
import type { MemberRow } from '../db/entities/members';
import type { PurchaseRow } from '../db/entities/purchases';
import type { MemberRef } from '../services/members';

/** A validated purchase, as handed to its transaction. */
export interface PurchaseJob {
  member: MemberRef;
  orderId: string;
  amountMinor: number;
  occurredAt: Date;
  /** occurredAt as the caller gave it (part of the idempotency fingerprint) */
  occurredAtGiven: Date | null;
  currency: string | null;
  items: PurchaseItem[] | null;
  now: Date;
}

export interface PurchaseResult {
  purchase: PurchaseRow;
  member: MemberRow;
  pointsAwarded: number;
}
