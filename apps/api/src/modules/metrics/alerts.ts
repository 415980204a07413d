/**
 * Alerts: the figures checked against the thresholds (core's `alertConditions`), the open alerts
 * moved by core's `alertTransitions` (raised once, resolved when the figure recovers), recorded in
 * the `alert` table and sent to webhooks as `alert.raised`. CAMPAIGN_BUDGET is one alert per
 * running campaign whose budget core projects to run out before its end. Run by the server every
 * minute, by `accrue check-alerts`, and after the thresholds change.
 */
import {
  addDaysToKey,
  alertConditions,
  alertKey,
  alertTransitions,
  costToSalesIssued,
  dayKey,
  flowRatio,
  accumulationRatio,
  liability,
  netPoints,
  poolCap,
  pointsIssued,
  rollupPacingWindow,
  type AlertKind,
  type AlertLevel,
  type CampaignBudgetFigures,
  type OpenAlert,
  type PoolCapState,
} from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import { emSql } from '../../db/sql/queries';
import { ID_PREFIX, newId } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { outboxEvent } from '../../services/outbox';
import { AlertRow } from '../../db/entities/metrics';
import { CampaignRow } from '../../db/entities/campaigns';
import { statusFilter } from '../campaigns/queries';
import { campaignsIssued, redemptionRateEstimate, windowRollups } from './read';
import { metricsSettings } from './thresholds';

export interface AlertView {
  id: string;
  kind: AlertKind;
  level: AlertLevel;
  campaignId: string | null;
  message: string;
  value: number;
  threshold: number;
  raisedAt: Date;
  resolvedAt: Date | null;
}

const view = (r: AlertRow): AlertView => ({
  id: r.id,
  kind: r.kind as AlertKind,
  level: r.level as AlertLevel,
  campaignId: r.campaignId ?? null,
  message: r.message,
  value: r.value,
  threshold: r.threshold,
  raisedAt: r.raisedAt,
  resolvedAt: r.resolvedAt ?? null,
});

/** Open alerts, and those raised since `since`: newest first, at most 100. */
export async function listAlerts(app: App, opts: { since: Date }): Promise<AlertView[]> {
  const rows = await app.orm.em
    .fork()
    .find(
      AlertRow,
      { $or: [{ openKey: { $ne: null } }, { raisedAt: { $gte: opts.since } }] },
      { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: 100 },
    );
  return rows.map(view);
}

/** The window the cost-to-sales, flow and accumulation alerts watch. */
export const ALERT_WINDOW_DAYS = 30;

/**
 * The figures of every running campaign with a points budget (launched, started, not ended; one
 * the pool cap pauses still counts: it resumes by itself), from its own rollup rows: the points
 * spent so far and those of the burn-rate window. Core's `alertConditions` decides.
 */
export async function campaignBudgetFigures(
  em: EntityManager,
  now: Date,
  timezone: string,
): Promise<CampaignBudgetFigures[]> {
  const running = await em.find(
    CampaignRow,
    { $and: [statusFilter('ACTIVE', now), { budgetPoints: { $ne: null } }] },
    { orderBy: { id: 'asc' } },
  );
  const window = rollupPacingWindow(now, timezone);
  const issued = await campaignsIssued(
    emSql(em),
    running.map((c) => c.id),
    window.firstDay,
  );
  return running.map((c) => ({
    campaignId: c.id,
    name: c.name,
    budgetPoints: c.budgetPoints,
    spentPoints: issued.get(c.id)!.issued,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    recentSpentPoints: issued.get(c.id)!.recentIssued,
    recentSince: window.since,
  }));
}

export interface AlertCheck {
  raised: AlertView[];
  resolved: AlertView[];
  poolCap: PoolCapState;
}

/** Checks every threshold now and records what changed. */
export async function checkAlerts(app: App): Promise<AlertCheck> {
  const program = await app.program.get(() => app.orm.em.fork());
  const settings = metricsSettings(program);
  const t = settings.thresholds;
  const tz = program.rules.timezone;
  const pointValue = program.rules.pointValueMinor;
  const now = app.clock.now();
  const today = dayKey(now, tz);
  const tx = emSql(app.orm.em.fork());
  const [w, day, year, all, rate, campaigns] = await Promise.all([
    windowRollups(tx, { first: addDaysToKey(today, 1 - ALERT_WINDOW_DAYS), last: today }),
    windowRollups(tx, { first: today, last: today }),
    windowRollups(tx, { first: addDaysToKey(today, -364), last: today }),
    windowRollups(tx, {}),
    redemptionRateEstimate(app, tx, settings, now, tz),
    campaignBudgetFigures(app.orm.em.fork(), now, tz),
  ]);
  const issued = pointsIssued(w);
  const outstanding = netPoints(all);
  const liabilityMinor = liability(outstanding, pointValue, rate.rate);
  const conditions = alertConditions(
    t,
    {
      costToSales: costToSalesIssued(
        { salesMinor: w.salesMinor, issued, redeemed: w.redeemed, reversed: w.reversed },
        pointValue,
      ),
      dailyIssued: pointsIssued(day),
      flowRatio: flowRatio(w.redeemed, issued),
      accumulationRatio: accumulationRatio(outstanding, issued),
      liabilityMinor,
      trailingYearSalesMinor: year.salesMinor,
      campaigns,
    },
    now,
    { timezone: tz, currency: program.rules.currency },
  );
  const result = await inTransaction(app, async (em) => {
    const open = await em.find(AlertRow, { openKey: { $ne: null } });
    const transitions = alertTransitions(
      open.map((a): OpenAlert => ({
        id: a.id,
        kind: a.kind as AlertKind,
        level: a.level as AlertLevel,
        campaignId: a.campaignId ?? null,
      })),
      conditions,
    );
    const resolved: AlertRow[] = [];
    for (const r of transitions.resolve) {
      const row = open.find((a) => a.id === r.id)!;
      row.openKey = null;
      row.resolvedAt = now;
      resolved.push(row);
    }
    // the resolutions go first: a new crossing of the same key may reuse its open key
    if (resolved.length) await em.flush();
    const raised = transitions.raise.map((c) => {
      const row = em.create(AlertRow, {
        id: newId(ID_PREFIX.alert),
        kind: c.kind,
        level: c.level,
        campaignId: c.campaignId,
        message: c.message,
        value: c.value,
        threshold: c.threshold,
        raisedAt: now,
        resolvedAt: null,
        openKey: alertKey(c),
      });
      outboxEvent(
        em,
        'alert.raised',
        null,
        { alert: { ...view(row), raisedAt: now.toISOString(), resolvedAt: null } },
        now,
        `alert:${row.id}`,
      );
      return row;
    });
    return { raised: raised.map(view), resolved: resolved.map(view) };
  });
  return { ...result, poolCap: poolCap(liabilityMinor, year.salesMinor, t.poolCapRatio) };
}
