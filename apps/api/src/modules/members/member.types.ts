/**
 * GraphQL object types of the members module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { MemberStatus } from '../../graphql/enums';
import { DateTime } from '../../graphql/scalars';
import { Node, PageInfo, UserError } from '../../graphql/types';

@ObjectType({ implements: Node })
export class Member extends Node {
  @Field(() => String) externalId!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) birthday!: string | null;
  @Field(() => MemberStatus) status!: MemberStatus;
  @Field(() => DateTime) enrolledAt!: Date;
  @Field(() => String) referralCode!: string;
  // staff and integrations only (a storefront has no business knowing who is under review)
  @Authorized('members:list')
  @Field(() => Boolean, {
    description:
      'On the staff review list: enrolment from a shared device or address, or earning far above the norm',
  })
  flaggedForReview!: boolean;
  @Authorized('members:list')
  @Field(() => [String], {
    description:
      'Why the member is flagged, one line each; empty when not flagged. Roles without personal data see the codes only',
  })
  reviewReasons!: string[];
  // referredBy, tier, tierProgress, balance, lots, ledger: field resolvers
  referredById!: string | null;
  tierId!: string;
  tierRetainedUntil!: Date | null;
  lifetimeEarned!: number;
  lifetimeRedeemed!: number;
  lifetimeExpired!: number;
  negative!: number;
}

@ObjectType()
export class MemberEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Member) node!: Member;
}

@ObjectType()
export class MemberConnection {
  @Field(() => [MemberEdge]) edges!: MemberEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class EnrollMemberPayload {
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class UpdateMemberPayload {
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
