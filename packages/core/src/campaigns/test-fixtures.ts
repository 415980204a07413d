import type { AudienceMember } from './audience';
import type { CampaignDefinition, CampaignEffect } from './types';

export const member: AudienceMember = {
  id: 'member-1',
  tierId: 'gold',
  enrolledAt: new Date('2026-01-01T00:00:00Z'),
  lastPurchaseAt: new Date('2026-11-20T00:00:00Z'),
  balance: 1200,
};

let n = 0;
/** a launched single-effect campaign open all December 2026, no budget or cap */
export function campaign(
  over: Partial<CampaignDefinition> & { effect?: CampaignEffect } = {},
): CampaignDefinition {
  const { effect, ...rest } = over;
  n++;
  return {
    id: `c${n}`,
    key: `campaign-${n}`,
    name: `Campaign ${n}`,
    phase: 'LAUNCHED',
    startsAt: new Date('2026-12-01T00:00:00Z'),
    endsAt: new Date('2027-01-01T00:00:00Z'),
    schedule: null,
    audience: null,
    variants: [
      {
        key: 'default',
        name: 'Default',
        weight: 100,
        effect: effect ?? { type: 'MULTIPLIER', multiplier: 2 },
      },
    ],
    holdoutPercent: 0,
    budgetPoints: null,
    perMemberCapPoints: null,
    priority: 0,
    stackable: true,
    bonusExpiresInDays: null,
    ...rest,
  };
}
