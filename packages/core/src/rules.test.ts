import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { DEFAULT_RULES, DEFAULT_TIERS, validateCategoryMultipliers } from './rules';
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

describe('validateCategoryMultipliers', () => {
  const fieldOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      return [(e as DomainError).code, (e as DomainError).field];
    }
    throw new Error('expected a DomainError');
  };

  it('cleans a valid list and accepts an empty one (no category rules)', () => {
    expect(
      validateCategoryMultipliers([
        { category: ' beauty ', multiplier: 1.5 },
        { category: 'shoes', multiplier: 1 },
      ]),
    ).toEqual([
      { category: 'beauty', multiplier: 1.5 },
      { category: 'shoes', multiplier: 1 },
    ]);
    expect(validateCategoryMultipliers([])).toEqual([]);
  });

  it('refuses empty or duplicate categories and multipliers out of range, naming the field', () => {
    const f = ['input', 'categoryMultipliers'];
    expect(fieldOf(() => validateCategoryMultipliers([{ category: ' ', multiplier: 2 }]))).toEqual([
      'INVALID_INPUT',
      [...f, '0', 'category'],
    ]);
    expect(
      fieldOf(() =>
        validateCategoryMultipliers([
          { category: 'a', multiplier: 2 },
          { category: 'a ', multiplier: 3 },
        ]),
      ),
    ).toEqual(['INVALID_INPUT', [...f, '1', 'category']]);
    for (const m of [0.5, 0, -1, 11, Number.NaN, Number.POSITIVE_INFINITY])
      expect(fieldOf(() => validateCategoryMultipliers([{ category: 'a', multiplier: m }]))).toEqual([
        'INVALID_INPUT',
        [...f, '0', 'multiplier'],
      ]);
  });
});
