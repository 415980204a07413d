/** GraphQL input types of the rewards module (public contract). */
import { Field, InputType, Int } from 'type-graphql';
import { RewardType } from '../../graphql/enums';
import { SafeInt } from '../../graphql/scalars';

@InputType()
export class CreateRewardInput {
  @Field(() => String) name!: string;
  @Field(() => RewardType) type!: RewardType;
  @Field(() => SafeInt) pointsCost!: number;
  @Field(() => SafeInt, { nullable: true }) cashPriceMinor?: number | null;
  @Field(() => SafeInt) valueMinor!: number;
  @Field(() => Int, { nullable: true }) stock?: number | null;
  @Field(() => Int, { nullable: true }) perMemberLimit?: number | null;
}
