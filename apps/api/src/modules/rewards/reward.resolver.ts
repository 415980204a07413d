import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { RewardRow } from '../../db/entities/rewards';
import { createReward } from './create-reward';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { CreateRewardInput, UpdateRewardInput } from './reward.inputs';
import { toReward } from '../../graphql/map';
import { CreateRewardPayload, Reward, UpdateRewardPayload } from './reward.types';
import { updateReward } from './update-reward';

/** The reward catalog. */
@Resolver()
export class RewardResolver {
  @Authorized('rewards:read')
  @Query(() => [Reward])
  async rewards(
    @Arg('activeOnly', () => Boolean, { nullable: true, defaultValue: true }) activeOnly: boolean | null,
    @Ctx() ctx: GqlContext,
  ) {
    const rows = await ctx.em.find(RewardRow, activeOnly === false ? {} : { active: true }, {
      orderBy: { id: 'asc' },
    });
    return rows.map(toReward);
  }

  @Authorized('rewards:write')
  @Mutation(() => CreateRewardPayload)
  createReward(@Arg('input', () => CreateRewardInput) input: CreateRewardInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({ reward: toReward(await createReward(ctx.app, ctx.actor!, input)) }));
  }

  @Authorized('rewards:write')
  @Mutation(() => UpdateRewardPayload)
  updateReward(@Arg('input', () => UpdateRewardInput) input: UpdateRewardInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({ reward: toReward(await updateReward(ctx.app, ctx.actor!, input)) }));
  }
}
