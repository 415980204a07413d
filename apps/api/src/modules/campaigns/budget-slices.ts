/** A campaign's budget slices and its once-only signal row, kept in step with its budget. */
import type { EntityManager } from '@mikro-orm/core';
import { budgetSlices } from '@accrue/core';
import { BUDGET_SLICES, CampaignBudgetSliceRow, CampaignSignalRow } from '../../db/entities/campaigns';

/** Creates the signal row and, with a budget, its slices (a new campaign). */
export function createBudget(em: EntityManager, campaignId: string, budget: number | null) {
  em.create(CampaignSignalRow, { campaignId, budgetExhausted: 0 });
  if (budget !== null) createSlices(em, campaignId, budget);
}

function createSlices(em: EntityManager, campaignId: string, budget: number) {
  budgetSlices(budget, BUDGET_SLICES).forEach((cap, slice) =>
    em.create(CampaignBudgetSliceRow, { campaignId, slice, used: 0, cap }),
  );
}

/**
 * A budget changed. Before anything was issued the slices are laid anew; once live the budget only
 * goes up (lifecycle.assertUpdatable), so each slice's cap grows by its share of the increase (the
 * `used` that purchases add meanwhile is left alone: only `cap` is written); no budget drops them.
 */
export async function changeBudget(
  em: EntityManager,
  campaignId: string,
  before: number | null,
  after: number | null,
) {
  if (before === after) return;
  const slices = await em.find(CampaignBudgetSliceRow, { campaignId }, { orderBy: { slice: 'asc' } });
  const used = slices.reduce((s, r) => s + r.used, 0);
  if (after === null) {
    slices.forEach((s) => em.remove(s));
    return;
  }
  if (before === null || used === 0 || slices.length === 0) {
    slices.forEach((s) => em.remove(s));
    await em.flush();
    createSlices(em, campaignId, after);
    return;
  }
  const shares = budgetSlices(after - before, slices.length);
  slices.forEach((s, i) => (s.cap += shares[i]));
}
