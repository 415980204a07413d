/** Input checks shared by the use cases: each failure is INVALID_INPUT naming the field (answered as BAD_USER_INPUT). */
import { DomainError, parseBirthday } from '@accrue/core';

export const MAX_MINOR = 1_000_000_000_000; // 10 billion currency units: beyond it an amount is absurd
export const MAX_POINTS = 1_000_000_000;

export function bad(field: string[], message: string): never {
  throw new DomainError('INVALID_INPUT', `${field.join('.')}: ${message}`, field);
}

export function int(
  value: number | null | undefined,
  field: string[],
  opts: { min?: number; max?: number } = {},
) {
  if (value === null || value === undefined) return value;
  if (!Number.isSafeInteger(value)) bad(field, 'must be an integer');
  if (opts.min !== undefined && value < opts.min) bad(field, `must be at least ${opts.min}`);
  if (opts.max !== undefined && value > opts.max) bad(field, `must be at most ${opts.max}`);
  return value;
}

export function num(
  value: number | null | undefined,
  field: string[],
  opts: { min?: number; max?: number } = {},
) {
  if (value === null || value === undefined) return value;
  if (!Number.isFinite(value)) bad(field, 'must be a finite number');
  if (opts.min !== undefined && value < opts.min) bad(field, `must be at least ${opts.min}`);
  if (opts.max !== undefined && value > opts.max) bad(field, `must be at most ${opts.max}`);
  return value;
}

/** Trims; rejects empty strings (when required), overlong strings and control characters. */
export function str(
  value: string | null | undefined,
  field: string[],
  opts: { max: number; required?: boolean; pattern?: RegExp; patternMessage?: string },
): string | null {
  if (value === null || value === undefined) {
    if (opts.required) bad(field, 'is required');
    return null;
  }
  const v = value.trim();
  if (!v) {
    if (opts.required) bad(field, 'must not be empty');
    return null;
  }
  if (v.length > opts.max) bad(field, `must be at most ${opts.max} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(v)) bad(field, 'must not contain control characters');
  if (opts.pattern && !opts.pattern.test(v)) bad(field, opts.patternMessage ?? 'is malformed');
  return v;
}

export const KEY_PATTERN = /^[\w.:\-/#@]+$/;
export const key = (value: string | null | undefined, field: string[]) =>
  str(value, field, {
    max: 128,
    required: true,
    pattern: KEY_PATTERN,
    patternMessage: 'may contain only letters, digits and . : - _ / # @',
  }) as string;

export function email(value: string | null | undefined, field: string[]) {
  return str(value, field, {
    max: 320,
    pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
    patternMessage: 'is not an email address',
  });
}

/** A point in time given by a client: not in the future beyond the allowed clock skew. */
export function pastOrNow(value: Date | null | undefined, field: string[], now: Date, skewMs: number): Date {
  if (value === null || value === undefined) return now;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) bad(field, 'must be an ISO-8601 date-time');
  if (value.getTime() > now.getTime() + skewMs)
    bad(field, `must not be in the future (now is ${now.toISOString()})`);
  if (value.getUTCFullYear() < 2000) bad(field, 'must be after 2000-01-01');
  return value.getTime() > now.getTime() ? now : value;
}

/** A birthday, YYYY-MM-DD or MM-DD, not in the future nor before 1900. */
export function birthdayOf(value: string | null | undefined, field: string[], now: Date) {
  const b = str(value, field, { max: 10 });
  const parsed = b ? parseBirthday(b) : null;
  if (b && !parsed) bad(field, 'must be YYYY-MM-DD or MM-DD');
  if (parsed?.year !== undefined) {
    if (b!.trim() > now.toISOString().slice(0, 10)) bad(field, 'must not be in the future');
    if (parsed.year < 1900) bad(field, 'must be in 1900 or later');
  }
  return b;
}
