/**
 * GraphQL object types of the program module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/types';

// ------------------------------------------------------------------ program

/** An earning rule: items of this category earn base points times the multiplier. */
@ObjectType()
export class CategoryMultiplier {
  @Field(() => String) category!: string;
  @Field(() => Float) multiplier!: number;
}

@ObjectType({
  description:
    'Earning velocity flag: a day of purchase points above minPoints and multiple x the daily norm',
})
export class VelocitySettings {
  @Field(() => Float) multiple!: number;
  @Field(() => Int) minPoints!: number;
  @Field(() => Int) baselineDays!: number;
}

@ObjectType({ description: 'When members are flagged for review (null: that check is off)' })
export class RiskSettings {
  @Field(() => Int, { nullable: true }) maxEnrolmentsPerDevice!: number | null;
  @Field(() => Int, { nullable: true }) maxEnrolmentsPerIp!: number | null;
  @Field(() => VelocitySettings, { nullable: true }) velocity!: VelocitySettings | null;
}

@ObjectType()
export class ProgramSettings {
  @Field(() => String) name!: string;
  @Field(() => String) currency!: string;
  @Field(() => String) timezone!: string;
  @Field(() => Int) pointsPerCurrencyUnit!: number;
  @Field(() => Int, { nullable: true }) purchasePointsExpireInDays!: number | null;
  @Field(() => Int) pendingDays!: number;
  @Field(() => Int, { nullable: true }) monthlyBonusCapPoints!: number | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'the points draw whose entries bonus points over the monthly cap become (null: they are refused)',
  })
  overCapDrawId!: string | null;
  @Field(() => Float) costToSalesRedLine!: number;
  @Field(() => [CategoryMultiplier]) categoryMultipliers!: CategoryMultiplier[];
  @Field(() => RiskSettings) risk!: RiskSettings;
}

@ObjectType()
export class UpdateProgramSettingsPayload {
  @Field(() => ProgramSettings, { nullable: true }) settings?: ProgramSettings | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
