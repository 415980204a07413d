/** Points draws: the draw (its seed committed by hash), prizes with stock, entries bought with points, winners. */
import { BigIntType, EntitySchema } from '@mikro-orm/core';

const bigint = () => ({ type: new BigIntType('number') });
const datetime = () => ({ type: 'datetime', length: 3 }) as const;

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
