/**
 * GraphQL object types of the points module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LedgerEntryType, PointsSource } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, PageInfo, UserError } from '../../graphql/types';
import { Member } from '../members/member.types';

// ------------------------------------------------------------------ members and points

@ObjectType()
export class PointsBalance {
  @Field(() => SafeInt) available!: number;
  @Field(() => SafeInt) pending!: number;
  @Field(() => SafeInt) negative!: number;
  @Field(() => SafeInt) expiringWithin30Days!: number;
  @Field(() => SafeInt) lifetimeEarned!: number;
  @Field(() => SafeInt) lifetimeRedeemed!: number;
  @Field(() => SafeInt) lifetimeExpired!: number;
}

@ObjectType()
export class PointsLot {
  @Field(() => ID) id!: string;
  @Field(() => PointsSource) source!: PointsSource;
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt) remaining!: number;
  @Field(() => DateTime) earnedAt!: Date;
  @Field(() => DateTime) availableAt!: Date;
  @Field(() => DateTime, { nullable: true }) expiresAt!: Date | null;
}

// ------------------------------------------------------------------ ledger

@ObjectType({ implements: Node })
export class LedgerEntry extends Node {
  @Field(() => LedgerEntryType) type!: LedgerEntryType;
  @Field(() => PointsSource) source!: PointsSource;
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt) balanceAfter!: number;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => String, { nullable: true }) orderId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  /** addition: the A/B test variant a campaign entry came from */
  @Field(() => String, { nullable: true }) variantKey!: string | null;
  // member, campaign: field resolvers
  memberId!: string;
  campaignId!: string | null;
}

@ObjectType()
export class LedgerEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => LedgerEntry) node!: LedgerEntry;
}

@ObjectType()
export class LedgerEntryConnection {
  @Field(() => [LedgerEntryEdge]) edges!: LedgerEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class RecordActivityPayload {
  @Field(() => SafeInt, { nullable: true }) pointsAwarded?: number | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class AdjustPointsPayload {
  @Field(() => LedgerEntry, { nullable: true }) entry?: LedgerEntry | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ExpirePointsPayload {
  @Field(() => SafeInt) pointsExpired!: number;
  @Field(() => Int) membersAffected!: number;
}
