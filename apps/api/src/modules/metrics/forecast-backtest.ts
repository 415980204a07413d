/**
 * The liability forecast back-tested (`accrue forecast-backtest`): on the program's own data, the
 * forecast `costMonitor` would have made at the start of the last quarter (the same core
 * `forecastLiability`, fed only with what was known then: the 90 days of rollups before it, the
 * outstanding points then, and the expiry schedule of the lots held then) against the outstanding
 * points and liability the rollups show for each day since. The expected redemption rate is
 * today's estimate for both sides, so the comparison is of the points.
 */
import {
  addDaysToKey,
  dayKey,
  forecastError,
  forecastLiability,
  liability,
  startOfLocalDay,
} from '@accrue/core';
import { emSql } from '../../db/sql/queries';
import { toDate, toNum } from '../../db/sql/codecs';
import { type Row, type SqlTx } from '../../db/sql/types';
import type { App } from '../../services/app';
import { forecastHistory, redemptionRateEstimate } from './read';
import { FORECAST_HISTORY_DAYS } from './reports';
import { metricsSettings } from './thresholds';

export interface BacktestDay {
  day: string;
  predictedPoints: number;
  actualPoints: number;
  predictedLiabilityMinor: number;
  actualLiabilityMinor: number;
}

export interface ForecastBacktest {
  /** the last day of the data the forecast was made from */
  asOf: string;
  days: BacktestDay[];
  /** mean absolute percentage error of the liability over the horizon */
  liabilityMape: number | null;
}

/** Points of the lots held at `at` (earned before it, less what was taken from them before it), by local expiry day. */
async function expiryScheduleAt(tx: SqlTx, at: Date, to: Date, timezone: string) {
  const rows = await tx.all<Row>(
    `select l."expires_at" as "at", l."points" - coalesce((select sum(a."points") from "lot_allocation" a
         join "ledger_entry" e on e."id" = a."entry_id" where a."lot_id" = l."id" and e."occurred_at" < ?), 0) as "left"
       from "points_lot" l where l."earned_at" < ? and l."expires_at" > ? and l."expires_at" <= ?`,
    [at, at, at, to],
  );
  const schedule = new Map<string, number>();
  for (const r of rows) {
    const left = toNum(r.left);
    if (left <= 0) continue;
    const day = dayKey(toDate(r.at)!, timezone);
    schedule.set(day, (schedule.get(day) ?? 0) + left);
  }
  return schedule;
}

export async function forecastBacktest(app: App, horizonDays = 90): Promise<ForecastBacktest> {
  const program = await app.program.get(() => app.orm.em.fork());
  const tz = program.rules.timezone;
  const pointValue = program.rules.pointValueMinor;
  const now = app.clock.now();
  const tx = emSql(app.orm.em.fork());
  // the horizon ends yesterday (the last whole day); the forecast starts after asOf
  const asOf = addDaysToKey(dayKey(now, tz), -1 - horizonDays);
  const cutoff = startOfLocalDay(addDaysToKey(asOf, 1), tz);
  const [history, actual, schedule, rate] = await Promise.all([
    forecastHistory(tx, addDaysToKey(asOf, 1 - FORECAST_HISTORY_DAYS), FORECAST_HISTORY_DAYS),
    forecastHistory(tx, addDaysToKey(asOf, 1), horizonDays),
    expiryScheduleAt(tx, cutoff, new Date(cutoff.getTime() + (horizonDays + 1) * 86_400_000), tz),
    redemptionRateEstimate(app, tx, metricsSettings(program), now, tz),
  ]);
  const predicted = forecastLiability({
    today: asOf,
    outstandingPoints: history[history.length - 1].outstanding,
    expirySchedule: schedule,
    history,
    pointValueMinor: pointValue,
    expectedRedemptionRate: rate.rate,
    horizonDays,
  });
  const days = predicted.map((p, k) => ({
    day: p.day,
    predictedPoints: p.outstandingPoints,
    actualPoints: actual[k].outstanding,
    predictedLiabilityMinor: p.liabilityMinor,
    actualLiabilityMinor: liability(actual[k].outstanding, pointValue, rate.rate),
  }));
  return {
    asOf,
    days,
    liabilityMape: forecastError(
      days.map((d) => d.predictedLiabilityMinor),
      days.map((d) => d.actualLiabilityMinor),
    ),
  };
}

/** The back-test as a few lines for a terminal or the README. */
export function describeBacktest(b: ForecastBacktest): string[] {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
  const lines = [
    `forecast made with data up to ${b.asOf}, compared with what happened:`,
    `day | date | forecast liability | actual liability | forecast − actual`,
  ];
  for (const k of [7, 30, 60, b.days.length]) {
    const d = b.days[k - 1];
    if (!d) continue;
    const off = d.actualLiabilityMinor
      ? (d.predictedLiabilityMinor - d.actualLiabilityMinor) / d.actualLiabilityMinor
      : 0;
    lines.push(`${k} | ${d.day} | ${d.predictedLiabilityMinor} | ${d.actualLiabilityMinor} | ${pct(off)}`);
  }
  lines.push(
    `mean absolute error over ${b.days.length} days: ${b.liabilityMape === null ? 'n/a' : pct(b.liabilityMape).slice(1)}`,
  );
  return lines;
}
