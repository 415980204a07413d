import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { adjustPoints } from '../../services/use-cases/adjust-points';
import { cancelRedemption } from '../../services/use-cases/cancel-redemption';
import { expirePoints } from '../../services/use-cases/expire-points';
import { recordActivity } from '../../services/use-cases/record-activity';
import { recordPurchase } from '../../modules/purchases/record-purchase';
import { redeemPoints } from '../../services/use-cases/redeem-points';
import { refundPurchase } from '../../services/use-cases/refund-purchase';
import type { GqlContext } from '../context';
import { payload } from '../errors';
import {
  AdjustPointsInput,
  CancelRedemptionInput,
  ExpirePointsInput,
  RecordActivityInput,
  RecordPurchaseInput,
  RedeemPointsInput,
  RefundPurchaseInput,
} from '../inputs';
import { toLedgerEntry, toMember, toPurchase, toRedemption, toReward } from '../map';
import {
  AdjustPointsPayload,
  Campaign,
  CancelRedemptionPayload,
  ExpirePointsPayload,
  LedgerEntry,
  Member,
  Purchase,
  RecordActivityPayload,
  RecordPurchasePayload,
  RedeemPointsPayload,
  Redemption,
  RefundPurchasePayload,
  Reward,
} from '../types';

/** The integration and checkout writes: one thin resolver per use case. */
@Resolver()
export class PointsResolver {
  @Authorized('purchase:write')
  @Mutation(() => RecordPurchasePayload)
  recordPurchase(
    @Arg('input', () => RecordPurchaseInput) input: RecordPurchaseInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await recordPurchase(ctx.app, input);
      return {
        purchase: toPurchase(r.purchase),
        pointsAwarded: r.pointsAwarded,
        member: toMember(r.member, ctx.actor),
      };
    });
  }

  @Authorized('purchase:write')
  @Mutation(() => RefundPurchasePayload)
  refundPurchase(
    @Arg('input', () => RefundPurchaseInput) input: RefundPurchaseInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await refundPurchase(ctx.app, input);
      return {
        purchase: toPurchase(r.purchase),
        pointsReversed: r.pointsReversed,
        member: toMember(r.member, ctx.actor),
      };
    });
  }

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

@Resolver(() => Purchase)
export class PurchaseFieldsResolver {
  @FieldResolver(() => Member)
  async member(@Root() p: Purchase, @Ctx() ctx: GqlContext) {
    return toMember((await ctx.loaders.member.load(p.memberId))!, ctx.actor);
  }
  @FieldResolver(() => [LedgerEntry])
  async entries(@Root() p: Purchase, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.purchaseEntries.load(`${p.memberId}|${p.orderId}`)).map(toLedgerEntry);
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

@Resolver(() => LedgerEntry)
export class LedgerEntryFieldsResolver {
  @FieldResolver(() => Member)
  async member(@Root() e: LedgerEntry, @Ctx() ctx: GqlContext) {
    return toMember((await ctx.loaders.member.load(e.memberId))!, ctx.actor);
  }
  @FieldResolver(() => Campaign, { nullable: true })
  campaign(@Root() e: LedgerEntry): Campaign | null {
    // campaigns arrive with the campaigns issue; no entry references one yet
    void e;
    return null;
  }
}
