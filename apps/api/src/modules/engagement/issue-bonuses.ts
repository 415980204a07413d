/**
 * Bonus grants outside the purchase pipeline (member events, full group buys): the monthly bonus cap
 * (core applyMonthlyBonusCap), refusals recorded, and the refused points turned into entries of the
 * over-cap draw when the program names one (over-cap.ts, the pipeline's path too). The caller holds the member's lock and owns the transaction.
 */
import { applyMonthlyBonusCap, type Grant, type ProgramRules } from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import type { MemberRow } from '../../db/entities/members';
import { DrawEntryRow, PointsDrawRow } from '../../db/entities/engagement';
import { emSql } from '../../db/sql/queries';
import { PointsBook } from '../../services/points-book';
import { recordRefusals } from '../../services/refusals';
import { monthEarnings } from '../../services/spend-history';
import { overCapKey, refusalsToDrawEntries } from './over-cap';

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
  const draw = await overCapDraw(em, rules, member.id, at.context);
  const drawEntries = refusalsToDrawEntries(em, draw, member.id, capped.refusals, at.context, at.now);
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

/** The over-cap draw (rules.overCapDrawId) as this transaction sees it; null when none, or when this cause already made its entries. */
async function overCapDraw(em: EntityManager, rules: ProgramRules, memberId: string, cause: string) {
  if (!rules.overCapDrawId) return null;
  const d = await em.findOne(PointsDrawRow, { id: rules.overCapDrawId });
  if (!d || (await em.findOne(DrawEntryRow, { key: overCapKey(memberId, cause) }))) return null;
  return {
    id: d.id,
    entryCostPoints: d.entryCostPoints,
    opensAt: d.opensAt,
    closesAt: d.closesAt,
    drawnAt: d.drawnAt ?? null,
  };
}
