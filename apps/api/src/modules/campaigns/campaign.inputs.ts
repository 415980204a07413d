/** GraphQL input types of the campaigns module (public contract). */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActivityType, CampaignEffectType, Weekday } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';

@InputType()
export class CampaignEffectInput {
  @Field(() => CampaignEffectType) type!: CampaignEffectType;
  @Field(() => Float, { nullable: true }) multiplier?: number | null;
  @Field(() => SafeInt, { nullable: true }) bonusPoints?: number | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => SafeInt, { nullable: true }) thresholdMinor?: number | null;
  /** addition: ACTIVITY_MULTIPLIER on one activity only (null: every activity) */
  @Field(() => ActivityType, { nullable: true }) activityType?: ActivityType | null;
}

@InputType()
export class CampaignScheduleInput {
  @Field(() => [Weekday], { nullable: true }) daysOfWeek?: Weekday[] | null;
  @Field(() => [Int], { nullable: true }) daysOfMonth?: number[] | null;
  @Field(() => Int, { nullable: true }) startHour?: number | null;
  @Field(() => Int, { nullable: true }) endHour?: number | null;
}

@InputType()
export class CampaignAudienceInput {
  @Field(() => [ID], { nullable: true }) tierIds?: string[] | null;
  @Field(() => Int, { nullable: true }) newMembersWithinDays?: number | null;
  @Field(() => Int, { nullable: true }) inactiveForDays?: number | null;
  @Field(() => SafeInt, { nullable: true }) minBalance?: number | null;
}

@InputType()
export class CampaignVariantInput {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) weight!: number;
  @Field(() => CampaignEffectInput) effect!: CampaignEffectInput;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => String, { nullable: true }) key?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      "addition: the window's last day as a local date (YYYY-MM-DD, program time zone), included whole; instead of endsAt",
  })
  endsOn?: string | null;
  @Field(() => CampaignScheduleInput, { nullable: true }) schedule?: CampaignScheduleInput | null;
  @Field(() => CampaignAudienceInput, { nullable: true }) audience?: CampaignAudienceInput | null;
  @Field(() => CampaignEffectInput, { nullable: true }) effect?: CampaignEffectInput | null;
  @Field(() => [CampaignVariantInput], { nullable: true }) variants?: CampaignVariantInput[] | null;
  @Field(() => Float, { nullable: true }) holdoutPercent?: number | null;
  @Field(() => SafeInt, { nullable: true }) budgetPoints?: number | null;
  @Field(() => SafeInt, { nullable: true }) perMemberCapPoints?: number | null;
  @Field(() => Int, { nullable: true }) priority?: number | null;
  @Field(() => Boolean, { nullable: true }) stackable?: boolean | null;
  @Field(() => Int, { nullable: true }) bonusExpiresInDays?: number | null;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateTime, { nullable: true }) startsAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description:
      "addition: the window's last day as a local date (YYYY-MM-DD, program time zone), included whole; instead of endsAt",
  })
  endsOn?: string | null;
  @Field(() => CampaignScheduleInput, { nullable: true }) schedule?: CampaignScheduleInput | null;
  @Field(() => CampaignAudienceInput, { nullable: true }) audience?: CampaignAudienceInput | null;
  /** addition: a single-effect campaign's effect (instead of variants) */
  @Field(() => CampaignEffectInput, { nullable: true }) effect?: CampaignEffectInput | null;
  @Field(() => [CampaignVariantInput], { nullable: true }) variants?: CampaignVariantInput[] | null;
  @Field(() => Float, { nullable: true }) holdoutPercent?: number | null;
  @Field(() => SafeInt, { nullable: true }) budgetPoints?: number | null;
  @Field(() => SafeInt, { nullable: true }) perMemberCapPoints?: number | null;
  @Field(() => Int, { nullable: true }) priority?: number | null;
  @Field(() => Boolean, { nullable: true }) stackable?: boolean | null;
  @Field(() => Int, { nullable: true }) bonusExpiresInDays?: number | null;
}

@InputType()
export class CampaignIdInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class PromoteVariantInput {
  @Field(() => ID) id!: string;
  @Field(() => String) variantKey!: string;
}
