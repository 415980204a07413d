/** The `points.earned` webhook event, once the decision is final. */
import type { PurchaseStep } from '../step';

export const outbox: PurchaseStep = {
  name: 'outbox',
  observe(p) {
    if (p.awarded > 0)
      p.event('points.earned', { memberId: p.member.id, orderId: p.job.orderId, points: p.awarded });
  },
};
