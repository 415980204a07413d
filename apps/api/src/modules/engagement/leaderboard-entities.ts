/** Leaderboards: the board, each closed period (the row that makes closing happen once), its awards. */
import { BigIntType, EntitySchema } from '@mikro-orm/core';

const bigint = () => ({ type: new BigIntType('number') });
const datetime = () => ({ type: 'datetime', length: 3 }) as const;

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
