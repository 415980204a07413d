/** metrics, costMonitor, alertThresholds, updateAlertThresholds: permission, one use case, mapping. */
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can } from '../../auth/permissions';
import { Campaign } from '../campaigns/campaign.types';
import { campaignLoaders, toCampaign } from '../campaigns/graphql';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { AlertKind, CostStatus, Granularity, PointsSource } from '../../graphql/enums';
import { payload } from '../../graphql/errors';
import { AlertThresholdsInput } from './metrics.inputs';
import { DateTime } from '../../graphql/scalars';
import {
  Alert,
  AlertThresholds,
  AlertThresholdsPayload,
  CostMonitor,
  DeferredRevenueMonth,
  MetricsPoint,
  MetricsReport,
  RedemptionKind,
  RedemptionsByReward,
} from './metrics.types';
import type { MetricsPointFigures, AlertThresholds as CoreThresholds } from '@accrue/core';
import type { AlertView } from './alerts';
import { checkAlerts } from './alerts';
import { costMonitor, metricsReport } from './reports';
import { metricsSettings, updateAlertThresholds } from './thresholds';
import { redemptionsByReward } from './redemptions';
import { deferredRevenue } from './deferred-revenue';
import { toReward } from '../../graphql/map';

export const toMetricsPoint = (p: MetricsPointFigures): MetricsPoint => ({
  ...p,
  issuedBySource: p.issuedBySource.map((s) => ({ source: s.source as PointsSource, points: s.points })),
});

/** An alert with the campaign it is about (CAMPAIGN_BUDGET), resolved by `AlertFieldsResolver`. */
export type AlertNode = Alert & { campaignId: string | null };

export const toAlert = (a: AlertView): AlertNode =>
  Object.assign(new Alert(), {
    id: a.id,
    kind: a.kind as AlertKind,
    message: a.message,
    value: a.value,
    threshold: a.threshold,
    raisedAt: a.raisedAt,
    resolvedAt: a.resolvedAt,
    campaign: null,
    campaignId: a.campaignId,
  });

const toThresholds = (t: CoreThresholds): AlertThresholds => ({
  costToSalesRedLine: t.costToSalesRedLine,
  warningFraction: t.warningFraction,
  maxDailyIssuedPoints: t.maxDailyIssuedPoints,
  minFlowRatio: t.minFlowRatio,
  maxAccumulationRatio: t.maxAccumulationRatio,
});

@Resolver()
export class MetricsResolver {
  @Authorized('metrics:read')
  @Query(() => MetricsReport)
  async metrics(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('granularity', () => Granularity, { nullable: true, defaultValue: Granularity.DAY })
    granularity: Granularity | null,
    @Ctx() ctx: GqlContext,
  ): Promise<MetricsReport> {
    const r = await metricsReport(ctx.app, { from, to, granularity: granularity ?? Granularity.DAY });
    return {
      ...r,
      granularity: r.granularity as Granularity,
      totals: toMetricsPoint(r.totals),
      series: r.series.map(toMetricsPoint),
    };
  }

  @Authorized('metrics:read')
  @Query(() => CostMonitor)
  async costMonitor(
    @Arg('windowDays', () => Int, { nullable: true, defaultValue: 30 }) windowDays: number | null,
    @Ctx() ctx: GqlContext,
  ): Promise<CostMonitor> {
    const r = await costMonitor(ctx.app, { windowDays: windowDays ?? 30 });
    return {
      ...r,
      status: r.status as CostStatus,
      forecast: r.forecast.map((f) => ({ date: f.date, liabilityMinor: f.liabilityMinor })),
      alerts: r.alerts.map(toAlert),
    };
  }

  @Authorized('metrics:read')
  @Query(() => [RedemptionsByReward], {
    description: 'Completed redemptions in [from, to) by reward and kind, most points first',
  })
  async redemptionsByReward(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() ctx: GqlContext,
  ): Promise<RedemptionsByReward[]> {
    const rows = await redemptionsByReward(ctx.app, { from, to });
    return rows.map((r) => ({
      ...r,
      kind: r.kind as RedemptionKind,
      reward: r.reward && toReward(r.reward),
    }));
  }

  @Authorized('metrics:read')
  @Query(() => [DeferredRevenueMonth], {
    description:
      'IFRS 15 deferred revenue of points, by month of the program time zone, for the months of [from, to)',
  })
  deferredRevenue(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() ctx: GqlContext,
  ): Promise<DeferredRevenueMonth[]> {
    return deferredRevenue(ctx.app, { from, to });
  }

  @Authorized('metrics:read')
  @Query(() => AlertThresholds)
  async alertThresholds(@Ctx() ctx: GqlContext): Promise<AlertThresholds> {
    return toThresholds(metricsSettings(await ctx.loaders.program()).thresholds);
  }

  @Authorized('thresholds:write')
  @Mutation(() => AlertThresholdsPayload)
  updateAlertThresholds(
    @Arg('input', () => AlertThresholdsInput) input: AlertThresholdsInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const settings = await updateAlertThresholds(ctx.app, ctx.actor!, input);
      // the new thresholds apply at once: alerts they raise or resolve are recorded now
      await checkAlerts(ctx.app);
      return { thresholds: toThresholds(settings.thresholds) };
    });
  }
}

@Resolver(() => Alert)
export class AlertFieldsResolver {
  @FieldResolver(() => Campaign, { nullable: true })
  async campaign(@Root() a: AlertNode, @Ctx() ctx: GqlContext): Promise<Campaign | null> {
    // the campaign only for roles that read campaigns; others have the alert's message, which names it
    if (!a.campaignId || !ctx.actor || !can(ctx.actor.role, 'campaigns:read')) return null;
    const row = await campaignLoaders(ctx).campaign.load(a.campaignId);
    return row && toCampaign(row, ctx.app.clock.now());
  }
}
