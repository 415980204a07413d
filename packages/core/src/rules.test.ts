import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, DEFAULT_TIERS } from './rules';
import { validateTiers } from './tiers';

describe('defaults', () => {
  it('match product.md', () => {
    expect(DEFAULT_RULES).toMatchObject({
      currency: 'CNY',
      timezone: 'Asia/Shanghai',
      pointValueMinor: 1,
      welcomePoints: 50,
      welcomePointsExpireInDays: 30,
      monthlyBonusCapPoints: 500,
      orderThreshold: { minAmountMinor: 20000, bonusPoints: 50 },
      monthlyMilestone: { minSpendMinor: 100000, bonusPoints: 200 },
      redemption: { minPoints: 100, maxOrderPercent: 30 },
      expiryReminderDays: [30, 15, 7],
    });
    expect(
      DEFAULT_TIERS.map((t) => [
        t.name,
        t.rank,
        t.qualifyingSpendMinor,
        t.earnMultiplier,
        t.birthdayMultiplier,
      ]),
    ).toEqual([
      ['Bronze', 0, 0, 1, 2],
      ['Silver', 1, 100000, 1.2, 2],
      ['Gold', 2, 500000, 1.5, 2],
      ['Diamond', 3, 2000000, 2, 3],
    ]);
    expect(() => validateTiers(DEFAULT_TIERS)).not.toThrow();
    for (const t of DEFAULT_TIERS) expect(t.perks.length).toBeGreaterThan(0);
  });
});
