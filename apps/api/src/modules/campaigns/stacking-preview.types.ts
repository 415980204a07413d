/** GraphQL types of campaignStackingPreview (an addition to the contract). */
import { CAMPAIGN_SKIP_REASONS } from '@accrue/core';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CampaignStatus } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { CreateCampaignInput } from './campaign.inputs';

/** Why a campaign gives nothing to an event (or less: MEMBER_CAP): the core's skip reasons. */
export const CampaignSkipReason = Object.fromEntries(CAMPAIGN_SKIP_REASONS.map((r) => [r, r])) as {
  [K in (typeof CAMPAIGN_SKIP_REASONS)[number]]: K;
};
export type CampaignSkipReason = (typeof CAMPAIGN_SKIP_REASONS)[number];
registerEnumType(CampaignSkipReason, {
  name: 'CampaignSkipReason',
  description:
    'why a campaign gives an event nothing: NOT_ACTIVE, POOL_CAP (paused while the pool cap is reached), OUTSIDE_WINDOW, OUTSIDE_SCHEDULE, NOT_IN_AUDIENCE, HOLDOUT, NOT_APPLICABLE (its effect gives 0 here), STACKING_EXCLUDED, MEMBER_CAP (gives less), BUDGET_EXHAUSTED, EVALUATION_ERROR',
});

@InputType({
  description:
    'addition: the campaign to preview (campaignId, or the setup form as draft) and the example purchase',
})
export class CampaignStackingPreviewInput {
  @Field(() => ID, { nullable: true, description: 'a saved campaign (a draft is previewed as if launched)' })
  campaignId?: string | null;
  @Field(() => CreateCampaignInput, {
    nullable: true,
    description: 'the unsaved setup form, instead of campaignId',
  })
  draft?: CreateCampaignInput | null;
  @Field(() => SafeInt, { description: 'the example purchase, minor units of the program currency' })
  amountMinor!: number;
  @Field(() => [String], {
    nullable: true,
    description: "the purchase's categories (the amount shared equally)",
  })
  categories?: string[] | null;
  @Field(() => ID, { nullable: true, description: "the example member's tier (default: the entry tier)" })
  memberTierId?: string | null;
  @Field(() => SafeInt, { nullable: true, description: "the example member's balance before (default 0)" })
  memberBalance?: number | null;
  @Field(() => DateTime, {
    nullable: true,
    description: 'when the purchase is made (default: now, or the campaign start when later)',
  })
  at?: Date | null;
}

@ObjectType({ description: 'addition: one campaign in the stacking preview, in the engine order' })
export class CampaignStackingRow {
  @Field(() => ID, { nullable: true, description: 'null: the unsaved campaign of the setup form' })
  campaignId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'the campaign previewed (the others are live)' })
  isPreviewed!: boolean;
  @Field(() => Int) priority!: number;
  @Field(() => Boolean) stackable!: boolean;
  @Field(() => CampaignStatus, {
    description: 'its status at the purchase (the previewed one as if launched)',
  })
  status!: CampaignStatus;
  @Field(() => String, { nullable: true }) variantKey!: string | null;
  @Field(() => Boolean) applies!: boolean;
  @Field(() => SafeInt, { description: 'the points it adds to the purchase' }) points!: number;
  @Field(() => CampaignSkipReason, {
    nullable: true,
    description: 'why it adds nothing (or less: MEMBER_CAP)',
  })
  reason!: CampaignSkipReason | null;
  @Field(() => SafeInt, { description: 'what it would have added, when stacking excluded it' })
  excludedPoints!: number;
  @Field(() => ID, { nullable: true, description: 'the campaign whose place in the order excluded it' })
  excludedByCampaignId!: string | null;
  @Field(() => String, { nullable: true }) excludedByName!: string | null;
  @Field(() => Boolean, { nullable: true }) excludedByStackable!: boolean | null;
}

@ObjectType({
  description:
    'addition: how a campaign stacks with the live ones on one example purchase (core evaluateCampaigns; nothing written)',
})
export class CampaignStackingPreview {
  @Field(() => DateTime) at!: Date;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => ID) tierId!: string;
  @Field(() => String) tierName!: string;
  @Field(() => Boolean, { description: 'the pool cap is reached: every campaign is paused' })
  poolCapReached!: boolean;
  @Field(() => SafeInt, {
    description: 'points from the program rules (base rate, tier, category, order bonus)',
  })
  programPoints!: number;
  @Field(() => SafeInt, { description: 'the campaigns that apply, together' }) campaignPoints!: number;
  @Field(() => SafeInt) totalPoints!: number;
  @Field(() => [CampaignStackingRow]) campaigns!: CampaignStackingRow[];
}
