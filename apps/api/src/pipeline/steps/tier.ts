/**
 * The member's tier around the purchase: a step-down already due applies before earning (so the
 * multiplier is the tier actually held), and after the purchase an upgrade applies at once and a
 * qualifying purchase renews the retention; a backdated purchase then brings the tier up to now.
 */
import { qualifyingLookbackMonths } from '@accrue/core';
import { applyTierAt } from '../../services/tier-change';
import { spendHistoryQuery, toSpendHistory, type SpendHistoryOptions } from '../../services/spend-history';
import { byMemberId } from '../../services/members';
import { fact, setFact } from '../facts';
import type { PurchaseDraft, PurchaseStep, ReadContext } from '../step';
import type { MemberRow } from '../../db/entities/members';

const historyOptions = (ctx: ReadContext, member: MemberRow | null): SpendHistoryOptions => ({
  timezone: ctx.rules.timezone,
  windowMonths: ctx.rules.qualifyingWindowMonths,
  lookbackMonths: qualifyingLookbackMonths(ctx.rules, member?.tierRetainedUntil, ctx.job.occurredAt),
});

const tierAt = (d: PurchaseDraft, at: Date) =>
  applyTierAt(d.out, d.program, d.member, at, fact(d, 'history').spendAt, d.job.now);

export const tierAtPurchase: PurchaseStep = {
  name: 'tier',
  memberColumns: ['tierId', 'tierRetainedUntil'],
  // the rolling window is enough unless the tier's grace has ended (then step instants reach back)
  reads: (ctx) => ({ history: spendHistoryQuery(ctx.member, ctx.job.occurredAt, historyOptions(ctx, null)) }),
  rereads: (ctx, member) => {
    const need = historyOptions(ctx, member);
    return need.lookbackMonths === historyOptions(ctx, null).lookbackMonths
      ? null
      : { history: spendHistoryQuery(byMemberId(member.id), ctx.job.occurredAt, need) };
  },
  decide(d, rows) {
    const ctx = { job: d.job, program: d.program, rules: d.rules, member: byMemberId(d.member.id) };
    setFact(d, 'history', toSpendHistory(rows.history, historyOptions(ctx, d.member)));
    tierAt(d, d.purchaseAt);
    d.tier = d.program.tierDefs.find((t) => t.id === d.member.tierId) ?? d.program.tierDefs[0];
  },
};

export const tierRenewal: PurchaseStep = {
  name: 'tier-renewal',
  memberColumns: ['tierId', 'tierRetainedUntil'],
  decide(d) {
    tierAt(d, d.purchaseAt);
    if (d.purchaseAt < d.job.now) tierAt(d, d.job.now);
  },
};
