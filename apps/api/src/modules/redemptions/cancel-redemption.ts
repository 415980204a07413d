import { DomainError } from '@accrue/core';
import { MemberRow } from '../../db/entities/members';
import { RedemptionRow } from '../../db/entities/redemptions';
import { BoostRow } from '../../db/entities/social';
import { inTransaction, type App } from '../../services/app';
import { lockMember } from '../../services/members';
import { restoreDebit } from '../../services/points-book';
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
    // a boost's redemption was paid by friends' points: it stands (their contributions were final)
    if (await em.findOne(BoostRow, { redemptionId: id }))
      throw new DomainError('INVALID_TRANSITION', 'A boosted redemption cannot be cancelled', [
        'input',
        'redemptionId',
      ]);
    const { book } = await restoreDebit(em, member, now, id, {
      orderId: redemption.orderId,
      reason: `redemption ${id} cancelled`,
    });
    redemption.status = 'CANCELLED';
    redemption.cancelledAt = now;
    if (redemption.rewardId) {
      const reward = await lockReward(em, redemption.rewardId);
      if (reward && reward.stock !== null && reward.stock !== undefined) reward.stock += 1;
    }
    book.event('points.redemption_cancelled', {
      memberId: member.id,
      redemptionId: id,
      points: redemption.points,
    });
    return { redemption, member };
  });
}
