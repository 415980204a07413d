/**
 * Reads of the rollups: days summed over shards and campaigns, the outstanding points before a
 * day, distinct active members of a period (the gap histogram), the expiry schedule and the
 * matured points (the lot cohorts). Every figure of `metrics` and `costMonitor` comes from here,
 * never from the ledger, the lots or the markers: what is read grows with the program's age only.
 */
import {
  addDaysToKey,
  COHORT_COLUMNS,
  costOfPoints,
  distinctActiveBounds,
  localDayKey,
  maturedFigures,
  expectedRedemptionRate,
  pointsIssued,
  ROLLUP_COLUMNS,
  netPoints,
  type ForecastHistoryDay,
  type RedemptionRateEstimate,
  type RollupDeltas,
  type RollupFigures,
} from '@accrue/core';
import { toNum } from '../../db/sql/codecs';
import { type Row, type SqlTx } from '../../db/sql/types';
import type { App } from '../../services/app';
import { ROLLUP_SQL_COLUMNS } from './rollup-writer';
import type { MetricsSettings } from './thresholds';

const sums = ROLLUP_SQL_COLUMNS.map((c) => `coalesce(sum("${c}"), 0) as "${c}"`).join(', ');

function figuresOf(r: Row): RollupFigures {
  const f = {} as RollupFigures;
  ROLLUP_COLUMNS.forEach((c, k) => (f[c] = toNum(r[ROLLUP_SQL_COLUMNS[k]])));
  return f;
}

/** Each day of [first, last] that has rollups: summed over shards and campaigns. */
export async function dailyRollups(
  tx: SqlTx,
  first: string,
  last: string,
): Promise<Map<string, RollupDeltas>> {
  const rows = await tx.all<Row>(
    `select "day", ${sums} from "metrics_daily" where "day" >= ? and "day" <= ? group by "day"`,
    [first, last],
  );
  return new Map(rows.map((r) => [String(r.day), figuresOf(r)]));
}

/** The rollups of [first, last] summed (or of every day before `first` when only `before` is given). */
export async function windowRollups(tx: SqlTx, range: { first?: string; last?: string; before?: string }) {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (cond: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(cond);
    params.push(value);
  };
  add(`"day" >= ?`, range.first);
  add(`"day" <= ?`, range.last);
  add(`"day" < ?`, range.before);
  const [r] = await tx.all<Row>(
    `select ${sums} from "metrics_daily"${where.length ? ` where ${where.join(' and ')}` : ''}`,
    params,
  );
  return figuresOf(r);
}

/** Outstanding points at the start of `day`: every increment before it. */
export async function outstandingBefore(tx: SqlTx, day: string): Promise<number> {
  return netPoints(await windowRollups(tx, { before: day }));
}

/** `days` days of rollups from `first`, each with the outstanding points at its end (a forecast's history). */
export async function forecastHistory(tx: SqlTx, first: string, days: number): Promise<ForecastHistoryDay[]> {
  const [byDay, opening] = await Promise.all([
    dailyRollups(tx, first, addDaysToKey(first, days - 1)),
    outstandingBefore(tx, first),
  ]);
  const history: ForecastHistoryDay[] = [];
  let held = opening;
  for (let d = 0; d < days; d++) {
    const f = byDay.get(addDaysToKey(first, d)) ?? {};
    held += netPoints(f);
    history.push({ issued: pointsIssued(f), redeemed: f.redeemed ?? 0, outstanding: held });
  }
  return history;
}

/**
 * Distinct members active in each period ([first, last] day keys) and in all of them together,
 * from the gap histogram (core's active-gaps.ts): a member counts in [a, b] by their first active
 * day in it, the marker whose previous day is before `a`. A few rows per day, whatever the members.
 */
export async function distinctActiveMembers(tx: SqlTx, periods: readonly { first: string; last: string }[]) {
  const count = async (first: string, last: string) => {
    const b = distinctActiveBounds(first, last);
    const [r] = await tx.all<Row>(
      `select (select coalesce(sum("members"), 0) from "member_active_gap"
                where "grain" = 'MONTH' and "day" >= ? and "day" <= ? and "prev" < ?)
            + (select coalesce(sum("members"), 0) from "member_active_gap"
                where "grain" = 'DAY' and "prev" >= ? and "prev" < ? and "day" >= ? and "day" <= ?) as "n"`,
      [b.first, b.last, b.beforeMonth, b.dayFrom, b.dayBefore, b.first, b.last],
    );
    return toNum(r.n);
  };
  const byPeriod = new Map<string, number>();
  for (const p of periods) byPeriod.set(p.first, await count(p.first, p.last));
  const total = periods.length ? await count(periods[0].first, periods[periods.length - 1].last) : 0;
  return { byPeriod, total };
}

/** Points of the lots held now that expire on each local day of [first, last] (the lot cohorts). */
export async function expirySchedule(tx: SqlTx, first: string, last: string): Promise<Map<string, number>> {
  const rows = await tx.all<Row>(
    `select "day", sum("remaining") as "points" from "lot_cohort_daily" where "day" >= ? and "day" <= ? group by "day"`,
    [first, last],
  );
  return new Map(rows.map((r) => [String(r.day), toNum(r.points)]));
}

const estimates = new WeakMap<App, { at: number; key: string; estimate: RedemptionRateEstimate }>();
const ESTIMATE_TTL_MS = 10 * 60_000;

/**
 * The expected redemption rate from the program's matured points (the lot cohorts whose expiry
 * day is over): what was redeemed of them against what expired. Cached for ten minutes per
 * process: it moves slowly (a cold read sums one row per shard and day of the program's past).
 */
export async function redemptionRateEstimate(
  app: App,
  tx: SqlTx,
  settings: MetricsSettings,
  now: Date,
  timezone: string,
): Promise<RedemptionRateEstimate> {
  const key = `${settings.defaultRedemptionRate}|${settings.minMaturedPoints}|${timezone}`;
  const hit = estimates.get(app);
  if (hit && hit.key === key && performance.now() - hit.at < ESTIMATE_TTL_MS) return hit.estimate;
  // the cohorts of lots whose expiry day is over: what was issued into them and what became of it
  const [r] = await tx.all<Row>(
    `select ${COHORT_COLUMNS.map((c) => `coalesce(sum("${c}"), 0) as "${c}"`).join(', ')}
       from "lot_cohort_daily" where "day" < ?`,
    [localDayKey(now, timezone)],
  );
  const matured = maturedFigures({
    points: toNum(r.points),
    remaining: toNum(r.remaining),
    expired: toNum(r.expired),
    reversed: toNum(r.reversed),
  });
  const estimate = expectedRedemptionRate([{ key: 'matured', ...matured, lastExpiresAt: now }], {
    asOf: now,
    defaultRate: settings.defaultRedemptionRate,
    minMaturedPoints: settings.minMaturedPoints,
  });
  estimates.set(app, { at: performance.now(), key, estimate });
  return estimate;
}

/** Drops the cached estimate (tests, and after a rebuild). */
export function forgetRedemptionRateEstimate(app: App) {
  estimates.delete(app);
}

/**
 * A campaign's points from the rollups (the campaign's own rows): issued, clawed back, and their
 * cost (issued − reversed) × point value, over [first, last] or all time. For campaign results and
 * budget projections; revenue from participants comes from the campaign's assignments.
 */
export async function campaignPoints(
  tx: SqlTx,
  campaignId: string,
  pointValueMinor: number,
  range: { first?: string; last?: string } = {},
) {
  const params: unknown[] = [campaignId];
  let where = `"campaign_id" = ?`;
  if (range.first) {
    where += ` and "day" >= ?`;
    params.push(range.first);
  }
  if (range.last) {
    where += ` and "day" <= ?`;
    params.push(range.last);
  }
  const [r] = await tx.all<Row>(`select ${sums} from "metrics_daily" where ${where}`, params);
  const f = figuresOf(r);
  const issued = pointsIssued(f);
  return {
    issued,
    reversed: f.reversed,
    expired: f.expired,
    costMinor: costOfPoints(issued - f.reversed, pointValueMinor),
  };
}

/**
 * Several campaigns' issued points from the rollups (their own rows), in two statements: all time,
 * and on the days from `recentFirstDay` (a burn-rate window, core's `rollupPacingWindow`).
 */
export async function campaignsIssued(
  tx: SqlTx,
  campaignIds: readonly string[],
  recentFirstDay: string,
): Promise<Map<string, { issued: number; recentIssued: number }>> {
  const out = new Map(campaignIds.map((id) => [id, { issued: 0, recentIssued: 0 }]));
  if (!campaignIds.length) return out;
  const ids = campaignIds.map(() => '?').join(', ');
  const [all, recent] = await Promise.all([
    tx.all<Row>(
      `select "campaign_id", ${sums} from "metrics_daily" where "campaign_id" in (${ids}) group by "campaign_id"`,
      [...campaignIds],
    ),
    tx.all<Row>(
      `select "campaign_id", ${sums} from "metrics_daily"
        where "campaign_id" in (${ids}) and "day" >= ? group by "campaign_id"`,
      [...campaignIds, recentFirstDay],
    ),
  ]);
  for (const r of all) out.get(String(r.campaign_id))!.issued = pointsIssued(figuresOf(r));
  for (const r of recent) out.get(String(r.campaign_id))!.recentIssued = pointsIssued(figuresOf(r));
  return out;
}
