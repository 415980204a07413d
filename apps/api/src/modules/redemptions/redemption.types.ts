/**
 * GraphQL object types of the redemptions module (public contract:
 * ../shared/contract/schema.graphql). Every field names its type explicitly.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { RedemptionStatus } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, PageInfo, UserError } from '../../graphql/types';
import { Member } from '../members/member.types';

@ObjectType({ implements: Node })
export class Redemption extends Node {
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt) valueMinor!: number;
  @Field(() => String, { nullable: true }) orderId!: string | null;
  @Field(() => RedemptionStatus) status!: RedemptionStatus;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true, description: 'when it was cancelled' }) cancelledAt!: Date | null;
  // member, reward: field resolvers
  memberId!: string;
  rewardId!: string | null;
}

@ObjectType()
export class RedeemPointsPayload {
  @Field(() => Redemption, { nullable: true }) redemption?: Redemption | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class CancelRedemptionPayload {
  @Field(() => Redemption, { nullable: true }) redemption?: Redemption | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RedemptionEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Redemption) node!: Redemption;
}

@ObjectType()
export class RedemptionConnection {
  @Field(() => [RedemptionEdge]) edges!: RedemptionEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}
