/** GraphQL object types of the metrics module (public contract: ../shared/contract/schema.graphql). Every field names its type explicitly. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AlertKind, CostStatus, Granularity, PointsSource } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Node, UserError } from '../../graphql/types';
import { Campaign } from '../campaigns/campaign.types';

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
  @Field(() => SafeInt, { nullable: true }) maxDailyIssuedPoints!: number | null;
  @Field(() => Float, { nullable: true }) minFlowRatio!: number | null;
  @Field(() => Float, { nullable: true }) maxAccumulationRatio!: number | null;
}

@ObjectType()
export class AlertThresholdsPayload {
  @Field(() => AlertThresholds, { nullable: true }) thresholds?: AlertThresholds | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
