/**
 * GraphQL types of the metrics module: the public contract's (../shared/contract/schema.graphql), then
 * the additions beyond it (the emitted schema is a superset). Every field names its type explicitly.
 */
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AlertKind, CostStatus, Granularity, PointsSource } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, UserError } from '../../graphql/types';
import { Campaign } from '../campaigns/campaign.types';
import { Reward } from '../rewards/reward.types';

// ------------------------------------------------------------------ metrics and cost monitoring

@ObjectType()
export class IssuedBySource {
  @Field(() => PointsSource) source!: PointsSource;
  @Field(() => SafeInt) points!: number;
}

@ObjectType()
export class MetricsPoint {
  @Field(() => DateTime) periodStart!: Date;
  @Field(() => SafeInt) salesMinor!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Int) activeMembers!: number;
  @Field(() => SafeInt) pointsIssued!: number;
  @Field(() => [IssuedBySource]) issuedBySource!: IssuedBySource[];
  @Field(() => SafeInt) pointsRedeemed!: number;
  @Field(() => SafeInt) pointsExpired!: number;
  @Field(() => SafeInt) pointsReversed!: number;
  @Field(() => SafeInt) outstandingPoints!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float, { nullable: true }) costToSalesRatio!: number | null;
  @Field(() => SafeInt) liabilityMinor!: number;
}

@ObjectType()
export class MetricsReport {
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => Granularity) granularity!: Granularity;
  @Field(() => MetricsPoint) totals!: MetricsPoint;
  @Field(() => [MetricsPoint]) series!: MetricsPoint[];
}

@ObjectType({ implements: Node })
export class Alert extends Node {
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => String) message!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => DateTime) raisedAt!: Date;
  @Field(() => DateTime, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Campaign, { nullable: true }) campaign!: Campaign | null;
}

@ObjectType()
export class ForecastPoint {
  @Field(() => DateTime) date!: Date;
  @Field(() => SafeInt) liabilityMinor!: number;
}

@ObjectType()
export class CostMonitor {
  @Field(() => Int) windowDays!: number;
  @Field(() => SafeInt) salesMinor!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float, { nullable: true }) costToSalesRatio!: number | null;
  @Field(() => Float) redLine!: number;
  @Field(() => Float, {
    description:
      'the cost-to-sales ratio above which status is WARNING (the red line × the warning fraction)',
  })
  warningLevel!: number;
  @Field(() => CostStatus) status!: CostStatus;
  @Field(() => SafeInt) outstandingPoints!: number;
  @Field(() => SafeInt) liabilityMinor!: number;
  @Field(() => Float, { nullable: true }) breakageRate!: number | null;
  @Field(() => Float, { nullable: true }) redemptionRate!: number | null;
  @Field(() => Float, { nullable: true }) flowRatio!: number | null;
  @Field(() => Float, { nullable: true }) accumulationRatio!: number | null;
  @Field(() => [ForecastPoint]) forecast!: ForecastPoint[];
  @Field(() => [Alert]) alerts!: Alert[];
}

@ObjectType()
export class AlertThresholds {
  @Field(() => Float) costToSalesRedLine!: number;
  @Field(() => Float, {
    description: 'the warning level as a share of the red line (0.8: warn above 1.6% for a 2% line)',
  })
  warningFraction!: number;
  @Field(() => SafeInt, { nullable: true }) maxDailyIssuedPoints!: number | null;
  @Field(() => Float, { nullable: true }) minFlowRatio!: number | null;
  @Field(() => Float, { nullable: true }) maxAccumulationRatio!: number | null;
}

@ObjectType()
export class AlertThresholdsPayload {
  @Field(() => AlertThresholds, { nullable: true }) thresholds?: AlertThresholds | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

// ------------------------------------------------------------------ additions beyond the contract

export enum RedemptionKind {
  CASH_OFFSET = 'CASH_OFFSET',
  CATALOG = 'CATALOG',
  DONATION = 'DONATION',
}
registerEnumType(RedemptionKind, {
  name: 'RedemptionKind',
  description: 'cash offset at checkout (no reward), a catalog reward, or a donation',
});

@ObjectType({ description: 'Completed redemptions of one reward (or of cash offsets) in a window' })
export class RedemptionsByReward {
  @Field(() => Reward, { nullable: true, description: 'null for cash offsets' }) reward!: Reward | null;
  @Field(() => RedemptionKind) kind!: RedemptionKind;
  @Field(() => Int) redemptions!: number;
  @Field(() => Int, { description: 'distinct members who redeemed' }) members!: number;
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt, { description: 'points × point value' }) costMinor!: number;
  @Field(() => SafeInt, { description: 'the value given (discount, item value, donation)' })
  valueMinor!: number;
}

@ObjectType({
  description:
    'IFRS 15: a month of the deferred revenue of points (the program as one portfolio, from its first month)',
})
export class DeferredRevenueMonth {
  @Field(() => DateTime) monthStart!: Date;
  @Field(() => SafeInt, { description: 'sales net of refunds' }) salesMinor!: number;
  @Field(() => SafeInt, { description: 'purchase, tier bonus and campaign points issued with the sales' })
  pointsWithSales!: number;
  @Field(() => SafeInt) pointsRedeemed!: number;
  @Field(() => SafeInt, {
    description: "the sales' share allocated to the points (relative stand-alone selling prices)",
  })
  allocatedMinor!: number;
  @Field(() => SafeInt, { description: 'revenue recognised in the month as points were redeemed' })
  recognisedMinor!: number;
  @Field(() => SafeInt, { description: 'the contract liability at the month end' }) deferredMinor!: number;
}
