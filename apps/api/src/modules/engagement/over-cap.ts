/**
 * The program setting rules.overCapDrawId: bonus points the monthly cap refused become whole entries
 * of that points draw while it is open (core overCapEntries), an entry with no points behind it,
 * keyed by member and cause so a cause makes its entries once. What became entries is recorded as
 * an OVER_CAP_DRAW_ENTRIES refusal, the remainder stays a MONTHLY_BONUS_CAP one. The one path of
 * both the purchase pipeline (bonus-cap step) and the other bonus writes (issue-bonuses.ts).
 */
import { drawPhase, overCapEntries, REASON, type Refusal } from '@accrue/core';
import { createRow, type RowSink } from '../../db/batch';
import { DrawEntryRow } from '../../db/entities/engagement';
import { toDate, toNum } from '../../db/sql/codecs';
import type { Query, Row } from '../../db/sql/types';
import { fingerprint, newId } from '../../ids';

export interface OverCapDraw {
  id: string;
  entryCostPoints: number;
  opensAt: Date;
  closesAt: Date;
  drawnAt: Date | null;
}

/** The over-cap draw's read, for the purchase's round trip (null when the program names none). */
export function overCapDrawQuery(drawId: string | null): Query | null {
  if (!drawId) return null;
  return {
    sql: `select "id", "entry_cost_points", "opens_at", "closes_at", "drawn_at" from "points_draw" where "id" = ?`,
    params: [drawId],
  };
}

export function overCapDrawOf(row: Row | undefined): OverCapDraw | null {
  if (!row) return null;
  return {
    id: String(row.id),
    entryCostPoints: toNum(row.entry_cost_points),
    opensAt: toDate(row.opens_at)!,
    closesAt: toDate(row.closes_at)!,
    drawnAt: row.drawn_at == null ? null : toDate(row.drawn_at)!,
  };
}

export const overCapKey = (memberId: string, cause: string) => `over-cap:${memberId}:${cause}`.slice(0, 200);

/**
 * Turns `refusals` (rewritten in place) into entries of `draw` when it is open at `now`; writes the
 * entry through `sink` and answers how many entries it holds (0: nothing changed).
 */
export function refusalsToDrawEntries(
  sink: RowSink,
  draw: OverCapDraw | null,
  memberId: string,
  refusals: Refusal[],
  cause: string,
  now: Date,
): number {
  const capRefusals = refusals.filter((r) => r.reason === REASON.MONTHLY_BONUS_CAP);
  const refused = capRefusals.reduce((s, r) => s + r.points, 0);
  if (!draw || refused <= 0 || drawPhase(draw, now) !== 'OPEN') return 0;
  const { entries, points } = overCapEntries(refused, draw.entryCostPoints);
  if (entries <= 0) return 0;
  createRow(sink, DrawEntryRow, {
    id: newId('dre'),
    drawId: draw.id,
    memberId,
    key: overCapKey(memberId, cause),
    fingerprint: fingerprint({ memberId, drawId: draw.id, count: entries, overCap: points }),
    count: entries,
    points: 0,
    status: 'ACTIVE',
    createdBy: null,
    createdAt: now,
    cancelledAt: null,
  });
  let left = points;
  for (const r of capRefusals) {
    const moved = Math.min(left, r.points);
    left -= moved;
    r.points -= moved;
    if (moved > 0) refusals.push({ ...r, points: moved, reason: 'OVER_CAP_DRAW_ENTRIES' });
  }
  for (let i = refusals.length - 1; i >= 0; i--) if (refusals[i].points <= 0) refusals.splice(i, 1);
  return entries;
}
