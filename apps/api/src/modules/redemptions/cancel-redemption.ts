import { DomainError } from '@accrue/core';
import { LotAllocationRow } from '../../db/entities/points';
import { MemberRow } from '../../db/entities/members';
import { RedemptionRow } from '../../db/entities/redemptions';
import { inTransaction, type App } from '../../services/app';
import { lockMember } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { str } from '../../services/validate';
import { lockReward } from '../../services/rewards';

/** Returns a redemption's points to the exact lots they came from, with their original expiry. */
export async function cancelRedemption(
  app: App,
  input: { redemptionId: string },
  /** memberId: only that member's redemptions; createdBy: only those this actor made (STOREFRONT keys) */
  opts: { memberId?: string; createdBy?: string } = {},
): Promise<{ redemption: RedemptionRow; member: MemberRow }> {
  const now = app.clock.now();
  const id = str(input.redemptionId, ['input', 'redemptionId'], { max: 40, required: true })!;
  return inTransaction(app, async (em) => {
    const found = await em.findOne(RedemptionRow, { id });
    if (
      !found ||
      (opts.memberId && found.memberId !== opts.memberId) ||
      (opts.createdBy && found.createdBy !== opts.createdBy)
    )
      throw new DomainError('NOT_FOUND', `No redemption with id "${id}"`, ['input', 'redemptionId']);
    const member = await lockMember(em, { id: found.memberId });
    const redemption = await em.findOneOrFail(RedemptionRow, { id }, { refresh: true });
    // a retry (the redemption id is the key): answer the first result, change nothing
    if (redemption.status === 'CANCELLED') return { redemption, member };
    const allocations = await em.find(LotAllocationRow, { redemptionId: id });
    const book = await PointsBook.open(
      em,
      member,
      now,
      allocations.map((a) => a.lotId),
    );
    book.restore(
      allocations.map((a) => ({ lotId: a.lotId, points: a.points })),
      {
        occurredAt: now,
        orderId: redemption.orderId,
        redemptionId: id,
        reason: `redemption ${id} cancelled`,
      },
    );
    redemption.status = 'CANCELLED';
    redemption.cancelledAt = now;
    if (redemption.rewardId) {
      const reward = await lockReward(em, redemption.rewardId);
      if (reward && reward.stock !== null && reward.stock !== undefined) reward.stock += 1;
    }
    book.expireDue();
    book.event('points.redemption_cancelled', {
      memberId: member.id,
      redemptionId: id,
      points: redemption.points,
    });
    return { redemption, member };
  });
}
