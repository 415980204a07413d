/**
 * Bonus grants outside the purchase pipeline (member events, full group buys): the monthly bonus cap
 * (core applyMonthlyBonusCap), refusals recorded, and when the program names an over-cap draw
 * (rules.overCapDrawId) that is open, the refused points become whole entries of it (core
 * overCapEntries, an entry with no points behind it, keyed so a retry makes none twice); the rest
 * stays refused. The caller holds the member's lock and owns the transaction.
 */
import {
  applyMonthlyBonusCap,
  drawPhase,
  overCapEntries,
  REASON,
  type Grant,
  type ProgramRules,
  type Refusal,
} from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import type { MemberRow } from '../../db/entities/members';
import { DrawEntryRow, PointsDrawRow } from '../../db/entities/engagement';
import { emSql } from '../../db/sql/queries';
import { fingerprint, newId } from '../../ids';
import { PointsBook } from '../../services/points-book';
import { recordRefusals } from '../../services/refusals';
import { monthEarnings } from '../../services/spend-history';
import { DRAW_ID } from './draws';

export interface IssuedBonuses {
  book: PointsBook;
  awarded: number;
  /** entries of the over-cap draw the refused points became */
  drawEntries: number;
}

export async function issueBonuses(
  em: EntityManager,
  rules: ProgramRules,
  member: MemberRow,
  grants: Grant[],
  at: { occurredAt: Date; now: Date; context: string; reason?: string },
): Promise<IssuedBonuses> {
  const month = await monthEarnings(emSql(em), member.id, at.occurredAt, rules.timezone);
  const capped = applyMonthlyBonusCap(grants, month.bonusIssued, rules.monthlyBonusCapPoints);
  const drawEntries = await overCapToDraw(em, rules, member, capped.refusals, at);
  recordRefusals(em, member.id, capped.refusals, at.occurredAt, at.context, at.now);
  const book = await PointsBook.openForEarning(em, member, at.now);
  let awarded = 0;
  for (const g of capped.grants) {
    book.grant(g, { occurredAt: at.occurredAt, reason: at.reason ?? g.reason });
    awarded += g.points;
  }
  book.expireDue();
  return { book, awarded, drawEntries };
}

/** Turns the cap's refusals into entries of the over-cap draw (rewriting them to what stays refused). */
async function overCapToDraw(
  em: EntityManager,
  rules: ProgramRules,
  member: MemberRow,
  refusals: Refusal[],
  at: { occurredAt: Date; now: Date; context: string },
): Promise<number> {
  const capRefusals = refusals.filter((r) => r.reason === REASON.MONTHLY_BONUS_CAP);
  const refused = capRefusals.reduce((s, r) => s + r.points, 0);
  if (!rules.overCapDrawId || refused <= 0) return 0;
  const draw = await em.findOne(PointsDrawRow, { id: rules.overCapDrawId });
  if (!draw || drawPhase(draw, at.now) !== 'OPEN') return 0;
  const { entries, points } = overCapEntries(refused, draw.entryCostPoints);
  if (entries <= 0) return 0;
  const key = `over-cap:${member.id}:${at.context}`.slice(0, 200);
  if (await em.findOne(DrawEntryRow, { key })) return 0;
  em.create(DrawEntryRow, {
    id: newId(DRAW_ID.entry),
    drawId: draw.id,
    memberId: member.id,
    key,
    fingerprint: fingerprint({ memberId: member.id, drawId: draw.id, count: entries, overCap: points }),
    count: entries,
    points: 0,
    status: 'ACTIVE',
    createdBy: null,
    createdAt: at.now,
    cancelledAt: null,
  });
  // what became entries is recorded as such; only the remainder stays a cap refusal
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
