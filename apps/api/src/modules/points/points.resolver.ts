import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { adjustPoints } from './adjust-points';
import { expirePoints } from './expire-points';
import { recordActivity } from './record-activity';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { can } from '../../auth/permissions';
import { campaignLoaders, toCampaign } from '../campaigns/graphql';
import { AdjustPointsInput, ExpirePointsInput, RecordActivityInput } from './points.inputs';
import { toLedgerEntry, toMember } from '../../graphql/map';
import { AdjustPointsPayload, ExpirePointsPayload, LedgerEntry, RecordActivityPayload } from './points.types';
import { Campaign } from '../campaigns/campaign.types';
import { Member } from '../members/member.types';

/** Points outside purchases: activities, adjustments, expiry. */
@Resolver()
export class PointsResolver {
  @Authorized('activity:write')
  @Mutation(() => RecordActivityPayload)
  recordActivity(
    @Arg('input', () => RecordActivityInput) input: RecordActivityInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await recordActivity(ctx.app, input);
      return { pointsAwarded: r.pointsAwarded, member: toMember(r.member, ctx.actor) };
    });
  }

  @Authorized('points:adjust')
  @Mutation(() => AdjustPointsPayload)
  adjustPoints(@Arg('input', () => AdjustPointsInput) input: AdjustPointsInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await adjustPoints(ctx.app, ctx.actor!, input);
      return { entry: toLedgerEntry(r.entry), member: toMember(r.member, ctx.actor) };
    });
  }

  @Authorized('points:expire')
  @Mutation(() => ExpirePointsPayload)
  async expirePoints(
    @Arg('input', () => ExpirePointsInput) input: ExpirePointsInput,
    @Ctx() ctx: GqlContext,
  ) {
    const r = await expirePoints(ctx.app, input);
    return { pointsExpired: r.pointsExpired, membersAffected: r.membersAffected };
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryFieldsResolver {
  @FieldResolver(() => Member)
  async member(@Root() e: LedgerEntry, @Ctx() ctx: GqlContext) {
    return toMember((await ctx.loaders.member.load(e.memberId))!, ctx.actor);
  }
  @FieldResolver(() => Campaign, { nullable: true })
  async campaign(@Root() e: LedgerEntry, @Ctx() ctx: GqlContext): Promise<Campaign | null> {
    // the campaign (and its results) only for roles that read campaigns; others see the entry alone
    if (!e.campaignId || !ctx.actor || !can(ctx.actor.role, 'campaigns:read')) return null;
    const row = await campaignLoaders(ctx).campaign.load(e.campaignId);
    return row && toCampaign(row, ctx.app.clock.now());
  }
}
