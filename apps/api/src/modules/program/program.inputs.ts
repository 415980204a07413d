/** GraphQL input types of the program module (public contract). */
import { Field, Float, ID, InputType, Int } from 'type-graphql';

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
  @Field(() => ID, {
    nullable: true,
    description:
      'bonus points over the monthly cap become entries of this points draw while it is open; null: refused',
  })
  overCapDrawId?: string | null;
  @Field(() => Float, { nullable: true }) costToSalesRedLine?: number | null;
  /** replaces the category earning rules (an empty list removes them); omitted or null: unchanged */
  @Field(() => [CategoryMultiplierInput], { nullable: true })
  categoryMultipliers?: CategoryMultiplierInput[] | null;
  /** replaces the risk-flag rules (ADMIN); omitted or null: unchanged */
  @Field(() => RiskSettingsInput, { nullable: true })
  risk?: RiskSettingsInput | null;
}
