/**
 * When a campaign applies: its window [startsAt, endsAt) and its recurrence, read in the
 * program's time zone from the local wall clock of the instant (so DST changes need no special
 * case: a Wednesday is a local Wednesday, 20:00 is local 20:00 whatever the offset that day).
 */
import { DomainError } from '../errors';
import { localParts, startOfLocalDayOf } from '../time';
import { WEEKDAYS, type CampaignDefinition, type CampaignSchedule } from './types';

export function isInWindow(c: Pick<CampaignDefinition, 'startsAt' | 'endsAt'>, at: Date): boolean {
  const t = at.getTime();
  return t >= c.startsAt.getTime() && (c.endsAt === null || t < c.endsAt.getTime());
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True when `at`, read in `timezone`, satisfies every condition of the schedule (none: always). */
export function matchesSchedule(
  schedule: CampaignSchedule | null | undefined,
  at: Date,
  timezone: string,
): boolean {
  if (!schedule) return true;
  const p = localParts(at, timezone);
  if (
    schedule.daysOfWeek?.length &&
    !schedule.daysOfWeek.some((d) => WEEKDAYS.indexOf(d) + 1 === p.weekday)
  ) {
    return false;
  }
  if (schedule.daysOfMonth?.length) {
    // a day past the month's end means its last day: 31 matches Apr 30 and Feb 28 (29 in leap years)
    const last = daysInMonth(p.year, p.month);
    if (!schedule.daysOfMonth.some((d) => Math.min(d, last) === p.day)) return false;
  }
  const from = schedule.startHour ?? 0;
  const to = schedule.endHour ?? 24;
  return p.hour >= from && p.hour < to;
}

/** True when `at` is inside the window and the recurrence. */
export function campaignAppliesAt(
  c: Pick<CampaignDefinition, 'startsAt' | 'endsAt' | 'schedule'>,
  at: Date,
  timezone: string,
): boolean {
  return isInWindow(c, at) && matchesSchedule(c.schedule, at, timezone);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A window edge given as a local date ('YYYY-MM-DD') or an instant (ISO 8601 with an offset).
 * A start date is the first instant of that local day; an end date includes its whole last day
 * (the window ends at the next local midnight, exclusive).
 */
export function windowEdge(value: string, edge: 'start' | 'end', timezone: string, field: string[]): Date {
  const m = DATE_ONLY.exec(value.trim());
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
      throw new DomainError('INVALID_INPUT', `${field[field.length - 1]}: ${value} is not a date`, field);
    }
    return startOfLocalDayOf(y, mo, edge === 'start' ? d : d + 1, timezone);
  }
  const t = Date.parse(value);
  if (!/T/.test(value) || Number.isNaN(t)) {
    throw new DomainError(
      'INVALID_INPUT',
      `${field[field.length - 1]}: expected a date (YYYY-MM-DD) or a date-time with an offset`,
      field,
    );
  }
  return new Date(t);
}
