/**
 * The purchase pipeline's rollup step: an observer of the final decision. Every row the purchase
 * writes (its purchase, its ledger entries, a referrer's reward, expiries of due lots) goes through
 * the same `rollupWrites` as the ORM path: increments of the shared rollup rows (summed per commit,
 * never read-modify-written) and the member's active-day marker, read with the purchase's other reads.
 */
import { localDayKey } from '@accrue/core';
import { MemberActiveDayRow } from '../../db/entities/metrics';
import type { PurchaseStep } from '../../pipeline/step';
import { batchRollupSource, keyedFacts, rollupWrites } from './rollup-writer';

export const rollups: PurchaseStep = {
  name: 'rollups',
  // whether the member was active on the purchase's day already (the member's lock is held)
  reads: (ctx) => ({
    active: {
      sql: `select "member_id", "day" from "member_active_day" where "day" = ? and "member_id" ${ctx.member.sql}`,
      params: [localDayKey(ctx.job.occurredAt, ctx.rules.timezone), ...ctx.member.params],
    },
  }),
  observe(p, rows) {
    const day = localDayKey(p.job.occurredAt, p.rules.timezone);
    const facts = keyedFacts(batchRollupSource(p.out), { timezone: p.rules.timezone });
    const writes = rollupWrites(facts, rows.active, (c) => c.memberId === p.member.id && c.day === day);
    for (const inc of writes.increments) p.increment(inc);
    for (const m of writes.markers) p.out.insert(MemberActiveDayRow, { day: m.day, memberId: m.memberId });
  },
};
