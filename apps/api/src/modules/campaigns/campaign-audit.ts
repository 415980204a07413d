import { DomainError, type CampaignAudience } from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import type { TierRow } from '../../db/entities/tiers';
import { isPostgres } from '../../services/members';
import type { CampaignRow } from '../../db/entities/campaigns';
import { CampaignRow as Campaign } from '../../db/entities/campaigns';

/** What the audit log keeps of a campaign (its definition and state). */
export const audited = (r: CampaignRow) => ({
  key: r.key,
  name: r.name,
  description: r.description,
  phase: r.phase,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  schedule: r.schedule,
  audience: r.audience,
  variants: r.variants,
  holdoutPercent: r.holdoutPercent,
  budgetPoints: r.budgetPoints,
  perMemberCapPoints: r.perMemberCapPoints,
  priority: r.priority,
  stackable: r.stackable,
  bonusExpiresInDays: r.bonusExpiresInDays,
  promotedVariantKey: r.promotedVariantKey,
});

export function assertTiersExist(tiers: readonly TierRow[], audience: CampaignAudience | null) {
  const known = new Set(tiers.map((t) => t.id));
  audience?.tierIds?.forEach((id, i) => {
    if (!known.has(id)) {
      throw new DomainError('INVALID_INPUT', `input.audience.tierIds.${i}: no tier with id "${id}"`, [
        'input',
        'audience',
        'tierIds',
        String(i),
      ]);
    }
  });
}

/** The campaign, row-locked for the change (PostgreSQL), or NOT_FOUND naming input.id. */
export async function campaignForUpdate(em: EntityManager, id: string): Promise<CampaignRow> {
  const row = await em.findOne(
    Campaign,
    { id },
    isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  if (!row) throw new DomainError('NOT_FOUND', `No campaign with id "${id}"`, ['input', 'id']);
  return row;
}
