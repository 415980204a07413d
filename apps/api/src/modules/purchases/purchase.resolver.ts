import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { recordPurchase } from './record-purchase';
import { refundPurchase } from './refund-purchase';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { RecordPurchaseInput, RefundPurchaseInput } from './purchase.inputs';
import { toLedgerEntry, toMember, toPurchase } from '../../graphql/map';
import { LedgerEntry } from '../points/points.types';
import { Member } from '../members/member.types';
import { Purchase, RecordPurchasePayload, RefundPurchasePayload } from './purchase.types';

/** Purchases and their refunds, written by an integration: one thin resolver per use case. */
@Resolver()
export class PurchaseResolver {
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
