/**
 * GraphQL object types of the rewards module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { RewardType } from '../../graphql/enums';
import { SafeInt } from '../../graphql/scalars';
import { Node, UserError } from '../../graphql/types';

@ObjectType({ implements: Node })
export class Reward extends Node {
  @Field(() => String) name!: string;
  @Field(() => RewardType) type!: RewardType;
  @Field(() => SafeInt) pointsCost!: number;
  @Field(() => SafeInt) cashPriceMinor!: number;
  @Field(() => SafeInt) valueMinor!: number;
  @Field(() => Int, { nullable: true }) stock!: number | null;
  @Field(() => Int, { nullable: true }) perMemberLimit!: number | null;
  @Field(() => Boolean) active!: boolean;
}

@ObjectType()
export class CreateRewardPayload {
  @Field(() => Reward, { nullable: true }) reward?: Reward | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class UpdateRewardPayload {
  @Field(() => Reward, { nullable: true }) reward?: Reward | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
