/**
 * The engagement module's tables (its module is modules/engagement): member events posted by the integrations, tasks and challenges
 * defined by marketing, and each member's progress on a task per period.
 */
import { EntitySchema } from '@mikro-orm/core';
import { bigint, datetime } from './columns';

/** An event an integration posted for a member ("browsed a product", "shared a link"), once per key. */
export class MemberEventRow {
  id!: string;
  memberId!: string;
  key!: string;
  /** the first post's content, to tell a retry from a conflicting reuse of the key */
  fingerprint!: string;
  type!: string;
  occurredAt!: Date;
  attributes?: Record<string, unknown> | null;
  /** the bonus points the event's task completions issued (replayed on a retry) */
  pointsAwarded!: number;
  createdAt!: Date;
}
export const MemberEventSchema = new EntitySchema<MemberEventRow>({
  class: MemberEventRow,
  tableName: 'member_event',
  indexes: [{ properties: ['memberId', 'occurredAt'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    type: { type: 'string', length: 64 },
    occurredAt: datetime(),
    attributes: { type: 'json', nullable: true },
    pointsAwarded: bigint(),
    createdAt: datetime(),
  },
});

/** A task or challenge (core TaskDef): a goal over events or purchases, with points, a window and an audience. */
export class EngagementTaskRow {
  id!: string;
  name!: string;
  description?: string | null;
  kind!: string;
  period!: string;
  measure!: string;
  eventType?: string | null;
  category?: string | null;
  target!: number;
  points!: number;
  startsAt!: Date;
  endsAt!: Date;
  audienceTierIds!: string[];
  active!: boolean;
  createdAt!: Date;
  updatedAt!: Date;
}
export const EngagementTaskSchema = new EntitySchema<EngagementTaskRow>({
  class: EngagementTaskRow,
  tableName: 'engagement_task',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 200 },
    description: { type: 'string', length: 1000, nullable: true },
    kind: { type: 'string', length: 16 },
    period: { type: 'string', length: 16 },
    measure: { type: 'string', length: 24 },
    eventType: { type: 'string', length: 64, nullable: true },
    category: { type: 'string', length: 100, nullable: true },
    target: bigint(),
    points: bigint(),
    startsAt: datetime(),
    endsAt: datetime(),
    audienceTierIds: { type: 'json' },
    active: { type: 'boolean' },
    createdAt: datetime(),
    updatedAt: datetime(),
  },
});

/** A member's progress on a task in one period (core TaskProgressState); completed once. */
export class TaskProgressRow {
  id!: string;
  memberId!: string;
  taskId!: string;
  /** core taskPeriodKey: '2026-12-07', 'W2026-12-07', '2026-12' or 'WINDOW' */
  periodKey!: string;
  value!: number;
  days!: string[];
  completedAt?: Date | null;
  /** the purchase whose order completed it (a refund of it claws the points back with the order's lots) */
  completedByOrderId?: string | null;
  updatedAt!: Date;
}
export const TaskProgressSchema = new EntitySchema<TaskProgressRow>({
  class: TaskProgressRow,
  tableName: 'task_progress',
  uniques: [{ properties: ['memberId', 'taskId', 'periodKey'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    taskId: { type: 'string', length: 40, index: true },
    periodKey: { type: 'string', length: 16 },
    value: bigint(),
    days: { type: 'json' },
    completedAt: { ...datetime(), nullable: true },
    completedByOrderId: { type: 'string', length: 200, nullable: true },
    updatedAt: datetime(),
  },
});

/** The paid extension's terms (one row, id 1): the fee, how far expiry moves, the window. */
export class PaidExtensionTermsRow {
  id!: number;
  feeMinor!: number;
  extendDays!: number;
  windowDays!: number;
  active!: boolean;
  updatedAt!: Date;
}
export const PaidExtensionTermsSchema = new EntitySchema<PaidExtensionTermsRow>({
  class: PaidExtensionTermsRow,
  tableName: 'paid_extension_terms',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    feeMinor: bigint(),
    extendDays: { type: 'integer' },
    windowDays: { type: 'integer' },
    active: { type: 'boolean' },
    updatedAt: datetime(),
  },
});

/** A paid extension: the fee a member paid (revenue, for the metrics) and what it extended; once per key. */
export class PointsExtensionRow {
  id!: string;
  memberId!: string;
  key!: string;
  fingerprint!: string;
  feeMinor!: number;
  currency!: string;
  extendDays!: number;
  lotCount!: number;
  pointsExtended!: number;
  createdAt!: Date;
}
export const PointsExtensionSchema = new EntitySchema<PointsExtensionRow>({
  class: PointsExtensionRow,
  tableName: 'points_extension',
  indexes: [{ properties: ['createdAt'] }, { properties: ['memberId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    feeMinor: bigint(),
    currency: { type: 'string', length: 3 },
    extendDays: { type: 'integer' },
    lotCount: { type: 'integer' },
    pointsExtended: bigint(),
    createdAt: datetime(),
  },
});

/** One lot's extension: the lot id is the key, so a lot is extended once whatever races. */
export class LotExtensionRow {
  lotId!: string;
  extensionId!: string;
  memberId!: string;
  points!: number;
  expiresBefore!: Date;
  expiresAfter!: Date;
  createdAt!: Date;
}
export const LotExtensionSchema = new EntitySchema<LotExtensionRow>({
  class: LotExtensionRow,
  tableName: 'lot_extension',
  properties: {
    lotId: { type: 'string', length: 40, primary: true },
    extensionId: { type: 'string', length: 40, index: true },
    memberId: { type: 'string', length: 40 },
    points: bigint(),
    expiresBefore: datetime(),
    expiresAfter: datetime(),
    createdAt: datetime(),
  },
});

export const ENGAGEMENT_ENTITIES = [
  MemberEventSchema,
  EngagementTaskSchema,
  TaskProgressSchema,
  PaidExtensionTermsSchema,
  PointsExtensionSchema,
  LotExtensionSchema,
];

/** Points draws: the draw (its seed committed by hash), prizes with stock, entries bought with points, winners. */

export class PointsDrawRow {
  id!: string;
  name!: string;
  entryCostPoints!: number;
  maxEntriesPerMember?: number | null;
  opensAt!: Date;
  closesAt!: Date;
  /** SHA-256 of the seed, published from creation */
  seedHash!: string;
  /** secret until the draw is drawn (never shown before drawnAt) */
  seed!: string;
  drawnAt?: Date | null;
  createdAt!: Date;
}
export const PointsDrawSchema = new EntitySchema<PointsDrawRow>({
  class: PointsDrawRow,
  tableName: 'points_draw',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 200 },
    entryCostPoints: bigint(),
    maxEntriesPerMember: { type: 'integer', nullable: true },
    opensAt: datetime(),
    closesAt: datetime(),
    seedHash: { type: 'string', length: 64 },
    seed: { type: 'string', length: 64 },
    drawnAt: { ...datetime(), nullable: true },
    createdAt: datetime(),
  },
});

export class DrawPrizeRow {
  id!: string;
  drawId!: string;
  position!: number;
  name!: string;
  stock!: number;
}
export const DrawPrizeSchema = new EntitySchema<DrawPrizeRow>({
  class: DrawPrizeRow,
  tableName: 'draw_prize',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    drawId: { type: 'string', length: 40, index: true },
    position: { type: 'integer' },
    name: { type: 'string', length: 200 },
    stock: { type: 'integer' },
  },
});

/** One purchase of `count` entries (tickets) with points; its lot allocations carry its id. */
export class DrawEntryRow {
  id!: string;
  drawId!: string;
  memberId!: string;
  key!: string;
  fingerprint!: string;
  count!: number;
  points!: number;
  status!: 'ACTIVE' | 'CANCELLED';
  createdBy?: string | null;
  createdAt!: Date;
  cancelledAt?: Date | null;
}
export const DrawEntrySchema = new EntitySchema<DrawEntryRow>({
  class: DrawEntryRow,
  tableName: 'draw_entry',
  indexes: [{ properties: ['drawId', 'memberId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    drawId: { type: 'string', length: 40 },
    memberId: { type: 'string', length: 40 },
    key: { type: 'string', length: 200, unique: true },
    fingerprint: { type: 'string', length: 64 },
    count: { type: 'integer' },
    points: bigint(),
    status: { type: 'string', length: 16 },
    createdBy: { type: 'string', length: 40, nullable: true },
    createdAt: datetime(),
    cancelledAt: { ...datetime(), nullable: true },
  },
});

export class DrawWinnerRow {
  drawId!: string;
  position!: number;
  prizeId!: string;
  ticket!: string;
  memberId!: string;
}
export const DrawWinnerSchema = new EntitySchema<DrawWinnerRow>({
  class: DrawWinnerRow,
  tableName: 'draw_winner',
  properties: {
    drawId: { type: 'string', length: 40, primary: true },
    position: { type: 'integer', primary: true },
    prizeId: { type: 'string', length: 40 },
    ticket: { type: 'string', length: 64 },
    memberId: { type: 'string', length: 40 },
  },
});

export const DRAW_ENTITIES = [PointsDrawSchema, DrawPrizeSchema, DrawEntrySchema, DrawWinnerSchema];

/** Leaderboards: the board, each closed period (the row that makes closing happen once), its awards. */

export class LeaderboardRow {
  id!: string;
  name!: string;
  period!: string;
  topN!: number;
  /** bonus points by rank: [500, 300, 200] */
  prizePoints!: number[];
  active!: boolean;
  createdAt!: Date;
}
export const LeaderboardSchema = new EntitySchema<LeaderboardRow>({
  class: LeaderboardRow,
  tableName: 'leaderboard',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 200 },
    period: { type: 'string', length: 16 },
    topN: { type: 'integer' },
    prizePoints: { type: 'json' },
    active: { type: 'boolean' },
    createdAt: datetime(),
  },
});

export class LeaderboardAwardRow {
  leaderboardId!: string;
  periodKey!: string;
  rank!: number;
  memberId!: string;
  /** points earned in the period */
  points!: number;
  prizePoints!: number;
  closedAt!: Date;
}
export const LeaderboardAwardSchema = new EntitySchema<LeaderboardAwardRow>({
  class: LeaderboardAwardRow,
  tableName: 'leaderboard_award',
  properties: {
    leaderboardId: { type: 'string', length: 40, primary: true },
    periodKey: { type: 'string', length: 16, primary: true },
    rank: { type: 'integer', primary: true },
    memberId: { type: 'string', length: 40 },
    points: bigint(),
    prizePoints: bigint(),
    closedAt: datetime(),
  },
});

/** A closed period: written in the same transaction as its awards, so a period closes once or not at all. */
export class LeaderboardPeriodRow {
  leaderboardId!: string;
  periodKey!: string;
  closedAt!: Date;
}
export const LeaderboardPeriodSchema = new EntitySchema<LeaderboardPeriodRow>({
  class: LeaderboardPeriodRow,
  tableName: 'leaderboard_period',
  properties: {
    leaderboardId: { type: 'string', length: 40, primary: true },
    periodKey: { type: 'string', length: 16, primary: true },
    closedAt: datetime(),
  },
});

export const LEADERBOARD_ENTITIES = [LeaderboardSchema, LeaderboardAwardSchema, LeaderboardPeriodSchema];
