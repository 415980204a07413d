import type { LedgerEntryType, PointsSource } from '@accrue/sdk/src/generated/graphql';
import { POINTS_SOURCE_LABEL, reasonLabel } from '@accrue/core/src/reason-labels';

/**
 * Amounts and times in the program's currency and time zone. The same formatters run on the
 * server and in the browser (a fixed locale, so both render the same text).
 */
const LOCALE = 'en-GB';

export interface ProgramFormat {
  currency: string;
  timezone: string;
}

function currencyFormatter(currency: string) {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency });
  } catch {
    return undefined;
  }
}

/** Integer minor units (fen, cents) in the currency's own number of decimals. */
export function formatMoney(minor: number, currency: string): string {
  const formatter = currencyFormatter(currency);
  if (!formatter) return `${(minor / 100).toFixed(2)} ${currency}`;
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(minor / 10 ** digits);
}

/** How many minor units one currency unit has (100 for CNY, 1 for JPY). */
export function minorPerUnit(currency: string): number {
  const digits = currencyFormatter(currency)?.resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

export const formatPoints = (points: number) => `${points.toLocaleString(LOCALE)} pts`;
export const formatSignedPoints = (points: number) =>
  `${points > 0 ? '+' : points < 0 ? '−' : ''}${Math.abs(points).toLocaleString(LOCALE)}`;
export const formatNumber = (n: number) => n.toLocaleString(LOCALE);
export const formatMultiplier = (m: number) => `×${m.toLocaleString(LOCALE, { maximumFractionDigits: 2 })}`;

export function formatDateTime(iso: string | null | undefined, timezone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: timezone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, timezone: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(LOCALE, {
    timeZone: timezone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  }).format(new Date(iso));
}

/** "GMT+8": the zone's offset at this instant. */
export function zoneOffset(timezone: string, at = new Date()): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timezone;
}

/**
 * A wall-clock time typed in the program's zone ("2026-12-01T09:30", from <input type=datetime-local>)
 * as the UTC instant it names there.
 */
export function zonedToUtc(local: string, timezone: string): Date {
  const asUtc = new Date(`${local}:00Z`);
  if (Number.isNaN(asUtc.getTime())) throw new Error(`Not a date and time: ${local}`);
  // the zone's offset at that instant, applied twice to settle across a DST change
  let guess = asUtc.getTime();
  for (let i = 0; i < 2; i++) guess = asUtc.getTime() - offsetMs(new Date(guess), timezone);
  return new Date(guess);
}

/** The instant as a wall-clock time in the program's zone, for <input type=datetime-local> ("2026-12-01T09:30"). */
export function utcToZonedInput(iso: string, timezone: string): string {
  const p = wallClock(new Date(iso), timezone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The date and time an instant shows on a clock in the zone, as two-digit parts. */
function wallClock(at: Date, timezone: string): Record<string, string> {
  return Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
}

function offsetMs(at: Date, timezone: string): number {
  const parts = wallClock(at, timezone);
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * Ledger sources and reason codes in words: the labels live in packages/core next to the codes; this
 * map is typed by the API's generated enum, so a source the API adds without a label fails here.
 */
export const SOURCE_LABEL: Record<PointsSource, string> = POINTS_SOURCE_LABEL;
export { reasonLabel };
export const ENTRY_TYPE_LABEL: Record<LedgerEntryType, string> = {
  EARN: 'earned',
  REDEEM: 'spent',
  EXPIRE: 'expired',
  ADJUST: 'adjusted',
  REVERSAL: 'reversed',
};
