/**
 * Leaderboards: marketing defines a board (week or month, top N, bonus points by rank); the standings
 * are live (points earned in the period, from the ledger); closing a period that has ended awards the
 * prizes once: the period row, the awards and the grants are one transaction under the board's row
 * lock, so a second run (or one racing) finds the period closed and answers its awards, and a run
 * that crashed half-way left nothing behind.
 */
import {
  DomainError,
  LEADERBOARD_PERIODS,
  leaderboardAwards,
  leaderboardPeriod,
  makeGrant,
  REASON,
  rankStandings,
  type LeaderboardPeriod,
} from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { emSql } from '../../db/sql/queries';
import { toNum } from '../../db/sql/codecs';
import { newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { isPostgres, lockMembersById } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { bad, int, str } from '../../services/validate';
import { LeaderboardAwardRow, LeaderboardPeriodRow, LeaderboardRow } from '../../db/entities/engagement';

const f = (n: string) => ['input', n];
export const LEADERBOARD_ID = 'ldb';

export async function createLeaderboard(
  app: App,
  actor: Actor,
  input: { name: string; period: string; topN: number; prizePoints: number[] },
) {
  const now = app.clock.now();
  const name = str(input.name, f('name'), { max: 200, required: true })!;
  if (!(LEADERBOARD_PERIODS as readonly string[]).includes(input.period))
    bad(f('period'), 'must be WEEKLY or MONTHLY');
  const topN = int(input.topN, f('topN'), { min: 1, max: 100 })!;
  if (input.prizePoints.length > topN) bad(f('prizePoints'), 'must not list more prizes than topN');
  input.prizePoints.forEach((p, i) => int(p, ['input', 'prizePoints', String(i)], { min: 0, max: 100_000 }));
  return inTransaction(app, async (em) => {
    const row = em.create(LeaderboardRow, {
      id: newId(LEADERBOARD_ID),
      name,
      period: input.period,
      topN,
      prizePoints: input.prizePoints,
      active: true,
      createdAt: now,
    });
    audit(em, actor, 'leaderboard.create', `leaderboard:${row.id}`, null, { ...input }, now);
    return row;
  });
}

/** Points earned (EARN entries, prizes of leaderboards excluded) per member in [start, end), top `limit`. */
async function standingsIn(em: EntityManager, start: Date, end: Date, limit: number) {
  const rows = await emSql(em).all(
    `select "member_id", sum("points") as "points" from "ledger_entry"
      where "type" = 'EARN' and "source" <> 'LEADERBOARD' and "occurred_at" >= ? and "occurred_at" < ?
      group by "member_id" order by sum("points") desc, "member_id" asc limit ?`,
    [start, end, limit],
  );
  return rankStandings(
    rows.map((r) => ({ memberId: r.member_id as string, points: toNum(r.points) })),
    limit,
  );
}

async function board(em: EntityManager, id: string, lock: boolean) {
  const row = await em.findOne(
    LeaderboardRow,
    { id },
    lock && isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: lock },
  );
  if (!row) throw new DomainError('NOT_FOUND', `No leaderboard with id "${id}"`, f('leaderboardId'));
  return row;
}

/** The live standings of the period containing `at` (default now). */
export async function leaderboardStandings(app: App, em: EntityManager, id: string, at?: Date | null) {
  const row = await board(em, id, false);
  const { rules } = await app.program.get(em);
  const span = leaderboardPeriod(row.period as LeaderboardPeriod, at ?? app.clock.now(), rules.timezone);
  const closed = await em.findOne(LeaderboardPeriodRow, { leaderboardId: id, periodKey: span.key });
  return {
    board: row,
    span,
    closed: !!closed,
    // a closed period's standings are what it awarded (with the prizes), final
    standings: closed
      ? await em.find(
          LeaderboardAwardRow,
          { leaderboardId: id, periodKey: span.key },
          { orderBy: { rank: 'asc' } },
        )
      : await standingsIn(em, span.start, span.end, row.topN),
  };
}

/** Closes the period containing `at` once it has ended: the top N get their prize points, once. */
export async function closeLeaderboardPeriod(
  app: App,
  actor: Actor,
  input: { leaderboardId: string; at: Date },
) {
  const id = str(input.leaderboardId, f('leaderboardId'), { max: 40, required: true })!;
  return inTransaction(app, async (em) => {
    const row = await board(em, id, true);
    const now = app.clock.now();
    const { rules } = await app.program.get(em);
    const span = leaderboardPeriod(row.period as LeaderboardPeriod, input.at, rules.timezone);
    const done = await em.findOne(LeaderboardPeriodRow, { leaderboardId: id, periodKey: span.key });
    if (done)
      return {
        board: row,
        span,
        awards: await em.find(
          LeaderboardAwardRow,
          { leaderboardId: id, periodKey: span.key },
          { orderBy: { rank: 'asc' } },
        ),
      };
    if (now < span.end)
      throw new DomainError(
        'INVALID_TRANSITION',
        `The period ${span.key} ends at ${span.end.toISOString()}`,
        f('at'),
      );
    const awards = leaderboardAwards(await standingsIn(em, span.start, span.end, row.topN), row.prizePoints);
    em.create(LeaderboardPeriodRow, { leaderboardId: id, periodKey: span.key, closedAt: now });
    const members = await lockMembersById(
      em,
      awards.map((a) => a.memberId),
    );
    const rows = [];
    for (const a of awards) {
      const member = members.get(a.memberId)!;
      const book = await PointsBook.openForEarning(em, member, now);
      const grant = makeGrant({
        source: 'LEADERBOARD',
        reason: REASON.LEADERBOARD_PRIZE,
        points: a.prizePoints,
        occurredAt: now,
        expireInDays: rules.campaignPointsExpireInDays,
        bonus: false,
      });
      book.grant(grant, { occurredAt: now, reason: `${row.name} ${span.key}: rank ${a.rank}` });
      book.event('points.earned', {
        memberId: member.id,
        leaderboardId: id,
        period: span.key,
        rank: a.rank,
        points: a.prizePoints,
      });
      rows.push(
        em.create(LeaderboardAwardRow, {
          leaderboardId: id,
          periodKey: span.key,
          rank: a.rank,
          memberId: a.memberId,
          points: a.points,
          prizePoints: a.prizePoints,
          closedAt: now,
        }),
      );
    }
    audit(
      em,
      actor,
      'leaderboard.close',
      `leaderboard:${id}`,
      null,
      { period: span.key, awards: rows.length },
      now,
    );
    return { board: row, span, awards: rows };
  });
}
