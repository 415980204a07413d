/**
 * The IFRS 15 deferred-revenue view, month by month, from the rollups (core's
 * `deferredRevenueSchedule`: the program as one portfolio, from its first month).
 */
import {
  addDaysToKey,
  deferredRevenueSchedule,
  periodsOf,
  startOfLocalDay,
  windowDays,
  type RollupDeltas,
} from '@accrue/core';
import { emSql } from '../../db/sql/queries';
import { type Row } from '../../db/sql/types';
import type { App } from '../../services/app';
import { bad } from '../../services/validate';
import { dailyRollups, redemptionRateEstimate } from './read';
import { metricsSettings } from './thresholds';

export interface DeferredRevenueMonthView {
  monthStart: Date;
  salesMinor: number;
  pointsWithSales: number;
  pointsRedeemed: number;
  allocatedMinor: number;
  recognisedMinor: number;
  deferredMinor: number;
}

/** points issued with a sale: purchase, tier bonus and campaign points */
const withSales = (d: RollupDeltas) =>
  (d.issuedPurchase ?? 0) + (d.issuedTierBonus ?? 0) + (d.issuedCampaign ?? 0);

export async function deferredRevenue(
  app: App,
  input: { from: Date; to: Date },
): Promise<DeferredRevenueMonthView[]> {
  if (Number.isNaN(input.from.getTime())) bad(['from'], 'must be an ISO-8601 date-time');
  if (Number.isNaN(input.to.getTime())) bad(['to'], 'must be an ISO-8601 date-time');
  const program = await app.program.get(() => app.orm.em.fork());
  const tz = program.rules.timezone;
  const span = windowDays(input.from, input.to, tz);
  if (!span) bad(['to'], 'must be after `from`');
  const tx = emSql(app.orm.em.fork());
  const [first] = await tx.all<Row>(`select min("day") as "d" from "metrics_daily"`);
  const start = typeof first?.d === 'string' && first.d < span.first ? first.d : span.first;
  const [days, rate] = await Promise.all([
    dailyRollups(tx, start, span.last),
    redemptionRateEstimate(app, tx, metricsSettings(program), app.clock.now(), tz),
  ]);
  const months = periodsOf(start, span.last, 'MONTH').map((m) => {
    const sum = { salesMinor: 0, pointsWithSales: 0, redeemed: 0 };
    for (let d = m.first; d <= m.last; d = addDaysToKey(d, 1)) {
      const f = days.get(d);
      if (!f) continue;
      sum.salesMinor += f.salesMinor ?? 0;
      sum.pointsWithSales += withSales(f);
      sum.redeemed += f.redeemed ?? 0;
    }
    return { ...m, ...sum };
  });
  const schedule = deferredRevenueSchedule(months, program.rules.pointValueMinor, rate.rate);
  return months
    .map((m, k) => ({
      monthStart: startOfLocalDay(`${m.first.slice(0, 7)}-01`, tz),
      first: m.first,
      salesMinor: m.salesMinor,
      pointsWithSales: m.pointsWithSales,
      pointsRedeemed: m.redeemed,
      ...schedule[k],
    }))
    .filter((m) => m.first >= `${span.first.slice(0, 7)}-01`)
    .map(({ first: _first, ...m }) => m);
}
