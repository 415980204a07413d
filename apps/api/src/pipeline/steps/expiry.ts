/** The member's lots that are due expire in the purchase's transaction (the job may not have reached them). */
import { MEMBER_BOOK_COLUMNS } from '../../services/points-book';
import type { PurchaseStep } from '../step';

export const expiry: PurchaseStep = {
  name: 'expiry',
  memberColumns: MEMBER_BOOK_COLUMNS,
  decide(d) {
    d.book.expireDue();
  },
};
