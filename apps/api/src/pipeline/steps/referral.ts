/** The referred member's first purchase: +50 to them, 100 + 5% of the order to the referrer (capped monthly). */
import { computeReferralRewards } from '@accrue/core';
import { monthEarningsQuery, toMonthEarnings } from '../../services/spend-history';
import type { PurchaseStep } from '../step';

export const referral: PurchaseStep = {
  name: 'referral',
  async decide(d, _rows, host) {
    const { member, job } = d;
    if (!d.isFirstPurchase || !member.referredById) return;
    // the referee's row is already locked; a second lock never waits on the referee (ids differ)
    const referrer = await host.lockMember(member.referredById);
    const { month } = await host.read({
      month: monthEarningsQuery(referrer.id, job.occurredAt, d.rules.timezone),
    });
    const rewards = computeReferralRewards({
      rules: d.rules,
      orderAmountMinor: job.amountMinor,
      occurredAt: job.occurredAt,
      referrerRewardsThisMonth: toMonthEarnings(month).referrerRewards,
    });
    host.refuse(referrer.id, rewards.refusals, `referral of ${member.externalId}`);
    if (rewards.referrer && referrer.status === 'ACTIVE') {
      const book = await host.bookFor(referrer);
      book.grant(rewards.referrer, { occurredAt: job.occurredAt, orderId: job.orderId });
      book.event('points.earned', {
        memberId: referrer.id,
        referralOf: member.id,
        points: rewards.referrer.points,
      });
    }
    // the referee's reward is not a bonus of the order: booked after the capped grants, outside the cap
    if (rewards.referee) d.uncapped.push(rewards.referee);
  },
};
