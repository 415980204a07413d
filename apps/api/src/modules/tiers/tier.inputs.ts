/** GraphQL input types of the tiers module (public contract). */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { SafeInt } from '../../graphql/scalars';

@InputType()
export class TierInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => Int) rank!: number;
  @Field(() => SafeInt) qualifyingSpendMinor!: number;
  @Field(() => Float) earnMultiplier!: number;
  @Field(() => Float, { nullable: true }) birthdayMultiplier?: number | null;
  @Field(() => [String], { nullable: true }) perks?: string[] | null;
}

@InputType()
export class SaveTiersInput {
  @Field(() => [TierInput]) tiers!: TierInput[];
}
