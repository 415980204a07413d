/**
 * The monthly bonus cap over the grants the steps before decided (activities and campaign bonuses
 * count; what it refuses may become entries of the over-cap draw, over-cap.ts), then every grant booked as a lot and a ledger entry: the order's lots (isOrderLot) carry
 * its id, so a refund claws them back.
 */
import { applyMonthlyBonusCap, isOrderLot } from '@accrue/core';
import { MEMBER_BOOK_COLUMNS } from '../../services/points-book';
import { fact } from '../facts';
import { overCapDrawOf, overCapDrawQuery, refusalsToDrawEntries } from '../../modules/engagement/over-cap';
import type { Query } from '../../db/sql/types';
import type { PurchaseStep } from '../step';

export const bonusCap: PurchaseStep = {
  name: 'bonus-cap',
  memberColumns: MEMBER_BOOK_COLUMNS,
  reads(ctx): Record<string, Query> {
    const q = overCapDrawQuery(ctx.rules.overCapDrawId ?? null);
    return q ? { overCapDraw: q } : {};
  },
  decide(d, rows, host) {
    const { job } = d;
    const capped = applyMonthlyBonusCap(
      d.grants,
      fact(d, 'month').bonusIssued,
      d.rules.monthlyBonusCapPoints,
    );
    // over the cap: entries of the program's over-cap draw, if it names one that is open
    refusalsToDrawEntries(
      d.out,
      overCapDrawOf(rows.overCapDraw?.[0]),
      d.member.id,
      capped.refusals,
      `order ${job.orderId}`,
      d.book.now,
    );
    host.refuse(d.member.id, [...capped.refusals, ...d.refusals], `order ${job.orderId}`);
    for (const g of [...capped.grants, ...d.uncapped]) {
      d.book.grant(g, {
        occurredAt: job.occurredAt,
        orderId: job.orderId,
        lotOrderId: isOrderLot(g) ? job.orderId : null,
      });
      d.awarded += g.points;
    }
  },
};
