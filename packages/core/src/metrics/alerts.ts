/**
 * Alert rules as pure functions: which conditions hold for the figures now (`alertConditions`),
 * and how the open alerts move (`alertTransitions`): a condition with no open alert of its key is
 * raised, once; an open alert whose condition no longer holds is resolved. The host records the
 * transitions and sends `alert.raised`.
 */
import { computePacing } from '../campaigns/pacing';
import { DomainError } from '../errors';
import { dayKey } from '../time';

export const ALERT_KINDS = [
  'COST_TO_SALES',
  'DAILY_ISSUANCE',
  'FLOW_RATIO',
  'ACCUMULATION_RATIO',
  'CAMPAIGN_BUDGET',
  'POOL_CAP',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertLevel = 'WARNING' | 'BREACH';
export type CostStatus = 'OK' | 'WARNING' | 'BREACH';

export interface AlertThresholds {
  /** cost-to-sales (issued basis) above this is a BREACH (default 0.02) */
  costToSalesRedLine: number;
  /** the warning level, as a share of the red line (default 0.8: warn above 1.6% for a 2% line) */
  warningFraction: number;
  /** points issued in one day above this raise DAILY_ISSUANCE; null = off */
  maxDailyIssuedPoints: number | null;
  /** flow ratio (redeemed / issued) below this raises FLOW_RATIO; null = off */
  minFlowRatio: number | null;
  /** accumulation ratio (outstanding / issued) above this raises ACCUMULATION_RATIO; null = off */
  maxAccumulationRatio: number | null;
  /** outstanding liability at most this share of trailing-12-month sales (0.05) */
  poolCapRatio: number;
}

export const DEFAULT_ALERT_THRESHOLDS: AlertThresholds = {
  costToSalesRedLine: 0.02,
  warningFraction: 0.8,
  maxDailyIssuedPoints: null,
  minFlowRatio: null,
  maxAccumulationRatio: null,
  poolCapRatio: 0.05,
};

/** Checks thresholds a staff user may set; throws BAD_USER_INPUT naming the field. */
export function validateAlertThresholds(t: Partial<AlertThresholds>): void {
  const bad = (field: string, what: string) => {
    throw new DomainError('INVALID_INPUT', `${field} ${what}`, ['input', field]);
  };
  if (t.costToSalesRedLine !== undefined && !(t.costToSalesRedLine > 0 && t.costToSalesRedLine <= 1)) {
    bad('costToSalesRedLine', 'must be above 0 and at most 1');
  }
  if (t.warningFraction !== undefined && !(t.warningFraction > 0 && t.warningFraction <= 1)) {
    bad('warningFraction', 'must be above 0 and at most 1');
  }
  if (
    t.maxDailyIssuedPoints != null &&
    !(Number.isSafeInteger(t.maxDailyIssuedPoints) && t.maxDailyIssuedPoints > 0)
  ) {
    bad('maxDailyIssuedPoints', 'must be a positive whole number');
  }
  if (t.minFlowRatio != null && !(t.minFlowRatio >= 0 && Number.isFinite(t.minFlowRatio))) {
    bad('minFlowRatio', 'must be zero or more');
  }
  if (
    t.maxAccumulationRatio != null &&
    !(t.maxAccumulationRatio > 0 && Number.isFinite(t.maxAccumulationRatio))
  ) {
    bad('maxAccumulationRatio', 'must be above 0');
  }
  if (t.poolCapRatio !== undefined && !(t.poolCapRatio > 0 && t.poolCapRatio <= 1)) {
    bad('poolCapRatio', 'must be above 0 and at most 1');
  }
}

/** OK, WARNING above the warning level, BREACH above the red line; OK when there were no sales. */
export function costStatus(
  costToSales: number | null,
  t: Pick<AlertThresholds, 'costToSalesRedLine' | 'warningFraction'>,
): CostStatus {
  if (costToSales === null) return 'OK';
  if (costToSales > t.costToSalesRedLine) return 'BREACH';
  if (costToSales > t.costToSalesRedLine * t.warningFraction) return 'WARNING';
  return 'OK';
}

export interface PoolCapState {
  capMinor: number;
  reached: boolean;
  /** liability / trailing sales; null without sales */
  ratio: number | null;
}

/**
 * The program-wide pool cap: outstanding liability at most `capRatio` (5%) of trailing-12-month
 * sales. Reached when the liability is at or above the cap (and there is any liability): bonus
 * campaigns pause then, and may resume once it is below again.
 */
export function poolCap(
  liabilityMinor: number,
  trailingYearSalesMinor: number,
  capRatio: number,
): PoolCapState {
  const capMinor = Math.floor(Math.max(0, trailingYearSalesMinor) * capRatio);
  return {
    capMinor,
    reached: liabilityMinor > 0 && liabilityMinor >= capMinor,
    ratio: trailingYearSalesMinor > 0 ? liabilityMinor / trailingYearSalesMinor : null,
  };
}

/** A running campaign's budget figures, as the host reads them (from the campaign's rollups). */
export interface CampaignBudgetFigures {
  campaignId: string;
  name: string;
  budgetPoints: number | null;
  /** points the campaign has issued so far (what its budget counts; clawbacks give none back) */
  spentPoints: number;
  startsAt: Date;
  endsAt: Date | null;
  /** points issued from `recentSince` to now: the recent burn */
  recentSpentPoints: number;
  /** where the burn-rate window starts (`rollupPacingWindow`); the campaign's start when that is later */
  recentSince: Date;
}

/**
 * When a campaign's budget runs out at its recent burn rate (the points of the window from
 * `recentSince`, per day: the campaigns list's pacing, `computePacing`); `now` when it is spent
 * already; null when it has no budget, has spent nothing, has not started, or burns nothing now.
 */
export function projectedExhaustion(c: CampaignBudgetFigures, now: Date): Date | null {
  if (c.budgetPoints === null || c.spentPoints <= 0) return null;
  if (now.getTime() <= c.startsAt.getTime()) return null;
  return computePacing({
    budgetPoints: c.budgetPoints,
    pointsIssued: c.spentPoints,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    now,
    recentPointsIssued: c.recentSpentPoints,
    recentSince: new Date(Math.max(c.startsAt.getTime(), c.recentSince.getTime())),
  }).projectedExhaustionAt;
}

export interface AlertFigures {
  /** cost-to-sales (issued basis) over the monitored window */
  costToSales: number | null;
  /** points issued on the current local day */
  dailyIssued: number;
  flowRatio: number | null;
  accumulationRatio: number | null;
  liabilityMinor: number;
  trailingYearSalesMinor: number;
  campaigns: readonly CampaignBudgetFigures[];
}

export interface AlertCondition {
  kind: AlertKind;
  level: AlertLevel;
  campaignId: string | null;
  value: number;
  threshold: number;
  message: string;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** How alert messages name money and days: the program's currency and time zone. */
export interface AlertWording {
  timezone: string;
  currency: string;
}

function wordsFor(w: AlertWording) {
  const money = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: w.currency,
    currencyDisplay: 'code',
  });
  const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
  return {
    money: (minor: number) => money.format(minor / 10 ** digits).replace(/\u00a0/g, ' '),
    points: (n: number) => `${n.toLocaleString('en')} points`,
    day: (at: Date) => dayKey(at, w.timezone),
  };
}

/** The conditions that hold now, with messages in the program's currency and days. */
export function alertConditions(
  t: AlertThresholds,
  f: AlertFigures,
  now: Date,
  wording: AlertWording,
): AlertCondition[] {
  const out: AlertCondition[] = [];
  const say = wordsFor(wording);
  const status = costStatus(f.costToSales, t);
  if (status !== 'OK') {
    const threshold = status === 'BREACH' ? t.costToSalesRedLine : t.costToSalesRedLine * t.warningFraction;
    out.push({
      kind: 'COST_TO_SALES',
      level: status,
      campaignId: null,
      value: f.costToSales!,
      threshold,
      message: `Cost-to-sales ${pct(f.costToSales!)} is above the ${status === 'BREACH' ? 'red line' : 'warning level'} of ${pct(threshold)}`,
    });
  }
  if (t.maxDailyIssuedPoints !== null && f.dailyIssued > t.maxDailyIssuedPoints) {
    out.push({
      kind: 'DAILY_ISSUANCE',
      level: 'BREACH',
      campaignId: null,
      value: f.dailyIssued,
      threshold: t.maxDailyIssuedPoints,
      message: `${say.points(f.dailyIssued)} issued today, above the limit of ${say.points(t.maxDailyIssuedPoints)}`,
    });
  }
  if (t.minFlowRatio !== null && f.flowRatio !== null && f.flowRatio < t.minFlowRatio) {
    out.push({
      kind: 'FLOW_RATIO',
      level: 'BREACH',
      campaignId: null,
      value: f.flowRatio,
      threshold: t.minFlowRatio,
      message: `Flow ratio ${f.flowRatio.toFixed(3)} is below the floor of ${t.minFlowRatio}`,
    });
  }
  if (
    t.maxAccumulationRatio !== null &&
    f.accumulationRatio !== null &&
    f.accumulationRatio > t.maxAccumulationRatio
  ) {
    out.push({
      kind: 'ACCUMULATION_RATIO',
      level: 'BREACH',
      campaignId: null,
      value: f.accumulationRatio,
      threshold: t.maxAccumulationRatio,
      message: `Accumulation ratio ${f.accumulationRatio.toFixed(3)} is above the ceiling of ${t.maxAccumulationRatio}`,
    });
  }
  const cap = poolCap(f.liabilityMinor, f.trailingYearSalesMinor, t.poolCapRatio);
  if (cap.reached) {
    out.push({
      kind: 'POOL_CAP',
      level: 'BREACH',
      campaignId: null,
      value: cap.ratio ?? f.liabilityMinor,
      threshold: t.poolCapRatio,
      message: `Points liability ${say.money(f.liabilityMinor)} has reached the pool cap of ${say.money(cap.capMinor)} (${pct(t.poolCapRatio)} of trailing-12-month sales): bonus campaigns pause`,
    });
  }
  for (const c of f.campaigns) {
    const at = projectedExhaustion(c, now);
    if (at && c.endsAt && at.getTime() < c.endsAt.getTime()) {
      out.push({
        kind: 'CAMPAIGN_BUDGET',
        level: 'WARNING',
        campaignId: c.campaignId,
        value: c.spentPoints,
        threshold: c.budgetPoints!,
        message:
          c.spentPoints >= c.budgetPoints!
            ? `Campaign ${c.name} has spent its budget of ${say.points(c.budgetPoints!)} before its end on ${say.day(c.endsAt)}`
            : `Campaign ${c.name} is projected to spend its budget of ${say.points(c.budgetPoints!)} on ${say.day(at)}, before its end on ${say.day(c.endsAt)}`,
      });
    }
  }
  return out;
}

export interface OpenAlert {
  id: string;
  kind: AlertKind;
  level: AlertLevel;
  campaignId: string | null;
}

export const alertKey = (a: { kind: AlertKind; level: AlertLevel; campaignId: string | null }) =>
  `${a.kind}|${a.level}|${a.campaignId ?? ''}`;

/** The open key of the pool cap's alert: while a row holds it, campaigns are paused (campaignStatus). */
export const POOL_CAP_OPEN_KEY = alertKey({ kind: 'POOL_CAP', level: 'BREACH', campaignId: null });

/** Raise what holds and is not open; resolve what is open and no longer holds. */
export function alertTransitions(
  open: readonly OpenAlert[],
  conditions: readonly AlertCondition[],
): { raise: AlertCondition[]; resolve: OpenAlert[] } {
  const openKeys = new Set(open.map(alertKey));
  const holding = new Set(conditions.map(alertKey));
  const raised = new Set<string>();
  const raise = conditions.filter((c) => {
    const k = alertKey(c);
    if (openKeys.has(k) || raised.has(k)) return false;
    raised.add(k);
    return true;
  });
  return { raise, resolve: open.filter((a) => !holding.has(alertKey(a))) };
}
