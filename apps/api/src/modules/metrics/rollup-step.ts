/**
 * The purchase pipeline's rollup step: an observer of the final decision. Every row the purchase
 * writes (its purchase, its ledger entries, its lots, a referrer's reward, expiries of due lots) goes
 * through the same `rollupWrites` as the ORM path: increments of the shared rollup rows (summed per
 * commit, never read-modify-written).
 *
 * Whether the purchase makes its member active for the first time that day (the active-member count
 * and the gap histogram) depends on the member's nearest active days around the purchase's day. The
 * member's row keeps their latest active day (`lastActiveDay`), which answers that for a purchase on
 * or after it without a read; only a backdated purchase, or a member whose latest day is not known
 * yet (an upgraded database, a member whose enrolment made them active), reads them from the ledger,
 * and sets it.
 */
import { type ActiveDayNeighbours, lastActiveAfter, localDayKey, neighboursFromLast } from '@accrue/core';
import type { MemberRow } from '../../db/entities/members';
import { fact, setFact } from '../../pipeline/facts';
import type { PurchaseStep, ReadContext } from '../../pipeline/step';
import {
  activeNeighboursQuery,
  batchRollupSource,
  cohortFacts,
  keyedFacts,
  neighboursOf,
  rollupWrites,
} from './rollup-writer';

const dayOf = (ctx: Pick<ReadContext, 'job' | 'rules'>) =>
  localDayKey(ctx.job.occurredAt, ctx.rules.timezone);
/** what the member's row tells of their marked days around the purchase's day, or null (read them) */
const known = (ctx: Pick<ReadContext, 'job' | 'rules'>, member: MemberRow) =>
  neighboursFromLast(member.id, dayOf(ctx), member.lastActiveDay);

export const rollups: PurchaseStep = {
  name: 'rollups',
  memberColumns: ['lastActiveDay'],
  // the member's active days around the purchase's day, when their row does not tell (the member's lock is held)
  rereads: (ctx, member) =>
    known(ctx, member) ? null : { active: activeNeighboursQuery(ctx.member, dayOf(ctx), ctx.rules.timezone) },
  decide(d, rows) {
    const n: ActiveDayNeighbours =
      known(d, d.member) ??
      neighboursOf({ memberId: d.member.id, day: dayOf(d) }, rows.active?.[0], d.rules.timezone);
    setFact(d, 'activeDay', n);
    // a purchase always makes its member active on its day
    d.member.lastActiveDay = lastActiveAfter(n) ?? d.member.lastActiveDay;
  },
  observe(p) {
    const opts = { timezone: p.rules.timezone };
    const src = batchRollupSource(p.out);
    const writes = rollupWrites(keyedFacts(src, opts), cohortFacts(src), [fact(p, 'activeDay')], opts);
    for (const inc of writes.increments) p.increment(inc);
  },
};
