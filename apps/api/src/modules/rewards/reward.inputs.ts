/** GraphQL input types of the rewards module (public contract). */
import { Field, ID, InputType, Int } from 'type-graphql';
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

/** A change to a reward: a field left out stays; null clears stock, perMemberLimit and cashPriceMinor. */
@InputType()
export class UpdateRewardInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => RewardType, { nullable: true }) type?: RewardType | null;
  @Field(() => SafeInt, { nullable: true }) pointsCost?: number | null;
  @Field(() => SafeInt, { nullable: true }) cashPriceMinor?: number | null;
  @Field(() => SafeInt, { nullable: true }) valueMinor?: number | null;
  @Field(() => Int, { nullable: true, description: 'null: unlimited' }) stock?: number | null;
  @Field(() => Int, { nullable: true, description: 'null: no limit' }) perMemberLimit?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'false takes the reward out of the catalog' })
  active?: boolean | null;
}
