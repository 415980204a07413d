import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  assertUpdatable,
  campaignPauseReason,
  campaignStatus,
  promoteVariant,
  transition,
  type CampaignAction,
} from './lifecycle';
import { campaign } from './test-fixtures';
import type { CampaignPhase, CampaignStatus } from './types';

const start = new Date('2026-12-01T00:00:00Z');
const end = new Date('2027-01-01T00:00:00Z');
const before = new Date('2026-11-30T00:00:00Z');
const during = new Date('2026-12-15T00:00:00Z');
const after = new Date('2027-01-02T00:00:00Z');
const timing = (phase: CampaignPhase) => ({ phase, startsAt: start, endsAt: end });

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'OK';
};

describe('campaignStatus', () => {
  it('is computed from the stored phase and the clock', () => {
    expect(campaignStatus(timing('DRAFT'), during)).toBe('DRAFT');
    expect(campaignStatus(timing('LAUNCHED'), before)).toBe('SCHEDULED');
    expect(campaignStatus(timing('LAUNCHED'), start)).toBe('ACTIVE'); // its first instant
    expect(campaignStatus(timing('LAUNCHED'), new Date(end.getTime() - 1))).toBe('ACTIVE');
    expect(campaignStatus(timing('LAUNCHED'), end)).toBe('ENDED');
    expect(campaignStatus(timing('PAUSED'), during)).toBe('PAUSED');
    expect(campaignStatus(timing('PAUSED'), after)).toBe('ENDED');
    expect(campaignStatus(timing('ENDED'), before)).toBe('ENDED');
    expect(campaignStatus({ ...timing('LAUNCHED'), endsAt: null }, new Date('2099-01-01'))).toBe('ACTIVE');
  });
});

describe('transition', () => {
  const table: [CampaignPhase, Date, CampaignStatus][] = [
    ['DRAFT', during, 'DRAFT'],
    ['LAUNCHED', before, 'SCHEDULED'],
    ['LAUNCHED', during, 'ACTIVE'],
    ['PAUSED', during, 'PAUSED'],
    ['ENDED', during, 'ENDED'],
  ];
  const allowed: Record<CampaignAction, CampaignStatus[]> = {
    LAUNCH: ['DRAFT'],
    PAUSE: ['ACTIVE'],
    RESUME: ['PAUSED'],
    END: ['SCHEDULED', 'ACTIVE', 'PAUSED'],
  };
  it('draft -> scheduled -> active <-> paused -> ended; every other move is INVALID_TRANSITION', () => {
    for (const [phase, now, status] of table) {
      for (const action of ['LAUNCH', 'PAUSE', 'RESUME', 'END'] as const) {
        expect([phase, action, code(() => transition(timing(phase), action, now))]).toEqual([
          phase,
          action,
          allowed[action].includes(status) ? 'OK' : 'INVALID_TRANSITION',
        ]);
      }
    }
    expect(transition(timing('DRAFT'), 'LAUNCH', during)).toBe('LAUNCHED');
    expect(transition(timing('LAUNCHED'), 'PAUSE', during)).toBe('PAUSED');
    expect(transition(timing('PAUSED'), 'RESUME', during)).toBe('LAUNCHED');
    expect(transition(timing('PAUSED'), 'END', during)).toBe('ENDED');
  });

  it('a draft whose window has passed cannot be launched', () => {
    expect(code(() => transition(timing('DRAFT'), 'LAUNCH', after))).toBe('INVALID_TRANSITION');
  });
});

describe('promoteVariant', () => {
  const test = campaign({
    holdoutPercent: 10,
    variants: [
      { key: 'x2', name: '2x', weight: 45, effect: { type: 'MULTIPLIER', multiplier: 2 } },
      { key: 'x15', name: '1.5x', weight: 45, effect: { type: 'MULTIPLIER', multiplier: 1.5 } },
    ],
  });
  it('ends the test: the winning effect for everyone, no holdout', () => {
    expect(promoteVariant(test, 'x15', during)).toEqual({
      variants: [{ key: 'x15', name: '1.5x', weight: 100, effect: { type: 'MULTIPLIER', multiplier: 1.5 } }],
      holdoutPercent: 0,
    });
  });
  it('refuses an unknown variant (naming variantKey), a campaign that is not a test, or one not running', () => {
    expect(code(() => promoteVariant(test, 'x3', during))).toBe('INVALID_INPUT');
    expect(code(() => promoteVariant(campaign(), 'default', during))).toBe('INVALID_TRANSITION');
    expect(code(() => promoteVariant({ ...test, phase: 'DRAFT' }, 'x2', during))).toBe('INVALID_TRANSITION');
    expect(code(() => promoteVariant(test, 'x2', after))).toBe('INVALID_TRANSITION');
  });
});

describe('assertUpdatable', () => {
  const c = { ...timing('LAUNCHED'), budgetPoints: 1000 };
  it('anything before the start; name, description, end date and budget up while live; nothing once ended', () => {
    expect(code(() => assertUpdatable(c, { variants: [], priority: 3 }, before))).toBe('OK');
    expect(code(() => assertUpdatable(c, { name: 'x', endsAt: after, budgetPoints: 2000 }, during))).toBe(
      'OK',
    );
    expect(code(() => assertUpdatable(c, { variants: [] }, during))).toBe('CAMPAIGN_NOT_EDITABLE');
    expect(code(() => assertUpdatable(c, { budgetPoints: 999 }, during))).toBe('CAMPAIGN_NOT_EDITABLE');
    expect(code(() => assertUpdatable({ ...c, budgetPoints: null }, { budgetPoints: 5 }, during))).toBe(
      'CAMPAIGN_NOT_EDITABLE',
    );
    expect(code(() => assertUpdatable(c, { budgetPoints: null }, during))).toBe('OK');
    expect(code(() => assertUpdatable({ ...c, phase: 'PAUSED' }, { holdoutPercent: 5 }, during))).toBe(
      'CAMPAIGN_NOT_EDITABLE',
    );
    expect(code(() => assertUpdatable(c, { name: 'x' }, after))).toBe('CAMPAIGN_NOT_EDITABLE');
    try {
      assertUpdatable(c, { name: 'ok', variants: [] }, during);
    } catch (e) {
      expect((e as DomainError).field).toEqual(['input', 'variants']);
    }
  });
});

describe('campaignStatusConditions', () => {
  it('property: a campaign meets the conditions of exactly the status it has', async () => {
    const fc = (await import('fast-check')).default;
    const { campaignStatusConditions, meetsStatusCondition } = await import('./lifecycle');
    const { CAMPAIGN_STATUSES } = await import('./types');
    const t0 = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(
        fc.constantFrom('DRAFT', 'LAUNCHED', 'PAUSED', 'ENDED' as const),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
        fc.integer({ min: -10, max: 220 }),
        fc.boolean(),
        (phase, start, length, at, poolCapReached) => {
          const c = {
            phase: phase as CampaignPhase,
            startsAt: new Date(t0 + start * 3_600_000),
            endsAt: length === null ? null : new Date(t0 + (start + length) * 3_600_000),
          };
          const now = new Date(t0 + at * 3_600_000);
          const actual = campaignStatus(c, now, { poolCapReached });
          for (const s of CAMPAIGN_STATUSES) {
            const meets = campaignStatusConditions(s, { poolCapReached }).some((cond) =>
              meetsStatusCondition(c, cond, now),
            );
            expect(meets).toBe(s === actual);
          }
        },
      ),
    );
  });
});

describe('the program-wide pool cap', () => {
  const cap = { poolCapReached: true };
  it('pauses a running campaign, and it runs again once the cap clears', () => {
    const c = timing('LAUNCHED');
    expect(campaignStatus(c, during, cap)).toBe('PAUSED');
    expect(campaignPauseReason(c, during, cap)).toBe('POOL_CAP');
    expect(campaignStatus(c, during)).toBe('ACTIVE');
    expect(campaignPauseReason(c, during)).toBeNull();
  });
  it('leaves scheduled, ended and draft campaigns as they are', () => {
    expect(campaignStatus(timing('LAUNCHED'), before, cap)).toBe('SCHEDULED');
    expect(campaignStatus(timing('LAUNCHED'), after, cap)).toBe('ENDED');
    expect(campaignStatus(timing('DRAFT'), during, cap)).toBe('DRAFT');
    expect(campaignPauseReason(timing('LAUNCHED'), after, cap)).toBeNull();
  });
  it('a campaign paused by hand stays paused by hand: the cap clearing does not resume it', () => {
    const c = timing('PAUSED');
    expect(campaignPauseReason(c, during, cap)).toBe('MANUAL');
    expect(campaignStatus(c, during)).toBe('PAUSED');
    expect(campaignPauseReason(c, during)).toBe('MANUAL');
  });
  it('a campaign paused by the cap may be paused by hand, not resumed by hand', () => {
    expect(transition(timing('LAUNCHED'), 'PAUSE', during, cap)).toBe('PAUSED');
    expect(code(() => transition(timing('LAUNCHED'), 'RESUME', during, cap))).toBe('INVALID_TRANSITION');
    expect(transition(timing('PAUSED'), 'RESUME', during, cap)).toBe('LAUNCHED');
  });
});
