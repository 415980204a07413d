/**
 * GraphQL object types of the purchases module (public contract:
 * ../shared/contract/schema.graphql). Every field names its type explicitly.
 */
import { Field, ObjectType } from 'type-graphql';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, UserError } from '../../graphql/types';
import { Member } from '../members/member.types';

// ------------------------------------------------------------------ purchases, activities, redemptions

@ObjectType({ implements: Node })
export class Purchase extends Node {
  @Field(() => String) orderId!: string;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => SafeInt) refundedMinor!: number;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => SafeInt) pointsAwarded!: number;
  // member, entries: field resolvers
  memberId!: string;
}

@ObjectType()
export class RecordPurchasePayload {
  @Field(() => Purchase, { nullable: true }) purchase?: Purchase | null;
  @Field(() => SafeInt, { nullable: true }) pointsAwarded?: number | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RefundPurchasePayload {
  @Field(() => Purchase, { nullable: true }) purchase?: Purchase | null;
  @Field(() => SafeInt, { nullable: true }) pointsReversed?: number | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
