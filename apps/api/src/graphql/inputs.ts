/** GraphQL input types of the public contract. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ActivityType, CampaignEffectType, MemberStatus, Role, RewardType, Weekday } from './enums';
import { DateTime, SafeInt } from './scalars';

@InputType()
export class MemberRefInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => ID, { nullable: true }) tierId?: string | null;
  @Field(() => MemberStatus, { nullable: true }) status?: MemberStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only members flagged for review (true) or not (false)',
  })
  flaggedForReview?: boolean | null;
}

/** An earning rule: items of this category earn base points times the multiplier. */
@InputType()
export class CategoryMultiplierInput {
  @Field(() => String) category!: string;
  @Field(() => Float) multiplier!: number;
}

@InputType()
export class VelocitySettingsInput {
  @Field(() => Float) multiple!: number;
  @Field(() => Int) minPoints!: number;
  @Field(() => Int) baselineDays!: number;
}

@InputType({ description: 'The whole risk-flag rules; a null field turns that check off' })
export class RiskSettingsInput {
  @Field(() => Int, { nullable: true }) maxEnrolmentsPerDevice?: number | null;
  @Field(() => Int, { nullable: true }) maxEnrolmentsPerIp?: number | null;
  @Field(() => VelocitySettingsInput, { nullable: true }) velocity?: VelocitySettingsInput | null;
}

@InputType()
export class UpdateProgramSettingsInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => String, { nullable: true }) timezone?: string | null;
  @Field(() => Int, { nullable: true }) pointsPerCurrencyUnit?: number | null;
  @Field(() => Int, { nullable: true }) purchasePointsExpireInDays?: number | null;
  @Field(() => Int, { nullable: true }) pendingDays?: number | null;
  @Field(() => Int, { nullable: true }) monthlyBonusCapPoints?: number | null;
  @Field(() => Float, { nullable: true }) costToSalesRedLine?: number | null;
  /** replaces the category earning rules (an empty list removes them); omitted or null: unchanged */
  @Field(() => [CategoryMultiplierInput], { nullable: true })
  categoryMultipliers?: CategoryMultiplierInput[] | null;
  /** replaces the risk-flag rules (ADMIN); omitted or null: unchanged */
  @Field(() => RiskSettingsInput, { nullable: true })
  risk?: RiskSettingsInput | null;
}

@InputType()
export class EnrollMemberInput {
  @Field(() => String) externalId!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) birthday?: string | null;
  @Field(() => String, { nullable: true }) referralCode?: string | null;
  @Field(() => DateTime, { nullable: true }) enrolledAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The device the member enrolls from (app device id, browser fingerprint): risk flags',
  })
  deviceId?: string | null;
  @Field(() => String, { nullable: true, description: "The member's IP address at enrolment: risk flags" })
  ipAddress?: string | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) birthday?: string | null;
  @Field(() => MemberStatus, { nullable: true }) status?: MemberStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'false: staff reviewed the member and clear the flag (and its reasons)',
  })
  flaggedForReview?: boolean | null;
}

@InputType()
export class PurchaseItemInput {
  @Field(() => String) sku!: string;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => Int) quantity!: number;
  @Field(() => SafeInt) amountMinor!: number;
}

@InputType()
export class RecordPurchaseInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String) orderId!: string;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => String, { nullable: true }) currency?: string | null;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
  @Field(() => [PurchaseItemInput], { nullable: true }) items?: PurchaseItemInput[] | null;
}

@InputType()
export class RefundPurchaseInput {
  @Field(() => String) orderId!: string;
  @Field(() => String) refundId!: string;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
}

@InputType()
export class RecordActivityInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => ActivityType) type!: ActivityType;
  @Field(() => String) key!: string;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
}

@InputType()
export class RedeemPointsInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String) key!: string;
  @Field(() => SafeInt, { nullable: true }) points?: number | null;
  @Field(() => ID, { nullable: true }) rewardId?: string | null;
  @Field(() => String, { nullable: true }) orderId?: string | null;
  @Field(() => SafeInt, { nullable: true }) orderAmountMinor?: number | null;
}

@InputType()
export class CancelRedemptionInput {
  @Field(() => ID) redemptionId!: string;
}

@InputType()
export class AdjustPointsInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => SafeInt) points!: number;
  @Field(() => String) reason!: string;
  @Field(() => String) key!: string;
}

@InputType()
export class ExpirePointsInput {
  @Field(() => DateTime, { nullable: true }) asOf?: Date | null;
}

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

@InputType()
export class CreateRewardInput {
  @Field(() => String) name!: string;
  @Field(() => RewardType) type!: RewardType;
  @Field(() => SafeInt) pointsCost!: number;
  @Field(() => SafeInt, { nullable: true }) cashPriceMinor?: number | null;
  @Field(() => SafeInt) valueMinor!: number;
  @Field(() => Int, { nullable: true }) stock?: number | null;
  @Field(() => Int, { nullable: true }) perMemberLimit?: number | null;
}

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

@InputType()
export class AlertThresholdsInput {
  @Field(() => Float, { nullable: true }) costToSalesRedLine?: number | null;
  @Field(() => SafeInt, { nullable: true }) maxDailyIssuedPoints?: number | null;
  @Field(() => Float, { nullable: true }) minFlowRatio?: number | null;
  @Field(() => Float, { nullable: true }) maxAccumulationRatio?: number | null;
}

@InputType()
export class LoginInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
}

@InputType()
export class CreateStaffUserInput {
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String) password!: string;
  @Field(() => Role) role!: Role;
}

@InputType()
export class UpdateStaffUserInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => String, { nullable: true }) password?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true disables the user and revokes their sessions' })
  disabled?: boolean | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) id!: string;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String) url!: string;
  @Field(() => [String], { description: 'event types, e.g. points.earned, tier.changed; "*" for all' })
  events!: string[];
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String], { nullable: true }) events?: string[] | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'issue a new signing secret (returned once)' })
  rotateSecret?: boolean | null;
}

@InputType({
  description:
    'Replay one delivery (deliveryId), or every event since a time to one endpoint (endpointId + since).',
})
export class ReplayWebhookInput {
  @Field(() => ID, { nullable: true }) deliveryId?: string | null;
  @Field(() => ID, { nullable: true }) endpointId?: string | null;
  @Field(() => DateTime, { nullable: true }) since?: Date | null;
}
