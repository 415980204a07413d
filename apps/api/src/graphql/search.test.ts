import fc from 'fast-check';
import Database from 'libsql';
import { describe, expect, it } from 'vitest';
import { caselessContains, caselessGlob } from './search';

describe('caselessGlob', () => {
  it('gives each letter its cases and takes GLOB wildcards literally', () => {
    expect(caselessGlob('Émile')).toBe('[Éé][mM][iI][lL][eE]');
    expect(caselessGlob('a*b?[c]%_')).toBe('[aA][*][bB][?][[][cC]]%_');
    expect(caselessGlob('李明')).toBe('李明');
    expect(caselessGlob('straße')).toBe('[sS][tT][rR][aA]ß[eE]'); // ß's upper case is two letters
  });

  const db = new Database(':memory:');
  const contains = (hay: string, needle: string) => {
    const { test, param } = caselessContains('sqlite', needle);
    return Boolean((db.prepare(`select ${test('?')} as m`).get(hay, param) as { m: number }).m);
  };

  it('finds on SQLite what a Unicode case fold finds', () => {
    expect(contains('Émile Zola', 'émile')).toBe(true);
    expect(contains('ÉMILE', 'Émile')).toBe(true);
    expect(contains('Ωmega', 'ωMEGA')).toBe(true);
    expect(contains('a*c', 'a*')).toBe(true);
    expect(contains('abc', 'a*')).toBe(false);
    expect(contains('ab', 'a?')).toBe(false);
    expect(contains('x[y]', '[y]')).toBe(true);
    const letters = fc.constantFrom(...'aAéÉöÖωΩжЖ李*?[]%_ '.split(''));
    const word = fc.array(letters, { maxLength: 6 }).map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, (hay, needle) => {
        expect(contains(hay, needle)).toBe(hay.toLowerCase().includes(needle.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });
});
