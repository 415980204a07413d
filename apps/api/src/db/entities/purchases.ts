/** Purchases and their refunds. */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

export class PurchaseRow {
  id!: string;
  orderId!: string;
  memberId!: string;
  amountMinor!: number;
  currency!: string;
  refundedMinor!: number;
  occurredAt!: Date;
  pointsAwarded!: number;
  pointsReversed!: number;
  items?: unknown[] | null;
  createdAt!: Date;
}
export const PurchaseSchema = new EntitySchema<PurchaseRow>({
  class: PurchaseRow,
  tableName: 'purchase',
  // covering for the rolling spend (migration 20261123200000)
  indexes: [
    {
      name: 'purchase_member_spend_index',
      properties: ['memberId', 'occurredAt', 'amountMinor', 'refundedMinor'],
    },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    orderId: { type: 'string', length: 128, unique: true },
    memberId: { type: 'string', length: 40 },
    amountMinor: bigint(),
    currency: { type: 'string', length: 3 },
    refundedMinor: bigint(),
    occurredAt: datetime(),
    pointsAwarded: bigint(),
    pointsReversed: bigint(),
    items: { type: 'json', nullable: true },
    createdAt: datetime(),
  },
});

export class RefundRow {
  id!: string;
  refundId!: string;
  purchaseId!: string;
  memberId!: string;
  amountMinor!: number;
  pointsReversed!: number;
  occurredAt!: Date;
  createdAt!: Date;
}
export const RefundSchema = new EntitySchema<RefundRow>({
  class: RefundRow,
  tableName: 'refund',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    refundId: { type: 'string', length: 128, unique: true },
    purchaseId: { type: 'string', length: 40, index: true },
    memberId: { type: 'string', length: 40 },
    amountMinor: bigint(),
    pointsReversed: bigint(),
    occurredAt: datetime(),
    createdAt: datetime(),
  },
});
