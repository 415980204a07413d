/** What the purchase earns by the rules (base, category, tier or birthday multiplier, threshold, milestone, tasks). */
import { computePurchaseEarning } from '@accrue/core';
import { monthEarningsQuery, toMonthEarnings } from '../../services/spend-history';
import { fact, setFact } from '../facts';
import type { PurchaseStep } from '../step';

export const earning: PurchaseStep = {
  name: 'earning',
  memberColumns: ['firstPurchaseAt', 'lastPurchaseAt'],
  reads: (ctx) => ({ month: monthEarningsQuery(ctx.member, ctx.job.occurredAt, ctx.rules.timezone) }),
  decide(d, rows) {
    const { job, member } = d;
    const history = fact(d, 'history');
    const month = toMonthEarnings(rows.month);
    setFact(d, 'month', month);
    const decision = computePurchaseEarning({
      rules: d.rules,
      amountMinor: job.amountMinor,
      items: job.items,
      occurredAt: job.occurredAt,
      tier: d.tier,
      birthday: member.birthday,
      monthSpendBeforeMinor: history.monthSpend(job.occurredAt),
      milestoneAwardedThisMonth: month.milestoneAwarded,
      isFirstPurchase: d.isFirstPurchase,
      tasks: member.activity.tasks,
    });
    setFact(d, 'earning', decision);
    d.grants.push(...decision.grants);
    member.firstPurchaseAt ??= job.occurredAt;
    if (!member.lastPurchaseAt || member.lastPurchaseAt < job.occurredAt)
      member.lastPurchaseAt = job.occurredAt;
    // the purchase counts toward the rolling spend from now on
    history.purchases.push({ occurredAt: job.occurredAt, netMinor: job.amountMinor });
  },
};
