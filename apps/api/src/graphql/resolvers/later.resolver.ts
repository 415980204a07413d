/**
 * Contract operations that belong to later issues (metrics and cost monitoring). They are in the
 * schema so the contract holds, and answer NOT_IMPLEMENTED until their issue lands (listed in the
 * README). Campaigns live in modules/campaigns.
 */
import { Arg, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../auth-checker';
import { notImplemented } from '../errors';
import { Granularity } from '../enums';
import { AlertThresholdsInput } from '../inputs';
import { DateTime } from '../scalars';
import { AlertThresholds, AlertThresholdsPayload, CostMonitor, MetricsReport } from '../types';

@Resolver()
export class LaterResolver {
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
