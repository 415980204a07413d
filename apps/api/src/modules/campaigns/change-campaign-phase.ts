import {
  assertValidCampaign,
  promoteVariant as promote,
  transition,
  type CampaignAction,
} from '@accrue/core';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { audited, campaignForUpdate } from './campaign-audit';
import { toDefinition } from './definition';
import type { CampaignRow } from '../../db/entities/campaigns';
import { poolCapReached } from './queries';

/**
 * Launch, pause, resume or end: the core's lifecycle decides whether the move is allowed from the
 * campaign's status now (INVALID_TRANSITION otherwise, a userError) and what is stored.
 */
export async function changeCampaignPhase(
  app: App,
  actor: Actor,
  id: string,
  action: CampaignAction,
): Promise<CampaignRow> {
  const row = await inTransaction(app, async (em) => {
    const now = app.clock.now();
    const row = await campaignForUpdate(em, id);
    const phase = transition(row, action, now, { poolCapReached: await poolCapReached(em) });
    if (action === 'LAUNCH') assertValidCampaign({ ...toDefinition(row), description: row.description });
    const before = audited(row);
    row.phase = phase;
    row.updatedAt = now;
    audit(em, actor, `campaign.${action.toLowerCase()}`, row.id, before, audited(row), now);
    return row;
  });
  app.program.invalidate(); // after commit: the purchase path's cached campaigns follow at once
  return row;
}

/**
 * Ends the A/B test with `variantKey` as the winner: the campaign goes on with its effect for
 * everyone (the test's variants and holdout are kept for its results).
 */
export async function promoteVariant(
  app: App,
  actor: Actor,
  id: string,
  variantKey: string,
): Promise<CampaignRow> {
  const row = await inTransaction(app, async (em) => {
    const now = app.clock.now();
    const row = await campaignForUpdate(em, id);
    const next = promote(row, variantKey, now);
    const before = audited(row);
    row.testedVariants = row.variants;
    row.testedHoldoutPercent = row.holdoutPercent;
    Object.assign(row, next, { promotedVariantKey: variantKey, promotedAt: now, updatedAt: now });
    audit(em, actor, 'campaign.promote_variant', row.id, before, audited(row), now);
    return row;
  });
  app.program.invalidate(); // after commit: the purchase path's cached campaigns follow at once
  return row;
}
