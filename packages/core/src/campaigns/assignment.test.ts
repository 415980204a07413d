import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignVariant, experimentHash, fnv1a32 } from './assignment';
import type { CampaignEffect } from './types';

describe('GrowthBook-compatible hashing (hash version 2)', () => {
  it("gives the published vectors of GrowthBook's SDK test cases", () => {
    const cases: [string, string, number][] = [
      ['seed', 'a', 0.0505],
      ['seed', 'b', 0.2696],
      ['foo', 'ab', 0.2575],
      ['foo', 'def', 0.2019],
      ['89123klj', '8952klfjas09ujkasdf', 0.124],
      ['90850943850283058242805', '123', 0.7516],
      ['()**(%$##$%#$#', '___)((*":&', 0.0128],
    ];
    for (const [seed, value, n] of cases) expect(experimentHash(seed, value)).toBe(n);
  });

  it('FNV-1a 32 of the empty string is the offset basis; of "a" is 0xe40c292c', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
  });

  it('matches the shift-and-add formulation of the SDK on any UTF-16 string', () => {
    const reference = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h += (h << 1) + (h << 4) + (h << 7) + (h << 8) + (h << 24);
      }
      return h >>> 0;
    };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fnv1a32(s) === reference(s)));
  });
});

const effect: CampaignEffect = { type: 'MULTIPLIER', multiplier: 2 };
const test3 = {
  key: 'wed-ab',
  holdoutPercent: 10,
  variants: [
    { key: 'x2', name: '2x', weight: 45, effect },
    { key: 'x15', name: '1.5x', weight: 45, effect: { ...effect, multiplier: 1.5 } },
  ],
};

describe('assignVariant', () => {
  it('holdout first, then cumulative weights, on n = hash(campaignKey, memberId)', () => {
    for (let i = 0; i < 500; i++) {
      const id = `m${i}`;
      const n = experimentHash(test3.key, id);
      const a = assignVariant(test3, id);
      expect(a.bucket).toBe(n);
      const expected = n < 0.1 ? null : n < 0.55 ? 'x2' : 'x15';
      expect(a.variantKey).toBe(expected);
      expect(a.inHoldout).toBe(expected === null);
    }
  });

  it('splits 20,000 members close to 10 / 45 / 45', () => {
    const counts = { holdout: 0, x2: 0, x15: 0 };
    for (let i = 0; i < 20000; i++) {
      const a = assignVariant(test3, `member-${i}`);
      counts[(a.variantKey ?? 'holdout') as keyof typeof counts]++;
    }
    expect(counts.holdout / 20000).toBeGreaterThan(0.09);
    expect(counts.holdout / 20000).toBeLessThan(0.11);
    expect(counts.x2 / 20000).toBeGreaterThan(0.43);
    expect(counts.x15 / 20000).toBeGreaterThan(0.43);
  });

  it('a campaign without test gives everyone its one variant', () => {
    const single = {
      key: 'k',
      holdoutPercent: 0,
      variants: [{ key: 'default', name: 'D', weight: 100, effect }],
    };
    fc.assert(fc.property(fc.string(), (id) => assignVariant(single, id).variantKey === 'default'));
  });

  it('weights with two decimals are exact at the edges (33.33 / 33.33 / 33.34)', () => {
    const thirds = {
      key: 'thirds',
      holdoutPercent: 0,
      variants: ['a', 'b', 'c'].map((k, i) => ({ key: k, name: k, weight: i === 2 ? 33.34 : 33.33, effect })),
    };
    for (let i = 0; i < 300; i++) {
      const a = assignVariant(thirds, `u${i}`);
      const k = Math.round(a.bucket * 10000);
      expect(a.variantKey).toBe(k < 3333 ? 'a' : k < 6666 ? 'b' : 'c');
    }
  });
});
