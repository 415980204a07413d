/**
 * Reads of the rollups: days summed over shards and campaigns, the outstanding points before a
 * day, distinct active members of a period. Every figure of `metrics` and `costMonitor` comes from
 * here (never from the ledger); the lots give the expiry schedule and the matured points the
 * redemption-rate estimate (cached).
 */
import {
  addDaysToKey,
  costOfPoints,
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

/** Distinct members active in each period ([first, last] day keys) and in all of them together. */
export async function distinctActiveMembers(tx: SqlTx, periods: readonly { first: string; last: string }[]) {
  const byPeriod = new Map<string, number>();
  for (const p of periods) {
    const [r] = await tx.all<Row>(
      `select count(distinct "member_id") as "n" from "member_active_day" where "day" >= ? and "day" <= ?`,
      [p.first, p.last],
    );
    byPeriod.set(p.first, toNum(r.n));
  }
  const [t] = periods.length
    ? await tx.all<Row>(
        `select count(distinct "member_id") as "n" from "member_active_day" where "day" >= ? and "day" <= ?`,
        [periods[0].first, periods[periods.length - 1].last],
      )
    : [{ n: 0 }];
  return { byPeriod, total: toNum(t.n) };
}

/**
 * Points of the lots held now that expire in (from, to], by UTC instant bucketed into program days
 * with the zone's offset at `from` (a forecast input: an hour of DST drift does not matter there).
 */
export async function expirySchedule(
  tx: SqlTx,
  from: Date,
  to: Date,
  offsetMs: number,
): Promise<Map<string, number>> {
  const ms =
    tx.dialect === 'postgresql' ? `(extract(epoch from "expires_at") * 1000)::bigint` : `"expires_at"`;
  const rows = await tx.all<Row>(
    `select floor((${ms} + ?) / 86400000) as "d", sum("remaining") as "points" from "points_lot"
      where "expires_at" > ? and "expires_at" <= ? and "remaining" > 0 group by floor((${ms} + ?) / 86400000)`,
    [offsetMs, from, to, offsetMs],
  );
  // the bucket number is the local day since the epoch: its UTC calendar date is the local day key
  return new Map(
    rows.map((r) => [new Date(toNum(r.d) * 86_400_000).toISOString().slice(0, 10), toNum(r.points)]),
  );
}

const estimates = new WeakMap<App, { at: number; key: string; estimate: RedemptionRateEstimate }>();
const ESTIMATE_TTL_MS = 10 * 60_000;

/**
 * The expected redemption rate from the program's matured points (lots past their expiry): what
 * was redeemed of them against what expired. Cached for ten minutes per process: it moves slowly,
 * and it is the one figure that reads beyond the rollups.
 */
export async function redemptionRateEstimate(
  app: App,
  tx: SqlTx,
  settings: MetricsSettings,
  now: Date,
): Promise<RedemptionRateEstimate> {
  const key = `${settings.defaultRedemptionRate}|${settings.minMaturedPoints}`;
  const hit = estimates.get(app);
  if (hit && hit.key === key && performance.now() - hit.at < ESTIMATE_TTL_MS) return hit.estimate;
  const [lots] = await tx.all<Row>(
    `select coalesce(sum("points"), 0) as "issued", coalesce(sum("remaining"), 0) as "outstanding"
       from "points_lot" where "expires_at" is not null and "expires_at" <= ?`,
    [now],
  );
  const taken = await tx.all<Row>(
    `select e."type" as "type", coalesce(sum(a."points"), 0) as "points"
       from "points_lot" l join "lot_allocation" a on a."lot_id" = l."id" join "ledger_entry" e on e."id" = a."entry_id"
      where l."expires_at" is not null and l."expires_at" <= ? and e."type" in ('EXPIRE', 'REVERSAL', 'ADJUST')
      group by e."type"`,
    [now],
  );
  const of = (t: string) => toNum(taken.find((r) => r.type === t)?.points);
  const issued = toNum(lots.issued);
  const outstanding = toNum(lots.outstanding);
  const expired = of('EXPIRE');
  const reversed = of('REVERSAL') + of('ADJUST');
  const estimate = expectedRedemptionRate(
    [
      {
        key: 'matured',
        issued,
        outstanding,
        expired,
        reversed,
        redeemed: issued - outstanding - expired - reversed,
        lastExpiresAt: now,
      },
    ],
    { asOf: now, defaultRate: settings.defaultRedemptionRate, minMaturedPoints: settings.minMaturedPoints },
  );
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
