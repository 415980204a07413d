/** The reward catalog. */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

export class RewardRow {
  id!: string;
  name!: string;
  type!: string;
  pointsCost!: number;
  cashPriceMinor!: number;
  valueMinor!: number;
  stock?: number | null;
  perMemberLimit?: number | null;
  active!: boolean;
  createdAt!: Date;
}
export const RewardSchema = new EntitySchema<RewardRow>({
  class: RewardRow,
  tableName: 'reward',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 200 },
    type: { type: 'string', length: 16 },
    pointsCost: bigint(),
    cashPriceMinor: bigint(),
    valueMinor: bigint(),
    stock: { type: 'integer', nullable: true },
    perMemberLimit: { type: 'integer', nullable: true },
    active: { type: 'boolean' },
    createdAt: datetime(),
  },
});
