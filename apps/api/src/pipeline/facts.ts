/** What the steps of today's purchase tell later steps (PurchaseDraft.facts), typed. */
import type { ActiveDayNeighbours, PurchaseEarning } from '@accrue/core';
import type { SpendHistory, toMonthEarnings } from '../services/spend-history';
import type { PurchaseDraft } from './step';

export type MonthEarnings = ReturnType<typeof toMonthEarnings>;

/** A fact a step recorded; throws when the step that records it is not registered before. */
export function fact<K extends keyof KnownFacts>(
  draft: { facts: Record<string, unknown> },
  name: K,
): KnownFacts[K] {
  const v = draft.facts[name];
  if (v === undefined)
    throw new Error(`the purchase pipeline has no "${name}" yet: register its step earlier`);
  return v as KnownFacts[K];
}

export interface KnownFacts {
  /** the member's purchases over the qualifying look-back, this one included once earning ran (tier step) */
  history: SpendHistory;
  /** what the member earned this local month before this purchase (earning step) */
  month: MonthEarnings;
  /** the core's earning decision (earning step) */
  earning: PurchaseEarning;
  /** the member's marked active days around the purchase's day, before it (rollup step) */
  activeDay: ActiveDayNeighbours;
}

export const setFact = <K extends keyof KnownFacts>(draft: PurchaseDraft, name: K, value: KnownFacts[K]) => {
  draft.facts[name] = value;
};
