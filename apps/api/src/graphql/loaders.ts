/**
 * Per-request DataLoaders: every relation a field resolver reads is batched, so a page of members
 * with tier, tier progress, balance and recent ledger costs a constant number of SQL statements.
 */
import DataLoader from 'dataloader';
import { QueryOrder, type EntityManager } from '@mikro-orm/core';
import { LedgerEntryRow, LotRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { PurchaseRow } from '../db/entities/purchases';
import { RewardRow } from '../db/entities/rewards';
import { openLotFilter, qualifyingWindow } from '@accrue/core';
import { emSql } from '../db/sql/queries';
import { toNum } from '../db/sql/codecs';
import type { App } from '../services/app';

const byKey = <K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K) => {
  const m = new Map<K, V>();
  for (const r of rows) m.set(keyOf(r), r);
  return keys.map((k) => m.get(k) ?? null);
};
const groupBy = <K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K) => {
  const m = new Map<K, V[]>();
  for (const r of rows) {
    const k = keyOf(r);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r);
  }
  return keys.map((k) => m.get(k) ?? []);
};

export function createLoaders(em: EntityManager, app: App) {
  // one read of the program per request, however many field resolvers need it at once
  let program: ReturnType<App['program']['get']> | undefined;
  const programOnce = () => (program ??= app.program.get(em));
  return {
    member: new DataLoader<string, MemberRow | null>(async (ids) =>
      byKey(ids, await em.find(MemberRow, { id: { $in: [...ids] } }), (m) => m.id),
    ),
    openLots: new DataLoader<string, LotRow[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(
          LotRow,
          { memberId: { $in: [...ids] }, ...openLotFilter() },
          // spending order on both databases: lots that never expire last
          { orderBy: { expiresAt: QueryOrder.ASC_NULLS_LAST, id: 'asc' } },
        ),
        (l) => l.memberId,
      ),
    ),
    allLots: new DataLoader<string, LotRow[]>(async (ids) =>
      groupBy(
        ids,
        await em.find(LotRow, { memberId: { $in: [...ids] } }, { orderBy: { earnedAt: 'desc', id: 'desc' } }),
        (l) => l.memberId,
      ),
    ),
    reward: new DataLoader<string, RewardRow | null>(async (ids) =>
      byKey(ids, await em.find(RewardRow, { id: { $in: [...ids] } }), (r) => r.id),
    ),
    purchaseEntries: new DataLoader<string, LedgerEntryRow[]>(async (keys) => {
      // key: `${memberId}|${orderId}`
      const orderIds = keys.map((k) => k.split('|')[1]);
      // the order's own entries (earnings, refunds, expiry of its lots), not a redemption at its
      // checkout that names the same order
      const rows = await em.find(
        LedgerEntryRow,
        { orderId: { $in: orderIds }, source: { $nin: ['REDEMPTION', 'REDEMPTION_CANCEL'] } },
        { orderBy: { id: 'asc' } },
      );
      return groupBy(keys, rows, (r) => `${r.memberId}|${r.orderId}`);
    }),
    /** the newest `n` ledger entries of each member, one window-function query per distinct n */
    recentLedger: new DataLoader<string, LedgerEntryRow[]>(async (keys) => {
      // key: `${memberId}|${n}`
      const byN = new Map<number, string[]>();
      for (const k of keys) {
        const [id, n] = k.split('|');
        if (!byN.has(+n)) byN.set(+n, []);
        byN.get(+n)!.push(id);
      }
      const rows: LedgerEntryRow[] = [];
      for (const [n, ids] of byN) {
        const raw = await em
          .getConnection()
          .execute(
            `select * from (select e.*, row_number() over (partition by e.member_id order by e.id desc) as rn from ledger_entry e where e.member_id in (${ids.map(() => '?').join(',')})) t where t.rn <= ? order by t.member_id, t.id desc`,
            [...ids, n],
          );
        for (const r of raw as Record<string, unknown>[]) rows.push(em.map(LedgerEntryRow, r));
      }
      const m = new Map<string, LedgerEntryRow[]>();
      for (const r of rows) {
        if (!m.has(r.memberId)) m.set(r.memberId, []);
        m.get(r.memberId)!.push(r);
      }
      return keys.map((k) => {
        const [id, n] = k.split('|');
        return (m.get(id) ?? []).slice(0, +n);
      });
    }),
    ledgerCount: new DataLoader<string, number>(async (ids) => {
      const raw = (await em
        .getConnection()
        .execute(
          `select member_id, count(*) as n from ledger_entry where member_id in (${ids.map(() => '?').join(',')}) group by member_id`,
          [...ids],
        )) as { member_id: string; n: number | string }[];
      const m = new Map(raw.map((r) => [r.member_id, Number(r.n)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
    tierMemberCount: new DataLoader<string, number>(async (ids) => {
      const raw = (await em
        .getConnection()
        .execute(
          `select tier_id, count(*) as n from member where tier_id in (${ids.map(() => '?').join(',')}) group by tier_id`,
          [...ids],
        )) as { tier_id: string; n: number | string }[];
      const m = new Map(raw.map((r) => [r.tier_id, Number(r.n)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
    purchaseByOrder: new DataLoader<string, PurchaseRow | null>(async (orderIds) =>
      byKey(orderIds, await em.find(PurchaseRow, { orderId: { $in: [...orderIds] } }), (p) => p.orderId),
    ),
    /** rolling qualifying spend now: net purchases in (now - window, now], one grouped query per page */
    qualifyingSpend: new DataLoader<string, number>(async (ids) => {
      const { rules } = await programOnce();
      const window = qualifyingWindow(app.clock.now(), rules.qualifyingWindowMonths);
      const rows = await emSql(em).all<{ member_id: string; spend: unknown }>(
        `select "member_id", sum("amount_minor" - "refunded_minor") as "spend" from "purchase"
          where "member_id" in (${ids.map(() => '?').join(', ')}) and "occurred_at" > ? and "occurred_at" <= ?
          group by "member_id"`,
        [...ids, window.after, window.until],
      );
      const m = new Map(rows.map((r) => [r.member_id, toNum(r.spend)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
    program: programOnce,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
