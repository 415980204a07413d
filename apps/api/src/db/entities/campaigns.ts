/**
 * The campaigns' tables (their module is modules/campaigns; entities live in db/ as every table's do). A campaign's budget is kept as slices (rows whose caps add up to it,
 * guarded by `check (used <= cap)`), claimed by purchases as increments (pipeline/budget.ts), so
 * purchases of one campaign never queue on one row. A member's assignment (exposure) is recorded
 * at the first purchase evaluated while the campaign runs, with the points the member got from it.
 */
import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { CampaignAudience, CampaignPhase, CampaignSchedule, CampaignVariant } from '@accrue/core';

const bigint = () => ({ type: new BigIntType('number') });
const datetime = () => ({ type: 'datetime', length: 3 }) as const;

export class CampaignRow {
  id!: string;
  key!: string;
  name!: string;
  description!: string | null;
  phase!: CampaignPhase;
  startsAt!: Date;
  endsAt!: Date | null;
  schedule!: CampaignSchedule | null;
  audience!: CampaignAudience | null;
  variants!: CampaignVariant[];
  holdoutPercent!: number;
  budgetPoints!: number | null;
  perMemberCapPoints!: number | null;
  priority!: number;
  stackable!: boolean;
  bonusExpiresInDays!: number | null;
  /** set when promoteVariant ended the test */
  promotedVariantKey!: string | null;
  promotedAt!: Date | null;
  /** the test's variants and holdout before the promotion (results keep reading them) */
  testedVariants!: CampaignVariant[] | null;
  testedHoldoutPercent!: number | null;
  createdAt!: Date;
  updatedAt!: Date;
}
export const CampaignSchema = new EntitySchema<CampaignRow>({
  class: CampaignRow,
  tableName: 'campaign',
  indexes: [{ properties: ['phase', 'startsAt'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    key: { type: 'string', length: 64, unique: true },
    name: { type: 'string', length: 200 },
    description: { type: 'string', length: 2000, nullable: true },
    phase: { type: 'string', length: 16 },
    startsAt: datetime(),
    endsAt: { ...datetime(), nullable: true },
    schedule: { type: 'json', nullable: true },
    audience: { type: 'json', nullable: true },
    variants: { type: 'json' },
    holdoutPercent: { type: 'double' },
    budgetPoints: { ...bigint(), nullable: true },
    perMemberCapPoints: { ...bigint(), nullable: true },
    priority: { type: 'integer' },
    stackable: { type: 'boolean' },
    bonusExpiresInDays: { type: 'integer', nullable: true },
    promotedVariantKey: { type: 'string', length: 64, nullable: true },
    promotedAt: { ...datetime(), nullable: true },
    testedVariants: { type: 'json', nullable: true },
    testedHoldoutPercent: { type: 'double', nullable: true },
    createdAt: datetime(),
    updatedAt: datetime(),
  },
});

export class CampaignAssignmentRow {
  id!: string;
  campaignId!: string;
  memberId!: string;
  /** null in the holdout */
  variantKey!: string | null;
  inHoldout!: boolean;
  /** n = GrowthBook hash v2 of (campaign key, member id) */
  bucket!: number;
  /** the occurredAt of the first evaluated purchase */
  exposedAt!: Date;
  /** points the member got from the campaign, kept for campaigns with a per-member cap (which counts them) */
  pointsIssued!: number;
}
export const CampaignAssignmentSchema = new EntitySchema<CampaignAssignmentRow>({
  class: CampaignAssignmentRow,
  tableName: 'campaign_assignment',
  uniques: [{ properties: ['memberId', 'campaignId'] }],
  indexes: [{ properties: ['campaignId', 'variantKey'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    campaignId: { type: 'string', length: 40 },
    memberId: { type: 'string', length: 40 },
    variantKey: { type: 'string', length: 64, nullable: true },
    inHoldout: { type: 'boolean' },
    bucket: { type: 'double' },
    exposedAt: datetime(),
    pointsIssued: bigint(),
  },
});

/** One slice of a campaign's budget (claimed by increments of `used`; the CHECK refuses an overdraw). */
export class CampaignBudgetSliceRow {
  campaignId!: string;
  slice!: number;
  used!: number;
  cap!: number;
}
export const CampaignBudgetSliceSchema = new EntitySchema<CampaignBudgetSliceRow>({
  class: CampaignBudgetSliceRow,
  tableName: 'campaign_budget_slice',
  properties: {
    campaignId: { type: 'string', length: 40, primary: true },
    slice: { type: 'integer', primary: true },
    used: bigint(),
    cap: bigint(),
  },
});

/**
 * Once-only signals of a campaign: `budget_exhausted` goes from 0 to 1 with the purchase that
 * records `campaign.budget_exhausted` (a CHECK refuses a second, whose purchase runs again and sees it).
 */
export class CampaignSignalRow {
  campaignId!: string;
  budgetExhausted!: number;
}
export const CampaignSignalSchema = new EntitySchema<CampaignSignalRow>({
  class: CampaignSignalRow,
  tableName: 'campaign_signal',
  properties: {
    campaignId: { type: 'string', length: 40, primary: true },
    budgetExhausted: { type: 'integer' },
  },
});

export const CAMPAIGN_ENTITIES = [
  CampaignSchema,
  CampaignAssignmentSchema,
  CampaignBudgetSliceSchema,
  CampaignSignalSchema,
];

/** Budgets are split into this many slices (core's budgetSlices). */
export const BUDGET_SLICES = 8;
