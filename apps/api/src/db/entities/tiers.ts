/** Tiers. */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

export class TierRow {
  id!: string;
  name!: string;
  rank!: number;
  qualifyingSpendMinor!: number;
  earnMultiplier!: number;
  birthdayMultiplier!: number;
  perks!: string[];
  createdAt!: Date;
}
export const TierSchema = new EntitySchema<TierRow>({
  class: TierRow,
  tableName: 'tier',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 100, unique: true },
    rank: { type: 'integer', unique: true },
    qualifyingSpendMinor: bigint(),
    earnMultiplier: { type: 'double' },
    birthdayMultiplier: { type: 'double' },
    perks: { type: 'json' },
    createdAt: datetime(),
  },
});
