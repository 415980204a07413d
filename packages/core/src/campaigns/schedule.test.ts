import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { campaignAppliesAt, isInWindow, matchesSchedule, windowEdge } from './schedule';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

describe('matchesSchedule', () => {
  it('Wednesdays in Shanghai: Tuesday 16:00Z is Wednesday 00:00 there, Wednesday 16:00Z is Thursday', () => {
    const wed = { daysOfWeek: ['WEDNESDAY' as const] };
    expect(matchesSchedule(wed, new Date('2026-12-01T15:59:59Z'), SH)).toBe(false); // Tue 23:59:59 local
    expect(matchesSchedule(wed, new Date('2026-12-01T16:00:00Z'), SH)).toBe(true); // Wed 00:00 local
    expect(matchesSchedule(wed, new Date('2026-12-02T15:59:59Z'), SH)).toBe(true); // Wed 23:59:59
    expect(matchesSchedule(wed, new Date('2026-12-02T16:00:00Z'), SH)).toBe(false); // Thu 00:00
  });

  it('local hours [startHour, endHour) on both sides of a DST change (New York, 2026-03-08 and 2026-11-01)', () => {
    const evening = { startHour: 18, endHour: 22 };
    // before the spring change: EST (UTC-5); after: EDT (UTC-4)
    expect(matchesSchedule(evening, new Date('2026-03-07T23:00:00Z'), NY)).toBe(true); // 18:00 EST
    expect(matchesSchedule(evening, new Date('2026-03-07T22:59:59Z'), NY)).toBe(false); // 17:59 EST
    expect(matchesSchedule(evening, new Date('2026-03-08T22:00:00Z'), NY)).toBe(true); // 18:00 EDT
    expect(matchesSchedule(evening, new Date('2026-03-08T21:59:59Z'), NY)).toBe(false); // 17:59 EDT
    expect(matchesSchedule(evening, new Date('2026-03-09T01:59:59Z'), NY)).toBe(true); // 21:59 EDT
    expect(matchesSchedule(evening, new Date('2026-03-09T02:00:00Z'), NY)).toBe(false); // 22:00 EDT
    // the repeated hour of the autumn change: 01:xx happens twice, both inside 1-2
    const night = { startHour: 1, endHour: 2 };
    expect(matchesSchedule(night, new Date('2026-11-01T05:30:00Z'), NY)).toBe(true); // 01:30 EDT
    expect(matchesSchedule(night, new Date('2026-11-01T06:30:00Z'), NY)).toBe(true); // 01:30 EST
    expect(matchesSchedule(night, new Date('2026-11-01T07:30:00Z'), NY)).toBe(false); // 02:30 EST
  });

  it('day 31 means the last day of shorter months; 29 means Feb 28 outside leap years', () => {
    const monthEnd = { daysOfMonth: [31] };
    const local = (s: string) => new Date(`${s}T12:00:00+08:00`);
    expect(matchesSchedule(monthEnd, local('2026-01-31'), SH)).toBe(true);
    expect(matchesSchedule(monthEnd, local('2026-01-30'), SH)).toBe(false);
    expect(matchesSchedule(monthEnd, local('2026-04-30'), SH)).toBe(true);
    expect(matchesSchedule(monthEnd, local('2026-02-28'), SH)).toBe(true);
    expect(matchesSchedule(monthEnd, local('2028-02-28'), SH)).toBe(false); // leap year: the 29th is the end
    expect(matchesSchedule(monthEnd, local('2028-02-29'), SH)).toBe(true);
    const leapDay = { daysOfMonth: [29] };
    expect(matchesSchedule(leapDay, local('2026-02-28'), SH)).toBe(true);
    expect(matchesSchedule(leapDay, local('2028-02-28'), SH)).toBe(false);
    expect(matchesSchedule(leapDay, local('2028-02-29'), SH)).toBe(true);
    expect(matchesSchedule(leapDay, local('2026-03-29'), SH)).toBe(true);
  });

  it('every condition given must hold: Wednesdays that are also the 1st-7th, 10:00-12:00', () => {
    const s = {
      daysOfWeek: ['WEDNESDAY' as const],
      daysOfMonth: [1, 2, 3, 4, 5, 6, 7],
      startHour: 10,
      endHour: 12,
    };
    expect(matchesSchedule(s, new Date('2026-12-02T10:30:00+08:00'), SH)).toBe(true);
    expect(matchesSchedule(s, new Date('2026-12-02T12:00:00+08:00'), SH)).toBe(false);
    expect(matchesSchedule(s, new Date('2026-12-09T10:30:00+08:00'), SH)).toBe(false);
    expect(matchesSchedule(null, new Date(), SH)).toBe(true);
  });
});

describe('window', () => {
  it('is [startsAt, endsAt): the first second counts, the end does not; null end is open', () => {
    const c = {
      startsAt: new Date('2026-12-02T00:00:00Z'),
      endsAt: new Date('2026-12-03T00:00:00Z'),
      schedule: null,
    };
    expect(isInWindow(c, new Date('2026-12-02T00:00:00Z'))).toBe(true);
    expect(isInWindow(c, new Date('2026-12-01T23:59:59.999Z'))).toBe(false);
    expect(isInWindow(c, new Date('2026-12-03T00:00:00Z'))).toBe(false);
    expect(isInWindow({ ...c, endsAt: null }, new Date('2099-01-01T00:00:00Z'))).toBe(true);
    expect(
      campaignAppliesAt(
        { ...c, schedule: { daysOfWeek: ['THURSDAY'] } },
        new Date('2026-12-02T12:00:00Z'),
        'UTC',
      ),
    ).toBe(false);
  });

  it('an end given as a date includes its whole last day, in the program time zone', () => {
    expect(windowEdge('2026-12-31', 'end', SH, ['input', 'endsAt']).toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(windowEdge('2026-12-31', 'start', SH, ['input', 'startsAt']).toISOString()).toBe(
      '2026-12-30T16:00:00.000Z',
    );
    // month and year ends roll over; 29 Feb exists in 2028
    expect(windowEdge('2028-02-29', 'end', SH, ['input', 'endsAt']).toISOString()).toBe(
      '2028-02-29T16:00:00.000Z',
    );
    // the day after the spring change in New York ends at 04:00Z (EDT), the day of it at 04:00Z too
    expect(windowEdge('2026-03-08', 'end', NY, ['input', 'endsAt']).toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(windowEdge('2026-03-07', 'end', NY, ['input', 'endsAt']).toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(windowEdge('2026-12-02T10:00:00+08:00', 'end', SH, ['input', 'endsAt']).toISOString()).toBe(
      '2026-12-02T02:00:00.000Z',
    );
  });

  it('a local midnight that DST skips: the day starts at its first instant (Sao Paulo, 2018-11-04 00:00 -> 01:00)', () => {
    expect(windowEdge('2018-11-04', 'start', 'America/Sao_Paulo', ['input', 'startsAt']).toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
    expect(windowEdge('2018-11-03', 'end', 'America/Sao_Paulo', ['input', 'endsAt']).toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
  });

  it('refuses a date that does not exist, naming the field', () => {
    for (const bad of ['2027-02-29', '2026-13-01', 'tomorrow', '2026-12-02 10:00']) {
      try {
        windowEdge(bad, 'end', SH, ['input', 'endsAt']);
        expect.unreachable(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).field).toEqual(['input', 'endsAt']);
      }
    }
  });
});

describe('the memoized wall clock', () => {
  it('agrees with time.ts localParts on every 7 minutes across DST changes and odd offsets', async () => {
    const { localParts } = await import('../time');
    const zones = [
      'Asia/Shanghai',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
      'America/Sao_Paulo',
    ];
    const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
    for (const zone of zones) {
      for (let t = Date.UTC(2026, 2, 25); t < Date.UTC(2026, 3, 10); t += 7 * 60_000) {
        const at = new Date(t);
        const p = localParts(at, zone);
        const day = {
          daysOfWeek: [weekdays[p.weekday - 1]],
          daysOfMonth: [p.day],
          startHour: p.hour,
          endHour: p.hour + 1,
        };
        expect(matchesSchedule(day, at, zone)).toBe(true);
        const other = { daysOfWeek: [weekdays[p.weekday % 7]] };
        expect(matchesSchedule(other, at, zone)).toBe(false);
      }
    }
  });
});
