/**
 * GraphQL object types of the tiers module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, UserError } from '../../graphql/types';

// ------------------------------------------------------------------ tiers

@ObjectType({ implements: Node })
export class Tier extends Node {
  @Field(() => String) name!: string;
  @Field(() => Int) rank!: number;
  @Field(() => SafeInt) qualifyingSpendMinor!: number;
  @Field(() => Float) earnMultiplier!: number;
  @Field(() => Float) birthdayMultiplier!: number;
  @Field(() => [String]) perks!: string[];
  // memberCount: field resolver
}

@ObjectType()
export class SaveTiersPayload {
  @Field(() => [Tier], { nullable: true }) tiers?: Tier[] | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class TierProgress {
  @Field(() => Tier) current!: Tier;
  @Field(() => Tier, { nullable: true }) next!: Tier | null;
  @Field(() => SafeInt) qualifyingSpendMinor!: number;
  @Field(() => SafeInt, { nullable: true }) spendToNextMinor!: number | null;
  @Field(() => DateTime, { nullable: true }) retainedUntil!: Date | null;
}
