/** Members. */
import { EntitySchema } from '@mikro-orm/core';
import type { ActivityState } from '@accrue/core';
import { bigint, datetime } from './columns';

export type MemberStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';

export class MemberRow {
  id!: string;
  externalId!: string;
  email?: string | null;
  name?: string | null;
  birthday?: string | null;
  status!: MemberStatus;
  enrolledAt!: Date;
  referralCode!: string;
  referredById?: string | null;
  tierId!: string;
  tierRetainedUntil?: Date | null;
  /** sum of the member's ledger entries (lot remainders - negative) */
  pointsBalance!: number;
  negative!: number;
  lifetimeEarned!: number;
  lifetimeRedeemed!: number;
  lifetimeExpired!: number;
  firstPurchaseAt?: Date | null;
  lastPurchaseAt?: Date | null;
  /** the latest program-local day the member was active on, null when not known (rollup-step.ts) */
  lastActiveDay?: string | null;
  activity!: ActivityState;
  /** the device and IP address the enrolment came from, when the integration gave them (risk flags) */
  deviceId?: string | null;
  enrolmentIp?: string | null;
  /** on the staff's review list (product.md: shared devices or addresses, earning velocity) */
  flaggedForReview!: boolean;
  /** why, one line each ("SHARED_DEVICE: ...", "EARNING_VELOCITY: ..."); emptied when staff clear the flag */
  reviewReasons!: string[];
  createdAt!: Date;
  updatedAt!: Date;
}
export const MemberSchema = new EntitySchema<MemberRow>({
  class: MemberRow,
  tableName: 'member',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    externalId: { type: 'string', length: 128, unique: true },
    email: { type: 'string', length: 320, nullable: true, index: true },
    name: { type: 'string', length: 200, nullable: true },
    birthday: { type: 'string', length: 10, nullable: true },
    status: { type: 'string', length: 16 },
    enrolledAt: datetime(),
    referralCode: { type: 'string', length: 16, unique: true },
    referredById: { type: 'string', length: 40, nullable: true, index: true },
    tierId: { type: 'string', length: 40, index: true },
    tierRetainedUntil: { ...datetime(), nullable: true },
    pointsBalance: bigint(),
    negative: bigint(),
    lifetimeEarned: bigint(),
    lifetimeRedeemed: bigint(),
    lifetimeExpired: bigint(),
    firstPurchaseAt: { ...datetime(), nullable: true },
    lastPurchaseAt: { ...datetime(), nullable: true },
    lastActiveDay: { type: 'string', length: 10, nullable: true },
    activity: { type: 'json' },
    deviceId: { type: 'string', length: 128, nullable: true, index: true },
    enrolmentIp: { type: 'string', length: 64, nullable: true, index: true },
    flaggedForReview: { type: 'boolean', default: false },
    reviewReasons: { type: 'json', default: '[]' },
    createdAt: datetime(),
    updatedAt: datetime(),
  },
});
