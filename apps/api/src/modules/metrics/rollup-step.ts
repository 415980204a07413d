/**
 * The purchase pipeline's rollup step: an observer of the final decision. Every row the purchase
 * writes (its purchase, its ledger entries, its lots, a referrer's reward, expiries of due lots) goes
 * through the same `rollupWrites` as the ORM path: increments of the shared rollup rows (summed per
 * commit, never read-modify-written) and the member's active-day marker, whose neighbours (the
 * member's nearest active days) are read with the purchase's other reads.
 */
import { localDayKey } from '@accrue/core';
import { MemberActiveDayRow } from '../../db/entities/metrics';
import type { PurchaseStep } from '../../pipeline/step';
import {
  activeCandidates,
  activeNeighboursQuery,
  batchRollupSource,
  cohortFacts,
  keyedFacts,
  neighboursOf,
  rollupWrites,
} from './rollup-writer';

export const rollups: PurchaseStep = {
  name: 'rollups',
  // the member's active days around the purchase's day (the member's lock is held)
  reads: (ctx) => ({
    active: activeNeighboursQuery(ctx.member, localDayKey(ctx.job.occurredAt, ctx.rules.timezone)),
  }),
  observe(p, rows) {
    const day = localDayKey(p.job.occurredAt, p.rules.timezone);
    const opts = { timezone: p.rules.timezone };
    const src = batchRollupSource(p.out);
    const facts = keyedFacts(src, opts);
    // the one candidate the read covers: this member on the purchase's day (a referrer's reward marks no one)
    const reads = activeCandidates(facts)
      .filter((c) => c.memberId === p.member.id && c.day === day)
      .map((c) => neighboursOf(c, rows.active[0]));
    const writes = rollupWrites(facts, cohortFacts(src), reads, opts);
    for (const inc of writes.increments) p.increment(inc);
    for (const m of writes.markers) p.out.insert(MemberActiveDayRow, { day: m.day, memberId: m.memberId });
  },
};
