import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { saveTiers } from './save-tiers';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { SaveTiersInput } from './tier.inputs';
import { toTier } from '../../graphql/map';
import { SaveTiersPayload, Tier } from './tier.types';

/** The tier table. */
@Resolver()
export class TierResolver {
  @Authorized('tiers:read')
  @Query(() => [Tier])
  async tiers(@Ctx() ctx: GqlContext) {
    return (await ctx.loaders.program()).tiers.map(toTier);
  }

  @Authorized('tiers:write')
  @Mutation(() => SaveTiersPayload)
  saveTiers(@Arg('input', () => SaveTiersInput) input: SaveTiersInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({ tiers: (await saveTiers(ctx.app, ctx.actor!, input)).map(toTier) }));
  }
}

@Resolver(() => Tier)
export class TierFieldsResolver {
  // a program-wide figure: for the roles that read the tier table, not a storefront that reads a member's tier
  @Authorized('tiers:read')
  @FieldResolver(() => Int)
  memberCount(@Root() t: Tier, @Ctx() ctx: GqlContext) {
    return ctx.loaders.tierMemberCount.load(t.id);
  }
}
