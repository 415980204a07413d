/** Points: lots, ledger entries and which lots a spend drew from. */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

export class LotRow {
  id!: string;
  memberId!: string;
  source!: string;
  points!: number;
  remaining!: number;
  earnedAt!: Date;
  availableAt!: Date;
  expiresAt?: Date | null;
  orderId?: string | null;
  campaignId?: string | null;
  /** the largest reminder threshold (days) already recorded for this lot; 0 = none */
  reminderStage!: number;
}
export const LotSchema = new EntitySchema<LotRow>({
  class: LotRow,
  tableName: 'points_lot',
  indexes: [
    // covering for the due lots of a purchase (migration 20261123200000)
    { name: 'points_lot_member_open_index', properties: ['memberId', 'remaining', 'expiresAt'] },
    { properties: ['expiresAt', 'remaining'] },
    { properties: ['orderId'] },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    source: { type: 'string', length: 24 },
    points: bigint(),
    remaining: bigint(),
    earnedAt: datetime(),
    availableAt: datetime(),
    expiresAt: { ...datetime(), nullable: true },
    orderId: { type: 'string', length: 128, nullable: true },
    campaignId: { type: 'string', length: 40, nullable: true },
    reminderStage: { type: 'integer' },
  },
});

export class LedgerEntryRow {
  id!: string;
  memberId!: string;
  type!: string;
  source!: string;
  reason?: string | null;
  points!: number;
  balanceAfter!: number;
  occurredAt!: Date;
  createdAt!: Date;
  expiresAt?: Date | null;
  orderId?: string | null;
  campaignId?: string | null;
  /** the A/B test variant a campaign entry came from */
  variantKey?: string | null;
  lotId?: string | null;
  redemptionId?: string | null;
  refundId?: string | null;
  actor?: string | null;
}
export const LedgerEntrySchema = new EntitySchema<LedgerEntryRow>({
  class: LedgerEntryRow,
  tableName: 'ledger_entry',
  indexes: [
    { properties: ['memberId', 'id'] },
    // covering for the month's earnings (migration 20261123200000)
    {
      name: 'ledger_entry_member_month_index',
      properties: ['memberId', 'occurredAt', 'type', 'source', 'reason', 'points'],
    },
    { properties: ['orderId'] },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    type: { type: 'string', length: 16 },
    source: { type: 'string', length: 24 },
    reason: { type: 'string', length: 500, nullable: true },
    points: bigint(),
    balanceAfter: bigint(),
    occurredAt: datetime(),
    createdAt: datetime(),
    expiresAt: { ...datetime(), nullable: true },
    orderId: { type: 'string', length: 128, nullable: true },
    campaignId: { type: 'string', length: 40, nullable: true },
    variantKey: { type: 'string', length: 64, nullable: true },
    lotId: { type: 'string', length: 40, nullable: true },
    redemptionId: { type: 'string', length: 40, nullable: true },
    refundId: { type: 'string', length: 128, nullable: true },
    actor: { type: 'string', length: 200, nullable: true },
  },
});

/** Points taken from a lot by a ledger entry (redemption, clawback, expiry): what cancel restores. */
export class LotAllocationRow {
  id!: string;
  entryId!: string;
  lotId!: string;
  memberId!: string;
  redemptionId?: string | null;
  points!: number;
}
export const LotAllocationSchema = new EntitySchema<LotAllocationRow>({
  class: LotAllocationRow,
  tableName: 'lot_allocation',
  indexes: [{ properties: ['redemptionId'] }, { properties: ['lotId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    entryId: { type: 'string', length: 40, index: true },
    lotId: { type: 'string', length: 40 },
    memberId: { type: 'string', length: 40 },
    redemptionId: { type: 'string', length: 40, nullable: true },
    points: bigint(),
  },
});
