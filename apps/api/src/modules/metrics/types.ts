/** GraphQL types of the metrics module beyond the contract (the emitted schema is a superset). */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeInt } from '../../graphql/scalars';
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
