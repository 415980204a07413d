/** Reads a member's purchase and earning history for the rules (read-only: no identity map). */
import type { EntityManager } from '@mikro-orm/core';
import { addMonths, startOfLocalMonth, startOfNextLocalMonth } from '@accrue/core';
import { LedgerEntryRow, PurchaseRow } from '../db/entities';

export interface SpendHistory {
  purchases: { occurredAt: Date; netMinor: number }[];
  /** rolling qualifying spend: net purchase amount in (t - windowMonths, t] */
  spendAt(t: Date): number;
  /** net spend in the local calendar month containing t */
  monthSpend(t: Date): number;
}

export async function spendHistory(
  em: EntityManager,
  memberId: string,
  at: Date,
  opts: { timezone: string; windowMonths: number; lookbackMonths: number },
): Promise<SpendHistory> {
  const rows = await em.find(
    PurchaseRow,
    { memberId, occurredAt: { $gt: addMonths(at, -opts.lookbackMonths) } },
    { fields: ['occurredAt', 'amountMinor', 'refundedMinor'], disableIdentityMap: true },
  );
  const purchases = rows.map((r) => ({
    occurredAt: r.occurredAt,
    netMinor: r.amountMinor - r.refundedMinor,
  }));
  const sumBetween = (from: Date, to: Date, inclusiveEnd: boolean) =>
    purchases
      .filter((p) => p.occurredAt > from && (inclusiveEnd ? p.occurredAt <= to : p.occurredAt < to))
      .reduce((s, p) => s + p.netMinor, 0);
  return {
    purchases,
    spendAt: (t) => sumBetween(addMonths(t, -opts.windowMonths), t, true),
    monthSpend: (t) => {
      const from = startOfLocalMonth(t, opts.timezone);
      return sumBetween(new Date(from.getTime() - 1), startOfNextLocalMonth(t, opts.timezone), false);
    },
  };
}

/** The member's EARN entries in the local month of `at`, for monthly caps and once-a-month rules. */
export async function monthEarnings(em: EntityManager, memberId: string, at: Date, timezone: string) {
  const rows = await em.find(
    LedgerEntryRow,
    {
      memberId,
      type: 'EARN',
      occurredAt: { $gte: startOfLocalMonth(at, timezone), $lt: startOfNextLocalMonth(at, timezone) },
    },
    { fields: ['source', 'reason', 'points'], disableIdentityMap: true },
  );
  const sum = (pred: (r: (typeof rows)[number]) => boolean) =>
    rows.filter(pred).reduce((s, r) => s + r.points, 0);
  return {
    bonusIssued: sum((r) => r.source === 'CAMPAIGN' || r.source === 'ACTIVITY'),
    sharePoints: sum((r) => r.reason === 'SHARE'),
    milestoneAwarded: rows.some((r) => r.reason === 'MONTHLY_MILESTONE'),
    referrerRewards: rows.filter((r) => r.reason === 'REFERRAL_REFERRER').length,
  };
}
