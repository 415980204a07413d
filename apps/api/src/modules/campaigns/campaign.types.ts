/**
 * GraphQL object types of the campaigns module (public contract:
 * ../shared/contract/schema.graphql). Every field names its type explicitly.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ActivityType, CampaignEffectType, CampaignStatus, Weekday } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, PageInfo, UserError } from '../../graphql/types';

// ------------------------------------------------------------------ campaigns and A/B tests

@ObjectType()
export class CampaignEffect {
  @Field(() => CampaignEffectType) type!: CampaignEffectType;
  @Field(() => Float, { nullable: true }) multiplier!: number | null;
  @Field(() => SafeInt, { nullable: true }) bonusPoints!: number | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => SafeInt, { nullable: true }) thresholdMinor!: number | null;
  /** addition: ACTIVITY_MULTIPLIER on one activity only (null: every activity) */
  @Field(() => ActivityType, { nullable: true }) activityType!: ActivityType | null;
}

@ObjectType()
export class CampaignSchedule {
  @Field(() => [Weekday], { nullable: true }) daysOfWeek!: Weekday[] | null;
  @Field(() => [Int], { nullable: true }) daysOfMonth!: number[] | null;
  @Field(() => Int, { nullable: true }) startHour!: number | null;
  @Field(() => Int, { nullable: true }) endHour!: number | null;
}

@ObjectType()
export class CampaignAudience {
  @Field(() => [ID], { nullable: true }) tierIds!: string[] | null;
  @Field(() => Int, { nullable: true }) newMembersWithinDays!: number | null;
  @Field(() => Int, { nullable: true }) inactiveForDays!: number | null;
  @Field(() => SafeInt, { nullable: true }) minBalance!: number | null;
}

@ObjectType()
export class CampaignVariant {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) weight!: number;
  @Field(() => CampaignEffect) effect!: CampaignEffect;
}

@ObjectType()
export class VariantResult {
  @Field(() => String) key!: string;
  @Field(() => Boolean) isHoldout!: boolean;
  @Field(() => Int) members!: number;
  @Field(() => Int) purchasers!: number;
  @Field(() => Int) orders!: number;
  @Field(() => SafeInt) revenueMinor!: number;
  @Field(() => SafeInt) pointsCost!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float) repurchaseRate!: number;
  @Field(() => Float) revenuePerMember!: number;
  @Field(() => Float, { nullable: true }) upliftVsHoldout!: number | null;
  @Field(() => Float, { nullable: true }) ciLow!: number | null;
  @Field(() => Float, { nullable: true }) ciHigh!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
}

@ObjectType({
  description: "One day of one arm of an A/B test: its running totals at the day's end (program time zone)",
})
export class CampaignResultsDay {
  @Field(() => DateTime, { description: 'the start of the day' }) day!: Date;
  @Field(() => String, { description: "the arm: a variant's key, or holdout" }) arm!: string;
  @Field(() => Int, { description: "members exposed by the day's end" }) members!: number;
  @Field(() => SafeInt, { description: 'their net revenue since exposure, to the day’s end' })
  cumulativeRevenueMinor!: number;
  @Field(() => Float, { nullable: true, description: 'cumulativeRevenueMinor ÷ members' })
  revenuePerMemberMinor!: number | null;
}

@ObjectType()
export class CampaignResults {
  @Field(() => [VariantResult]) variants!: VariantResult[];
  @Field(() => Float, { nullable: true }) srmPValue!: number | null;
  @Field(() => Boolean) srmOk!: boolean;
  @Field(() => SafeInt, { nullable: true }) incrementalRevenueMinor!: number | null;
  @Field(() => Float, { nullable: true }) roi!: number | null;
  @Field(() => String, { nullable: true }) winner!: string | null;
  @Field(() => [CampaignResultsDay], {
    description: 'cumulative revenue per member over time, per arm: every day from the first exposure',
  })
  daily!: CampaignResultsDay[];
}

@ObjectType({ implements: Node })
export class Campaign extends Node {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { nullable: true }) endsAt!: Date | null;
  @Field(() => CampaignSchedule, { nullable: true }) schedule!: CampaignSchedule | null;
  @Field(() => CampaignAudience, { nullable: true }) audience!: CampaignAudience | null;
  @Field(() => [CampaignVariant]) variants!: CampaignVariant[];
  @Field(() => Float) holdoutPercent!: number;
  @Field(() => SafeInt, { nullable: true }) budgetPoints!: number | null;
  @Field(() => SafeInt, { nullable: true }) perMemberCapPoints!: number | null;
  @Field(() => Int) priority!: number;
  @Field(() => Boolean) stackable!: boolean;
  @Field(() => Int, { nullable: true }) bonusExpiresInDays!: number | null;
  @Field(() => SafeInt) pointsIssued!: number;
  @Field(() => CampaignResults) results!: CampaignResults;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class CampaignEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Campaign) node!: Campaign;
}

@ObjectType()
export class CampaignConnection {
  @Field(() => [CampaignEdge]) edges!: CampaignEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign, { nullable: true }) campaign?: Campaign | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class Assignment {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => String, { nullable: true }) variantKey!: string | null;
  @Field(() => Boolean) inHoldout!: boolean;
}
