/** Calendar arithmetic in a program's IANA time zone, with Intl only (no clock is read). */
export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
  hour: number; // 0-23
  weekday: number; // 1 = Monday ... 7 = Sunday
}
export declare function localParts(at: Date, timezone: string): LocalParts;
/** 'YYYY-MM' of the local calendar month */
export declare function monthKey(at: Date, timezone: string): string;
/** 'YYYY-MM-DD' of the local day */
export declare function dayKey(at: Date, timezone: string): string;
/** the UTC instant at which the local calendar month containing `at` starts */
export declare function startOfLocalMonth(at: Date, timezone: string): Date;
/** the UTC instant at which the next local calendar month starts */
export declare function startOfNextLocalMonth(at: Date, timezone: string): Date;
export declare function addDays(at: Date, days: number): Date;
/** calendar months in UTC, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29) */
export declare function addMonths(at: Date, months: number): Date;
/** true when the birthday ('YYYY-MM-DD' or 'MM-DD') falls in the local month of `at` */
export declare function isBirthdayMonth(birthday: string | null | undefined, at: Date, timezone: string): boolean;
/** parses 'YYYY-MM-DD' or 'MM-DD'; null when malformed (Feb 30, month 13 ...) */
export declare function parseBirthday(birthday: string): { year?: number; month: number; day: number } | null;
/** the number of whole local days between two day keys ('YYYY-MM-DD'), b - a */
export declare function daysBetweenKeys(a: string, b: string): number;
