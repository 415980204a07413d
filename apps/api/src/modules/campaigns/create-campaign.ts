import { assertValidCampaign, campaignKeyFromName, DomainError } from '@accrue/core';
import { ID_PREFIX, newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { str } from '../../services/validate';
import { createBudget } from './budget-slices';
import { assertTiersExist, audited } from './campaign-audit';
import { draftFromCreate, type CampaignFieldsInput } from './definition';
import { CampaignRow } from '../../db/entities/campaigns';

export type CreateCampaignInput = CampaignFieldsInput & { key?: string | null; name: string; startsAt: Date };

/** Creates a DRAFT campaign (checked whole: BAD_USER_INPUT names the first bad field). */
export async function createCampaign(
  app: App,
  actor: Actor,
  input: CreateCampaignInput,
): Promise<CampaignRow> {
  const now = app.clock.now();
  const program = await app.program.get(() => app.orm.em.fork());
  const name = str(input.name, ['input', 'name'], { max: 200, required: true })!;
  const key =
    input.key != null
      ? str(input.key, ['input', 'key'], { max: 64, required: true })!
      : campaignKeyFromName(name, newId('x').slice(-6));
  const draft = draftFromCreate({ ...input, name, key }, program.rules.timezone);
  assertValidCampaign(draft);
  assertTiersExist(program.tiers, draft.audience);
  const row = await inTransaction(app, async (em) => {
    if (await em.count(CampaignRow, { key })) {
      throw new DomainError('INVALID_INPUT', `input.key: a campaign with key "${key}" already exists`, [
        'input',
        'key',
      ]);
    }
    const row = em.create(CampaignRow, {
      id: newId(ID_PREFIX.campaign),
      ...draft,
      description: draft.description ?? null,
      phase: 'DRAFT',
      promotedVariantKey: null,
      promotedAt: null,
      testedVariants: null,
      testedHoldoutPercent: null,
      createdAt: now,
      updatedAt: now,
    });
    createBudget(em, row.id, row.budgetPoints);
    audit(em, actor, 'campaign.create', row.id, null, audited(row), now);
    return row;
  });
  app.program.invalidate(); // after commit: the purchase path's cached campaigns follow at once
  return row;
}
