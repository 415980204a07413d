/** Ledger entries per page on a member's page. */
export const LEDGER_PAGE = 20;
/** Redemptions per page on a member's page. */
export const REDEMPTIONS_PAGE = 10;

/** Members per page in the list. */
export const MEMBERS_PAGE = 25;

/** The API's member filter for the list's URL state (shared by the server prefetch and the page). */
export function membersFilter(filters: { q: string; tier: string | null; flagged: boolean }) {
  return {
    search: filters.q || undefined,
    tierId: filters.tier ?? undefined,
    flaggedForReview: filters.flagged ? true : undefined,
  };
}
