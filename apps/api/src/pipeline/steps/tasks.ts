/** The new-member tasks the purchase completed (their grants came with the earning decision). */
import { fact } from '../facts';
import type { PurchaseStep } from '../step';

export const tasks: PurchaseStep = {
  name: 'tasks',
  memberColumns: ['activity'],
  decide(d) {
    d.member.activity = { ...d.member.activity, tasks: fact(d, 'earning').tasks };
  },
};
