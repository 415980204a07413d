import { assertUpdatable, assertValidCampaign, type CampaignUpdatableField } from '@accrue/core';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { changeBudget } from './budget-slices';
import { assertTiersExist, audited, campaignForUpdate } from './campaign-audit';
import { draftFromUpdate, type CampaignFieldsInput } from './definition';
import type { CampaignRow } from '../../db/entities/campaigns';

/**
 * Changes a campaign. Before it starts anything may change; once live only the name, description,
 * end date and a larger budget (CAMPAIGN_NOT_EDITABLE names the field otherwise); never once ended.
 */
export async function updateCampaign(
  app: App,
  actor: Actor,
  input: CampaignFieldsInput & { id: string },
): Promise<CampaignRow> {
  const program = await app.program.get(() => app.orm.em.fork());
  const row = await inTransaction(app, async (em) => {
    const now = app.clock.now();
    const row = await campaignForUpdate(em, input.id);
    const { id: _id, ...fields } = input;
    const { draft, changed } = draftFromUpdate(row, fields, program.rules.timezone);
    assertUpdatable(row, changed as Partial<Record<CampaignUpdatableField, unknown>>, now);
    assertValidCampaign(draft);
    assertTiersExist(program.tiers, draft.audience);
    if (Object.keys(changed).length === 0) return row;
    const before = audited(row);
    const budgetBefore = row.budgetPoints;
    Object.assign(row, draft, { description: draft.description ?? null, updatedAt: now });
    await changeBudget(em, row.id, budgetBefore, row.budgetPoints);
    audit(em, actor, 'campaign.update', row.id, before, audited(row), now);
    return row;
  });
  app.program.invalidate(); // after commit: the purchase path's cached campaigns follow at once
  return row;
}
