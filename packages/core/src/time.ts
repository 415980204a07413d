/** Calendar arithmetic in a program's IANA time zone, with Intl only (no clock is read). */
import { DomainError } from './errors';

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  hour: number; // 0-23
  weekday: number; // 1 = Monday ... 7 = Sunday
}

const DAY_MS = 86_400_000;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** One formatter per zone: constructing Intl.DateTimeFormat is the expensive part. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      });
    } catch {
      throw new DomainError('INVALID_INPUT', `unknown time zone: ${timezone}`, ['input', 'timezone']);
    }
    formatters.set(timezone, f);
  }
  return f;
}

function assertValidDate(at: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new DomainError('INVALID_INPUT', 'invalid date');
  }
}

/** Local wall-clock fields of `at`, down to the second. */
function wallClock(at: Date, timezone: string): LocalParts & { minute: number; second: number } {
  assertValidDate(at);
  const fields: Record<string, string> = {};
  for (const p of formatterFor(timezone).formatToParts(at)) fields[p.type] = p.value;
  return {
    year: Number(fields.year),
    month: Number(fields.month),
    day: Number(fields.day),
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
    weekday: WEEKDAYS[fields.weekday],
  };
}

/** The zone's UTC offset at `t` (ms, positive east of Greenwich); whole seconds are enough for IANA zones. */
function offsetAt(t: number, timezone: string): number {
  const w = wallClock(new Date(t), timezone);
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wallAsUtc - (t - (((t % 1000) + 1000) % 1000));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localParts(at: Date, timezone: string): LocalParts {
  const { year, month, day, hour, weekday } = wallClock(at, timezone);
  return { year, month, day, hour, weekday };
}

/** 'YYYY-MM' of the local calendar month */
export function monthKey(at: Date, timezone: string): string {
  const s = localMonthSpan(at, timezone);
  return `${pad(s.year, 4)}-${pad(s.month)}`;
}

/** A local calendar month: [start, next) in UTC. */
export interface LocalMonthSpan {
  year: number;
  month: number; // 1-12
  start: Date;
  next: Date;
}

/**
 * Month spans per zone, keyed by year * 12 + month - 1. The hot path (every purchase asks for the
 * month of its date several times) then avoids Intl, the costly part, after the first ask.
 */
const monthSpans = new Map<string, Map<number, LocalMonthSpan>>();
const MAX_SPANS_PER_ZONE = 5000;

/** The local calendar month containing `at` (memoized per zone). */
export function localMonthSpan(at: Date, timezone: string): LocalMonthSpan {
  assertValidDate(at);
  let spans = monthSpans.get(timezone);
  if (!spans) monthSpans.set(timezone, (spans = new Map()));
  const t = at.getTime();
  // a zone's offset is under a day, so the local month is the UTC month or a neighbour
  const utc = at.getUTCFullYear() * 12 + at.getUTCMonth();
  for (const idx of [utc, utc - 1, utc + 1]) {
    const s = spans.get(idx);
    if (s && s.start.getTime() <= t && t < s.next.getTime()) return s;
  }
  const p = wallClock(at, timezone);
  const span: LocalMonthSpan = {
    year: p.year,
    month: p.month,
    start: startOfLocalMonthOf(p.year, p.month, timezone),
    next: startOfLocalMonthOf(p.year, p.month + 1, timezone),
  };
  if (spans.size >= MAX_SPANS_PER_ZONE) spans.clear();
  spans.set(p.year * 12 + p.month - 1, span);
  return span;
}

/** 'YYYY-MM-DD' of the local day */
export function dayKey(at: Date, timezone: string): string {
  const p = wallClock(at, timezone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/**
 * The first instant of local calendar month `year-month` (month may overflow: 13 = next January).
 * Local midnight is converted with the offset in force around it; when midnight falls in a DST gap
 * (it does not exist), the two candidate instants differ and the earliest one inside the month wins.
 */
export function startOfLocalMonthOf(year: number, month: number, timezone: string): Date {
  const wall = Date.UTC(year, month - 1, 1);
  const first = wall - offsetAt(wall, timezone);
  const second = wall - offsetAt(first, timezone);
  const target = wallMonthKey(new Date(wall), 'UTC');
  const inMonth = [first, second].filter((t) => wallMonthKey(new Date(t), timezone) === target);
  return new Date(Math.min(...(inMonth.length ? inMonth : [first])));
}

/**
 * The first instant of local calendar day `year-month-day` (day may overflow: Jan 32 = Feb 1). As
 * for months, when local midnight falls in a DST gap the earliest instant of that day is returned.
 */
export function startOfLocalDayOf(year: number, month: number, day: number, timezone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  const first = wall - offsetAt(wall, timezone);
  const second = wall - offsetAt(first, timezone);
  const target = dayKey(new Date(wall), 'UTC');
  const inDay = [first, second].filter((t) => dayKey(new Date(t), timezone) === target);
  return new Date(Math.min(...(inDay.length ? inDay : [first])));
}

function wallMonthKey(at: Date, timezone: string): string {
  const p = wallClock(at, timezone);
  return `${pad(p.year, 4)}-${pad(p.month)}`;
}

/** the UTC instant at which the local calendar month containing `at` starts */
export function startOfLocalMonth(at: Date, timezone: string): Date {
  return new Date(localMonthSpan(at, timezone).start.getTime());
}

/** the UTC instant at which the next local calendar month starts */
export function startOfNextLocalMonth(at: Date, timezone: string): Date {
  return new Date(localMonthSpan(at, timezone).next.getTime());
}

/** exact 24-hour days (expiry and pending windows are durations, not local dates) */
export function addDays(at: Date, days: number): Date {
  assertValidDate(at);
  return new Date(at.getTime() + days * DAY_MS);
}

const daysInUtcMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();

/** calendar months in UTC, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29) */
export function addMonths(at: Date, months: number): Date {
  assertValidDate(at);
  const total = at.getUTCFullYear() * 12 + at.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  const day = Math.min(at.getUTCDate(), daysInUtcMonth(year, month0));
  const d = new Date(at.getTime());
  d.setUTCFullYear(year, month0, day);
  return d;
}

/** true when the birthday ('YYYY-MM-DD' or 'MM-DD') falls in the local month of `at` */
export function isBirthdayMonth(birthday: string | null | undefined, at: Date, timezone: string): boolean {
  if (!birthday) return false;
  const parsed = parseBirthday(birthday);
  return parsed !== null && parsed.month === localMonthSpan(at, timezone).month;
}

/** parses 'YYYY-MM-DD' or 'MM-DD'; null when malformed (Feb 30, month 13 ...) */
export function parseBirthday(birthday: string): { year?: number; month: number; day: number } | null {
  const m = /^(?:(\d{4})-)?(\d{2})-(\d{2})$/.exec(birthday.trim());
  if (!m) return null;
  const year = m[1] === undefined ? undefined : Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  // without a year, Feb 29 is a valid birthday (2000 is a leap year)
  if (day > daysInUtcMonth(year ?? 2000, month - 1)) return null;
  return year === undefined ? { month, day } : { year, month, day };
}

function parseDayKey(key: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || new Date(t).getUTCDate() !== Number(m[3])) {
    throw new DomainError('INVALID_INPUT', `invalid day key: ${key}`);
  }
  return t;
}

/** the day key `days` days after `key` (before it when negative) */
export function addDaysToKey(key: string, days: number): string {
  return new Date(parseDayKey(key) + days * DAY_MS).toISOString().slice(0, 10);
}

/** the number of whole local days between two day keys ('YYYY-MM-DD'), b - a */
export function daysBetweenKeys(a: string, b: string): number {
  return Math.round((parseDayKey(b) - parseDayKey(a)) / DAY_MS);
}

/**
 * The first instant of the local day `key` ('YYYY-MM-DD'). As with months, when local midnight
 * falls in a DST gap the earliest instant inside the day wins.
 */
export function startOfLocalDay(key: string, timezone: string): Date {
  const wall = parseDayKey(key);
  const first = wall - offsetAt(wall, timezone);
  const second = wall - offsetAt(first, timezone);
  const inDay = [first, second].filter((t) => dayKey(new Date(t), timezone) === key);
  return new Date(Math.min(...(inDay.length ? inDay : [first])));
}
