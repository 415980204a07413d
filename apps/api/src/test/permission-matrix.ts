/**
 * The permission matrix's roles, and its engagement rows (tasks, paid extension, draws,
 * leaderboards, group buys, boosts), kept here so auth/permissions.int.test.ts stays readable. Each row:
 * operation → [document (role-specific), roles allowed], written from the text.
 */
export type R = 'ADMIN' | 'MARKETING' | 'FINANCE' | 'SUPPORT' | 'VIEWER' | 'INTEGRATION' | 'STOREFRONT';
export const ROLES: R[] = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION', 'STOREFRONT'];
export const STAFF: R[] = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'];
export const ALL: R[] = ROLES;

export const ENGAGEMENT_MATRIX: Record<string, [(r: string) => string, R[]]> = {
  engagementTasks: [
    () => `{ engagementTasks(first: 5) { totalCount } }`,
    [...STAFF, 'INTEGRATION', 'STOREFRONT'],
  ],
  memberTaskProgress: [
    () => `{ memberTaskProgress(member: { externalId: "m-base" }) { __typename } }`,
    [...STAFF, 'INTEGRATION', 'STOREFRONT'],
  ],
  paidExtensionTerms: [
    () => `{ paidExtensionTerms { __typename } }`,
    [...STAFF, 'INTEGRATION', 'STOREFRONT'],
  ],
  createEngagementTask: [
    (r) =>
      `mutation { createEngagementTask(input: { name: "t-${r}", kind: TASK, period: DAILY, measure: EVENT_COUNT, eventType: "BROWSE", target: 1, points: 1, startsAt: "2026-01-01T00:00:00Z", endsAt: "2027-01-01T00:00:00Z" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  updateEngagementTask: [
    () => `mutation { updateEngagementTask(input: { id: "tsk_none", points: 1 }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  configurePaidExtension: [
    () => `mutation { configurePaidExtension(input: { feeMinor: 1000 }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  recordMemberEvent: [
    (r) =>
      `mutation { recordMemberEvent(input: { member: { externalId: "m-base" }, key: "ev-${r}", type: "BROWSE" }) { __typename } }`,
    ['ADMIN', 'INTEGRATION'],
  ],
  extendExpiringPoints: [
    (r) =>
      `mutation { extendExpiringPoints(input: { member: { externalId: "m-base" }, key: "ext-${r}", feeMinor: 1000 }) { __typename } }`,
    ['ADMIN', 'INTEGRATION', 'STOREFRONT'],
  ],
  pointsDraws: [() => `{ pointsDraws(first: 5) { totalCount } }`, [...STAFF, 'INTEGRATION', 'STOREFRONT']],
  pointsDraw: [
    () => `{ pointsDraw(id: "drw_none") { __typename } }`,
    [...STAFF, 'INTEGRATION', 'STOREFRONT'],
  ],
  createPointsDraw: [
    (r) =>
      `mutation { createPointsDraw(input: { name: "d-${r}", entryCostPoints: 100, opensAt: "2026-01-01T00:00:00Z", closesAt: "2027-01-01T00:00:00Z", prizes: [{ name: "mug", stock: 1 }] }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  drawPointsDrawWinners: [
    () => `mutation { drawPointsDrawWinners(input: { drawId: "drw_none" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  buyDrawEntries: [
    (r) =>
      `mutation { buyDrawEntries(input: { member: { externalId: "m-base" }, drawId: "drw_none", count: 1, key: "de-${r}" }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  cancelDrawEntry: [
    () => `mutation { cancelDrawEntry(input: { entryId: "dre_none" }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  leaderboards: [() => `{ leaderboards(first: 5) { totalCount } }`, [...STAFF, 'INTEGRATION', 'STOREFRONT']],
  leaderboardStandings: [
    () => `{ leaderboardStandings(leaderboardId: "ldb_none") { __typename } }`,
    [...STAFF, 'INTEGRATION', 'STOREFRONT'],
  ],
  createLeaderboard: [
    (r) =>
      `mutation { createLeaderboard(input: { name: "l-${r}", period: "WEEKLY", topN: 3, prizePoints: [10] }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  closeLeaderboardPeriod: [
    () =>
      `mutation { closeLeaderboardPeriod(input: { leaderboardId: "ldb_none", at: "2026-01-01T00:00:00Z" }) { __typename } }`,
    ['ADMIN', 'MARKETING'],
  ],
  groupBuys: [() => `{ groupBuys(first: 5) { totalCount } }`, [...STAFF, 'INTEGRATION', 'STOREFRONT']],
  groupBuy: [() => `{ groupBuy(code: "NONE") { __typename } }`, [...STAFF, 'INTEGRATION', 'STOREFRONT']],
  boosts: [() => `{ boosts(first: 5) { totalCount } }`, [...STAFF, 'INTEGRATION', 'STOREFRONT']],
  boost: [() => `{ boost(id: "bst_none") { __typename } }`, [...STAFF, 'INTEGRATION', 'STOREFRONT']],
  openGroupBuy: [
    (r) =>
      `mutation { openGroupBuy(input: { member: { externalId: "m-none" }, key: "gb-${r}", productId: "p", productName: "P", priceMinor: 100, size: 2, deadline: "2000-01-01T00:00:00Z" }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  joinGroupBuy: [
    (r) =>
      `mutation { joinGroupBuy(input: { member: { externalId: "m-base" }, key: "gj-${r}", code: "NONE" }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  requestBoost: [
    (r) =>
      `mutation { requestBoost(input: { member: { externalId: "m-none" }, key: "br-${r}", rewardId: "rwd_none" }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  contributeToBoost: [
    (r) =>
      `mutation { contributeToBoost(input: { member: { externalId: "m-base" }, key: "bc-${r}", boostId: "bst_none", points: 5 }) { __typename } }`,
    ['ADMIN', 'STOREFRONT'],
  ],
  expireGroupBuysAndBoosts: [
    () => `mutation { expireGroupBuysAndBoosts { groupBuysExpired } }`,
    ['ADMIN', 'MARKETING'],
  ],
};
