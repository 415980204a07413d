/** GraphQL types and inputs of group buys and boosts. */
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MemberRefInput } from '../members/member.inputs';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Member } from '../members/member.types';
import { PageInfo, UserError } from '../../graphql/types';

@ObjectType({ description: 'A seat in a group buy.' })
export class GroupBuyParticipant {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => Int, { description: '1 for the member who opened the group' }) seat!: number;
  @Field(() => Boolean, { description: 'no purchase before joining: may pay part of the price with points' })
  newCustomer!: boolean;
  @Field(() => SafeInt, { description: 'points held toward the price' }) pointsHeld!: number;
  @Field(() => String, {
    description: 'NONE, HELD (until the group fills), SPENT (it filled) or RELEASED (it expired)',
  })
  holdStatus!: string;
  @Field(() => SafeInt, { description: 'bonus points issued when the group filled (after the monthly cap)' })
  bonusAwarded!: number;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({
  description:
    'A group buy: friends join with its code; full by its deadline, every participant gets the bonus.',
})
export class GroupBuy {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => ID) openerId!: string;
  @Field(() => String) productId!: string;
  @Field(() => String) productName!: string;
  @Field(() => SafeInt) priceMinor!: number;
  @Field(() => Int) size!: number;
  @Field(() => DateTime) deadline!: Date;
  @Field(() => String, { description: 'OPEN, FILLED or EXPIRED' }) status!: string;
  @Field(() => SafeInt, { description: 'bonus points per participant when the group fills' })
  bonusPoints!: number;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) closedAt?: Date | null;
  @Field(() => [GroupBuyParticipant]) participants!: GroupBuyParticipant[];
}

@ObjectType()
export class GroupBuyEdge {
  @Field(() => String) cursor!: string;
  @Field(() => GroupBuy) node!: GroupBuy;
}

@ObjectType()
export class GroupBuyConnection {
  @Field(() => [GroupBuyEdge]) edges!: GroupBuyEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@InputType()
export class OpenGroupBuyInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { description: 'idempotency key' }) key!: string;
  @Field(() => String) productId!: string;
  @Field(() => String) productName!: string;
  @Field(() => SafeInt) priceMinor!: number;
  @Field(() => Int) size!: number;
  @Field(() => DateTime) deadline!: Date;
  @Field(() => String, { nullable: true }) deviceId?: string | null;
  @Field(() => SafeInt, {
    nullable: true,
    description: 'new customers only: points toward the price, held until the group fills',
  })
  pointsTowardPrice?: number | null;
}

@InputType()
export class JoinGroupBuyInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { description: 'idempotency key' }) key!: string;
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) deviceId?: string | null;
  @Field(() => SafeInt, {
    nullable: true,
    description: 'new customers only: points toward the price, held until the group fills',
  })
  pointsTowardPrice?: number | null;
}

@ObjectType()
export class GroupBuyPayload {
  @Field(() => GroupBuy, { nullable: true }) group?: GroupBuy | null;
  @Field(() => GroupBuyParticipant, { nullable: true }) participant?: GroupBuyParticipant | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: "A friend's contribution to a boost request." })
export class BoostContribution {
  @Field(() => ID) id!: string;
  @Field(() => ID) memberId!: string;
  @Field(() => SafeInt) points!: number;
  @Field(() => String, {
    description: 'HELD, SPENT (the reward was redeemed) or RETURNED (the request expired)',
  })
  status!: string;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType({
  description: 'A boost request: friends chip in points toward a reward; reaching the target redeems it.',
})
export class Boost {
  @Field(() => ID) id!: string;
  @Field(() => ID) requesterId!: string;
  @Field(() => ID) rewardId!: string;
  @Field(() => SafeInt) targetPoints!: number;
  @Field(() => SafeInt) collectedPoints!: number;
  @Field(() => String, { description: 'OPEN, REDEEMED or EXPIRED' }) status!: string;
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => ID, { nullable: true, description: "the requester's redemption, once the target is reached" })
  redemptionId?: string | null;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => [BoostContribution]) contributions!: BoostContribution[];
}

@ObjectType()
export class BoostEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Boost) node!: Boost;
}

@ObjectType()
export class BoostConnection {
  @Field(() => [BoostEdge]) edges!: BoostEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@InputType()
export class RequestBoostInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { description: 'idempotency key' }) key!: string;
  @Field(() => ID) rewardId!: string;
  @Field(() => String, { nullable: true }) deviceId?: string | null;
}

@InputType()
export class ContributeToBoostInput {
  @Field(() => MemberRefInput, { description: 'the friend who contributes' }) member!: MemberRefInput;
  @Field(() => String, { description: 'idempotency key' }) key!: string;
  @Field(() => ID) boostId!: string;
  @Field(() => SafeInt) points!: number;
  @Field(() => String, { nullable: true }) deviceId?: string | null;
}

@ObjectType()
export class BoostPayload {
  @Field(() => Boost, { nullable: true }) boost?: Boost | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ExpireSocialPayload {
  @Field(() => Int) groupBuysExpired!: number;
  @Field(() => Int) boostsExpired!: number;
}
