import type { DashboardOverviewQueryVariables } from '@accrue/sdk/src/generated/graphql';

/** Weeks of trend behind each overview figure. */
export const OVERVIEW_WEEKS = 8;

/**
 * The overview query's variables, the same on the server (prefetch) and in the browser: the trend
 * covers the last eight whole weeks up to the end of today (UTC days, so both sides agree), and
 * the metrics fields are asked for only by roles that read metrics.
 */
export function overviewVariables(withMetrics: boolean): DashboardOverviewQueryVariables {
  const to = new Date();
  to.setUTCHours(0, 0, 0, 0);
  to.setUTCDate(to.getUTCDate() + 1);
  const from = new Date(to.getTime() - OVERVIEW_WEEKS * 7 * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString(), withMetrics };
}
