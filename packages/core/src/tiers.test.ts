import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { DEFAULT_TIERS } from './rules';
import { evaluateTier, tierForSpend, tierProgress, validateTiers, type TierState } from './tiers';
import { addMonths } from './time';
import type { TierDef } from './types';

const tiers: TierDef[] = DEFAULT_TIERS.map((t) => ({ id: t.name.toLowerCase(), ...t }));
const d = (iso: string) => new Date(iso);
const evaluate = (current: TierState, at: Date, spendAt: (t: Date) => number) =>
  evaluateTier({ tiers, current, at, spendAt, graceMonths: 12 });
const constant = (spend: number) => () => spend;

describe('tierForSpend and tierProgress', () => {
  it('picks the highest qualifying tier', () => {
    expect(tierForSpend(tiers, 0).id).toBe('bronze');
    expect(tierForSpend(tiers, 99999).id).toBe('bronze');
    expect(tierForSpend(tiers, 100000).id).toBe('silver');
    expect(tierForSpend(tiers, 2000000).id).toBe('diamond');
  });

  it('shows the spend to the next tier ("spend 500 more for Gold")', () => {
    expect(tierProgress(tiers, 'silver', 450000)).toMatchObject({
      current: { id: 'silver' },
      next: { id: 'gold' },
      spendToNextMinor: 50000,
    });
    expect(tierProgress(tiers, 'diamond', 0)).toMatchObject({ next: null, spendToNextMinor: null });
    expect(tierProgress(tiers, 'bronze', 150000).spendToNextMinor).toBe(0);
  });
});

describe('evaluateTier', () => {
  const at = d('2026-03-10T00:00:00Z');
  const inAYear = addMonths(at, 12);

  it('upgrades at once, several ranks if the spend qualifies', () => {
    expect(evaluate({ tierId: 'bronze', retainedUntil: null }, at, constant(600000))).toEqual({
      tierId: 'gold',
      retainedUntil: inAYear,
      change: 'UP',
      fromTierId: 'bronze',
    });
  });

  it('renews retention while the spend still qualifies, never shortening it', () => {
    const later = d('2027-06-01T00:00:00Z');
    expect(
      evaluate({ tierId: 'silver', retainedUntil: d('2026-05-01T00:00:00Z') }, at, constant(100000)),
    ).toMatchObject({
      tierId: 'silver',
      retainedUntil: inAYear,
      change: null,
    });
    expect(evaluate({ tierId: 'silver', retainedUntil: later }, at, constant(150000)).retainedUntil).toEqual(
      later,
    );
  });

  it('keeps the tier during the grace period even without qualifying spend', () => {
    const r = evaluate({ tierId: 'gold', retainedUntil: d('2026-03-10T00:00:01Z') }, at, constant(0));
    expect(r).toMatchObject({ tierId: 'gold', change: null });
  });

  it('drops exactly one tier when retention has passed, retained another grace period', () => {
    const until = d('2026-03-01T00:00:00Z');
    expect(evaluate({ tierId: 'gold', retainedUntil: until }, at, constant(0))).toEqual({
      tierId: 'silver',
      retainedUntil: d('2027-03-01T00:00:00Z'),
      change: 'DOWN',
      fromTierId: 'gold',
    });
    // retainedUntil == at counts as passed; Silver -> Bronze gives the entry tier (no retention)
    expect(evaluate({ tierId: 'silver', retainedUntil: at }, at, constant(0))).toEqual({
      tierId: 'bronze',
      retainedUntil: null,
      change: 'DOWN',
      fromTierId: 'silver',
    });
  });

  it('steps down one tier per elapsed grace period, checking the spend at each step', () => {
    const current = { tierId: 'diamond', retainedUntil: d('2023-01-01T00:00:00Z') };
    // nothing spent for years: Diamond -> Gold (2023) -> Silver (2024) -> Bronze (2025)
    expect(evaluate(current, at, constant(0))).toMatchObject({
      tierId: 'bronze',
      retainedUntil: null,
      change: 'DOWN',
    });
    // Gold still qualified on 2024-01-01: renewed there until 2025-01-01, then dropped to Silver (until 2026-01-01)
    const goldIn2024 = (t: Date) => (t.getTime() === d('2024-01-01T00:00:00Z').getTime() ? 500000 : 0);
    expect(evaluate(current, d('2025-06-01T00:00:00Z'), goldIn2024)).toMatchObject({
      tierId: 'silver',
      retainedUntil: d('2026-01-01T00:00:00Z'),
    });
    // only one period passed: stop at Gold
    expect(evaluate(current, d('2023-06-01T00:00:00Z'), constant(0))).toMatchObject({
      tierId: 'gold',
      retainedUntil: d('2024-01-01T00:00:00Z'),
    });
  });

  it('after dropping, the spend at `at` still counts (no lower than it qualifies for, renewed)', () => {
    const r = evaluate({ tierId: 'diamond', retainedUntil: d('2023-01-01T00:00:00Z') }, at, (t) =>
      t.getTime() === at.getTime() ? 100000 : 0,
    );
    expect(r).toMatchObject({ tierId: 'silver', retainedUntil: inAYear, change: 'DOWN' });
  });

  it('is idempotent at a given instant', () => {
    const cases: [TierState, (t: Date) => number][] = [
      [{ tierId: 'diamond', retainedUntil: d('2023-01-01T00:00:00Z') }, constant(150000)],
      [{ tierId: 'gold', retainedUntil: d('2026-01-01T00:00:00Z') }, constant(0)],
      [{ tierId: 'bronze', retainedUntil: null }, constant(2500000)],
    ];
    for (const [current, spendAt] of cases) {
      const once = evaluate(current, at, spendAt);
      const twice = evaluate({ tierId: once.tierId, retainedUntil: once.retainedUntil }, at, spendAt);
      expect([twice.tierId, twice.retainedUntil, twice.change]).toEqual([
        once.tierId,
        once.retainedUntil,
        null,
      ]);
    }
  });

  it('the entry tier has no retention date', () => {
    expect(evaluate({ tierId: 'bronze', retainedUntil: null }, at, constant(0))).toEqual({
      tierId: 'bronze',
      retainedUntil: null,
      change: null,
      fromTierId: 'bronze',
    });
  });
});

describe('validateTiers', () => {
  const base = DEFAULT_TIERS.map(({ perks: _perks, ...t }) => t);
  const fieldOf = (list: typeof base) => {
    try {
      validateTiers(list);
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('INVALID_INPUT');
      return (e as DomainError).field;
    }
    return null;
  };

  it('accepts the defaults', () => {
    expect(fieldOf(base)).toBeNull();
  });

  it('names the offending tier and field', () => {
    expect(fieldOf(base.map((t, i) => (i === 2 ? { ...t, name: 'Silver' } : t)))).toEqual([
      'input',
      'tiers',
      '2',
      'name',
    ]);
    expect(fieldOf(base.map((t, i) => (i === 3 ? { ...t, rank: 1 } : t)))).toEqual([
      'input',
      'tiers',
      '3',
      'rank',
    ]);
    expect(fieldOf(base.map((t, i) => (i === 0 ? { ...t, qualifyingSpendMinor: 5 } : t)))).toEqual([
      'input',
      'tiers',
      '0',
      'qualifyingSpendMinor',
    ]);
    expect(fieldOf(base.map((t, i) => (i === 2 ? { ...t, qualifyingSpendMinor: 100000 } : t)))).toEqual([
      'input',
      'tiers',
      '2',
      'qualifyingSpendMinor',
    ]);
    expect(fieldOf(base.map((t, i) => (i === 1 ? { ...t, earnMultiplier: 0.5 } : t)))).toEqual([
      'input',
      'tiers',
      '1',
      'earnMultiplier',
    ]);
    expect(fieldOf(base.map((t, i) => (i === 1 ? { ...t, birthdayMultiplier: 0 } : t)))).toEqual([
      'input',
      'tiers',
      '1',
      'birthdayMultiplier',
    ]);
    expect(fieldOf(base.slice(1).map((t) => ({ ...t, rank: t.rank + 1 })))).toEqual([
      'input',
      'tiers',
      '0',
      'rank',
    ]);
    expect(fieldOf([])).toEqual(['input', 'tiers']);
  });
});
