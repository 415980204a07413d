/**
 * Leaderboards (product.md, Engagement): points earned in a week (Monday first) or a calendar month,
 * in the program's time zone; at the period's end the top N get their prizes, once. Pure: the
 * standings come in as sums per member.
 */
import { addDays, addDaysToKey, dayKey, localParts, monthKey, startOfLocalMonthOf } from '../time';

export const LEADERBOARD_PERIODS = ['WEEKLY', 'MONTHLY'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

export interface PeriodSpan {
  /** 'W2026-12-07' (the Monday) or '2026-12' */
  key: string;
  start: Date;
  end: Date;
}

/** The local midnight starting day key 'YYYY-MM-DD' (exact in zones without a DST change inside the month). */
function localMidnight(key: string, timezone: string): Date {
  const [y, m, d] = key.split('-').map(Number);
  return addDays(startOfLocalMonthOf(y, m, timezone), d - 1);
}

/** The week or month containing `at`. */
export function leaderboardPeriod(period: LeaderboardPeriod, at: Date, timezone: string): PeriodSpan {
  if (period === 'MONTHLY') {
    const [y, m] = monthKey(at, timezone).split('-').map(Number);
    return {
      key: monthKey(at, timezone),
      start: startOfLocalMonthOf(y, m, timezone),
      end: startOfLocalMonthOf(y, m + 1, timezone),
    };
  }
  const monday = addDaysToKey(dayKey(at, timezone), 1 - localParts(at, timezone).weekday);
  const start = localMidnight(monday, timezone);
  return { key: `W${monday}`, start, end: localMidnight(addDaysToKey(monday, 7), timezone) };
}

export interface Standing {
  rank: number;
  memberId: string;
  points: number;
}

/** Ranks members by points earned, most first; ties by member id (ascending) so a rank is never shared. */
export function rankStandings(
  sums: readonly { memberId: string; points: number }[],
  limit: number,
): Standing[] {
  return sums
    .filter((s) => s.points > 0)
    .sort((a, b) => b.points - a.points || (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0))
    .slice(0, limit)
    .map((s, i) => ({ rank: i + 1, memberId: s.memberId, points: s.points }));
}

/** The prizes of a closed period: rank i gets prizePoints[i-1] (ranks beyond the list get nothing). */
export function leaderboardAwards(standings: readonly Standing[], prizePoints: readonly number[]) {
  return standings
    .filter((s) => s.rank <= prizePoints.length && prizePoints[s.rank - 1] > 0)
    .map((s) => ({ ...s, prizePoints: prizePoints[s.rank - 1] }));
}

/** A name as a storefront may show it: the first character, the rest masked ("张**", "A****"). */
export function maskName(name: string | null | undefined): string {
  const chars = [...(name ?? '').trim()];
  if (!chars.length) return '***';
  return chars[0] + '*'.repeat(Math.max(2, Math.min(chars.length - 1, 6)));
}
