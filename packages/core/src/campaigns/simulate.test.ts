import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules';
import { CampaignSimulator } from './simulate';
import { campaign, member } from './test-fixtures';

describe('CampaignSimulator', () => {
  it('replays purchases: points, cost, cost-to-sales, members by tier, the day the budget runs out', () => {
    const c = campaign({ schedule: { daysOfWeek: ['WEDNESDAY'] }, budgetPoints: 250, phase: 'DRAFT' });
    const sim = new CampaignSimulator(c, DEFAULT_RULES);
    const at = (s: string) => new Date(`${s}+08:00`);
    sim.add({ amountMinor: 10_000, occurredAt: at('2026-12-02T10:00:00'), member }); // Wed: +100
    sim.add({ amountMinor: 10_000, occurredAt: at('2026-12-03T10:00:00'), member }); // Thu: outside
    sim.add({
      amountMinor: 15_000,
      occurredAt: at('2026-12-09T10:00:00'),
      member: { ...member, id: 'm2', tierId: 'silver' },
    }); // +150: budget spent
    sim.add({ amountMinor: 10_000, occurredAt: at('2026-12-16T10:00:00'), member }); // no budget
    const r = sim.finish();
    expect(r).toMatchObject({
      purchasesReplayed: 4,
      salesMinor: 45_000,
      pointsIssued: 250,
      costMinor: 250,
      membersReached: 2,
      budgetExhaustedOn: '2026-12-09',
      skipped: { OUTSIDE_SCHEDULE: 1, BUDGET_EXHAUSTED: 1 },
    });
    expect(r.costToSalesAdded).toBeCloseTo(250 / 45_000, 12);
    expect(r.byTier).toEqual([
      { tierId: 'gold', members: 1, points: 100 },
      { tierId: 'silver', members: 1, points: 150 },
    ]);
  });
});
