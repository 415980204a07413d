import {
  DomainError,
  validateCategoryMultipliers,
  type CategoryMultiplier,
  type RiskRules,
} from '@accrue/core';
import { ProgramSettingsRow } from '../../db/entities/program';
import { PurchaseRow } from '../../db/entities/purchases';
import { PointsDrawRow } from '../../db/entities/engagement';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { bad, int, num, str } from '../../services/validate';
import { requirePermission } from '../../auth/permissions';
import { rulesOf } from '../../services/program';

export interface UpdateProgramSettingsInput {
  name?: string | null;
  currency?: string | null;
  timezone?: string | null;
  pointsPerCurrencyUnit?: number | null;
  purchasePointsExpireInDays?: number | null;
  pendingDays?: number | null;
  monthlyBonusCapPoints?: number | null;
  overCapDrawId?: string | null;
  costToSalesRedLine?: number | null;
  categoryMultipliers?: CategoryMultiplier[] | null;
  risk?: Partial<RiskRules> | null;
}

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** Changes program settings (audited). The currency can change only while no purchase exists. */
export async function updateProgramSettings(app: App, actor: Actor, input: UpdateProgramSettingsInput) {
  const now = app.clock.now();
  const f = (n: string) => ['input', n];
  // earning rules are program:write (ADMIN, MARKETING); identity and currency are ADMIN's; the red line is a threshold
  for (const k of ['name', 'currency', 'timezone'] as const)
    if (input[k] != null) requirePermission(actor, 'settings:write', f(k));
  if (input.costToSalesRedLine != null) requirePermission(actor, 'thresholds:write', f('costToSalesRedLine'));
  if (input.risk != null) requirePermission(actor, 'settings:write', f('risk'));
  const name = str(input.name, f('name'), { max: 200 });
  const currency = str(input.currency, f('currency'), {
    max: 3,
    pattern: /^[A-Z]{3}$/,
    patternMessage: 'must be an ISO 4217 code such as CNY',
  });
  const timezone = str(input.timezone, f('timezone'), { max: 64 });
  if (timezone && !isTimeZone(timezone)) bad(f('timezone'), `unknown time zone "${timezone}"`);
  const rulesPatch: Record<string, unknown> = {};
  if (input.pointsPerCurrencyUnit != null)
    rulesPatch.pointsPerCurrencyUnit = int(input.pointsPerCurrencyUnit, f('pointsPerCurrencyUnit'), {
      min: 1,
      max: 10_000,
    });
  if (input.purchasePointsExpireInDays !== undefined)
    rulesPatch.purchasePointsExpireInDays =
      int(input.purchasePointsExpireInDays, f('purchasePointsExpireInDays'), { min: 1, max: 3650 }) ?? null;
  if (input.pendingDays != null)
    rulesPatch.pendingDays = int(input.pendingDays, f('pendingDays'), { min: 0, max: 365 });
  if (input.monthlyBonusCapPoints !== undefined)
    rulesPatch.monthlyBonusCapPoints =
      int(input.monthlyBonusCapPoints, f('monthlyBonusCapPoints'), { min: 0, max: 1_000_000_000 }) ?? null;
  if (input.overCapDrawId !== undefined)
    rulesPatch.overCapDrawId = str(input.overCapDrawId, f('overCapDrawId'), { max: 40 }) || null;
  if (input.categoryMultipliers != null)
    rulesPatch.categoryMultipliers = validateCategoryMultipliers(
      input.categoryMultipliers,
      f('categoryMultipliers'),
    );
  // risk rules: a field left out stays as it is, a null turns that check off
  let riskPatch: Partial<RiskRules> | null = null;
  if (input.risk != null) {
    const r = (...n: string[]) => ['input', 'risk', ...n];
    const { maxEnrolmentsPerDevice, maxEnrolmentsPerIp, velocity: v } = input.risk;
    riskPatch = {};
    if (maxEnrolmentsPerDevice !== undefined)
      riskPatch.maxEnrolmentsPerDevice =
        int(maxEnrolmentsPerDevice, r('maxEnrolmentsPerDevice'), { min: 1, max: 1_000_000 }) ?? null;
    if (maxEnrolmentsPerIp !== undefined)
      riskPatch.maxEnrolmentsPerIp =
        int(maxEnrolmentsPerIp, r('maxEnrolmentsPerIp'), { min: 1, max: 1_000_000 }) ?? null;
    if (v !== undefined)
      riskPatch.velocity = v && {
        multiple: num(v.multiple, r('velocity', 'multiple'), { min: 1, max: 1000 })!,
        minPoints: int(v.minPoints, r('velocity', 'minPoints'), { min: 1, max: 1_000_000_000 })!,
        // the window and its baseline stay inside the year of spend history a purchase reads
        baselineDays: int(v.baselineDays, r('velocity', 'baselineDays'), { min: 7, max: 360 })!,
      };
  }
  const redLine = num(input.costToSalesRedLine, f('costToSalesRedLine'), { min: 0, max: 1 });
  const result = await inTransaction(app, async (em) => {
    const row = await em.findOneOrFail(ProgramSettingsRow, { id: 1 });
    const before = {
      name: row.name,
      currency: row.currency,
      timezone: row.timezone,
      costToSalesRedLine: row.costToSalesRedLine,
      rules: row.rules,
    };
    if (currency && currency !== row.currency) {
      if (await em.count(PurchaseRow, {}))
        throw new DomainError(
          'INVALID_INPUT',
          'The currency cannot change once purchases are recorded',
          f('currency'),
        );
      row.currency = currency;
    }
    if (
      rulesPatch.overCapDrawId &&
      !(await em.findOne(PointsDrawRow, { id: rulesPatch.overCapDrawId as string }))
    )
      bad(f('overCapDrawId'), `no points draw with id "${rulesPatch.overCapDrawId as string}"`);
    if (name) row.name = name;
    if (timezone) row.timezone = timezone;
    if (redLine != null) row.costToSalesRedLine = redLine;
    row.rules = { ...row.rules, ...rulesPatch };
    if (riskPatch) row.rules = { ...row.rules, risk: { ...rulesOf(row).risk, ...riskPatch } };
    row.updatedAt = now;
    audit(
      em,
      actor,
      'settings.update',
      'program',
      before,
      {
        name: row.name,
        currency: row.currency,
        timezone: row.timezone,
        costToSalesRedLine: row.costToSalesRedLine,
        rules: row.rules,
      },
      now,
    );
    return row;
  });
  app.program.invalidate(); // after commit, so no reader caches the old rules
  return result;
}
