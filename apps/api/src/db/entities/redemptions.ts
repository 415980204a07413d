/** Redemptions. */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

export class RedemptionRow {
  id!: string;
  memberId!: string;
  points!: number;
  valueMinor!: number;
  rewardId?: string | null;
  orderId?: string | null;
  orderAmountMinor?: number | null;
  status!: 'COMPLETED' | 'CANCELLED';
  createdAt!: Date;
  cancelledAt?: Date | null;
  /** the actor id that redeemed (a STOREFRONT key may cancel only its own redemptions) */
  createdBy?: string | null;
}
export const RedemptionSchema = new EntitySchema<RedemptionRow>({
  class: RedemptionRow,
  tableName: 'redemption',
  indexes: [{ properties: ['memberId', 'rewardId'] }, { properties: ['createdAt'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    points: bigint(),
    valueMinor: bigint(),
    rewardId: { type: 'string', length: 40, nullable: true },
    orderId: { type: 'string', length: 128, nullable: true },
    orderAmountMinor: { ...bigint(), nullable: true },
    status: { type: 'string', length: 16 },
    createdAt: datetime(),
    cancelledAt: { ...datetime(), nullable: true },
    createdBy: { type: 'string', length: 40, nullable: true },
  },
});
