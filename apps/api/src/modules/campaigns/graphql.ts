/**
 * Campaigns in GraphQL: the mapping of rows to the contract's types, the additions (pacing, the
 * statistics behind each variant's figures, the SRM state, what a result still misses) and the
 * per-request loaders of a campaign's figures.
 */
import DataLoader from 'dataloader';
import { campaignStatus } from '@accrue/core';
import type { ExperimentResult } from '@accrue/stats';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { GqlContext } from '../../graphql/context';
import type { CampaignEffectType, CampaignStatus, Weekday } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Campaign, CampaignResults, VariantResult } from './campaign.types';
import { CampaignRow } from '../../db/entities/campaigns';
import { campaignFigures, poolCapReached, type CampaignFigures } from './queries';
import { campaignResults, HOLDOUT, type CampaignResultsView } from './results';

export enum SrmStatus {
  HEALTHY = 'HEALTHY',
  MISMATCH = 'MISMATCH',
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
}
export enum PacingState {
  NOT_STARTED = 'NOT_STARTED',
  NO_BUDGET = 'NO_BUDGET',
  ON_TRACK = 'ON_TRACK',
  EXHAUSTS_BEFORE_END = 'EXHAUSTS_BEFORE_END',
  EXHAUSTED = 'EXHAUSTED',
}
registerEnumType(SrmStatus, { name: 'SrmStatus' });
registerEnumType(PacingState, { name: 'PacingState' });

@ObjectType({ description: 'addition: is the budget going to last? (burn rate over the last 7 days)' })
export class CampaignPacing {
  @Field(() => SafeInt) pointsIssued!: number;
  @Field(() => SafeInt, { nullable: true }) budgetLeft!: number | null;
  @Field(() => Float) burnRatePerDay!: number;
  @Field(() => DateTime, { nullable: true }) projectedExhaustionAt!: Date | null;
  @Field(() => SafeInt, { nullable: true }) projectedIssuedAtEnd!: number | null;
  @Field(() => PacingState) state!: PacingState;
}

@ObjectType()
export class SimulatedSkip {
  @Field(() => String) reason!: string;
  @Field(() => Int) purchases!: number;
}

@ObjectType()
export class SimulatedTier {
  @Field(() => ID) tierId!: string;
  @Field(() => String, { nullable: true }) tierName!: string | null;
  @Field(() => Int) members!: number;
  @Field(() => SafeInt) points!: number;
}

@ObjectType({
  description: 'addition: a campaign replayed over the last days of real purchases, nothing written',
})
export class CampaignSimulation {
  @Field(() => Int) purchasesReplayed!: number;
  @Field(() => SafeInt) salesMinor!: number;
  @Field(() => SafeInt) pointsIssued!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float, { nullable: true }) costToSalesAdded!: number | null;
  @Field(() => Int) membersReached!: number;
  @Field(() => [SimulatedTier]) byTier!: SimulatedTier[];
  @Field(() => String, {
    nullable: true,
    description: 'the local day (YYYY-MM-DD) the budget would have run out',
  })
  budgetExhaustedOn!: string | null;
  @Field(() => [SimulatedSkip]) skipped!: SimulatedSkip[];
}

/** A contract Campaign carrying its row, for the field resolvers. */
export type CampaignNode = Campaign & { row: CampaignRow };

export function toCampaign(r: CampaignRow, now: Date): CampaignNode {
  return Object.assign(new Campaign(), {
    row: r,
    id: r.id,
    key: r.key,
    name: r.name,
    description: r.description,
    status: campaignStatus(r, now) as CampaignStatus,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    schedule: r.schedule
      ? {
          daysOfWeek: (r.schedule.daysOfWeek ?? null) as Weekday[] | null,
          daysOfMonth: r.schedule.daysOfMonth ?? null,
          startHour: r.schedule.startHour ?? null,
          endHour: r.schedule.endHour ?? null,
        }
      : null,
    audience: r.audience
      ? {
          tierIds: r.audience.tierIds ?? null,
          newMembersWithinDays: r.audience.newMembersWithinDays ?? null,
          inactiveForDays: r.audience.inactiveForDays ?? null,
          minBalance: r.audience.minBalance ?? null,
        }
      : null,
    variants: r.variants.map((v) => ({
      key: v.key,
      name: v.name,
      weight: v.weight,
      effect: {
        type: v.effect.type as CampaignEffectType,
        multiplier: v.effect.multiplier ?? null,
        bonusPoints: v.effect.bonusPoints ?? null,
        category: v.effect.category ?? null,
        thresholdMinor: v.effect.thresholdMinor ?? null,
        activityType: (v.effect.activityType ?? null) as never,
      },
    })),
    holdoutPercent: r.holdoutPercent,
    budgetPoints: r.budgetPoints,
    perMemberCapPoints: r.perMemberCapPoints,
    priority: r.priority,
    stackable: !!r.stackable,
    bonusExpiresInDays: r.bonusExpiresInDays,
    createdAt: r.createdAt,
  }) as CampaignNode;
}

/** A VariantResult carrying the statistics its additions read. */
export type VariantResultNode = VariantResult & {
  stats: ExperimentResult['arms'][number];
  expectedMembers: number | null;
};
export type CampaignResultsNode = CampaignResults & { stats: ExperimentResult };

export function toResults(r: CampaignResultsView, pointValueMinor: number): CampaignResultsNode {
  const variants = r.arms.map((a, i) => {
    return Object.assign(new VariantResult(), {
      stats: a,
      // every arm has a weight above 0, so the SRM check lists them all, in order
      expectedMembers: r.srm.expected[i] ?? null,
      key: a.isHoldout ? HOLDOUT : a.key,
      isHoldout: a.isHoldout,
      members: a.members,
      purchasers: a.purchasers,
      orders: a.orders,
      revenueMinor: a.revenueMinor,
      pointsCost: Math.round(a.pointsCostMinor / pointValueMinor),
      costMinor: a.pointsCostMinor,
      repurchaseRate: a.repurchaseRate,
      revenuePerMember: a.revenuePerMember,
      upliftVsHoldout: a.revenue?.relative ?? null,
      ciLow: a.revenue?.relativeCiLow ?? null,
      ciHigh: a.revenue?.relativeCiHigh ?? null,
      pValue: a.revenue?.pValue ?? null,
    }) as VariantResultNode;
  });
  return Object.assign(new CampaignResults(), {
    stats: r,
    variants,
    srmPValue: r.srm.pValue,
    srmOk: r.srm.status !== 'MISMATCH',
    incrementalRevenueMinor: r.incrementalRevenueMinor,
    roi: r.roi,
    winner: r.winner,
    daily: r.daily.map((d) => ({
      ...d,
      revenuePerMemberMinor: d.members > 0 ? d.cumulativeRevenueMinor / d.members : null,
    })),
  }) as CampaignResultsNode;
}

/** Per-request loaders of campaigns and their figures (a page of campaigns costs a few statements). */
export interface CampaignLoaders {
  campaign: DataLoader<string, CampaignRow | null>;
  figures: DataLoader<string, CampaignFigures>;
  results: DataLoader<string, CampaignResultsNode>;
  /** whether the program-wide pool cap is reached: read once per request */
  poolCapReached: () => Promise<boolean>;
}
const loadersOf = new WeakMap<object, CampaignLoaders>();

export function campaignLoaders(ctx: GqlContext): CampaignLoaders {
  let l = loadersOf.get(ctx);
  if (l) return l;
  const now = ctx.app.clock.now();
  let capReached: Promise<boolean> | undefined;
  l = {
    campaign: new DataLoader(async (ids) => {
      const rows = await ctx.em.find(CampaignRow, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    figures: new DataLoader(async (ids) => {
      const m = await campaignFigures(ctx.em, ids, now);
      return ids.map((id) => m.get(id)!);
    }),
    // results read every exposed member: one campaign at a time
    poolCapReached: () => (capReached ??= poolCapReached(ctx.em)),
    results: new DataLoader(
      async (ids) => {
        const program = await ctx.loaders.program();
        return Promise.all(
          ids.map(async (id) => {
            const campaign = (await l!.campaign.load(id))!;
            const stats = await campaignResults(ctx.em, {
              campaign,
              pointValueMinor: program.rules.pointValueMinor,
              now,
              timezone: program.rules.timezone,
            });
            return toResults(stats, program.rules.pointValueMinor);
          }),
        );
      },
      { batch: false },
    ),
  };
  loadersOf.set(ctx, l);
  return l;
}
