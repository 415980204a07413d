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

const HOUR_MS = 3_600_000;
/** zone -> UTC hour -> the zone's offset through that whole hour (null: it changes inside it) */
const offsets = new Map<string, Map<number, number | null>>();
const offsetOf = (t: number, timezone: string) => {
  const p = localParts(new Date(t), timezone);
  const minutes = new Date(t).getUTCMinutes();
  // localParts has no minutes: exact for whole-hour offsets; a zone at :30 or :45 gives two
  // different figures at the ends of every hour, so it always falls back to Intl (below)
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, minutes) - Math.floor(t / 60_000) * 60_000;
};

/**
 * The local wall clock of `at`, as time.ts's localParts gives it, with the zone's offset memoized per
 * UTC hour: the offset at both ends of the hour is read once (Intl is the costly part) and, when
 * they agree, every instant of the hour is read from it; an hour holding a DST change (or a zone
 * whose offset is not whole hours) falls back to Intl for each instant. Exact either way.
 */
function wallClockOf(at: Date, timezone: string) {
  const t = at.getTime();
  const hour = Math.floor(t / HOUR_MS);
  let byHour = offsets.get(timezone);
  if (!byHour) offsets.set(timezone, (byHour = new Map()));
  let offset = byHour.get(hour);
  if (offset === undefined) {
    const a = offsetOf(hour * HOUR_MS, timezone);
    const b = offsetOf(hour * HOUR_MS + HOUR_MS - 60_000, timezone);
    offset = a === b ? a : null;
    if (byHour.size > 20_000) byHour.clear();
    byHour.set(hour, offset);
  }
  if (offset === null) return localParts(at, timezone);
  const w = new Date(t + offset);
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    weekday: ((w.getUTCDay() + 6) % 7) + 1,
  };
}

/** True when `at`, read in `timezone`, satisfies every condition of the schedule (none: always). */
export function matchesSchedule(
  schedule: CampaignSchedule | null | undefined,
  at: Date,
  timezone: string,
): boolean {
  if (!schedule) return true;
  const p = wallClockOf(at, timezone);
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
