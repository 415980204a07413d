/**
 * An A/B test's read-out: per arm figures, every variant against the holdout (plain, capped and
 * CUPED), the SRM check, a Holm correction across variants, and a winner only when the evidence
 * supports one; otherwise what is missing and how many more members it needs.
 */
import { capPooled, cuped } from './adjust';
import { holmAdjust, sampleSizeForMeans } from './power';
import { srmCheck, type SrmOptions, type SrmResult } from './srm';
import { summarize } from './summary';
import { twoProportionZTest, welchTTest, type MeanComparison, type ProportionComparison } from './tests';

/** One exposed member's figures since exposure. */
export interface MemberOutcome {
  /** net of refunds (may be negative), minor units */
  revenueMinor: number;
  orders: number;
  /** money value of the campaign points the member was issued (points x point value), minor units */
  pointsCostMinor: number;
  /** the member's net spend in the 30 days before exposure (CUPED covariate), minor units */
  preRevenueMinor: number;
}

export interface ArmInput {
  key: string;
  isHoldout: boolean;
  /** configured share of traffic (any scale, e.g. percent) */
  weight: number;
  members: readonly MemberOutcome[];
}

export interface ExperimentOptions {
  alpha?: number;
  power?: number;
  /** pooled percentile at which revenue per member is capped (0.99) */
  capPercentile?: number;
  /** fewest members each arm needs before a winner may be named (100) */
  minMembersPerArm?: number;
  srm?: SrmOptions;
}

export interface ArmResult {
  key: string;
  isHoldout: boolean;
  members: number;
  purchasers: number;
  /** members with two or more orders since exposure */
  repurchasers: number;
  orders: number;
  revenueMinor: number;
  pointsCostMinor: number;
  /** repurchasers / members */
  repurchaseRate: number;
  /** mean of the capped per-member revenue */
  revenuePerMember: number;
  /** mean of the uncapped per-member revenue */
  revenuePerMemberUncapped: number;
  /** mean of capped revenue minus points cost per member */
  netRevenuePerMember: number;
  /** against the holdout; null for the holdout itself or when there is none */
  revenue: MeanComparison | null;
  revenueCuped: MeanComparison | null;
  netRevenueCuped: MeanComparison | null;
  repurchase: ProportionComparison | null;
  /** Holm-adjusted p-value of netRevenueCuped across the variants */
  adjustedPValue: number | null;
  /** (uncapped revenue per member - holdout's) x members */
  incrementalRevenueMinor: number | null;
  /** incremental revenue - points cost */
  incrementalNetRevenueMinor: number | null;
  /** points cost / incremental revenue (null when incremental revenue <= 0) */
  costPerIncrementalRevenue: number | null;
  /** (incremental revenue - cost) / cost (null without cost) */
  roi: number | null;
}

export type MissingEvidence =
  'NO_HOLDOUT' | 'NOT_ENOUGH_MEMBERS' | 'SRM_MISMATCH' | 'NOT_SIGNIFICANT' | 'NO_POSITIVE_EFFECT';

export interface ExperimentResult {
  arms: ArmResult[];
  srm: SrmResult;
  cap: number | null;
  cappedMembers: number;
  cupedTheta: number;
  cupedVarianceReduction: number;
  incrementalRevenueMinor: number | null;
  incrementalNetRevenueMinor: number | null;
  /** the campaign's cost: its points issued to members (all arms) × point value, net of clawbacks */
  pointsCostMinor: number;
  /** revenue from participants: the variant arms' members' net spend since exposure (holdout excluded) */
  participantRevenueMinor: number;
  /** (incremental revenue − the variants' cost) ÷ that cost; null without a holdout or a cost */
  roi: number | null;
  /** the variant key, when the evidence supports one */
  winner: string | null;
  /** why there is no winner (empty when there is one) */
  missing: MissingEvidence[];
  /** more exposed members (all arms together, at the configured split) before the best variant's observed effect could be significant; null when not computable */
  additionalMembersNeeded: number | null;
}

export function analyzeExperiment(
  input: readonly ArmInput[],
  options: ExperimentOptions = {},
): ExperimentResult {
  const alpha = options.alpha ?? 0.05;
  const minMembers = options.minMembersPerArm ?? 100;
  const capped = capPooled(
    input.map((a) => a.members.map((m) => m.revenueMinor)),
    options.capPercentile ?? 0.99,
  );
  const netValues = input.map((a, i) => a.members.map((m, j) => capped.arms[i][j] - m.pointsCostMinor));
  const cupedRevenue = cuped(
    input.map((a, i) => ({ values: capped.arms[i], covariates: a.members.map((m) => m.preRevenueMinor) })),
  );
  const cupedNet = cuped(
    input.map((a, i) => ({ values: netValues[i], covariates: a.members.map((m) => m.preRevenueMinor) })),
  );
  const srm = srmCheck(
    input.map((a) => a.members.length),
    input.map((a) => a.weight),
    options.srm,
  );

  const h = input.findIndex((a) => a.isHoldout);
  const holdout = h >= 0 ? input[h] : null;
  const rawSum = (i: number) => input[i].members.reduce((s, m) => s + m.revenueMinor, 0);
  const repurchasers = (i: number) => input[i].members.filter((m) => m.orders >= 2).length;

  const arms: ArmResult[] = input.map((a, i) => {
    const members = a.members.length;
    const revenueMinor = a.members.reduce((s, m) => s + m.revenueMinor, 0);
    const pointsCostMinor = a.members.reduce((s, m) => s + m.pointsCostMinor, 0);
    const compare = holdout !== null && i !== h;
    let incremental: number | null = null;
    if (compare && members > 0 && holdout.members.length > 0)
      // (mean_i − mean_h) × n_i, as one division of integer sums: exact up to the one rounding below
      incremental = (rawSum(i) * holdout.members.length - rawSum(h) * members) / holdout.members.length;
    return {
      key: a.key,
      isHoldout: a.isHoldout,
      members,
      purchasers: a.members.filter((m) => m.orders > 0).length,
      repurchasers: repurchasers(i),
      orders: a.members.reduce((s, m) => s + m.orders, 0),
      revenueMinor,
      pointsCostMinor,
      repurchaseRate: members > 0 ? repurchasers(i) / members : 0,
      revenuePerMember: summarize(capped.arms[i]).mean,
      revenuePerMemberUncapped: members > 0 ? revenueMinor / members : 0,
      netRevenuePerMember: summarize(netValues[i]).mean,
      revenue: compare ? welchTTest(summarize(capped.arms[h]), summarize(capped.arms[i]), alpha) : null,
      revenueCuped: compare ? welchTTest(cupedRevenue.arms[h], cupedRevenue.arms[i], alpha) : null,
      netRevenueCuped: compare ? welchTTest(cupedNet.arms[h], cupedNet.arms[i], alpha) : null,
      repurchase: compare
        ? twoProportionZTest(
            { successes: repurchasers(h), trials: holdout.members.length },
            { successes: repurchasers(i), trials: members },
            alpha,
          )
        : null,
      adjustedPValue: null,
      incrementalRevenueMinor: incremental === null ? null : Math.round(incremental),
      incrementalNetRevenueMinor: incremental === null ? null : Math.round(incremental - pointsCostMinor),
      costPerIncrementalRevenue:
        incremental !== null && incremental > 0 ? pointsCostMinor / incremental : null,
      roi:
        incremental !== null && pointsCostMinor > 0
          ? (incremental - pointsCostMinor) / pointsCostMinor
          : null,
    };
  });

  // Holm across the variants that could be tested
  const tested = arms.filter((a) => a.netRevenueCuped !== null);
  const adjusted = holmAdjust(tested.map((a) => a.netRevenueCuped!.pValue));
  tested.forEach((a, k) => (a.adjustedPValue = adjusted[k]));

  const missing: MissingEvidence[] = [];
  if (!holdout) missing.push('NO_HOLDOUT');
  if (input.some((a) => a.members.length < minMembers)) missing.push('NOT_ENOUGH_MEMBERS');
  if (srm.status === 'MISMATCH') missing.push('SRM_MISMATCH');
  const significant = tested.filter((a) => a.adjustedPValue! < alpha);
  const winners = significant.filter((a) => a.netRevenueCuped!.difference > 0);
  if (holdout && significant.length === 0) missing.push('NOT_SIGNIFICANT');
  else if (holdout && winners.length === 0) missing.push('NO_POSITIVE_EFFECT');
  const best = [...winners].sort(
    (a, b) => b.netRevenueCuped!.difference - a.netRevenueCuped!.difference || (a.key < b.key ? -1 : 1),
  )[0];

  const sumOf = (f: (a: ArmResult) => number | null) =>
    tested.length === 0 ? null : tested.reduce((s, a) => s + (f(a) ?? 0), 0);
  const incrementalRevenueMinor = sumOf((a) => a.incrementalRevenueMinor);
  const pointsCostMinor = arms.reduce((s, a) => s + a.pointsCostMinor, 0);
  const variantCost = arms.filter((a) => !a.isHoldout).reduce((s, a) => s + a.pointsCostMinor, 0);

  return {
    arms,
    srm,
    cap: capped.cap,
    cappedMembers: capped.cappedCount,
    cupedTheta: cupedNet.theta,
    cupedVarianceReduction: cupedNet.varianceReduction,
    incrementalRevenueMinor,
    incrementalNetRevenueMinor:
      incrementalRevenueMinor === null ? null : incrementalRevenueMinor - variantCost,
    pointsCostMinor,
    participantRevenueMinor: arms.filter((a) => !a.isHoldout).reduce((s, a) => s + a.revenueMinor, 0),
    roi:
      incrementalRevenueMinor !== null && variantCost > 0
        ? (incrementalRevenueMinor - variantCost) / variantCost
        : null,
    winner: missing.length === 0 && best ? best.key : null,
    missing,
    additionalMembersNeeded: holdout
      ? membersNeeded(input, h, cupedNet.arms, minMembers, alpha, options.power)
      : null,
  };
}

/** Total exposed members (at the configured split) for every variant's observed effect to reach power, minus those exposed. */
function membersNeeded(
  input: readonly ArmInput[],
  h: number,
  adjusted: { n: number; mean: number; variance: number }[],
  minMembers: number,
  alpha: number,
  power = 0.8,
): number | null {
  const weightSum = input.reduce((s, a) => s + a.weight, 0);
  const exposed = input.reduce((s, a) => s + a.members.length, 0);
  const hShare = input[h].weight / weightSum;
  if (!(hShare > 0)) return null;
  // the floor: every arm at least minMembers
  let total = Math.max(...input.map((a) => (a.weight > 0 ? minMembers / (a.weight / weightSum) : 0)));
  for (let i = 0; i < input.length; i++) {
    if (i === h || !(input[i].weight > 0)) continue;
    const effect = adjusted[i].mean - adjusted[h].mean;
    const nControl = sampleSizeForMeans({
      controlSd: Math.sqrt(adjusted[h].variance),
      treatmentSd: Math.sqrt(adjusted[i].variance),
      effect,
      alpha,
      power,
      ratio: input[i].weight / input[h].weight,
    });
    if (nControl === null) return null; // no observed effect: no finite answer
    total = Math.max(total, nControl / hShare);
  }
  return Math.max(0, Math.ceil(total) - exposed);
}
