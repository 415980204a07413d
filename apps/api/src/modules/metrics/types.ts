/** GraphQL types of the metrics module beyond the contract (the emitted schema is a superset). */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Reward } from '../../graphql/types';

export enum RedemptionKind {
  CASH_OFFSET = 'CASH_OFFSET',
  CATALOG = 'CATALOG',
  DONATION = 'DONATION',
}
registerEnumType(RedemptionKind, {
  name: 'RedemptionKind',
  description: 'cash offset at checkout (no reward), a catalog reward, or a donation',
});

@ObjectType({ description: 'Completed redemptions of one reward (or of cash offsets) in a window' })
export class RedemptionsByReward {
  @Field(() => Reward, { nullable: true, description: 'null for cash offsets' }) reward!: Reward | null;
  @Field(() => RedemptionKind) kind!: RedemptionKind;
  @Field(() => Int) redemptions!: number;
  @Field(() => Int, { description: 'distinct members who redeemed' }) members!: number;
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt, { description: 'points × point value' }) costMinor!: number;
  @Field(() => SafeInt, { description: 'the value given (discount, item value, donation)' })
  valueMinor!: number;
}

@ObjectType({
  description:
    'IFRS 15: a month of the deferred revenue of points (the program as one portfolio, from its first month)',
})
export class DeferredRevenueMonth {
  @Field(() => DateTime) monthStart!: Date;
  @Field(() => SafeInt, { description: 'sales net of refunds' }) salesMinor!: number;
  @Field(() => SafeInt, { description: 'purchase, tier bonus and campaign points issued with the sales' })
  pointsWithSales!: number;
  @Field(() => SafeInt) pointsRedeemed!: number;
  @Field(() => SafeInt, {
    description: "the sales' share allocated to the points (relative stand-alone selling prices)",
  })
  allocatedMinor!: number;
  @Field(() => SafeInt, { description: 'revenue recognised in the month as points were redeemed' })
  recognisedMinor!: number;
  @Field(() => SafeInt, { description: 'the contract liability at the month end' }) deferredMinor!: number;
}
