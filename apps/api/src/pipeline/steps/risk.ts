/** Earning far above the member's norm puts them on the review list (once, until staff clear it). */
import { basePointsFor, earningVelocityReason, hasReviewReason, REASON } from '@accrue/core';
import { fact } from '../facts';
import type { PurchaseStep } from '../step';

export const risk: PurchaseStep = {
  name: 'risk',
  memberColumns: ['flaggedForReview', 'reviewReasons'],
  decide(d) {
    const { member, rules } = d;
    const velocity = earningVelocityReason({
      rules: rules.risk,
      at: d.job.occurredAt,
      purchases: fact(d, 'history').purchases,
      points: (h) => basePointsFor(rules, h.netMinor),
    });
    if (velocity && !hasReviewReason(member.reviewReasons, REASON.EARNING_VELOCITY)) {
      member.flaggedForReview = true;
      member.reviewReasons = [...(member.reviewReasons ?? []), velocity];
    }
  },
};
