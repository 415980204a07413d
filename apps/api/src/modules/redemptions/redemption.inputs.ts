/** GraphQL input types of the redemptions module (public contract). */
import { Field, ID, InputType } from 'type-graphql';
import { SafeInt } from '../../graphql/scalars';
import { MemberRefInput } from '../members/member.inputs';

@InputType()
export class RedeemPointsInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String) key!: string;
  @Field(() => SafeInt, { nullable: true }) points?: number | null;
  @Field(() => ID, { nullable: true }) rewardId?: string | null;
  @Field(() => String, { nullable: true }) orderId?: string | null;
  @Field(() => SafeInt, { nullable: true }) orderAmountMinor?: number | null;
}

@InputType()
export class CancelRedemptionInput {
  @Field(() => ID) redemptionId!: string;
}
