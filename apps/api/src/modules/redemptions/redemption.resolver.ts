import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { cancelRedemption } from './cancel-redemption';
import { redeemPoints } from './redeem-points';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { CancelRedemptionInput, RedeemPointsInput } from './redemption.inputs';
import { toMember, toRedemption, toReward } from '../../graphql/map';
import { CancelRedemptionPayload, RedeemPointsPayload, Redemption } from './redemption.types';
import { Member } from '../members/member.types';
import { Reward } from '../rewards/reward.types';

/** Redemptions and their cancellation: one thin resolver per use case. */
@Resolver()
export class RedemptionResolver {
  @Authorized('redemption:write')
  @Mutation(() => RedeemPointsPayload)
  redeemPoints(@Arg('input', () => RedeemPointsInput) input: RedeemPointsInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await redeemPoints(ctx.app, input, { createdBy: ctx.actor!.id });
      return { redemption: toRedemption(r.redemption), member: toMember(r.member, ctx.actor) };
    });
  }

  @Authorized('redemption:write')
  @Mutation(() => CancelRedemptionPayload)
  cancelRedemption(
    @Arg('input', () => CancelRedemptionInput) input: CancelRedemptionInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      // a storefront key cancels only the redemptions it made itself
      const own = ctx.actor!.role === 'STOREFRONT' ? { createdBy: ctx.actor!.id } : {};
      const r = await cancelRedemption(ctx.app, input, own);
      return { redemption: toRedemption(r.redemption), member: toMember(r.member, ctx.actor) };
    });
  }
}

@Resolver(() => Redemption)
export class RedemptionFieldsResolver {
  @FieldResolver(() => Member)
  async member(@Root() r: Redemption, @Ctx() ctx: GqlContext) {
    return toMember((await ctx.loaders.member.load(r.memberId))!, ctx.actor);
  }
  @FieldResolver(() => Reward, { nullable: true })
  async reward(@Root() r: Redemption, @Ctx() ctx: GqlContext) {
    if (!r.rewardId) return null;
    const row = await ctx.loaders.reward.load(r.rewardId);
    return row ? toReward(row) : null;
  }
}
