/**
 * Group buys and boosts (modules/engagement): the social mechanics. A group and its participants
 * (a seat per member, unique per group: never more than `size` seats, never a member twice); a
 * boost request and its contributions (one per friend). Points a participant holds toward the
 * price, and a friend's contribution, are debits whose lot allocations carry the row's id (as a
 * redemption's do), so releasing them is the one restore path.
 */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

export class GroupBuyRow {
  id!: string;
  /** what friends type to join (8 characters) */
  code!: string;
  openerId!: string;
  /** the opener's idempotency key */
  key!: string;
  fingerprint!: string;
  productId!: string;
  productName!: string;
  priceMinor!: number;
  size!: number;
  deadline!: Date;
  status!: 'OPEN' | 'FILLED' | 'EXPIRED';
  /** bonus points per participant when full (the rules' figure when it opened) */
  bonusPoints!: number;
  createdBy?: string | null;
  createdAt!: Date;
  closedAt?: Date | null;
}
export const GroupBuySchema = new EntitySchema<GroupBuyRow>({
  class: GroupBuyRow,
  tableName: 'group_buy',
  indexes: [{ properties: ['status', 'deadline'] }, { properties: ['openerId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    code: { type: 'string', length: 16, unique: true },
    openerId: { type: 'string', length: 40 },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    productId: { type: 'string', length: 128 },
    productName: { type: 'string', length: 200 },
    priceMinor: bigint(),
    size: { type: 'integer' },
    deadline: datetime(),
    status: { type: 'string', length: 16 },
    bonusPoints: bigint(),
    createdBy: { type: 'string', length: 40, nullable: true },
    createdAt: datetime(),
    closedAt: { ...datetime(), nullable: true },
  },
});

export class GroupBuyParticipantRow {
  id!: string;
  groupId!: string;
  memberId!: string;
  /** 1 for the opener; the unique (group, seat) pair keeps racing joins to `size` seats */
  seat!: number;
  key!: string;
  fingerprint!: string;
  deviceId?: string | null;
  /** a member with no purchase before joining (may put points toward the price) */
  newCustomer!: boolean;
  /** points held toward the price: spent when the group fills, returned to their lots if it expires */
  pointsHeld!: number;
  holdStatus!: 'NONE' | 'HELD' | 'SPENT' | 'RELEASED';
  /** the bonus issued when the group filled (after the monthly cap) */
  bonusAwarded!: number;
  createdAt!: Date;
}
export const GroupBuyParticipantSchema = new EntitySchema<GroupBuyParticipantRow>({
  class: GroupBuyParticipantRow,
  tableName: 'group_buy_participant',
  uniques: [{ properties: ['groupId', 'memberId'] }, { properties: ['groupId', 'seat'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    groupId: { type: 'string', length: 40 },
    memberId: { type: 'string', length: 40, index: true },
    seat: { type: 'integer' },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    deviceId: { type: 'string', length: 128, nullable: true },
    newCustomer: { type: 'boolean' },
    pointsHeld: bigint(),
    holdStatus: { type: 'string', length: 16 },
    bonusAwarded: bigint(),
    createdAt: datetime(),
  },
});

export class BoostRow {
  id!: string;
  requesterId!: string;
  rewardId!: string;
  key!: string;
  fingerprint!: string;
  targetPoints!: number;
  deviceId?: string | null;
  status!: 'OPEN' | 'REDEEMED' | 'EXPIRED';
  expiresAt!: Date;
  /** the requester's redemption of the reward, once the target is reached */
  redemptionId?: string | null;
  createdBy?: string | null;
  createdAt!: Date;
  closedAt?: Date | null;
}
export const BoostSchema = new EntitySchema<BoostRow>({
  class: BoostRow,
  tableName: 'boost',
  indexes: [{ properties: ['status', 'expiresAt'] }, { properties: ['requesterId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    requesterId: { type: 'string', length: 40 },
    rewardId: { type: 'string', length: 40 },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    targetPoints: bigint(),
    deviceId: { type: 'string', length: 128, nullable: true },
    status: { type: 'string', length: 16 },
    expiresAt: datetime(),
    redemptionId: { type: 'string', length: 40, nullable: true },
    createdBy: { type: 'string', length: 40, nullable: true },
    createdAt: datetime(),
    closedAt: { ...datetime(), nullable: true },
  },
});

export class BoostContributionRow {
  id!: string;
  boostId!: string;
  memberId!: string;
  key!: string;
  fingerprint!: string;
  points!: number;
  deviceId?: string | null;
  status!: 'HELD' | 'SPENT' | 'RETURNED';
  createdAt!: Date;
}
export const BoostContributionSchema = new EntitySchema<BoostContributionRow>({
  class: BoostContributionRow,
  tableName: 'boost_contribution',
  uniques: [{ properties: ['boostId', 'memberId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    boostId: { type: 'string', length: 40 },
    memberId: { type: 'string', length: 40, index: true },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    points: bigint(),
    deviceId: { type: 'string', length: 128, nullable: true },
    status: { type: 'string', length: 16 },
    createdAt: datetime(),
  },
});

export const SOCIAL_ENTITIES = [
  GroupBuySchema,
  GroupBuyParticipantSchema,
  BoostSchema,
  BoostContributionSchema,
];
