import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  localMonthSpan,
  addDays,
  addMonths,
  dayKey,
  daysBetweenKeys,
  isBirthdayMonth,
  localParts,
  monthKey,
  parseBirthday,
  startOfLocalMonth,
  startOfNextLocalMonth,
} from './time';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const d = (iso: string) => new Date(iso);

describe('local calendar (Intl)', () => {
  it('2026-01-31T16:30Z is already February 1st in Shanghai', () => {
    const at = d('2026-01-31T16:30:00Z');
    expect(monthKey(at, SH)).toBe('2026-02');
    expect(dayKey(at, SH)).toBe('2026-02-01');
    expect(localParts(at, SH)).toEqual({ year: 2026, month: 2, day: 1, hour: 0, weekday: 7 });
    expect(monthKey(at, 'UTC')).toBe('2026-01');
  });

  it('finds local month starts in Shanghai', () => {
    expect(startOfLocalMonth(d('2026-01-31T16:30:00Z'), SH).toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(startOfLocalMonth(d('2026-01-31T15:59:59.999Z'), SH).toISOString()).toBe(
      '2025-12-31T16:00:00.000Z',
    );
    expect(startOfNextLocalMonth(d('2026-12-15T00:00:00Z'), SH).toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
  });

  it('handles DST in New York (EST/EDT month starts, the month of DST change)', () => {
    // March 1st is still EST (-5), April 1st is EDT (-4), November 1st 00:00 is EDT (DST ends at 02:00)
    expect(startOfLocalMonth(d('2026-03-20T12:00:00Z'), NY).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(startOfNextLocalMonth(d('2026-03-20T12:00:00Z'), NY).toISOString()).toBe(
      '2026-04-01T04:00:00.000Z',
    );
    expect(startOfLocalMonth(d('2026-11-20T12:00:00Z'), NY).toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfNextLocalMonth(d('2026-11-20T12:00:00Z'), NY).toISOString()).toBe(
      '2026-12-01T05:00:00.000Z',
    );
    expect(monthKey(d('2026-11-01T03:59:59Z'), NY)).toBe('2026-10');
    expect(monthKey(d('2026-11-01T04:00:00Z'), NY)).toBe('2026-11');
    // the repeated 01:xx hour on 2026-11-01 is the same local day
    expect(dayKey(d('2026-11-01T05:30:00Z'), NY)).toBe('2026-11-01');
    expect(dayKey(d('2026-11-01T06:30:00Z'), NY)).toBe('2026-11-01');
    expect(localParts(d('2026-03-08T07:30:00Z'), NY).hour).toBe(3); // 02:xx does not exist
  });

  it('month start when local midnight does not exist (Asuncion, 2017-10-01 00:00 -> 01:00)', () => {
    const start = startOfLocalMonth(d('2017-10-15T00:00:00Z'), 'America/Asuncion');
    expect(start.toISOString()).toBe('2017-10-01T04:00:00.000Z');
    expect(localParts(start, 'America/Asuncion')).toMatchObject({ day: 1, hour: 1 });
    expect(monthKey(new Date(start.getTime() - 1), 'America/Asuncion')).toBe('2017-09');
  });

  it('month start is the first instant of the month for many instants and zones', () => {
    for (const tz of [
      SH,
      NY,
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Chatham',
      'UTC',
    ]) {
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000 * 7 + 3_600_000 * 5) {
        const at = new Date(t);
        const start = startOfLocalMonth(at, tz);
        expect(monthKey(start, tz)).toBe(monthKey(at, tz));
        expect(monthKey(new Date(start.getTime() - 1), tz)).not.toBe(monthKey(at, tz));
        expect(start.getTime()).toBeLessThanOrEqual(t);
        expect(startOfNextLocalMonth(at, tz).getTime()).toBeGreaterThan(t);
      }
    }
  });

  it('the memoized month span agrees with Intl for any instant and zone, in any order of asking', () => {
    const zones = [
      SH,
      NY,
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'America/Asuncion',
      'UTC',
    ];
    const key = (at: Date, tz: string) => {
      const p = localParts(at, tz); // not memoized: Intl every time
      return `${p.year}-${p.month}`;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...zones),
        (t, tz) => {
          const at = new Date(t);
          const span = localMonthSpan(at, tz);
          expect(`${span.year}-${span.month}`).toBe(key(at, tz));
          expect(span.start.getTime()).toBeLessThanOrEqual(t);
          expect(span.next.getTime()).toBeGreaterThan(t);
          expect(key(span.start, tz)).toBe(key(at, tz));
          expect(key(new Date(span.start.getTime() - 1), tz)).not.toBe(key(at, tz));
          expect(key(new Date(span.next.getTime() - 1), tz)).toBe(key(at, tz));
          expect(key(span.next, tz)).not.toBe(key(at, tz));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adds exact days and clamped UTC months', () => {
    expect(addDays(d('2026-01-01T00:00:00Z'), 30).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(addMonths(d('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(d('2028-01-31T10:00:00Z'), 1).toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(addMonths(d('2026-03-15T00:00:00Z'), 12).toISOString()).toBe('2027-03-15T00:00:00.000Z');
    expect(addMonths(d('2026-03-31T00:00:00Z'), -1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addMonths(d('2026-11-30T00:00:00Z'), 3).toISOString()).toBe('2027-02-28T00:00:00.000Z');
  });

  it('parses birthdays and checks the local birthday month', () => {
    expect(parseBirthday('1990-05-17')).toEqual({ year: 1990, month: 5, day: 17 });
    expect(parseBirthday('02-29')).toEqual({ month: 2, day: 29 });
    expect(parseBirthday('2023-02-29')).toBeNull();
    expect(parseBirthday('1990-02-30')).toBeNull();
    expect(parseBirthday('1990-13-01')).toBeNull();
    expect(parseBirthday('May 17')).toBeNull();
    // 2026-01-31T16:30Z is February in Shanghai
    expect(isBirthdayMonth('1990-02-10', d('2026-01-31T16:30:00Z'), SH)).toBe(true);
    expect(isBirthdayMonth('1990-02-10', d('2026-01-31T16:30:00Z'), 'UTC')).toBe(false);
    expect(isBirthdayMonth(null, d('2026-02-10T00:00:00Z'), SH)).toBe(false);
    expect(isBirthdayMonth('garbage', d('2026-02-10T00:00:00Z'), SH)).toBe(false);
  });

  it('counts days between day keys', () => {
    expect(daysBetweenKeys('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetweenKeys('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetweenKeys('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetweenKeys('2025-12-31', '2026-01-01')).toBe(1);
    expect(() => daysBetweenKeys('2026-02-30', '2026-03-01')).toThrow();
  });

  it('rejects unknown time zones as bad input', () => {
    expect(() => monthKey(d('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(/time zone/);
  });
});
