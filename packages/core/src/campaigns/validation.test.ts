import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { campaign } from './test-fixtures';
import {
  assertValidCampaign,
  campaignKeyFromName,
  validateCampaign,
  variantsFromInput,
  type CampaignDraft,
} from './validation';

const draft = (over: Partial<CampaignDraft> = {}): CampaignDraft => {
  const { id: _id, phase: _phase, ...rest } = campaign();
  return { ...rest, key: 'double-wednesday', ...over };
};
const fields = (d: CampaignDraft) => validateCampaign(d).map((e) => e.field.join('.'));

describe('validateCampaign', () => {
  it('accepts a good campaign and a three-arm test', () => {
    expect(validateCampaign(draft())).toEqual([]);
    const test = draft({
      holdoutPercent: 10,
      variants: [
        { key: 'x2', name: '2x', weight: 45, effect: { type: 'MULTIPLIER', multiplier: 2 } },
        { key: 'x15', name: '1.5x', weight: 45, effect: { type: 'MULTIPLIER', multiplier: 1.5 } },
      ],
    });
    expect(validateCampaign(test)).toEqual([]);
  });

  it('weights and holdout must add up to 100', () => {
    const d = draft({
      holdoutPercent: 10,
      variants: [
        { key: 'a', name: 'A', weight: 50, effect: { type: 'MULTIPLIER', multiplier: 2 } },
        { key: 'a', name: 'B', weight: 50, effect: { type: 'FIXED_BONUS', bonusPoints: 0 } },
      ],
    });
    expect(fields(d)).toEqual([
      'input.variants.1.key',
      'input.variants.1.effect.bonusPoints',
      'input.variants',
    ]);
    expect(validateCampaign(d)[2].message).toMatch(/add up to 100 \(they add up to 110\)/);
  });

  it('names every bad field', () => {
    const d = draft({
      key: '-bad',
      name: ' ',
      endsAt: new Date('2026-11-01T00:00:00Z'),
      schedule: { daysOfWeek: ['WEDNESDAY', 'WEDNESDAY'], daysOfMonth: [0, 32], startHour: 20, endHour: 20 },
      audience: { newMembersWithinDays: 0, inactiveForDays: 1.5, minBalance: -1 },
      holdoutPercent: 100,
      budgetPoints: 0,
      perMemberCapPoints: -5,
      bonusExpiresInDays: 0,
      variants: [
        { key: 'default', name: 'D', weight: 100, effect: { type: 'CATEGORY_MULTIPLIER', multiplier: 1 } },
      ],
    });
    expect(fields(d)).toEqual([
      'input.key',
      'input.name',
      'input.endsAt',
      'input.schedule.daysOfWeek',
      'input.schedule.daysOfMonth',
      'input.schedule.endHour',
      'input.audience.newMembersWithinDays',
      'input.audience.inactiveForDays',
      'input.audience.minBalance',
      'input.holdoutPercent',
      'input.variants.0.effect.category',
      'input.variants.0.effect.multiplier',
      'input.variants',
      'input.budgetPoints',
      'input.perMemberCapPoints',
      'input.bonusExpiresInDays',
    ]);
  });

  it('reserves the key holdout', () => {
    const d = draft();
    d.variants = [{ ...d.variants[0], key: 'holdout' }];
    expect(fields(d)).toEqual(['input.variants.0.key']);
  });

  it('assertValidCampaign throws INVALID_INPUT on the first field', () => {
    try {
      assertValidCampaign(draft({ budgetPoints: -1 }));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('INVALID_INPUT');
      expect((e as DomainError).field).toEqual(['input', 'budgetPoints']);
    }
  });
});

describe('variantsFromInput', () => {
  it('one effect becomes the default variant at 100%, with only the arguments its type reads', () => {
    expect(variantsFromInput({ effect: { type: 'FIXED_BONUS', bonusPoints: 50, multiplier: 9 } })).toEqual([
      {
        key: 'default',
        name: 'Default',
        weight: 100,
        effect: {
          type: 'FIXED_BONUS',
          bonusPoints: 50,
          multiplier: null,
          category: null,
          thresholdMinor: null,
          activityType: null,
        },
      },
    ]);
  });
  it('refuses both or neither', () => {
    expect(() => variantsFromInput({})).toThrow(DomainError);
    expect(() =>
      variantsFromInput({
        effect: { type: 'FIXED_BONUS', bonusPoints: 5 },
        variants: [{ key: 'a', name: 'a', weight: 100, effect: { type: 'FIXED_BONUS', bonusPoints: 5 } }],
      }),
    ).toThrow(DomainError);
  });
  it('makes keys from names', () => {
    expect(campaignKeyFromName('Double Points Wednesday!', 'x7k2')).toBe('double-points-wednesday-x7k2');
    expect(campaignKeyFromName('双倍积分', 'ab')).toBe('campaign-ab');
  });
});
