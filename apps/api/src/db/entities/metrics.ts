/**
 * The metrics tables (migration 20261206120000, used by modules/metrics): daily rollups, the member-day markers behind the
 * active-member counts, and alerts. Rollup rows are written with SQL increments (rollup-writer.ts),
 * never through the unit of work; the entities give the ORM and the codecs their shape.
 */
import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { CohortFigures, RollupFigures } from '@accrue/core';

const bigint = () => ({ type: new BigIntType('number'), default: 0 });
const datetime = () => ({ type: 'datetime', length: 3 }) as const;

/** One program-local day of one campaign ('' = none) and one shard: every column is additive. */
export class MetricsDailyRow implements RollupFigures {
  day!: string;
  campaignId!: string;
  shard!: number;
  salesMinor!: number;
  orders!: number;
  activeMembers!: number;
  issuedPurchase!: number;
  issuedTierBonus!: number;
  issuedCampaign!: number;
  issuedActivity!: number;
  issuedReferral!: number;
  issuedWelcome!: number;
  issuedManual!: number;
  issuedTask!: number;
  issuedChallenge!: number;
  issuedLeaderboard!: number;
  issuedDraw!: number;
  issuedGroupBuy!: number;
  issuedBoost!: number;
  redeemed!: number;
  expired!: number;
  reversed!: number;
}
export const MetricsDailySchema = new EntitySchema<MetricsDailyRow>({
  class: MetricsDailyRow,
  tableName: 'metrics_daily',
  properties: {
    day: { type: 'string', length: 10, primary: true },
    campaignId: { type: 'string', length: 40, primary: true },
    shard: { type: 'integer', primary: true },
    salesMinor: bigint(),
    orders: bigint(),
    activeMembers: bigint(),
    issuedPurchase: bigint(),
    issuedTierBonus: bigint(),
    issuedCampaign: bigint(),
    issuedActivity: bigint(),
    issuedReferral: bigint(),
    issuedWelcome: bigint(),
    issuedManual: bigint(),
    issuedTask: bigint(),
    issuedChallenge: bigint(),
    issuedLeaderboard: bigint(),
    issuedDraw: bigint(),
    issuedGroupBuy: bigint(),
    issuedBoost: bigint(),
    redeemed: bigint(),
    expired: bigint(),
    reversed: bigint(),
  },
});

/** Lots by the program-local day they expire on (and shard): additive, see core's cohorts.ts. */
export class LotCohortDailyRow implements CohortFigures {
  day!: string;
  shard!: number;
  points!: number;
  remaining!: number;
  expired!: number;
  reversed!: number;
}
export const LotCohortDailySchema = new EntitySchema<LotCohortDailyRow>({
  class: LotCohortDailyRow,
  tableName: 'lot_cohort_daily',
  properties: {
    day: { type: 'string', length: 10, primary: true },
    shard: { type: 'integer', primary: true },
    points: bigint(),
    remaining: bigint(),
    expired: bigint(),
    reversed: bigint(),
  },
});

/** The gap histogram of active-member markers (core's active-gaps.ts): additive `members`. */
export class MemberActiveGapRow {
  grain!: string;
  day!: string;
  prev!: string;
  /** spreads the row's writers, as the rollups' shards do (readers sum over it) */
  shard!: number;
  members!: number;
}
export const MemberActiveGapSchema = new EntitySchema<MemberActiveGapRow>({
  class: MemberActiveGapRow,
  tableName: 'member_active_gap',
  indexes: [{ name: 'member_active_gap_prev_index', properties: ['grain', 'prev', 'day'] }],
  properties: {
    grain: { type: 'string', length: 5, primary: true },
    day: { type: 'string', length: 10, primary: true },
    prev: { type: 'string', length: 10, primary: true },
    shard: { type: 'integer', primary: true },
    members: bigint(),
  },
});

export class AlertRow {
  id!: string;
  kind!: string;
  level!: string;
  campaignId?: string | null;
  message!: string;
  value!: number;
  threshold!: number;
  raisedAt!: Date;
  resolvedAt?: Date | null;
  /** kind|level|campaign while open, null once resolved: unique, so an alert is raised once */
  openKey?: string | null;
}
export const AlertSchema = new EntitySchema<AlertRow>({
  class: AlertRow,
  tableName: 'alert',
  indexes: [{ properties: ['raisedAt'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    kind: { type: 'string', length: 32 },
    level: { type: 'string', length: 16 },
    campaignId: { type: 'string', length: 40, nullable: true },
    message: { type: 'string', length: 500 },
    value: { type: 'double' },
    threshold: { type: 'double' },
    raisedAt: datetime(),
    resolvedAt: { ...datetime(), nullable: true },
    openKey: { type: 'string', length: 100, nullable: true, unique: true },
  },
});

export const METRICS_ENTITIES = [
  MetricsDailySchema,
  LotCohortDailySchema,
  MemberActiveGapSchema,
  AlertSchema,
];
