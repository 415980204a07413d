/**
 * The two reports, from rollups: `metrics(from, to, granularity)` and `costMonitor(windowDays)`.
 */
import {
  accumulationRatio,
  addDaysToKey,
  costOfPoints,
  costStatus,
  costToSalesIssued,
  dayKey,
  daysBetweenKeys,
  flowRatio,
  forecastLiability,
  liability,
  metricsSeries,
  netPoints,
  periodsOf,
  pointsIssued,
  startOfLocalDay,
  windowDays,
  type CostStatus,
  type Granularity,
  type MetricsPointFigures,
} from '@accrue/core';
import { emSql } from '../../db/sql/queries';
import { type SqlTx } from '../../db/sql/types';
import type { App } from '../../services/app';
import { bad } from '../../services/validate';
import { listAlerts, type AlertView } from './alerts';
import {
  dailyRollups,
  distinctActiveMembers,
  expirySchedule,
  forecastHistory,
  outstandingBefore,
  redemptionRateEstimate,
  windowRollups,
} from './read';
import { metricsSettings } from './thresholds';

/** A DAY series may cover at most this many days (ten years). */
export const MAX_METRICS_DAYS = 3660;

export interface MetricsReportView {
  from: Date;
  to: Date;
  granularity: Granularity;
  totals: MetricsPointFigures;
  series: MetricsPointFigures[];
}

const readTx = (app: App): SqlTx => emSql(app.orm.em.fork());

export async function metricsReport(
  app: App,
  input: { from: Date; to: Date; granularity: Granularity },
): Promise<MetricsReportView> {
  if (Number.isNaN(input.from.getTime())) bad(['from'], 'must be an ISO-8601 date-time');
  if (Number.isNaN(input.to.getTime())) bad(['to'], 'must be an ISO-8601 date-time');
  const program = await app.program.get(() => app.orm.em.fork());
  const tz = program.rules.timezone;
  const span = windowDays(input.from, input.to, tz);
  if (!span) bad(['to'], 'must be after `from`');
  if (daysBetweenKeys(span.first, span.last) >= MAX_METRICS_DAYS)
    bad(['to'], `a report covers at most ${MAX_METRICS_DAYS} days`);
  const tx = readTx(app);
  const settings = metricsSettings(program);
  const [days, opening, rate] = await Promise.all([
    dailyRollups(tx, span.first, span.last),
    outstandingBefore(tx, span.first),
    redemptionRateEstimate(app, tx, settings, app.clock.now(), tz),
  ]);
  const periods = periodsOf(span.first, span.last, input.granularity);
  // a member active on several days of a period counts once in it (and once in the totals)
  const activeMembers =
    input.granularity === 'DAY'
      ? {
          byPeriod: new Map(periods.map((p) => [p.first, days.get(p.first)?.activeMembers ?? 0])),
          total: (await distinctActiveMembers(tx, [span])).total,
        }
      : await distinctActiveMembers(tx, periods);
  const { series, totals } = metricsSeries({
    days,
    first: span.first,
    last: span.last,
    granularity: input.granularity,
    timezone: tz,
    openingOutstanding: opening,
    pointValueMinor: program.rules.pointValueMinor,
    expectedRedemptionRate: rate.rate,
    activeMembers,
    maxDays: MAX_METRICS_DAYS,
  });
  return { from: input.from, to: input.to, granularity: input.granularity, totals, series };
}

export interface CostMonitorView {
  windowDays: number;
  salesMinor: number;
  costMinor: number;
  costToSalesRatio: number | null;
  redLine: number;
  warningLevel: number;
  status: CostStatus;
  outstandingPoints: number;
  liabilityMinor: number;
  breakageRate: number | null;
  redemptionRate: number | null;
  flowRatio: number | null;
  accumulationRatio: number | null;
  forecast: { date: Date; day: string; liabilityMinor: number }[];
  alerts: AlertView[];
}

/** Days of history the forecast learns from, and days it looks ahead. */
export const FORECAST_HISTORY_DAYS = 90;
const FORECAST_HORIZON_DAYS = 90;

/**
 * The cost monitor over the last `windowDays` local days (today included): sales and the cost of
 * the points issued (net of clawbacks) in the window, its ratio against the red line, the
 * outstanding points and liability now, breakage and the expected redemption rate, the flow and
 * accumulation ratios of the window, a 90-day liability forecast and the alerts open or raised in
 * the window.
 */
export async function costMonitor(app: App, input: { windowDays: number }): Promise<CostMonitorView> {
  const n = input.windowDays;
  if (!Number.isSafeInteger(n) || n < 1 || n > 3660)
    bad(['windowDays'], 'must be a whole number of days from 1 to 3660');
  const program = await app.program.get(() => app.orm.em.fork());
  const tz = program.rules.timezone;
  const pointValue = program.rules.pointValueMinor;
  const settings = metricsSettings(program);
  const now = app.clock.now();
  const today = dayKey(now, tz);
  const first = addDaysToKey(today, 1 - n);
  const historyFirst = addDaysToKey(today, 1 - FORECAST_HISTORY_DAYS);
  const tx = readTx(app);
  const [w, all, rate, history, schedule] = await Promise.all([
    windowRollups(tx, { first, last: today }),
    windowRollups(tx, {}),
    redemptionRateEstimate(app, tx, settings, now, tz),
    forecastHistory(tx, historyFirst, FORECAST_HISTORY_DAYS),
    expirySchedule(tx, addDaysToKey(today, 1), addDaysToKey(today, FORECAST_HORIZON_DAYS)),
  ]);
  const issued = pointsIssued(w);
  const outstanding = netPoints(all);
  const ratio = costToSalesIssued(
    { salesMinor: w.salesMinor, issued, redeemed: w.redeemed, reversed: w.reversed },
    pointValue,
  );
  const forecast = forecastLiability({
    today,
    outstandingPoints: outstanding,
    expirySchedule: schedule,
    history,
    pointValueMinor: pointValue,
    expectedRedemptionRate: rate.rate,
    horizonDays: FORECAST_HORIZON_DAYS,
  });
  const alerts = await listAlerts(app, { since: startOfLocalDay(first, tz) });
  return {
    windowDays: n,
    salesMinor: w.salesMinor,
    costMinor: costOfPoints(issued - w.reversed, pointValue),
    costToSalesRatio: ratio,
    redLine: settings.thresholds.costToSalesRedLine,
    warningLevel: settings.thresholds.costToSalesRedLine * settings.thresholds.warningFraction,
    status: costStatus(ratio, settings.thresholds),
    outstandingPoints: outstanding,
    liabilityMinor: liability(outstanding, pointValue, rate.rate),
    breakageRate: 1 - rate.rate,
    redemptionRate: rate.rate,
    flowRatio: flowRatio(w.redeemed, issued),
    accumulationRatio: accumulationRatio(outstanding, issued),
    forecast: forecast.map((f) => ({
      date: startOfLocalDay(f.day, tz),
      day: f.day,
      liabilityMinor: f.liabilityMinor,
    })),
    alerts,
  };
}
