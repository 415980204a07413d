/**
 * Reads a member's purchase and earning history for the rules, in plain SQL (no hydration): the
 * plain-SQL purchase path passes its transaction, ORM use cases pass `emSql(em)`.
 */
import {
  BONUS_SOURCES,
  type LedgerEntryType,
  qualifyingHistoryFrom,
  qualifyingWindow,
  REASON,
  startOfLocalMonth,
  startOfNextLocalMonth,
} from '@accrue/core';
import { toDate, toNum } from '../db/sql/codecs';
import { type Query, type Row, type SqlTx } from '../db/sql/types';
import { byMemberId, type MemberMatch } from './members';

const match = (m: string | MemberMatch) => (typeof m === 'string' ? byMemberId(m) : m);

export interface SpendHistory {
  purchases: { occurredAt: Date; netMinor: number }[];
  /** rolling qualifying spend: net purchase amount in (t - windowMonths, t] */
  spendAt(t: Date): number;
  /** net spend in the local calendar month containing t */
  monthSpend(t: Date): number;
}

export interface SpendHistoryOptions {
  timezone: string;
  windowMonths: number;
  lookbackMonths: number;
}

/** The member's purchases (net of refunds) since `lookbackMonths` before `at`. */
export const spendHistoryQuery = (
  member: string | MemberMatch,
  at: Date,
  opts: SpendHistoryOptions,
): Query => ({
  sql: `select "occurred_at", "amount_minor" - "refunded_minor" as "net" from "purchase"
         where "member_id" ${match(member).sql} and "occurred_at" > ?`,
  params: [...match(member).params, qualifyingHistoryFrom(at, opts.lookbackMonths)],
});

export function toSpendHistory(rows: Row[], opts: SpendHistoryOptions): SpendHistory {
  const purchases = rows.map((r) => ({ occurredAt: toDate(r.occurred_at)!, netMinor: toNum(r.net) }));
  const sumBetween = (from: Date, to: Date, inclusiveEnd: boolean) =>
    purchases
      .filter((p) => p.occurredAt > from && (inclusiveEnd ? p.occurredAt <= to : p.occurredAt < to))
      .reduce((s, p) => s + p.netMinor, 0);
  return {
    purchases,
    spendAt: (t) => {
      const w = qualifyingWindow(t, opts.windowMonths);
      return sumBetween(w.after, w.until, true);
    },
    monthSpend: (t) => {
      const from = startOfLocalMonth(t, opts.timezone);
      return sumBetween(new Date(from.getTime() - 1), startOfNextLocalMonth(t, opts.timezone), false);
    },
  };
}

export async function spendHistory(
  tx: SqlTx,
  memberId: string,
  at: Date,
  opts: SpendHistoryOptions,
): Promise<SpendHistory> {
  const q = spendHistoryQuery(memberId, at, opts);
  return toSpendHistory(await tx.all(q.sql, q.params), opts);
}

/** The member's EARN entries in the local month of `at`, summed for monthly caps and once-a-month rules. */
export const monthEarningsQuery = (member: string | MemberMatch, at: Date, timezone: string): Query => {
  const m = match(member);
  return {
    sql: monthEarningsSql(m.sql),
    params: [...m.params, startOfLocalMonth(at, timezone), startOfNextLocalMonth(at, timezone)],
  };
};

/** The statement's text per member condition, built once (the codes are inlined: one text, prepared once). */
const monthSql = new Map<string, string>();
function monthEarningsSql(memberCondition: string): string {
  let sql = monthSql.get(memberCondition);
  if (sql === undefined) {
    sql = `select
          sum(case when "source" in (${BONUS_SOURCES.map(literal).join(', ')}) then "points" else 0 end) as "bonus",
          sum(case when "reason" = ${literal(REASON.SHARE)} then "points" else 0 end) as "share",
          sum(case when "reason" = ${literal(REASON.MONTHLY_MILESTONE)} then 1 else 0 end) as "milestones",
          sum(case when "reason" = ${literal(REASON.REFERRAL_REFERRER)} then 1 else 0 end) as "referrals"
        from "ledger_entry"
        where "member_id" ${memberCondition} and "type" = ${literal(EARN)} and "occurred_at" >= ? and "occurred_at" < ?`;
    monthSql.set(memberCondition, sql);
  }
  return sql;
}

const EARN: LedgerEntryType = 'EARN';
/** A code from @accrue/core as an SQL literal (codes are upper-case words: checked, not escaped). */
function literal(code: string): string {
  if (!/^[A-Z_]+$/.test(code)) throw new Error(`not a code: ${code}`);
  return `'${code}'`;
}

export function toMonthEarnings(rows: Row[]) {
  const r = rows[0];
  return {
    bonusIssued: toNum(r?.bonus),
    sharePoints: toNum(r?.share),
    milestoneAwarded: toNum(r?.milestones) > 0,
    referrerRewards: toNum(r?.referrals),
  };
}

export async function monthEarnings(tx: SqlTx, memberId: string, at: Date, timezone: string) {
  const q = monthEarningsQuery(memberId, at, timezone);
  return toMonthEarnings(await tx.all(q.sql, q.params));
}
