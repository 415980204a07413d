import { Arg, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { notImplemented } from '../../graphql/errors';
import { Granularity } from '../../graphql/enums';
import { AlertThresholdsInput } from './metrics.inputs';
import { DateTime } from '../../graphql/scalars';
import { AlertThresholds, AlertThresholdsPayload, CostMonitor, MetricsReport } from './metrics.types';

/** Metrics and cost monitoring: in the schema so the contract holds; they answer NOT_IMPLEMENTED until the metrics issue lands (listed in the README). */
@Resolver()
export class MetricsResolver {
  @Authorized('metrics:read')
  @Query(() => MetricsReport)
  metrics(
    @Arg('from', () => DateTime) _from: Date,
    @Arg('to', () => DateTime) _to: Date,
    @Arg('granularity', () => Granularity, { nullable: true, defaultValue: Granularity.DAY }) _g: Granularity,
  ): MetricsReport {
    return notImplemented('metrics');
  }

  @Authorized('metrics:read')
  @Query(() => CostMonitor)
  costMonitor(
    @Arg('windowDays', () => Int, { nullable: true, defaultValue: 30 }) _windowDays: number,
  ): CostMonitor {
    return notImplemented('costMonitor');
  }

  @Authorized('metrics:read')
  @Query(() => AlertThresholds)
  alertThresholds(): AlertThresholds {
    return notImplemented('alertThresholds');
  }

  @Authorized('thresholds:write')
  @Mutation(() => AlertThresholdsPayload)
  updateAlertThresholds(
    @Arg('input', () => AlertThresholdsInput) _input: AlertThresholdsInput,
  ): AlertThresholdsPayload {
    return notImplemented('updateAlertThresholds');
  }
}
