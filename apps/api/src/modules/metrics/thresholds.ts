/**
 * Alert thresholds and the metrics settings, stored on the program (the red line in its own column,
 * the rest in `alert_thresholds` JSON): read, and changed by FINANCE or ADMIN (audited).
 */
import { DEFAULT_ALERT_THRESHOLDS, validateAlertThresholds, type AlertThresholds } from '@accrue/core';
import { ProgramSettingsRow } from '../../db/entities/program';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import type { Program } from '../../services/program';
import { bad } from '../../services/validate';

export interface MetricsSettings {
  thresholds: AlertThresholds;
  /** the expected redemption rate used while history is short */
  defaultRedemptionRate: number;
  /** matured (redeemed + expired) points that make history long enough */
  minMaturedPoints: number;
}

export const DEFAULT_REDEMPTION_RATE = 0.8;
export const DEFAULT_MIN_MATURED_POINTS = 100_000;

const numOr = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const numOrNull = (v: unknown, fallback: number | null) =>
  v === null ? null : typeof v === 'number' && Number.isFinite(v) ? v : fallback;

export function metricsSettings(
  program: Pick<Program, 'alertThresholds' | 'costToSalesRedLine'>,
): MetricsSettings {
  const j = program.alertThresholds ?? {};
  const d = DEFAULT_ALERT_THRESHOLDS;
  return {
    thresholds: {
      costToSalesRedLine: program.costToSalesRedLine,
      warningFraction: numOr(j.warningFraction, d.warningFraction),
      maxDailyIssuedPoints: numOrNull(j.maxDailyIssuedPoints, d.maxDailyIssuedPoints),
      minFlowRatio: numOrNull(j.minFlowRatio, d.minFlowRatio),
      maxAccumulationRatio: numOrNull(j.maxAccumulationRatio, d.maxAccumulationRatio),
      poolCapRatio: numOr(j.poolCapRatio, d.poolCapRatio),
    },
    defaultRedemptionRate: numOr(j.defaultRedemptionRate, DEFAULT_REDEMPTION_RATE),
    minMaturedPoints: numOr(j.minMaturedPoints, DEFAULT_MIN_MATURED_POINTS),
  };
}

export interface AlertThresholdsPatch {
  costToSalesRedLine?: number | null;
  /** null leaves it as it is (it cannot be turned off) */
  warningFraction?: number | null;
  maxDailyIssuedPoints?: number | null;
  minFlowRatio?: number | null;
  maxAccumulationRatio?: number | null;
}

/**
 * Changes the thresholds: a field left out stays, a null turns that check off (the red line
 * cannot be turned off: null leaves it as it is). Validated by core; audited.
 */
export async function updateAlertThresholds(app: App, actor: Actor, input: AlertThresholdsPatch) {
  const now = app.clock.now();
  if (input.costToSalesRedLine !== undefined && input.costToSalesRedLine !== null) {
    if (!Number.isFinite(input.costToSalesRedLine)) bad(['input', 'costToSalesRedLine'], 'must be a number');
  }
  const patch: Partial<AlertThresholds> = {};
  if (input.costToSalesRedLine != null) patch.costToSalesRedLine = input.costToSalesRedLine;
  if (input.warningFraction != null) patch.warningFraction = input.warningFraction;
  if (input.maxDailyIssuedPoints !== undefined) patch.maxDailyIssuedPoints = input.maxDailyIssuedPoints;
  if (input.minFlowRatio !== undefined) patch.minFlowRatio = input.minFlowRatio;
  if (input.maxAccumulationRatio !== undefined) patch.maxAccumulationRatio = input.maxAccumulationRatio;
  validateAlertThresholds(patch);
  const settings = await inTransaction(app, async (em) => {
    const row = await em.findOneOrFail(ProgramSettingsRow, { id: 1 });
    const before = metricsSettings(row).thresholds;
    if (patch.costToSalesRedLine !== undefined) row.costToSalesRedLine = patch.costToSalesRedLine;
    const { costToSalesRedLine: _, ...rest } = patch;
    row.alertThresholds = { ...row.alertThresholds, ...rest };
    row.updatedAt = now;
    const after = metricsSettings(row);
    audit(em, actor, 'alertThresholds.update', 'program', before, after.thresholds, now);
    return after;
  });
  app.program.invalidate();
  return settings;
}
