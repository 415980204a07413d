import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type ActivityType =
  | 'PROFILE_COMPLETED'
  | 'REVIEW'
  | 'SHARE'
  | 'SIGN_IN';

export type AdjustPointsInput = {
  key: Scalars['String']['input'];
  member: MemberRefInput;
  points: Scalars['SafeInt']['input'];
  reason: Scalars['String']['input'];
};

export type AdjustPointsPayload = {
  __typename?: 'AdjustPointsPayload';
  entry: Maybe<LedgerEntry>;
  member: Maybe<Member>;
  userErrors: Array<UserError>;
};

export type Alert = Node & {
  __typename?: 'Alert';
  campaign: Maybe<Campaign>;
  id: Scalars['ID']['output'];
  kind: AlertKind;
  message: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  threshold: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

export type AlertKind =
  | 'ACCUMULATION_RATIO'
  | 'CAMPAIGN_BUDGET'
  | 'COST_TO_SALES'
  | 'DAILY_ISSUANCE'
  | 'FLOW_RATIO'
  | 'POOL_CAP';

export type AlertThresholds = {
  __typename?: 'AlertThresholds';
  costToSalesRedLine: Scalars['Float']['output'];
  maxAccumulationRatio: Maybe<Scalars['Float']['output']>;
  maxDailyIssuedPoints: Maybe<Scalars['SafeInt']['output']>;
  minFlowRatio: Maybe<Scalars['Float']['output']>;
  /** the warning level as a share of the red line (0.8: warn above 1.6% for a 2% line) */
  warningFraction: Scalars['Float']['output'];
};

export type AlertThresholdsInput = {
  costToSalesRedLine?: InputMaybe<Scalars['Float']['input']>;
  maxAccumulationRatio?: InputMaybe<Scalars['Float']['input']>;
  maxDailyIssuedPoints?: InputMaybe<Scalars['SafeInt']['input']>;
  minFlowRatio?: InputMaybe<Scalars['Float']['input']>;
  /** a share of the red line, above 0 and at most 1 */
  warningFraction?: InputMaybe<Scalars['Float']['input']>;
};

export type AlertThresholdsPayload = {
  __typename?: 'AlertThresholdsPayload';
  thresholds: Maybe<AlertThresholds>;
  userErrors: Array<UserError>;
};

/** An API key for an integration or storefront. The key itself is shown only once, at creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** the first characters of the key, to tell keys apart */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  role: Role;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey: Maybe<ApiKey>;
  userErrors: Array<UserError>;
};

export type Assignment = {
  __typename?: 'Assignment';
  campaign: Campaign;
  inHoldout: Scalars['Boolean']['output'];
  variantKey: Maybe<Scalars['String']['output']>;
};

export type AuditEntry = Node & {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  after: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  before: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  target: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** The actors and actions the audit log holds, to filter by */
export type AuditLogFacets = {
  __typename?: 'AuditLogFacets';
  actions: Array<Scalars['String']['output']>;
  actors: Array<Scalars['String']['output']>;
};

/** Every given condition must hold */
export type AuditLogFilter = {
  /** one action, e.g. reward.update */
  action?: InputMaybe<Scalars['String']['input']>;
  /** who, as the log writes it: staff:ana@shop.com, key:pos-1, system */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** one thing: its id, or the target as the log writes it */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** every action on one kind of thing: the action's first word, e.g. reward */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** first day (YYYY-MM-DD) in the program's time zone */
  fromDay?: InputMaybe<Scalars['String']['input']>;
  /** last day (YYYY-MM-DD, inclusive) in the program's time zone */
  toDay?: InputMaybe<Scalars['String']['input']>;
};

/** A boost request: friends chip in points toward a reward; reaching the target redeems it. */
export type Boost = {
  __typename?: 'Boost';
  collectedPoints: Scalars['SafeInt']['output'];
  contributions: Array<BoostContribution>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** the requester's redemption, once the target is reached */
  redemptionId: Maybe<Scalars['ID']['output']>;
  /** the member (one batched read per request; null for roles that do not read members) */
  requester: Maybe<Member>;
  requesterId: Scalars['ID']['output'];
  rewardId: Scalars['ID']['output'];
  /** OPEN, REDEEMED or EXPIRED */
  status: Scalars['String']['output'];
  targetPoints: Scalars['SafeInt']['output'];
};

export type BoostConnection = {
  __typename?: 'BoostConnection';
  edges: Array<BoostEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A friend's contribution to a boost request. */
export type BoostContribution = {
  __typename?: 'BoostContribution';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** the member (one batched read per request; null for roles that do not read members) */
  member: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  points: Scalars['SafeInt']['output'];
  /** HELD, SPENT (the reward was redeemed) or RETURNED (the request expired) */
  status: Scalars['String']['output'];
};

export type BoostEdge = {
  __typename?: 'BoostEdge';
  cursor: Scalars['String']['output'];
  node: Boost;
};

export type BoostPayload = {
  __typename?: 'BoostPayload';
  boost: Maybe<Boost>;
  member: Maybe<Member>;
  userErrors: Array<UserError>;
};

export type BuyDrawEntriesInput = {
  count: Scalars['Int']['input'];
  drawId: Scalars['ID']['input'];
  /** idempotency key */
  key: Scalars['String']['input'];
  member: MemberRefInput;
};

export type Campaign = Node & {
  __typename?: 'Campaign';
  audience: Maybe<CampaignAudience>;
  bonusExpiresInDays: Maybe<Scalars['Int']['output']>;
  /** addition: the budget ran out (campaign.budget_exhausted was recorded) */
  budgetExhausted: Scalars['Boolean']['output'];
  budgetPoints: Maybe<Scalars['SafeInt']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  endsAt: Maybe<Scalars['DateTime']['output']>;
  holdoutPercent: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** addition: points issued, budget left, burn rate, projected run-out */
  pacing: CampaignPacing;
  /** addition: why the campaign is PAUSED: MANUAL (pauseCampaign; it stays paused until resumed) or POOL_CAP (the program-wide pool cap is reached; it resumes by itself when the cap clears) */
  pauseReason: Maybe<CampaignPauseReason>;
  perMemberCapPoints: Maybe<Scalars['SafeInt']['output']>;
  pointsIssued: Scalars['SafeInt']['output'];
  priority: Scalars['Int']['output'];
  /** addition: the variant promoteVariant made the winner */
  promotedVariantKey: Maybe<Scalars['String']['output']>;
  results: CampaignResults;
  schedule: Maybe<CampaignSchedule>;
  stackable: Scalars['Boolean']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: CampaignStatus;
  variants: Array<CampaignVariant>;
};

export type CampaignAudience = {
  __typename?: 'CampaignAudience';
  inactiveForDays: Maybe<Scalars['Int']['output']>;
  minBalance: Maybe<Scalars['SafeInt']['output']>;
  newMembersWithinDays: Maybe<Scalars['Int']['output']>;
  tierIds: Maybe<Array<Scalars['ID']['output']>>;
};

export type CampaignAudienceInput = {
  inactiveForDays?: InputMaybe<Scalars['Int']['input']>;
  minBalance?: InputMaybe<Scalars['SafeInt']['input']>;
  newMembersWithinDays?: InputMaybe<Scalars['Int']['input']>;
  tierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  edges: Array<CampaignEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  cursor: Scalars['String']['output'];
  node: Campaign;
};

export type CampaignEffect = {
  __typename?: 'CampaignEffect';
  activityType: Maybe<ActivityType>;
  bonusPoints: Maybe<Scalars['SafeInt']['output']>;
  category: Maybe<Scalars['String']['output']>;
  multiplier: Maybe<Scalars['Float']['output']>;
  thresholdMinor: Maybe<Scalars['SafeInt']['output']>;
  type: CampaignEffectType;
};

export type CampaignEffectInput = {
  activityType?: InputMaybe<ActivityType>;
  bonusPoints?: InputMaybe<Scalars['SafeInt']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  multiplier?: InputMaybe<Scalars['Float']['input']>;
  thresholdMinor?: InputMaybe<Scalars['SafeInt']['input']>;
  type: CampaignEffectType;
};

export type CampaignEffectType =
  | 'ACTIVITY_MULTIPLIER'
  | 'CATEGORY_MULTIPLIER'
  | 'FIXED_BONUS'
  | 'MULTIPLIER'
  | 'ORDER_THRESHOLD_BONUS';

export type CampaignIdInput = {
  id: Scalars['ID']['input'];
};

/** addition: is the budget going to last? (burn rate over the last 7 days) */
export type CampaignPacing = {
  __typename?: 'CampaignPacing';
  budgetLeft: Maybe<Scalars['SafeInt']['output']>;
  burnRatePerDay: Scalars['Float']['output'];
  pointsIssued: Scalars['SafeInt']['output'];
  projectedExhaustionAt: Maybe<Scalars['DateTime']['output']>;
  projectedIssuedAtEnd: Maybe<Scalars['SafeInt']['output']>;
  state: PacingState;
};

export type CampaignPauseReason =
  | 'MANUAL'
  | 'POOL_CAP';

export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  campaign: Maybe<Campaign>;
  userErrors: Array<UserError>;
};

export type CampaignResults = {
  __typename?: 'CampaignResults';
  /** more exposed members needed (all arms, at the configured split) for the observed effect to be detected at 80% power */
  additionalMembersNeeded: Maybe<Scalars['SafeInt']['output']>;
  cappedMembers: Scalars['Int']['output'];
  cupedVarianceReduction: Scalars['Float']['output'];
  /** cumulative revenue per member over time, per arm: every day from the first exposure */
  daily: Array<CampaignResultsDay>;
  incrementalNetRevenueMinor: Maybe<Scalars['SafeInt']['output']>;
  incrementalRevenueMinor: Maybe<Scalars['SafeInt']['output']>;
  /** why there is no winner: NO_HOLDOUT, NOT_ENOUGH_MEMBERS, SRM_MISMATCH, NOT_SIGNIFICANT, NO_POSITIVE_EFFECT */
  missing: Array<Scalars['String']['output']>;
  /** revenue from participants: net spend since exposure of the members in its variants (holdout excluded) */
  participantRevenueMinor: Scalars['SafeInt']['output'];
  /** the campaign's cost: its points issued (net of clawbacks) × point value */
  pointsCostMinor: Scalars['SafeInt']['output'];
  /** the pooled 99th percentile at which revenue per member is capped */
  revenueCapMinor: Maybe<Scalars['Float']['output']>;
  roi: Maybe<Scalars['Float']['output']>;
  srmChiSquare: Maybe<Scalars['Float']['output']>;
  srmOk: Scalars['Boolean']['output'];
  srmPValue: Maybe<Scalars['Float']['output']>;
  srmStatus: SrmStatus;
  variants: Array<VariantResult>;
  winner: Maybe<Scalars['String']['output']>;
};

/** One day of one arm of an A/B test: its running totals at the day's end (program time zone) */
export type CampaignResultsDay = {
  __typename?: 'CampaignResultsDay';
  /** the arm: a variant's key, or holdout */
  arm: Scalars['String']['output'];
  /** their net revenue since exposure, to the day’s end */
  cumulativeRevenueMinor: Scalars['SafeInt']['output'];
  /** the start of the day */
  day: Scalars['DateTime']['output'];
  /** members exposed by the day's end */
  members: Scalars['Int']['output'];
  /** cumulativeRevenueMinor ÷ members */
  revenuePerMemberMinor: Maybe<Scalars['Float']['output']>;
};

export type CampaignSchedule = {
  __typename?: 'CampaignSchedule';
  daysOfMonth: Maybe<Array<Scalars['Int']['output']>>;
  daysOfWeek: Maybe<Array<Weekday>>;
  endHour: Maybe<Scalars['Int']['output']>;
  startHour: Maybe<Scalars['Int']['output']>;
};

export type CampaignScheduleInput = {
  daysOfMonth?: InputMaybe<Array<Scalars['Int']['input']>>;
  daysOfWeek?: InputMaybe<Array<Weekday>>;
  endHour?: InputMaybe<Scalars['Int']['input']>;
  startHour?: InputMaybe<Scalars['Int']['input']>;
};

/** addition: a campaign replayed over the last days of real purchases, nothing written */
export type CampaignSimulation = {
  __typename?: 'CampaignSimulation';
  /** the local day (YYYY-MM-DD) the budget would have run out */
  budgetExhaustedOn: Maybe<Scalars['String']['output']>;
  byTier: Array<SimulatedTier>;
  costMinor: Scalars['SafeInt']['output'];
  costToSalesAdded: Maybe<Scalars['Float']['output']>;
  membersReached: Scalars['Int']['output'];
  pointsIssued: Scalars['SafeInt']['output'];
  purchasesReplayed: Scalars['Int']['output'];
  salesMinor: Scalars['SafeInt']['output'];
  skipped: Array<SimulatedSkip>;
};

/** why a campaign gives an event nothing: NOT_ACTIVE, POOL_CAP (paused while the pool cap is reached), OUTSIDE_WINDOW, OUTSIDE_SCHEDULE, NOT_IN_AUDIENCE, HOLDOUT, NOT_APPLICABLE (its effect gives 0 here), STACKING_EXCLUDED, MEMBER_CAP (gives less), BUDGET_EXHAUSTED, EVALUATION_ERROR */
export type CampaignSkipReason =
  | 'BUDGET_EXHAUSTED'
  | 'EVALUATION_ERROR'
  | 'HOLDOUT'
  | 'MEMBER_CAP'
  | 'NOT_ACTIVE'
  | 'NOT_APPLICABLE'
  | 'NOT_IN_AUDIENCE'
  | 'OUTSIDE_SCHEDULE'
  | 'OUTSIDE_WINDOW'
  | 'POOL_CAP'
  | 'STACKING_EXCLUDED';

/** addition: how a campaign stacks with the live ones on one example purchase (core evaluateCampaigns; nothing written) */
export type CampaignStackingPreview = {
  __typename?: 'CampaignStackingPreview';
  amountMinor: Scalars['SafeInt']['output'];
  at: Scalars['DateTime']['output'];
  /** the campaigns that apply, together */
  campaignPoints: Scalars['SafeInt']['output'];
  campaigns: Array<CampaignStackingRow>;
  /** the pool cap is reached: every campaign is paused */
  poolCapReached: Scalars['Boolean']['output'];
  /** points from the program rules (base rate, tier, category, order bonus) */
  programPoints: Scalars['SafeInt']['output'];
  tierId: Scalars['ID']['output'];
  tierName: Scalars['String']['output'];
  totalPoints: Scalars['SafeInt']['output'];
};

/** addition: the campaign to preview (campaignId, or the setup form as draft) and the example purchase */
export type CampaignStackingPreviewInput = {
  /** the example purchase, minor units of the program currency */
  amountMinor: Scalars['SafeInt']['input'];
  /** when the purchase is made (default: now, or the campaign start when later) */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** a saved campaign (a draft is previewed as if launched) */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** the purchase's categories (the amount shared equally) */
  categories?: InputMaybe<Array<Scalars['String']['input']>>;
  /** the unsaved setup form, instead of campaignId */
  draft?: InputMaybe<CreateCampaignInput>;
  /** the example member's balance before (default 0) */
  memberBalance?: InputMaybe<Scalars['SafeInt']['input']>;
  /** the example member's tier (default: the entry tier) */
  memberTierId?: InputMaybe<Scalars['ID']['input']>;
};

/** addition: one campaign in the stacking preview, in the engine order */
export type CampaignStackingRow = {
  __typename?: 'CampaignStackingRow';
  applies: Scalars['Boolean']['output'];
  /** null: the unsaved campaign of the setup form */
  campaignId: Maybe<Scalars['ID']['output']>;
  /** the campaign whose place in the order excluded it */
  excludedByCampaignId: Maybe<Scalars['ID']['output']>;
  excludedByName: Maybe<Scalars['String']['output']>;
  excludedByStackable: Maybe<Scalars['Boolean']['output']>;
  /** what it would have added, when stacking excluded it */
  excludedPoints: Scalars['SafeInt']['output'];
  /** the campaign previewed (the others are live) */
  isPreviewed: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** the points it adds to the purchase */
  points: Scalars['SafeInt']['output'];
  priority: Scalars['Int']['output'];
  /** why it adds nothing (or less: MEMBER_CAP) */
  reason: Maybe<CampaignSkipReason>;
  stackable: Scalars['Boolean']['output'];
  /** its status at the purchase (the previewed one as if launched) */
  status: CampaignStatus;
  variantKey: Maybe<Scalars['String']['output']>;
};

export type CampaignStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'ENDED'
  | 'PAUSED'
  | 'SCHEDULED';

export type CampaignVariant = {
  __typename?: 'CampaignVariant';
  effect: CampaignEffect;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type CampaignVariantInput = {
  effect: CampaignEffectInput;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

export type CancelDrawEntryInput = {
  entryId: Scalars['ID']['input'];
};

export type CancelRedemptionInput = {
  redemptionId: Scalars['ID']['input'];
};

export type CancelRedemptionPayload = {
  __typename?: 'CancelRedemptionPayload';
  member: Maybe<Member>;
  redemption: Maybe<Redemption>;
  userErrors: Array<UserError>;
};

export type CategoryMultiplier = {
  __typename?: 'CategoryMultiplier';
  category: Scalars['String']['output'];
  multiplier: Scalars['Float']['output'];
};

export type CategoryMultiplierInput = {
  category: Scalars['String']['input'];
  multiplier: Scalars['Float']['input'];
};

export type CloseLeaderboardPeriodInput = {
  /** any instant inside the period to close */
  at: Scalars['DateTime']['input'];
  leaderboardId: Scalars['ID']['input'];
};

export type CloseLeaderboardPeriodPayload = {
  __typename?: 'CloseLeaderboardPeriodPayload';
  period: Maybe<LeaderboardPeriodStandings>;
  userErrors: Array<UserError>;
};

export type ConfigurePaidExtensionInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  extendDays?: InputMaybe<Scalars['Int']['input']>;
  feeMinor?: InputMaybe<Scalars['SafeInt']['input']>;
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};

export type ContributeToBoostInput = {
  boostId: Scalars['ID']['input'];
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** idempotency key */
  key: Scalars['String']['input'];
  /** the friend who contributes */
  member: MemberRefInput;
  points: Scalars['SafeInt']['input'];
};

export type CostMonitor = {
  __typename?: 'CostMonitor';
  accumulationRatio: Maybe<Scalars['Float']['output']>;
  alerts: Array<Alert>;
  breakageRate: Maybe<Scalars['Float']['output']>;
  costMinor: Scalars['SafeInt']['output'];
  costToSalesRatio: Maybe<Scalars['Float']['output']>;
  flowRatio: Maybe<Scalars['Float']['output']>;
  forecast: Array<ForecastPoint>;
  liabilityMinor: Scalars['SafeInt']['output'];
  outstandingPoints: Scalars['SafeInt']['output'];
  redLine: Scalars['Float']['output'];
  redemptionRate: Maybe<Scalars['Float']['output']>;
  salesMinor: Scalars['SafeInt']['output'];
  status: CostStatus;
  /** the cost-to-sales ratio above which status is WARNING (the red line × the warning fraction) */
  warningLevel: Scalars['Float']['output'];
  windowDays: Scalars['Int']['output'];
};

export type CostStatus =
  | 'BREACH'
  | 'OK'
  | 'WARNING';

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  role: Role;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: Maybe<ApiKey>;
  /** the key, shown once: store it now */
  key: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateCampaignInput = {
  audience?: InputMaybe<CampaignAudienceInput>;
  bonusExpiresInDays?: InputMaybe<Scalars['Int']['input']>;
  budgetPoints?: InputMaybe<Scalars['SafeInt']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<CampaignEffectInput>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** addition: the window's last day as a local date (YYYY-MM-DD, program time zone), included whole; instead of endsAt */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  holdoutPercent?: InputMaybe<Scalars['Float']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  perMemberCapPoints?: InputMaybe<Scalars['SafeInt']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  schedule?: InputMaybe<CampaignScheduleInput>;
  stackable?: InputMaybe<Scalars['Boolean']['input']>;
  startsAt: Scalars['DateTime']['input'];
  variants?: InputMaybe<Array<CampaignVariantInput>>;
};

export type CreateEngagementTaskInput = {
  audienceTierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['DateTime']['input'];
  eventType?: InputMaybe<Scalars['String']['input']>;
  kind: TaskKind;
  measure: TaskMeasure;
  name: Scalars['String']['input'];
  period: TaskPeriod;
  points: Scalars['Int']['input'];
  startsAt: Scalars['DateTime']['input'];
  target: Scalars['SafeInt']['input'];
};

export type CreateLeaderboardInput = {
  name: Scalars['String']['input'];
  period: Scalars['String']['input'];
  prizePoints: Array<Scalars['Int']['input']>;
  topN: Scalars['Int']['input'];
};

export type CreatePointsDrawInput = {
  closesAt: Scalars['DateTime']['input'];
  entryCostPoints: Scalars['SafeInt']['input'];
  maxEntriesPerMember?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  opensAt: Scalars['DateTime']['input'];
  prizes: Array<DrawPrizeInput>;
};

export type CreateRewardInput = {
  cashPriceMinor?: InputMaybe<Scalars['SafeInt']['input']>;
  name: Scalars['String']['input'];
  perMemberLimit?: InputMaybe<Scalars['Int']['input']>;
  pointsCost: Scalars['SafeInt']['input'];
  stock?: InputMaybe<Scalars['Int']['input']>;
  type: RewardType;
  valueMinor: Scalars['SafeInt']['input'];
};

export type CreateRewardPayload = {
  __typename?: 'CreateRewardPayload';
  reward: Maybe<Reward>;
  userErrors: Array<UserError>;
};

export type CreateStaffUserInput = {
  email: Scalars['String']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  role: Role;
};

export type CreateStaffUserPayload = {
  __typename?: 'CreateStaffUserPayload';
  user: Maybe<StaffUser>;
  userErrors: Array<UserError>;
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** event types, e.g. points.earned, tier.changed; "*" for all */
  events: Array<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type CreateWebhookEndpointPayload = {
  __typename?: 'CreateWebhookEndpointPayload';
  endpoint: Maybe<WebhookEndpoint>;
  /** the signing secret, shown once */
  secret: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

/** IFRS 15: a month of the deferred revenue of points (the program as one portfolio, from its first month) */
export type DeferredRevenueMonth = {
  __typename?: 'DeferredRevenueMonth';
  /** the sales' share allocated to the points (relative stand-alone selling prices) */
  allocatedMinor: Scalars['SafeInt']['output'];
  /** the contract liability at the month end */
  deferredMinor: Scalars['SafeInt']['output'];
  monthStart: Scalars['DateTime']['output'];
  pointsRedeemed: Scalars['SafeInt']['output'];
  /** purchase, tier bonus and campaign points issued with the sales */
  pointsWithSales: Scalars['SafeInt']['output'];
  /** revenue recognised in the month as points were redeemed */
  recognisedMinor: Scalars['SafeInt']['output'];
  /** sales net of refunds */
  salesMinor: Scalars['SafeInt']['output'];
};

/** One purchase of entries with points (cancellable while the draw is open). */
export type DrawEntry = {
  __typename?: 'DrawEntry';
  count: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  drawId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  memberId: Scalars['ID']['output'];
  points: Scalars['SafeInt']['output'];
  status: Scalars['String']['output'];
};

export type DrawEntryPayload = {
  __typename?: 'DrawEntryPayload';
  entry: Maybe<DrawEntry>;
  member: Maybe<Member>;
  userErrors: Array<UserError>;
};

export type DrawPhase =
  | 'CLOSED'
  | 'DRAWN'
  | 'OPEN'
  | 'SCHEDULED';

export type DrawPrize = {
  __typename?: 'DrawPrize';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  position: Scalars['Int']['output'];
  stock: Scalars['Int']['output'];
};

export type DrawPrizeInput = {
  name: Scalars['String']['input'];
  stock: Scalars['Int']['input'];
};

export type DrawWinner = {
  __typename?: 'DrawWinner';
  memberId: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  prizeId: Scalars['ID']['output'];
  /** "<entryId>#<i>": the ticket that won */
  ticket: Scalars['String']['output'];
};

export type DrawWinnersInput = {
  drawId: Scalars['ID']['input'];
};

/** A task or challenge: a goal over member events or purchases, with its bonus points, window and audience. */
export type EngagementTask = {
  __typename?: 'EngagementTask';
  active: Scalars['Boolean']['output'];
  /** tiers the task is for; empty: every member */
  audienceTierIds: Array<Scalars['ID']['output']>;
  category: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  eventType: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: TaskKind;
  measure: TaskMeasure;
  name: Scalars['String']['output'];
  /** members taking part, completions and the points they earned */
  participation: TaskParticipation;
  period: TaskPeriod;
  points: Scalars['Int']['output'];
  startsAt: Scalars['DateTime']['output'];
  target: Scalars['SafeInt']['output'];
};

export type EngagementTaskConnection = {
  __typename?: 'EngagementTaskConnection';
  edges: Array<EngagementTaskEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EngagementTaskEdge = {
  __typename?: 'EngagementTaskEdge';
  cursor: Scalars['String']['output'];
  node: EngagementTask;
};

export type EngagementTaskPayload = {
  __typename?: 'EngagementTaskPayload';
  task: Maybe<EngagementTask>;
  userErrors: Array<UserError>;
};

export type EnrollMemberInput = {
  birthday?: InputMaybe<Scalars['String']['input']>;
  /** The device the member enrolls from (app device id, browser fingerprint): risk flags */
  deviceId?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  enrolledAt?: InputMaybe<Scalars['DateTime']['input']>;
  externalId: Scalars['String']['input'];
  /** The member's IP address at enrolment: risk flags */
  ipAddress?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  referralCode?: InputMaybe<Scalars['String']['input']>;
};

export type EnrollMemberPayload = {
  __typename?: 'EnrollMemberPayload';
  member: Maybe<Member>;
  userErrors: Array<UserError>;
};

export type ExpirePointsInput = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ExpirePointsPayload = {
  __typename?: 'ExpirePointsPayload';
  membersAffected: Scalars['Int']['output'];
  pointsExpired: Scalars['SafeInt']['output'];
};

export type ExpireSocialPayload = {
  __typename?: 'ExpireSocialPayload';
  boostsExpired: Scalars['Int']['output'];
  groupBuysExpired: Scalars['Int']['output'];
};

export type ExtendExpiringPointsInput = {
  /** the fee the member paid; must be the configured fee */
  feeMinor: Scalars['SafeInt']['input'];
  /** idempotency key (e.g. the payment reference) */
  key: Scalars['String']['input'];
  member: MemberRefInput;
};

export type ExtendExpiringPointsPayload = {
  __typename?: 'ExtendExpiringPointsPayload';
  extension: Maybe<PointsExtension>;
  member: Maybe<Member>;
  userErrors: Array<UserError>;
};

export type ForecastPoint = {
  __typename?: 'ForecastPoint';
  date: Scalars['DateTime']['output'];
  liabilityMinor: Scalars['SafeInt']['output'];
};

export type Granularity =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** A group buy: friends join with its code; full by its deadline, every participant gets the bonus. */
export type GroupBuy = {
  __typename?: 'GroupBuy';
  /** bonus points per participant when the group fills */
  bonusPoints: Scalars['SafeInt']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadline: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  openerId: Scalars['ID']['output'];
  participants: Array<GroupBuyParticipant>;
  priceMinor: Scalars['SafeInt']['output'];
  productId: Scalars['String']['output'];
  productName: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** OPEN, FILLED or EXPIRED */
  status: Scalars['String']['output'];
};

export type GroupBuyConnection = {
  __typename?: 'GroupBuyConnection';
  edges: Array<GroupBuyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GroupBuyEdge = {
  __typename?: 'GroupBuyEdge';
  cursor: Scalars['String']['output'];
  node: GroupBuy;
};

/** A seat in a group buy. */
export type GroupBuyParticipant = {
  __typename?: 'GroupBuyParticipant';
  /** bonus points issued when the group filled (after the monthly cap) */
  bonusAwarded: Scalars['SafeInt']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** NONE, HELD (until the group fills), SPENT (it filled) or RELEASED (it expired) */
  holdStatus: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** the member (one batched read per request; null for roles that do not read members) */
  member: Maybe<Member>;
  memberId: Scalars['ID']['output'];
  /** no purchase before joining: may pay part of the price with points */
  newCustomer: Scalars['Boolean']['output'];
  /** points held toward the price */
  pointsHeld: Scalars['SafeInt']['output'];
  /** 1 for the member who opened the group */
  seat: Scalars['Int']['output'];
};

export type GroupBuyPayload = {
  __typename?: 'GroupBuyPayload';
  group: Maybe<GroupBuy>;
  member: Maybe<Member>;
  participant: Maybe<GroupBuyParticipant>;
  userErrors: Array<UserError>;
};

export type IssuedBySource = {
  __typename?: 'IssuedBySource';
  points: Scalars['SafeInt']['output'];
  source: PointsSource;
};

export type JoinGroupBuyInput = {
  code: Scalars['String']['input'];
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** idempotency key */
  key: Scalars['String']['input'];
  member: MemberRefInput;
  /** new customers only: points toward the price, held until the group fills */
  pointsTowardPrice?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type Leaderboard = {
  __typename?: 'Leaderboard';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** WEEKLY (Monday first) or MONTHLY, in the program time zone */
  period: Scalars['String']['output'];
  /** bonus points by rank (source LEADERBOARD) */
  prizePoints: Array<Scalars['Int']['output']>;
  topN: Scalars['Int']['output'];
};

export type LeaderboardConnection = {
  __typename?: 'LeaderboardConnection';
  edges: Array<LeaderboardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LeaderboardEdge = {
  __typename?: 'LeaderboardEdge';
  cursor: Scalars['String']['output'];
  node: Leaderboard;
};

export type LeaderboardPayload = {
  __typename?: 'LeaderboardPayload';
  leaderboard: Maybe<Leaderboard>;
  userErrors: Array<UserError>;
};

export type LeaderboardPeriodStandings = {
  __typename?: 'LeaderboardPeriodStandings';
  closed: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  leaderboard: Leaderboard;
  periodKey: Scalars['String']['output'];
  standings: Array<LeaderboardStanding>;
  startsAt: Scalars['DateTime']['output'];
};

export type LeaderboardStanding = {
  __typename?: 'LeaderboardStanding';
  /** masked ("张**") for storefront keys */
  displayName: Scalars['String']['output'];
  /** null for storefront keys */
  memberId: Maybe<Scalars['ID']['output']>;
  /** points earned in the period */
  points: Scalars['SafeInt']['output'];
  /** the prize awarded, once the period is closed */
  prizePoints: Maybe<Scalars['SafeInt']['output']>;
  rank: Scalars['Int']['output'];
};

export type LedgerEntry = Node & {
  __typename?: 'LedgerEntry';
  balanceAfter: Scalars['SafeInt']['output'];
  campaign: Maybe<Campaign>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  member: Member;
  occurredAt: Scalars['DateTime']['output'];
  orderId: Maybe<Scalars['String']['output']>;
  points: Scalars['SafeInt']['output'];
  reason: Maybe<Scalars['String']['output']>;
  source: PointsSource;
  type: LedgerEntryType;
  variantKey: Maybe<Scalars['String']['output']>;
};

export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  edges: Array<LedgerEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  cursor: Scalars['String']['output'];
  node: LedgerEntry;
};

export type LedgerEntryType =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSAL';

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** the session token: send it as Authorization: Bearer <token> */
  token: Maybe<Scalars['String']['output']>;
  user: Maybe<StaffUser>;
  userErrors: Array<UserError>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  ok: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type LotExtension = {
  __typename?: 'LotExtension';
  expiresAfter: Scalars['DateTime']['output'];
  expiresBefore: Scalars['DateTime']['output'];
  lotId: Scalars['ID']['output'];
  points: Scalars['SafeInt']['output'];
};

export type Member = Node & {
  __typename?: 'Member';
  balance: PointsBalance;
  birthday: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  enrolledAt: Scalars['DateTime']['output'];
  externalId: Scalars['String']['output'];
  /** On the staff review list: enrolment from a shared device or address, or earning far above the norm */
  flaggedForReview: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  ledger: LedgerEntryConnection;
  lots: Array<PointsLot>;
  name: Maybe<Scalars['String']['output']>;
  redemptions: RedemptionConnection;
  referralCode: Scalars['String']['output'];
  referredBy: Maybe<Member>;
  /** Why the member is flagged, one line each; empty when not flagged. Roles without personal data see the codes only */
  reviewReasons: Array<Scalars['String']['output']>;
  status: MemberStatus;
  tier: Tier;
  tierProgress: TierProgress;
};


export type MemberLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type MemberLotsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MemberRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type MemberConnection = {
  __typename?: 'MemberConnection';
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  __typename?: 'MemberEdge';
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberEvent = {
  __typename?: 'MemberEvent';
  attributes: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  occurredAt: Scalars['DateTime']['output'];
  type: Scalars['String']['output'];
};

export type MemberFilter = {
  /** Only members flagged for review (true) or not (false) */
  flaggedForReview?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MemberStatus>;
  tierId?: InputMaybe<Scalars['ID']['input']>;
};

export type MemberRefInput = {
  externalId?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};

export type MemberStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'SUSPENDED';

export type MetricsPoint = {
  __typename?: 'MetricsPoint';
  activeMembers: Scalars['Int']['output'];
  costMinor: Scalars['SafeInt']['output'];
  costToSalesRatio: Maybe<Scalars['Float']['output']>;
  issuedBySource: Array<IssuedBySource>;
  liabilityMinor: Scalars['SafeInt']['output'];
  orders: Scalars['Int']['output'];
  outstandingPoints: Scalars['SafeInt']['output'];
  periodStart: Scalars['DateTime']['output'];
  pointsExpired: Scalars['SafeInt']['output'];
  pointsIssued: Scalars['SafeInt']['output'];
  pointsRedeemed: Scalars['SafeInt']['output'];
  pointsReversed: Scalars['SafeInt']['output'];
  salesMinor: Scalars['SafeInt']['output'];
};

export type MetricsReport = {
  __typename?: 'MetricsReport';
  from: Scalars['DateTime']['output'];
  granularity: Granularity;
  series: Array<MetricsPoint>;
  to: Scalars['DateTime']['output'];
  totals: MetricsPoint;
};

export type Mutation = {
  __typename?: 'Mutation';
  adjustPoints: AdjustPointsPayload;
  /** Buys entries with points while the draw is open; idempotent by key. */
  buyDrawEntries: DrawEntryPayload;
  /** Cancels entries until the draw closes: the points return to their original lots. */
  cancelDrawEntry: DrawEntryPayload;
  cancelRedemption: CancelRedemptionPayload;
  /** Awards the top N of an ended period their prizes, once (safe to run again). */
  closeLeaderboardPeriod: CloseLeaderboardPeriodPayload;
  configurePaidExtension: PaidExtensionTermsPayload;
  /** A friend's contribution (once per friend, within the limits); reaching the target redeems the reward for the requester. Idempotent by key. */
  contributeToBoost: BoostPayload;
  createApiKey: CreateApiKeyPayload;
  createCampaign: CampaignPayload;
  createEngagementTask: EngagementTaskPayload;
  createLeaderboard: LeaderboardPayload;
  createPointsDraw: PointsDrawPayload;
  createReward: CreateRewardPayload;
  createStaffUser: CreateStaffUserPayload;
  createWebhookEndpoint: CreateWebhookEndpointPayload;
  /** Draws the winners of a closed draw and reveals its seed; idempotent. */
  drawPointsDrawWinners: PointsDrawPayload;
  endCampaign: CampaignPayload;
  enrollMember: EnrollMemberPayload;
  /** The expiry job (also run by the scheduler): groups unfilled at their deadline and boosts past their expiry return what they held. Safe to run twice. */
  expireGroupBuysAndBoosts: ExpireSocialPayload;
  expirePoints: ExpirePointsPayload;
  /** The member paid the fee: every lot expiring within the window is extended, once per lot. Idempotent by key. */
  extendExpiringPoints: ExtendExpiringPointsPayload;
  /** Joins a group with its code; the join that takes the last seat fills it (every participant gets the bonus). Self-joins, duplicates and shared devices are refused. Idempotent by key. */
  joinGroupBuy: GroupBuyPayload;
  launchCampaign: CampaignPayload;
  login: LoginPayload;
  /** Revokes the session token this request was sent with. */
  logout: LogoutPayload;
  /** Opens a group buy (product, size, deadline); the opener takes seat 1. A new customer may hold points toward the price. Idempotent by key. */
  openGroupBuy: GroupBuyPayload;
  pauseCampaign: CampaignPayload;
  promoteVariant: CampaignPayload;
  recordActivity: RecordActivityPayload;
  /** An integration posts a member event by key (idempotent); tasks over its type advance. */
  recordMemberEvent: RecordMemberEventPayload;
  recordPurchase: RecordPurchasePayload;
  redeemPoints: RedeemPointsPayload;
  refundPurchase: RefundPurchasePayload;
  replayWebhook: ReplayWebhookPayload;
  /** Asks friends to boost a reward (target: its points cost). Idempotent by key. */
  requestBoost: BoostPayload;
  resumeCampaign: CampaignPayload;
  revokeApiKey: ApiKeyPayload;
  saveTiers: SaveTiersPayload;
  updateAlertThresholds: AlertThresholdsPayload;
  updateCampaign: CampaignPayload;
  updateEngagementTask: EngagementTaskPayload;
  updateMember: UpdateMemberPayload;
  updateProgramSettings: UpdateProgramSettingsPayload;
  updateReward: UpdateRewardPayload;
  updateStaffUser: UpdateStaffUserPayload;
  updateWebhookEndpoint: WebhookEndpointPayload;
};


export type MutationAdjustPointsArgs = {
  input: AdjustPointsInput;
};


export type MutationBuyDrawEntriesArgs = {
  input: BuyDrawEntriesInput;
};


export type MutationCancelDrawEntryArgs = {
  input: CancelDrawEntryInput;
};


export type MutationCancelRedemptionArgs = {
  input: CancelRedemptionInput;
};


export type MutationCloseLeaderboardPeriodArgs = {
  input: CloseLeaderboardPeriodInput;
};


export type MutationConfigurePaidExtensionArgs = {
  input: ConfigurePaidExtensionInput;
};


export type MutationContributeToBoostArgs = {
  input: ContributeToBoostInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateEngagementTaskArgs = {
  input: CreateEngagementTaskInput;
};


export type MutationCreateLeaderboardArgs = {
  input: CreateLeaderboardInput;
};


export type MutationCreatePointsDrawArgs = {
  input: CreatePointsDrawInput;
};


export type MutationCreateRewardArgs = {
  input: CreateRewardInput;
};


export type MutationCreateStaffUserArgs = {
  input: CreateStaffUserInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDrawPointsDrawWinnersArgs = {
  input: DrawWinnersInput;
};


export type MutationEndCampaignArgs = {
  input: CampaignIdInput;
};


export type MutationEnrollMemberArgs = {
  input: EnrollMemberInput;
};


export type MutationExpirePointsArgs = {
  input: ExpirePointsInput;
};


export type MutationExtendExpiringPointsArgs = {
  input: ExtendExpiringPointsInput;
};


export type MutationJoinGroupBuyArgs = {
  input: JoinGroupBuyInput;
};


export type MutationLaunchCampaignArgs = {
  input: CampaignIdInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationOpenGroupBuyArgs = {
  input: OpenGroupBuyInput;
};


export type MutationPauseCampaignArgs = {
  input: CampaignIdInput;
};


export type MutationPromoteVariantArgs = {
  input: PromoteVariantInput;
};


export type MutationRecordActivityArgs = {
  input: RecordActivityInput;
};


export type MutationRecordMemberEventArgs = {
  input: RecordMemberEventInput;
};


export type MutationRecordPurchaseArgs = {
  input: RecordPurchaseInput;
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRefundPurchaseArgs = {
  input: RefundPurchaseInput;
};


export type MutationReplayWebhookArgs = {
  input: ReplayWebhookInput;
};


export type MutationRequestBoostArgs = {
  input: RequestBoostInput;
};


export type MutationResumeCampaignArgs = {
  input: CampaignIdInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSaveTiersArgs = {
  input: SaveTiersInput;
};


export type MutationUpdateAlertThresholdsArgs = {
  input: AlertThresholdsInput;
};


export type MutationUpdateCampaignArgs = {
  input: UpdateCampaignInput;
};


export type MutationUpdateEngagementTaskArgs = {
  input: UpdateEngagementTaskInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdateProgramSettingsArgs = {
  input: UpdateProgramSettingsInput;
};


export type MutationUpdateRewardArgs = {
  input: UpdateRewardInput;
};


export type MutationUpdateStaffUserArgs = {
  input: UpdateStaffUserInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  input: UpdateWebhookEndpointInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type OpenGroupBuyInput = {
  deadline: Scalars['DateTime']['input'];
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** idempotency key */
  key: Scalars['String']['input'];
  member: MemberRefInput;
  /** new customers only: points toward the price, held until the group fills */
  pointsTowardPrice?: InputMaybe<Scalars['SafeInt']['input']>;
  priceMinor: Scalars['SafeInt']['input'];
  productId: Scalars['String']['input'];
  productName: Scalars['String']['input'];
  size: Scalars['Int']['input'];
};

export type PacingState =
  | 'EXHAUSTED'
  | 'EXHAUSTS_BEFORE_END'
  | 'NOT_STARTED'
  | 'NO_BUDGET'
  | 'ON_TRACK';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The paid extension of expiring points: what a member pays and what it does. */
export type PaidExtensionTerms = {
  __typename?: 'PaidExtensionTerms';
  active: Scalars['Boolean']['output'];
  /** days the expiry of each extended lot moves */
  extendDays: Scalars['Int']['output'];
  /** the fee, in minor units of the program currency */
  feeMinor: Scalars['SafeInt']['output'];
  /** lots expiring within this many days may be extended */
  windowDays: Scalars['Int']['output'];
};

export type PaidExtensionTermsPayload = {
  __typename?: 'PaidExtensionTermsPayload';
  terms: Maybe<PaidExtensionTerms>;
  userErrors: Array<UserError>;
};

export type PointsBalance = {
  __typename?: 'PointsBalance';
  available: Scalars['SafeInt']['output'];
  expiringWithin30Days: Scalars['SafeInt']['output'];
  lifetimeEarned: Scalars['SafeInt']['output'];
  lifetimeExpired: Scalars['SafeInt']['output'];
  lifetimeRedeemed: Scalars['SafeInt']['output'];
  negative: Scalars['SafeInt']['output'];
  pending: Scalars['SafeInt']['output'];
};

/** A points draw. seedHash is SHA-256(seed), published from creation; seed is revealed once drawn. Winners = core drawWinners(seed, active entries in id order) — see bench/verify-draw.mjs. */
export type PointsDraw = {
  __typename?: 'PointsDraw';
  closesAt: Scalars['DateTime']['output'];
  drawnAt: Maybe<Scalars['DateTime']['output']>;
  /** the active entries in id order, once drawn (what the winners are computed from) */
  entries: Array<DrawEntry>;
  entryCostPoints: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  maxEntriesPerMember: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  opensAt: Scalars['DateTime']['output'];
  phase: DrawPhase;
  prizes: Array<DrawPrize>;
  /** revealed once the winners are drawn */
  seed: Maybe<Scalars['String']['output']>;
  seedHash: Scalars['String']['output'];
  /** empty until drawn */
  winners: Array<DrawWinner>;
};

export type PointsDrawConnection = {
  __typename?: 'PointsDrawConnection';
  edges: Array<PointsDrawEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PointsDrawEdge = {
  __typename?: 'PointsDrawEdge';
  cursor: Scalars['String']['output'];
  node: PointsDraw;
};

export type PointsDrawPayload = {
  __typename?: 'PointsDrawPayload';
  draw: Maybe<PointsDraw>;
  userErrors: Array<UserError>;
};

/** A paid extension: the fee recorded and the lots it extended. */
export type PointsExtension = {
  __typename?: 'PointsExtension';
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  feeMinor: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  lots: Array<LotExtension>;
  pointsExtended: Scalars['SafeInt']['output'];
};

export type PointsLot = {
  __typename?: 'PointsLot';
  availableAt: Scalars['DateTime']['output'];
  earnedAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  points: Scalars['SafeInt']['output'];
  remaining: Scalars['SafeInt']['output'];
  source: PointsSource;
};

export type PointsSource =
  | 'ACTIVITY'
  | 'BOOST'
  | 'CAMPAIGN'
  | 'CHALLENGE'
  | 'DRAW'
  | 'EXPIRY'
  | 'GROUP_BUY'
  | 'LEADERBOARD'
  | 'MANUAL'
  | 'PURCHASE'
  | 'REDEMPTION'
  | 'REDEMPTION_CANCEL'
  | 'REFERRAL'
  | 'REFUND'
  | 'TASK'
  | 'TIER_BONUS'
  | 'WELCOME';

export type ProgramSettings = {
  __typename?: 'ProgramSettings';
  categoryMultipliers: Array<CategoryMultiplier>;
  costToSalesRedLine: Scalars['Float']['output'];
  currency: Scalars['String']['output'];
  monthlyBonusCapPoints: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** the points draw whose entries bonus points over the monthly cap become (null: they are refused) */
  overCapDrawId: Maybe<Scalars['ID']['output']>;
  pendingDays: Scalars['Int']['output'];
  pointsPerCurrencyUnit: Scalars['Int']['output'];
  purchasePointsExpireInDays: Maybe<Scalars['Int']['output']>;
  risk: RiskSettings;
  timezone: Scalars['String']['output'];
};

export type PromoteVariantInput = {
  id: Scalars['ID']['input'];
  variantKey: Scalars['String']['input'];
};

export type Purchase = Node & {
  __typename?: 'Purchase';
  amountMinor: Scalars['SafeInt']['output'];
  entries: Array<LedgerEntry>;
  id: Scalars['ID']['output'];
  member: Member;
  occurredAt: Scalars['DateTime']['output'];
  orderId: Scalars['String']['output'];
  pointsAwarded: Scalars['SafeInt']['output'];
  refundedMinor: Scalars['SafeInt']['output'];
};

export type PurchaseItemInput = {
  amountMinor: Scalars['SafeInt']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  quantity: Scalars['Int']['input'];
  sku: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  alertThresholds: AlertThresholds;
  apiKeys: Array<ApiKey>;
  assignment: Assignment;
  auditLog: AuditEntryConnection;
  auditLogFacets: AuditLogFacets;
  boost: Maybe<Boost>;
  /** Boost requests, newest first. */
  boosts: BoostConnection;
  campaign: Maybe<Campaign>;
  campaignStackingPreview: CampaignStackingPreview;
  campaigns: CampaignConnection;
  costMonitor: CostMonitor;
  /** IFRS 15 deferred revenue of points, by month of the program time zone, for the months of [from, to) */
  deferredRevenue: Array<DeferredRevenueMonth>;
  /** Tasks and challenges, newest first. */
  engagementTasks: EngagementTaskConnection;
  /** A group buy by id or by the code friends join with. */
  groupBuy: Maybe<GroupBuy>;
  /** Group buys, newest first. */
  groupBuys: GroupBuyConnection;
  /** The live standings of the period containing `at` (default now). */
  leaderboardStandings: LeaderboardPeriodStandings;
  leaderboards: LeaderboardConnection;
  member: Maybe<Member>;
  /** The tasks that apply to the member now (or at `at`), with the member's progress in each task's current period. */
  memberTaskProgress: Array<TaskProgress>;
  members: MemberConnection;
  metrics: MetricsReport;
  node: Maybe<Node>;
  paidExtensionTerms: PaidExtensionTerms;
  pointsDraw: Maybe<PointsDraw>;
  /** Points draws, newest first. */
  pointsDraws: PointsDrawConnection;
  programSettings: ProgramSettings;
  /** Completed redemptions in [from, to) by reward and kind, most points first */
  redemptionsByReward: Array<RedemptionsByReward>;
  rewards: Array<Reward>;
  simulateCampaign: CampaignSimulation;
  staffUsers: Array<StaffUser>;
  tiers: Array<Tier>;
  viewer: Maybe<StaffUser>;
  /** The delivery log, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  webhookEndpoints: Array<WebhookEndpoint>;
};


export type QueryAssignmentArgs = {
  campaignId: Scalars['ID']['input'];
  member: MemberRefInput;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBoostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBoostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignStackingPreviewArgs = {
  input: CampaignStackingPreviewInput;
};


export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CampaignStatus>;
};


export type QueryCostMonitorArgs = {
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDeferredRevenueArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryEngagementTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGroupBuyArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGroupBuysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeaderboardStandingsArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  leaderboardId: Scalars['ID']['input'];
};


export type QueryLeaderboardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberArgs = {
  ref: MemberRefInput;
};


export type QueryMemberTaskProgressArgs = {
  at?: InputMaybe<Scalars['DateTime']['input']>;
  member: MemberRefInput;
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetricsArgs = {
  from: Scalars['DateTime']['input'];
  granularity?: InputMaybe<Granularity>;
  to: Scalars['DateTime']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPointsDrawArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPointsDrawsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRedemptionsByRewardArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryRewardsArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QuerySimulateCampaignArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};

export type RecordActivityInput = {
  key: Scalars['String']['input'];
  member: MemberRefInput;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  type: ActivityType;
};

export type RecordActivityPayload = {
  __typename?: 'RecordActivityPayload';
  member: Maybe<Member>;
  pointsAwarded: Maybe<Scalars['SafeInt']['output']>;
  userErrors: Array<UserError>;
};

export type RecordMemberEventInput = {
  /** e.g. { "category": "shoes" } (a task with a category counts only those) */
  attributes?: InputMaybe<Scalars['JSONObject']['input']>;
  /** idempotency key: a retry with it changes nothing */
  key: Scalars['String']['input'];
  member: MemberRefInput;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** an upper-case code: BROWSE_PRODUCT, SHARE_LINK, SIGN_IN, ... */
  type: Scalars['String']['input'];
};

export type RecordMemberEventPayload = {
  __typename?: 'RecordMemberEventPayload';
  event: Maybe<MemberEvent>;
  member: Maybe<Member>;
  /** bonus points the tasks this event completed issued */
  pointsAwarded: Maybe<Scalars['SafeInt']['output']>;
  userErrors: Array<UserError>;
};

export type RecordPurchaseInput = {
  amountMinor: Scalars['SafeInt']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  items?: InputMaybe<Array<PurchaseItemInput>>;
  member: MemberRefInput;
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  orderId: Scalars['String']['input'];
};

export type RecordPurchasePayload = {
  __typename?: 'RecordPurchasePayload';
  member: Maybe<Member>;
  pointsAwarded: Maybe<Scalars['SafeInt']['output']>;
  purchase: Maybe<Purchase>;
  userErrors: Array<UserError>;
};

export type RedeemPointsInput = {
  key: Scalars['String']['input'];
  member: MemberRefInput;
  orderAmountMinor?: InputMaybe<Scalars['SafeInt']['input']>;
  orderId?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['SafeInt']['input']>;
  rewardId?: InputMaybe<Scalars['ID']['input']>;
};

export type RedeemPointsPayload = {
  __typename?: 'RedeemPointsPayload';
  member: Maybe<Member>;
  redemption: Maybe<Redemption>;
  userErrors: Array<UserError>;
};

export type Redemption = Node & {
  __typename?: 'Redemption';
  /** when it was cancelled */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  member: Member;
  orderId: Maybe<Scalars['String']['output']>;
  points: Scalars['SafeInt']['output'];
  reward: Maybe<Reward>;
  status: RedemptionStatus;
  valueMinor: Scalars['SafeInt']['output'];
};

export type RedemptionConnection = {
  __typename?: 'RedemptionConnection';
  edges: Array<RedemptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RedemptionEdge = {
  __typename?: 'RedemptionEdge';
  cursor: Scalars['String']['output'];
  node: Redemption;
};

/** cash offset at checkout (no reward), a catalog reward, or a donation */
export type RedemptionKind =
  | 'CASH_OFFSET'
  | 'CATALOG'
  | 'DONATION';

export type RedemptionStatus =
  | 'CANCELLED'
  | 'COMPLETED';

/** Completed redemptions of one reward (or of cash offsets) in a window */
export type RedemptionsByReward = {
  __typename?: 'RedemptionsByReward';
  /** points × point value */
  costMinor: Scalars['SafeInt']['output'];
  kind: RedemptionKind;
  /** distinct members who redeemed */
  members: Scalars['Int']['output'];
  points: Scalars['SafeInt']['output'];
  redemptions: Scalars['Int']['output'];
  /** null for cash offsets */
  reward: Maybe<Reward>;
  /** the value given (discount, item value, donation) */
  valueMinor: Scalars['SafeInt']['output'];
};

export type RefundPurchaseInput = {
  amountMinor: Scalars['SafeInt']['input'];
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  orderId: Scalars['String']['input'];
  refundId: Scalars['String']['input'];
};

export type RefundPurchasePayload = {
  __typename?: 'RefundPurchasePayload';
  member: Maybe<Member>;
  pointsReversed: Maybe<Scalars['SafeInt']['output']>;
  purchase: Maybe<Purchase>;
  userErrors: Array<UserError>;
};

/** Replay one delivery (deliveryId), or every event since a time to one endpoint (endpointId + since). */
export type ReplayWebhookInput = {
  deliveryId?: InputMaybe<Scalars['ID']['input']>;
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ReplayWebhookPayload = {
  __typename?: 'ReplayWebhookPayload';
  deliveries: Maybe<Array<WebhookDelivery>>;
  userErrors: Array<UserError>;
};

export type RequestBoostInput = {
  deviceId?: InputMaybe<Scalars['String']['input']>;
  /** idempotency key */
  key: Scalars['String']['input'];
  member: MemberRefInput;
  rewardId: Scalars['ID']['input'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type Reward = Node & {
  __typename?: 'Reward';
  active: Scalars['Boolean']['output'];
  cashPriceMinor: Scalars['SafeInt']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  perMemberLimit: Maybe<Scalars['Int']['output']>;
  pointsCost: Scalars['SafeInt']['output'];
  stock: Maybe<Scalars['Int']['output']>;
  type: RewardType;
  valueMinor: Scalars['SafeInt']['output'];
};

export type RewardType =
  | 'DISCOUNT'
  | 'DONATION'
  | 'ITEM';

/** When members are flagged for review (null: that check is off) */
export type RiskSettings = {
  __typename?: 'RiskSettings';
  maxEnrolmentsPerDevice: Maybe<Scalars['Int']['output']>;
  maxEnrolmentsPerIp: Maybe<Scalars['Int']['output']>;
  velocity: Maybe<VelocitySettings>;
};

/** The whole risk-flag rules; a null field turns that check off */
export type RiskSettingsInput = {
  maxEnrolmentsPerDevice?: InputMaybe<Scalars['Int']['input']>;
  maxEnrolmentsPerIp?: InputMaybe<Scalars['Int']['input']>;
  velocity?: InputMaybe<VelocitySettingsInput>;
};

export type Role =
  | 'ADMIN'
  | 'FINANCE'
  | 'INTEGRATION'
  | 'MARKETING'
  | 'STOREFRONT'
  | 'SUPPORT'
  | 'VIEWER';

export type SaveTiersInput = {
  tiers: Array<TierInput>;
};

export type SaveTiersPayload = {
  __typename?: 'SaveTiersPayload';
  tiers: Maybe<Array<Tier>>;
  userErrors: Array<UserError>;
};

export type SimulatedSkip = {
  __typename?: 'SimulatedSkip';
  purchases: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type SimulatedTier = {
  __typename?: 'SimulatedTier';
  members: Scalars['Int']['output'];
  points: Scalars['SafeInt']['output'];
  tierId: Scalars['ID']['output'];
  tierName: Maybe<Scalars['String']['output']>;
};

export type SrmStatus =
  | 'HEALTHY'
  | 'MISMATCH'
  | 'NOT_ENOUGH_DATA';

export type StaffUser = Node & {
  __typename?: 'StaffUser';
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** a disabled user cannot log in; their sessions are revoked */
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Maybe<Scalars['String']['output']>;
  role: Role;
};

/** TASK: daily or weekly goals; CHALLENGE: longer goals (streaks, orders this month) */
export type TaskKind =
  | 'CHALLENGE'
  | 'TASK';

/** EVENT_COUNT: events of eventType; EVENT_STREAK_DAYS: consecutive local days with such an event; PURCHASE_COUNT: orders; PURCHASE_SPEND: spend in minor units (of category items when category is set) */
export type TaskMeasure =
  | 'EVENT_COUNT'
  | 'EVENT_STREAK_DAYS'
  | 'PURCHASE_COUNT'
  | 'PURCHASE_SPEND';

/** Who takes part in a task or challenge, over all its periods. */
export type TaskParticipation = {
  __typename?: 'TaskParticipation';
  /** completions × the task's points: what completions earned before the monthly bonus cap and refunds (the ledger's TASK / CHALLENGE sources hold what was issued) */
  completionPoints: Scalars['SafeInt']['output'];
  /** completions (one per member and period) */
  completions: Scalars['Int']['output'];
  lastCompletedAt: Maybe<Scalars['DateTime']['output']>;
  /** members with any progress */
  members: Scalars['Int']['output'];
  /** members who completed it at least once */
  membersCompleted: Scalars['Int']['output'];
};

/** when progress starts again: each local day, week (Monday first), month, or never inside the window */
export type TaskPeriod =
  | 'DAILY'
  | 'MONTHLY'
  | 'WEEKLY'
  | 'WINDOW';

/** A member's progress on a task in its current period (or the period asked for). */
export type TaskProgress = {
  __typename?: 'TaskProgress';
  completed: Scalars['Boolean']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** the period's key: 2026-12-07, W2026-12-07 (week from Monday), 2026-12, WINDOW */
  periodKey: Scalars['String']['output'];
  target: Scalars['SafeInt']['output'];
  task: EngagementTask;
  /** count, days in a row, or minor units so far */
  value: Scalars['SafeInt']['output'];
};

export type Tier = Node & {
  __typename?: 'Tier';
  birthdayMultiplier: Scalars['Float']['output'];
  earnMultiplier: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  perks: Array<Scalars['String']['output']>;
  qualifyingSpendMinor: Scalars['SafeInt']['output'];
  rank: Scalars['Int']['output'];
};

export type TierInput = {
  birthdayMultiplier?: InputMaybe<Scalars['Float']['input']>;
  earnMultiplier: Scalars['Float']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  perks?: InputMaybe<Array<Scalars['String']['input']>>;
  qualifyingSpendMinor: Scalars['SafeInt']['input'];
  rank: Scalars['Int']['input'];
};

export type TierProgress = {
  __typename?: 'TierProgress';
  current: Tier;
  next: Maybe<Tier>;
  qualifyingSpendMinor: Scalars['SafeInt']['output'];
  retainedUntil: Maybe<Scalars['DateTime']['output']>;
  spendToNextMinor: Maybe<Scalars['SafeInt']['output']>;
};

export type UpdateCampaignInput = {
  audience?: InputMaybe<CampaignAudienceInput>;
  bonusExpiresInDays?: InputMaybe<Scalars['Int']['input']>;
  budgetPoints?: InputMaybe<Scalars['SafeInt']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  effect?: InputMaybe<CampaignEffectInput>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** addition: the window's last day as a local date (YYYY-MM-DD, program time zone), included whole; instead of endsAt */
  endsOn?: InputMaybe<Scalars['String']['input']>;
  holdoutPercent?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  perMemberCapPoints?: InputMaybe<Scalars['SafeInt']['input']>;
  priority?: InputMaybe<Scalars['Int']['input']>;
  schedule?: InputMaybe<CampaignScheduleInput>;
  stackable?: InputMaybe<Scalars['Boolean']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  variants?: InputMaybe<Array<CampaignVariantInput>>;
};

/** Changes to a task; what is left out stays. Its goal (measure, target, period) is fixed once created. */
export type UpdateEngagementTaskInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  audienceTierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateMemberInput = {
  birthday?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** false: staff reviewed the member and clear the flag (and its reasons) */
  flaggedForReview?: InputMaybe<Scalars['Boolean']['input']>;
  member: MemberRefInput;
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MemberStatus>;
};

export type UpdateMemberPayload = {
  __typename?: 'UpdateMemberPayload';
  member: Maybe<Member>;
  userErrors: Array<UserError>;
};

export type UpdateProgramSettingsInput = {
  categoryMultipliers?: InputMaybe<Array<CategoryMultiplierInput>>;
  costToSalesRedLine?: InputMaybe<Scalars['Float']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  monthlyBonusCapPoints?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** bonus points over the monthly cap become entries of this points draw while it is open; null: refused */
  overCapDrawId?: InputMaybe<Scalars['ID']['input']>;
  pendingDays?: InputMaybe<Scalars['Int']['input']>;
  pointsPerCurrencyUnit?: InputMaybe<Scalars['Int']['input']>;
  purchasePointsExpireInDays?: InputMaybe<Scalars['Int']['input']>;
  risk?: InputMaybe<RiskSettingsInput>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProgramSettingsPayload = {
  __typename?: 'UpdateProgramSettingsPayload';
  settings: Maybe<ProgramSettings>;
  userErrors: Array<UserError>;
};

export type UpdateRewardInput = {
  /** false takes the reward out of the catalog */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  cashPriceMinor?: InputMaybe<Scalars['SafeInt']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** null: no limit */
  perMemberLimit?: InputMaybe<Scalars['Int']['input']>;
  pointsCost?: InputMaybe<Scalars['SafeInt']['input']>;
  /** null: unlimited */
  stock?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<RewardType>;
  valueMinor?: InputMaybe<Scalars['SafeInt']['input']>;
};

export type UpdateRewardPayload = {
  __typename?: 'UpdateRewardPayload';
  reward: Maybe<Reward>;
  userErrors: Array<UserError>;
};

export type UpdateStaffUserInput = {
  /** true disables the user and revokes their sessions */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type UpdateStaffUserPayload = {
  __typename?: 'UpdateStaffUserPayload';
  user: Maybe<StaffUser>;
  userErrors: Array<UserError>;
};

export type UpdateWebhookEndpointInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  id: Scalars['ID']['input'];
  /** issue a new signing secret (returned once) */
  rotateSecret?: InputMaybe<Scalars['Boolean']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type VariantResult = {
  __typename?: 'VariantResult';
  /** p-value of the net revenue test after the Holm correction across variants */
  adjustedPValue: Maybe<Scalars['Float']['output']>;
  ciHigh: Maybe<Scalars['Float']['output']>;
  ciLow: Maybe<Scalars['Float']['output']>;
  costMinor: Scalars['SafeInt']['output'];
  /** points cost per unit of incremental revenue */
  costPerIncrementalRevenue: Maybe<Scalars['Float']['output']>;
  cupedCiHigh: Maybe<Scalars['Float']['output']>;
  cupedCiLow: Maybe<Scalars['Float']['output']>;
  cupedPValue: Maybe<Scalars['Float']['output']>;
  /** CUPED (30-day pre-period spend): relative uplift */
  cupedUplift: Maybe<Scalars['Float']['output']>;
  /** members the configured split expects in this arm */
  expectedMembers: Maybe<Scalars['Float']['output']>;
  /** incremental revenue minus the points cost */
  incrementalNetRevenueMinor: Maybe<Scalars['SafeInt']['output']>;
  incrementalRevenueMinor: Maybe<Scalars['SafeInt']['output']>;
  isHoldout: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  members: Scalars['Int']['output'];
  netRevenueCiHigh: Maybe<Scalars['Float']['output']>;
  netRevenueCiLow: Maybe<Scalars['Float']['output']>;
  /** net revenue per member (after points cost) against the holdout, CUPED, absolute */
  netRevenueDifference: Maybe<Scalars['Float']['output']>;
  /** capped revenue per member minus the points cost per member */
  netRevenuePerMember: Scalars['Float']['output'];
  orders: Scalars['Int']['output'];
  pValue: Maybe<Scalars['Float']['output']>;
  pointsCost: Scalars['SafeInt']['output'];
  purchasers: Scalars['Int']['output'];
  /** repurchase rate minus the holdout's (two-proportion z-test) */
  repurchaseDifference: Maybe<Scalars['Float']['output']>;
  repurchasePValue: Maybe<Scalars['Float']['output']>;
  repurchaseRate: Scalars['Float']['output'];
  repurchasers: Scalars['Int']['output'];
  /** revenue per member against the holdout, absolute (minor units) */
  revenueDifference: Maybe<Scalars['Float']['output']>;
  revenueMinor: Scalars['SafeInt']['output'];
  revenuePerMember: Scalars['Float']['output'];
  /** revenue per member before capping */
  revenuePerMemberUncapped: Scalars['Float']['output'];
  roi: Maybe<Scalars['Float']['output']>;
  upliftVsHoldout: Maybe<Scalars['Float']['output']>;
};

/** Earning velocity flag: a day of purchase points above minPoints and multiple x the daily norm */
export type VelocitySettings = {
  __typename?: 'VelocitySettings';
  baselineDays: Scalars['Int']['output'];
  minPoints: Scalars['Int']['output'];
  multiple: Scalars['Float']['output'];
};

export type VelocitySettingsInput = {
  baselineDays: Scalars['Int']['input'];
  minPoints: Scalars['Int']['input'];
  multiple: Scalars['Float']['input'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** the HTTP status the receiver answered */
  status: Maybe<Scalars['Int']['output']>;
};

/** One event to one endpoint: PENDING (waiting or retrying), SUCCEEDED or FAILED (gave up). */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  lastError: Maybe<Scalars['String']['output']>;
  log: Array<WebhookAttempt>;
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  responseStatus: Maybe<Scalars['Int']['output']>;
  status: Scalars['String']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** A receiver of events: each delivery is signed with HMAC-SHA256 using its secret. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** when the dispatcher disabled it (410 Gone, or failing for a whole retry schedule) */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** why the dispatcher disabled it */
  disabledReason: Maybe<Scalars['String']['output']>;
  events: Array<Scalars['String']['output']>;
  /** the first failed attempt since its last success; null while deliveries succeed */
  failingSince: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  endpoint: Maybe<WebhookEndpoint>;
  /** the new signing secret when rotateSecret was asked, shown once */
  secret: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

export type CampaignFieldsFragment = { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } };

export type CampaignPayloadFieldsFragment = { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> };

export type CampaignsQueryVariables = Exact<{
  status?: InputMaybe<CampaignStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'CampaignEdge', cursor: string, node: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } }> } };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null };

export type CampaignResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignResultsQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, key: string, status: CampaignStatus, holdoutPercent: number, results: { __typename?: 'CampaignResults', winner: string | null, missing: Array<string>, additionalMembersNeeded: number | null, srmOk: boolean, srmStatus: SrmStatus, srmPValue: number | null, srmChiSquare: number | null, incrementalRevenueMinor: number | null, incrementalNetRevenueMinor: number | null, pointsCostMinor: number, roi: number | null, revenueCapMinor: number | null, cappedMembers: number, cupedVarianceReduction: number, variants: Array<{ __typename?: 'VariantResult', key: string, isHoldout: boolean, members: number, expectedMembers: number | null, purchasers: number, repurchasers: number, orders: number, revenueMinor: number, pointsCost: number, costMinor: number, repurchaseRate: number, revenuePerMember: number, revenuePerMemberUncapped: number, netRevenuePerMember: number, upliftVsHoldout: number | null, ciLow: number | null, ciHigh: number | null, pValue: number | null, cupedUplift: number | null, cupedCiLow: number | null, cupedCiHigh: number | null, cupedPValue: number | null, netRevenueDifference: number | null, netRevenueCiLow: number | null, netRevenueCiHigh: number | null, adjustedPValue: number | null, repurchaseDifference: number | null, repurchasePValue: number | null, incrementalRevenueMinor: number | null, incrementalNetRevenueMinor: number | null, costPerIncrementalRevenue: number | null, roi: number | null }>, daily: Array<{ __typename?: 'CampaignResultsDay', day: string, arm: string, members: number, cumulativeRevenueMinor: number, revenuePerMemberMinor: number | null }> } } | null };

export type AssignmentQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  member: MemberRefInput;
}>;


export type AssignmentQuery = { __typename?: 'Query', assignment: { __typename?: 'Assignment', variantKey: string | null, inHoldout: boolean, campaign: { __typename?: 'Campaign', id: string, key: string } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type LaunchCampaignMutationVariables = Exact<{
  input: CampaignIdInput;
}>;


export type LaunchCampaignMutation = { __typename?: 'Mutation', launchCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type PauseCampaignMutationVariables = Exact<{
  input: CampaignIdInput;
}>;


export type PauseCampaignMutation = { __typename?: 'Mutation', pauseCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type ResumeCampaignMutationVariables = Exact<{
  input: CampaignIdInput;
}>;


export type ResumeCampaignMutation = { __typename?: 'Mutation', resumeCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type EndCampaignMutationVariables = Exact<{
  input: CampaignIdInput;
}>;


export type EndCampaignMutation = { __typename?: 'Mutation', endCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type PromoteVariantMutationVariables = Exact<{
  input: PromoteVariantInput;
}>;


export type PromoteVariantMutation = { __typename?: 'Mutation', promoteVariant: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, key: string, name: string, description: string | null, status: CampaignStatus, pauseReason: CampaignPauseReason | null, startsAt: string, endsAt: string | null, holdoutPercent: number, budgetPoints: number | null, perMemberCapPoints: number | null, priority: number, stackable: boolean, bonusExpiresInDays: number | null, pointsIssued: number, budgetExhausted: boolean, promotedVariantKey: string | null, createdAt: string, schedule: { __typename?: 'CampaignSchedule', daysOfWeek: Array<Weekday> | null, daysOfMonth: Array<number> | null, startHour: number | null, endHour: number | null } | null, audience: { __typename?: 'CampaignAudience', tierIds: Array<string> | null, newMembersWithinDays: number | null, inactiveForDays: number | null, minBalance: number | null } | null, variants: Array<{ __typename?: 'CampaignVariant', key: string, name: string, weight: number, effect: { __typename?: 'CampaignEffect', type: CampaignEffectType, multiplier: number | null, bonusPoints: number | null, category: string | null, thresholdMinor: number | null, activityType: ActivityType | null } }>, pacing: { __typename?: 'CampaignPacing', pointsIssued: number, budgetLeft: number | null, burnRatePerDay: number, projectedExhaustionAt: string | null, projectedIssuedAtEnd: number | null, state: PacingState } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type SimulateCampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  days?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SimulateCampaignQuery = { __typename?: 'Query', simulateCampaign: { __typename?: 'CampaignSimulation', purchasesReplayed: number, salesMinor: number, pointsIssued: number, costMinor: number, costToSalesAdded: number | null, membersReached: number, budgetExhaustedOn: string | null, byTier: Array<{ __typename?: 'SimulatedTier', tierId: string, tierName: string | null, members: number, points: number }>, skipped: Array<{ __typename?: 'SimulatedSkip', reason: string, purchases: number }> } };

export type CampaignStackingPreviewQueryVariables = Exact<{
  input: CampaignStackingPreviewInput;
}>;


export type CampaignStackingPreviewQuery = { __typename?: 'Query', campaignStackingPreview: { __typename?: 'CampaignStackingPreview', at: string, amountMinor: number, tierId: string, tierName: string, poolCapReached: boolean, programPoints: number, campaignPoints: number, totalPoints: number, campaigns: Array<{ __typename?: 'CampaignStackingRow', campaignId: string | null, name: string, isPreviewed: boolean, priority: number, stackable: boolean, status: CampaignStatus, variantKey: string | null, applies: boolean, points: number, reason: CampaignSkipReason | null, excludedPoints: number, excludedByCampaignId: string | null, excludedByName: string | null, excludedByStackable: boolean | null }> } };

export type PageInfoPartsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type UserErrorPartsFragment = { __typename?: 'UserError', code: string, message: string, field: Array<string> | null };

export type DashboardSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSessionQuery = { __typename?: 'Query', viewer: { __typename?: 'StaffUser', id: string, email: string, name: string | null, role: Role } | null, programSettings: { __typename?: 'ProgramSettings', name: string, currency: string, timezone: string } };

export type StaffLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type StaffLoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string | null, expiresAt: string | null, user: { __typename?: 'StaffUser', id: string, email: string, name: string | null, role: Role } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', ok: boolean, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardMembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
}>;


export type DashboardMembersQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, externalId: string, email: string | null, name: string | null, status: MemberStatus, enrolledAt: string, flaggedForReview: boolean, tier: { __typename?: 'Tier', id: string, name: string }, balance: { __typename?: 'PointsBalance', available: number, pending: number } } }> } };

export type DashboardTierOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardTierOptionsQuery = { __typename?: 'Query', tiers: Array<{ __typename?: 'Tier', id: string, name: string, rank: number }> };

export type DashboardMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardMemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, externalId: string, email: string | null, name: string | null, birthday: string | null, status: MemberStatus, enrolledAt: string, referralCode: string, flaggedForReview: boolean, reviewReasons: Array<string>, referredBy: { __typename?: 'Member', id: string, externalId: string } | null, tier: { __typename?: 'Tier', id: string, name: string }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number, expiringWithin30Days: number, lifetimeEarned: number, lifetimeRedeemed: number, lifetimeExpired: number }, tierProgress: { __typename?: 'TierProgress', qualifyingSpendMinor: number, spendToNextMinor: number | null, retainedUntil: string | null, current: { __typename?: 'Tier', id: string, name: string, qualifyingSpendMinor: number }, next: { __typename?: 'Tier', id: string, name: string, qualifyingSpendMinor: number } | null }, lots: Array<{ __typename?: 'PointsLot', id: string, source: PointsSource, points: number, remaining: number, earnedAt: string, availableAt: string, expiresAt: string | null }> } | null };

export type DashboardMemberLedgerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardMemberLedgerQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, ledger: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'LedgerEntryEdge', node: { __typename?: 'LedgerEntry', id: string, type: LedgerEntryType, source: PointsSource, points: number, balanceAfter: number, occurredAt: string, expiresAt: string | null, orderId: string | null, reason: string | null, campaign: { __typename?: 'Campaign', id: string, name: string } | null } }> } } | null };

export type DashboardMemberRedemptionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardMemberRedemptionsQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, redemptions: { __typename?: 'RedemptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'RedemptionEdge', node: { __typename?: 'Redemption', id: string, points: number, valueMinor: number, orderId: string | null, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, reward: { __typename?: 'Reward', id: string, name: string } | null } }> } } | null };

export type DashboardCancelRedemptionMutationVariables = Exact<{
  input: CancelRedemptionInput;
}>;


export type DashboardCancelRedemptionMutation = { __typename?: 'Mutation', cancelRedemption: { __typename?: 'CancelRedemptionPayload', redemption: { __typename?: 'Redemption', id: string, status: RedemptionStatus } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardAdjustPointsMutationVariables = Exact<{
  input: AdjustPointsInput;
}>;


export type DashboardAdjustPointsMutation = { __typename?: 'Mutation', adjustPoints: { __typename?: 'AdjustPointsPayload', entry: { __typename?: 'LedgerEntry', id: string, points: number, balanceAfter: number } | null, member: { __typename?: 'Member', id: string, balance: { __typename?: 'PointsBalance', available: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardClearReviewFlagMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardClearReviewFlagMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'UpdateMemberPayload', member: { __typename?: 'Member', id: string, flaggedForReview: boolean, reviewReasons: Array<string> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardProgramQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardProgramQuery = { __typename?: 'Query', programSettings: { __typename?: 'ProgramSettings', name: string, currency: string, timezone: string, pointsPerCurrencyUnit: number, purchasePointsExpireInDays: number | null, pendingDays: number, monthlyBonusCapPoints: number | null, costToSalesRedLine: number, categoryMultipliers: Array<{ __typename?: 'CategoryMultiplier', category: string, multiplier: number }>, risk: { __typename?: 'RiskSettings', maxEnrolmentsPerDevice: number | null, maxEnrolmentsPerIp: number | null, velocity: { __typename?: 'VelocitySettings', baselineDays: number, minPoints: number, multiple: number } | null } }, tiers: Array<{ __typename?: 'Tier', id: string, name: string, rank: number, qualifyingSpendMinor: number, earnMultiplier: number, birthdayMultiplier: number, perks: Array<string>, memberCount: number }> };

export type DashboardSaveTiersMutationVariables = Exact<{
  input: SaveTiersInput;
}>;


export type DashboardSaveTiersMutation = { __typename?: 'Mutation', saveTiers: { __typename?: 'SaveTiersPayload', tiers: Array<{ __typename?: 'Tier', id: string }> | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardUpdateProgramSettingsMutationVariables = Exact<{
  input: UpdateProgramSettingsInput;
}>;


export type DashboardUpdateProgramSettingsMutation = { __typename?: 'Mutation', updateProgramSettings: { __typename?: 'UpdateProgramSettingsPayload', settings: { __typename?: 'ProgramSettings', name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardRewardsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRewardsQuery = { __typename?: 'Query', rewards: Array<{ __typename?: 'Reward', id: string, name: string, type: RewardType, pointsCost: number, cashPriceMinor: number, valueMinor: number, stock: number | null, perMemberLimit: number | null, active: boolean }> };

export type DashboardUpdateRewardMutationVariables = Exact<{
  input: UpdateRewardInput;
}>;


export type DashboardUpdateRewardMutation = { __typename?: 'Mutation', updateReward: { __typename?: 'UpdateRewardPayload', reward: { __typename?: 'Reward', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardCreateRewardMutationVariables = Exact<{
  input: CreateRewardInput;
}>;


export type DashboardCreateRewardMutation = { __typename?: 'Mutation', createReward: { __typename?: 'CreateRewardPayload', reward: { __typename?: 'Reward', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardAuditLogFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAuditLogFacetsQuery = { __typename?: 'Query', auditLogFacets: { __typename?: 'AuditLogFacets', actors: Array<string>, actions: Array<string> } };

export type DashboardAuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type DashboardAuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, at: string, actor: string, action: string, target: string, before: string | null, after: string | null } }> } };

export type DashboardWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardWebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: Array<{ __typename?: 'WebhookEndpoint', id: string, url: string, description: string | null, events: Array<string>, active: boolean, createdAt: string }> };

export type DashboardWebhookDeliveriesQueryVariables = Exact<{
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type DashboardWebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, endpointId: string, eventId: string, eventType: string, status: string, attempts: number, createdAt: string, deliveredAt: string | null, lastAttemptAt: string | null, nextAttemptAt: string | null, lastError: string | null, responseStatus: number | null } }> } };

export type DashboardCreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type DashboardCreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'CreateWebhookEndpointPayload', secret: string | null, endpoint: { __typename?: 'WebhookEndpoint', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardUpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type DashboardUpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpointPayload', secret: string | null, endpoint: { __typename?: 'WebhookEndpoint', id: string, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardReplayWebhookMutationVariables = Exact<{
  input: ReplayWebhookInput;
}>;


export type DashboardReplayWebhookMutation = { __typename?: 'Mutation', replayWebhook: { __typename?: 'ReplayWebhookPayload', deliveries: Array<{ __typename?: 'WebhookDelivery', id: string }> | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAccessQuery = { __typename?: 'Query', staffUsers: Array<{ __typename?: 'StaffUser', id: string, email: string, name: string | null, role: Role, disabled: boolean, createdAt: string | null }>, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, role: Role, createdAt: string, createdBy: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type DashboardCreateStaffUserMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type DashboardCreateStaffUserMutation = { __typename?: 'Mutation', createStaffUser: { __typename?: 'CreateStaffUserPayload', user: { __typename?: 'StaffUser', id: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardUpdateStaffUserMutationVariables = Exact<{
  input: UpdateStaffUserInput;
}>;


export type DashboardUpdateStaffUserMutation = { __typename?: 'Mutation', updateStaffUser: { __typename?: 'UpdateStaffUserPayload', user: { __typename?: 'StaffUser', id: string, role: Role, disabled: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type DashboardCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', key: string | null, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardRevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardRevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, revokedAt: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DashboardOverviewQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  withMetrics: Scalars['Boolean']['input'];
}>;


export type DashboardOverviewQuery = { __typename?: 'Query', programSettings: { __typename?: 'ProgramSettings', name: string, currency: string, timezone: string, pointsPerCurrencyUnit: number, purchasePointsExpireInDays: number | null }, tiers: Array<{ __typename?: 'Tier', id: string, name: string, rank: number, qualifyingSpendMinor: number, earnMultiplier: number, memberCount: number }>, flagged: { __typename?: 'MemberConnection', totalCount: number }, everyone: { __typename?: 'MemberConnection', totalCount: number }, campaigns: { __typename?: 'CampaignConnection', totalCount: number, edges: Array<{ __typename?: 'CampaignEdge', node: { __typename?: 'Campaign', id: string, name: string, pointsIssued: number, budgetPoints: number | null, endsAt: string | null, pacing: { __typename?: 'CampaignPacing', state: PacingState, projectedExhaustionAt: string | null } } }> }, costMonitor?: { __typename?: 'CostMonitor', costToSalesRatio: number | null, redLine: number, warningLevel: number, status: CostStatus, outstandingPoints: number, liabilityMinor: number, alerts: Array<{ __typename?: 'Alert', id: string, kind: AlertKind, message: string, raisedAt: string, resolvedAt: string | null }> }, metrics?: { __typename?: 'MetricsReport', series: Array<{ __typename?: 'MetricsPoint', periodStart: string, activeMembers: number, outstandingPoints: number, liabilityMinor: number, costToSalesRatio: number | null }> } };

export type EngagementTaskFieldsFragment = { __typename?: 'EngagementTask', id: string, name: string, description: string | null, kind: TaskKind, period: TaskPeriod, measure: TaskMeasure, eventType: string | null, category: string | null, target: number, points: number, startsAt: string, endsAt: string, audienceTierIds: Array<string>, active: boolean, createdAt: string, participation: { __typename?: 'TaskParticipation', members: number, membersCompleted: number, completions: number, completionPoints: number, lastCompletedAt: string | null } };

export type EngagementTasksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type EngagementTasksQuery = { __typename?: 'Query', engagementTasks: { __typename?: 'EngagementTaskConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'EngagementTaskEdge', cursor: string, node: { __typename?: 'EngagementTask', id: string, name: string, description: string | null, kind: TaskKind, period: TaskPeriod, measure: TaskMeasure, eventType: string | null, category: string | null, target: number, points: number, startsAt: string, endsAt: string, audienceTierIds: Array<string>, active: boolean, createdAt: string, participation: { __typename?: 'TaskParticipation', members: number, membersCompleted: number, completions: number, completionPoints: number, lastCompletedAt: string | null } } }> } };

export type CreateEngagementTaskMutationVariables = Exact<{
  input: CreateEngagementTaskInput;
}>;


export type CreateEngagementTaskMutation = { __typename?: 'Mutation', createEngagementTask: { __typename?: 'EngagementTaskPayload', task: { __typename?: 'EngagementTask', id: string, name: string, description: string | null, kind: TaskKind, period: TaskPeriod, measure: TaskMeasure, eventType: string | null, category: string | null, target: number, points: number, startsAt: string, endsAt: string, audienceTierIds: Array<string>, active: boolean, createdAt: string, participation: { __typename?: 'TaskParticipation', members: number, membersCompleted: number, completions: number, completionPoints: number, lastCompletedAt: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type UpdateEngagementTaskMutationVariables = Exact<{
  input: UpdateEngagementTaskInput;
}>;


export type UpdateEngagementTaskMutation = { __typename?: 'Mutation', updateEngagementTask: { __typename?: 'EngagementTaskPayload', task: { __typename?: 'EngagementTask', id: string, name: string, description: string | null, kind: TaskKind, period: TaskPeriod, measure: TaskMeasure, eventType: string | null, category: string | null, target: number, points: number, startsAt: string, endsAt: string, audienceTierIds: Array<string>, active: boolean, createdAt: string, participation: { __typename?: 'TaskParticipation', members: number, membersCompleted: number, completions: number, completionPoints: number, lastCompletedAt: string | null } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type LeaderboardFieldsFragment = { __typename?: 'Leaderboard', id: string, name: string, period: string, topN: number, prizePoints: Array<number>, active: boolean };

export type LeaderboardsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeaderboardsQuery = { __typename?: 'Query', leaderboards: { __typename?: 'LeaderboardConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'LeaderboardEdge', cursor: string, node: { __typename?: 'Leaderboard', id: string, name: string, period: string, topN: number, prizePoints: Array<number>, active: boolean } }> } };

export type LeaderboardPeriodFieldsFragment = { __typename?: 'LeaderboardPeriodStandings', periodKey: string, startsAt: string, endsAt: string, closed: boolean, leaderboard: { __typename?: 'Leaderboard', id: string, name: string, period: string, topN: number, prizePoints: Array<number>, active: boolean }, standings: Array<{ __typename?: 'LeaderboardStanding', rank: number, memberId: string | null, displayName: string, points: number, prizePoints: number | null }> };

export type LeaderboardStandingsQueryVariables = Exact<{
  leaderboardId: Scalars['ID']['input'];
  at?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type LeaderboardStandingsQuery = { __typename?: 'Query', leaderboardStandings: { __typename?: 'LeaderboardPeriodStandings', periodKey: string, startsAt: string, endsAt: string, closed: boolean, leaderboard: { __typename?: 'Leaderboard', id: string, name: string, period: string, topN: number, prizePoints: Array<number>, active: boolean }, standings: Array<{ __typename?: 'LeaderboardStanding', rank: number, memberId: string | null, displayName: string, points: number, prizePoints: number | null }> } };

export type CreateLeaderboardMutationVariables = Exact<{
  input: CreateLeaderboardInput;
}>;


export type CreateLeaderboardMutation = { __typename?: 'Mutation', createLeaderboard: { __typename?: 'LeaderboardPayload', leaderboard: { __typename?: 'Leaderboard', id: string, name: string, period: string, topN: number, prizePoints: Array<number>, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type CloseLeaderboardPeriodMutationVariables = Exact<{
  input: CloseLeaderboardPeriodInput;
}>;


export type CloseLeaderboardPeriodMutation = { __typename?: 'Mutation', closeLeaderboardPeriod: { __typename?: 'CloseLeaderboardPeriodPayload', period: { __typename?: 'LeaderboardPeriodStandings', periodKey: string, startsAt: string, endsAt: string, closed: boolean, leaderboard: { __typename?: 'Leaderboard', id: string, name: string, period: string, topN: number, prizePoints: Array<number>, active: boolean }, standings: Array<{ __typename?: 'LeaderboardStanding', rank: number, memberId: string | null, displayName: string, points: number, prizePoints: number | null }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type PointsDrawFieldsFragment = { __typename?: 'PointsDraw', id: string, name: string, entryCostPoints: number, maxEntriesPerMember: number | null, opensAt: string, closesAt: string, phase: DrawPhase, seedHash: string, seed: string | null, drawnAt: string | null, prizes: Array<{ __typename?: 'DrawPrize', id: string, position: number, name: string, stock: number }>, winners: Array<{ __typename?: 'DrawWinner', position: number, prizeId: string, ticket: string, memberId: string }> };

export type PointsDrawsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type PointsDrawsQuery = { __typename?: 'Query', pointsDraws: { __typename?: 'PointsDrawConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'PointsDrawEdge', cursor: string, node: { __typename?: 'PointsDraw', id: string, name: string, entryCostPoints: number, maxEntriesPerMember: number | null, opensAt: string, closesAt: string, phase: DrawPhase, seedHash: string, seed: string | null, drawnAt: string | null, prizes: Array<{ __typename?: 'DrawPrize', id: string, position: number, name: string, stock: number }>, winners: Array<{ __typename?: 'DrawWinner', position: number, prizeId: string, ticket: string, memberId: string }> } }> } };

export type PointsDrawQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointsDrawQuery = { __typename?: 'Query', pointsDraw: { __typename?: 'PointsDraw', id: string, name: string, entryCostPoints: number, maxEntriesPerMember: number | null, opensAt: string, closesAt: string, phase: DrawPhase, seedHash: string, seed: string | null, drawnAt: string | null, entries: Array<{ __typename?: 'DrawEntry', id: string, memberId: string, count: number, points: number, createdAt: string }>, prizes: Array<{ __typename?: 'DrawPrize', id: string, position: number, name: string, stock: number }>, winners: Array<{ __typename?: 'DrawWinner', position: number, prizeId: string, ticket: string, memberId: string }> } | null };

export type CreatePointsDrawMutationVariables = Exact<{
  input: CreatePointsDrawInput;
}>;


export type CreatePointsDrawMutation = { __typename?: 'Mutation', createPointsDraw: { __typename?: 'PointsDrawPayload', draw: { __typename?: 'PointsDraw', id: string, name: string, entryCostPoints: number, maxEntriesPerMember: number | null, opensAt: string, closesAt: string, phase: DrawPhase, seedHash: string, seed: string | null, drawnAt: string | null, prizes: Array<{ __typename?: 'DrawPrize', id: string, position: number, name: string, stock: number }>, winners: Array<{ __typename?: 'DrawWinner', position: number, prizeId: string, ticket: string, memberId: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type DrawPointsDrawWinnersMutationVariables = Exact<{
  input: DrawWinnersInput;
}>;


export type DrawPointsDrawWinnersMutation = { __typename?: 'Mutation', drawPointsDrawWinners: { __typename?: 'PointsDrawPayload', draw: { __typename?: 'PointsDraw', id: string, name: string, entryCostPoints: number, maxEntriesPerMember: number | null, opensAt: string, closesAt: string, phase: DrawPhase, seedHash: string, seed: string | null, drawnAt: string | null, prizes: Array<{ __typename?: 'DrawPrize', id: string, position: number, name: string, stock: number }>, winners: Array<{ __typename?: 'DrawWinner', position: number, prizeId: string, ticket: string, memberId: string }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type EngagementIssuedQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type EngagementIssuedQuery = { __typename?: 'Query', metrics: { __typename?: 'MetricsReport', totals: { __typename?: 'MetricsPoint', pointsIssued: number, pointsReversed: number, activeMembers: number, costMinor: number, issuedBySource: Array<{ __typename?: 'IssuedBySource', source: PointsSource, points: number }> } } };

export type MemberPartsFragment = { __typename?: 'Member', id: string, externalId: string, email: string | null, name: string | null, birthday: string | null, status: MemberStatus, enrolledAt: string, referralCode: string, referredBy: { __typename?: 'Member', id: string, externalId: string } | null, tier: { __typename?: 'Tier', id: string, name: string, rank: number }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number, expiringWithin30Days: number, lifetimeEarned: number, lifetimeRedeemed: number, lifetimeExpired: number } };

export type MemberQueryVariables = Exact<{
  ref: MemberRefInput;
}>;


export type MemberQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, externalId: string, email: string | null, name: string | null, birthday: string | null, status: MemberStatus, enrolledAt: string, referralCode: string, tierProgress: { __typename?: 'TierProgress', qualifyingSpendMinor: number, spendToNextMinor: number | null, retainedUntil: string | null, current: { __typename?: 'Tier', name: string }, next: { __typename?: 'Tier', name: string } | null }, lots: Array<{ __typename?: 'PointsLot', id: string, source: PointsSource, points: number, remaining: number, earnedAt: string, availableAt: string, expiresAt: string | null }>, referredBy: { __typename?: 'Member', id: string, externalId: string } | null, tier: { __typename?: 'Tier', id: string, name: string, rank: number }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number, expiringWithin30Days: number, lifetimeEarned: number, lifetimeRedeemed: number, lifetimeExpired: number } } | null };

export type MemberLedgerQueryVariables = Exact<{
  ref: MemberRefInput;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberLedgerQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, ledger: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'LedgerEntryEdge', cursor: string, node: { __typename?: 'LedgerEntry', id: string, type: LedgerEntryType, source: PointsSource, points: number, balanceAfter: number, occurredAt: string, expiresAt: string | null, orderId: string | null, reason: string | null } }> } } | null };

export type MembersPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  ledgerFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MembersPageQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, externalId: string, tier: { __typename?: 'Tier', name: string }, tierProgress: { __typename?: 'TierProgress', qualifyingSpendMinor: number, spendToNextMinor: number | null, next: { __typename?: 'Tier', name: string } | null }, balance: { __typename?: 'PointsBalance', available: number, pending: number }, ledger: { __typename?: 'LedgerEntryConnection', edges: Array<{ __typename?: 'LedgerEntryEdge', node: { __typename?: 'LedgerEntry', id: string, points: number } }> } } }> } };

export type EnrollMemberMutationVariables = Exact<{
  input: EnrollMemberInput;
}>;


export type EnrollMemberMutation = { __typename?: 'Mutation', enrollMember: { __typename?: 'EnrollMemberPayload', member: { __typename?: 'Member', id: string, externalId: string, email: string | null, name: string | null, birthday: string | null, status: MemberStatus, enrolledAt: string, referralCode: string, referredBy: { __typename?: 'Member', id: string, externalId: string } | null, tier: { __typename?: 'Tier', id: string, name: string, rank: number }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number, expiringWithin30Days: number, lifetimeEarned: number, lifetimeRedeemed: number, lifetimeExpired: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'UpdateMemberPayload', member: { __typename?: 'Member', id: string, externalId: string, email: string | null, name: string | null, birthday: string | null, status: MemberStatus, enrolledAt: string, referralCode: string, referredBy: { __typename?: 'Member', id: string, externalId: string } | null, tier: { __typename?: 'Tier', id: string, name: string, rank: number }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number, expiringWithin30Days: number, lifetimeEarned: number, lifetimeRedeemed: number, lifetimeExpired: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type MetricsPointFieldsFragment = { __typename?: 'MetricsPoint', periodStart: string, salesMinor: number, orders: number, activeMembers: number, pointsIssued: number, pointsRedeemed: number, pointsExpired: number, pointsReversed: number, outstandingPoints: number, costMinor: number, costToSalesRatio: number | null, liabilityMinor: number, issuedBySource: Array<{ __typename?: 'IssuedBySource', source: PointsSource, points: number }> };

export type MetricsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  granularity?: InputMaybe<Granularity>;
}>;


export type MetricsQuery = { __typename?: 'Query', metrics: { __typename?: 'MetricsReport', from: string, to: string, granularity: Granularity, totals: { __typename?: 'MetricsPoint', periodStart: string, salesMinor: number, orders: number, activeMembers: number, pointsIssued: number, pointsRedeemed: number, pointsExpired: number, pointsReversed: number, outstandingPoints: number, costMinor: number, costToSalesRatio: number | null, liabilityMinor: number, issuedBySource: Array<{ __typename?: 'IssuedBySource', source: PointsSource, points: number }> }, series: Array<{ __typename?: 'MetricsPoint', periodStart: string, salesMinor: number, orders: number, activeMembers: number, pointsIssued: number, pointsRedeemed: number, pointsExpired: number, pointsReversed: number, outstandingPoints: number, costMinor: number, costToSalesRatio: number | null, liabilityMinor: number, issuedBySource: Array<{ __typename?: 'IssuedBySource', source: PointsSource, points: number }> }> } };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, kind: AlertKind, message: string, value: number, threshold: number, raisedAt: string, resolvedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string } | null };

export type CostMonitorQueryVariables = Exact<{
  windowDays?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CostMonitorQuery = { __typename?: 'Query', costMonitor: { __typename?: 'CostMonitor', windowDays: number, salesMinor: number, costMinor: number, costToSalesRatio: number | null, redLine: number, warningLevel: number, status: CostStatus, outstandingPoints: number, liabilityMinor: number, breakageRate: number | null, redemptionRate: number | null, flowRatio: number | null, accumulationRatio: number | null, forecast: Array<{ __typename?: 'ForecastPoint', date: string, liabilityMinor: number }>, alerts: Array<{ __typename?: 'Alert', id: string, kind: AlertKind, message: string, value: number, threshold: number, raisedAt: string, resolvedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string } | null }> } };

export type AlertThresholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertThresholdsQuery = { __typename?: 'Query', alertThresholds: { __typename?: 'AlertThresholds', costToSalesRedLine: number, warningFraction: number, maxDailyIssuedPoints: number | null, minFlowRatio: number | null, maxAccumulationRatio: number | null } };

export type UpdateAlertThresholdsMutationVariables = Exact<{
  input: AlertThresholdsInput;
}>;


export type UpdateAlertThresholdsMutation = { __typename?: 'Mutation', updateAlertThresholds: { __typename?: 'AlertThresholdsPayload', thresholds: { __typename?: 'AlertThresholds', costToSalesRedLine: number, warningFraction: number, maxDailyIssuedPoints: number | null, minFlowRatio: number | null, maxAccumulationRatio: number | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type RedemptionsByRewardQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type RedemptionsByRewardQuery = { __typename?: 'Query', redemptionsByReward: Array<{ __typename?: 'RedemptionsByReward', kind: RedemptionKind, redemptions: number, members: number, points: number, costMinor: number, valueMinor: number, reward: { __typename?: 'Reward', id: string, name: string, type: RewardType } | null }> };

export type DeferredRevenueQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
}>;


export type DeferredRevenueQuery = { __typename?: 'Query', deferredRevenue: Array<{ __typename?: 'DeferredRevenueMonth', monthStart: string, salesMinor: number, pointsWithSales: number, pointsRedeemed: number, allocatedMinor: number, recognisedMinor: number, deferredMinor: number }> };

export type RecordPurchaseMutationVariables = Exact<{
  input: RecordPurchaseInput;
}>;


export type RecordPurchaseMutation = { __typename?: 'Mutation', recordPurchase: { __typename?: 'RecordPurchasePayload', pointsAwarded: number | null, purchase: { __typename?: 'Purchase', id: string, orderId: string, amountMinor: number, refundedMinor: number, pointsAwarded: number, entries: Array<{ __typename?: 'LedgerEntry', type: LedgerEntryType, source: PointsSource, points: number, reason: string | null, expiresAt: string | null }> } | null, member: { __typename?: 'Member', id: string, tier: { __typename?: 'Tier', name: string }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type RefundPurchaseMutationVariables = Exact<{
  input: RefundPurchaseInput;
}>;


export type RefundPurchaseMutation = { __typename?: 'Mutation', refundPurchase: { __typename?: 'RefundPurchasePayload', pointsReversed: number | null, purchase: { __typename?: 'Purchase', orderId: string, refundedMinor: number } | null, member: { __typename?: 'Member', id: string, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type RecordActivityMutationVariables = Exact<{
  input: RecordActivityInput;
}>;


export type RecordActivityMutation = { __typename?: 'Mutation', recordActivity: { __typename?: 'RecordActivityPayload', pointsAwarded: number | null, member: { __typename?: 'Member', id: string, balance: { __typename?: 'PointsBalance', available: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type RedeemPointsMutationVariables = Exact<{
  input: RedeemPointsInput;
}>;


export type RedeemPointsMutation = { __typename?: 'Mutation', redeemPoints: { __typename?: 'RedeemPointsPayload', redemption: { __typename?: 'Redemption', id: string, points: number, valueMinor: number, status: RedemptionStatus, reward: { __typename?: 'Reward', id: string, name: string } | null } | null, member: { __typename?: 'Member', id: string, balance: { __typename?: 'PointsBalance', available: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type CancelRedemptionMutationVariables = Exact<{
  input: CancelRedemptionInput;
}>;


export type CancelRedemptionMutation = { __typename?: 'Mutation', cancelRedemption: { __typename?: 'CancelRedemptionPayload', redemption: { __typename?: 'Redemption', id: string, status: RedemptionStatus } | null, member: { __typename?: 'Member', id: string, balance: { __typename?: 'PointsBalance', available: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type AdjustPointsMutationVariables = Exact<{
  input: AdjustPointsInput;
}>;


export type AdjustPointsMutation = { __typename?: 'Mutation', adjustPoints: { __typename?: 'AdjustPointsPayload', entry: { __typename?: 'LedgerEntry', id: string, type: LedgerEntryType, source: PointsSource, points: number, reason: string | null } | null, member: { __typename?: 'Member', id: string, balance: { __typename?: 'PointsBalance', available: number, negative: number } } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type ExpirePointsMutationVariables = Exact<{
  input: ExpirePointsInput;
}>;


export type ExpirePointsMutation = { __typename?: 'Mutation', expirePoints: { __typename?: 'ExpirePointsPayload', pointsExpired: number, membersAffected: number } };

export type ProgramQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramQuery = { __typename?: 'Query', programSettings: { __typename?: 'ProgramSettings', name: string, currency: string, timezone: string, pointsPerCurrencyUnit: number, purchasePointsExpireInDays: number | null, pendingDays: number, monthlyBonusCapPoints: number | null, costToSalesRedLine: number, categoryMultipliers: Array<{ __typename?: 'CategoryMultiplier', category: string, multiplier: number }> }, tiers: Array<{ __typename?: 'Tier', id: string, name: string, rank: number, qualifyingSpendMinor: number, earnMultiplier: number, birthdayMultiplier: number, perks: Array<string>, memberCount: number }> };

export type RewardsQueryVariables = Exact<{
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type RewardsQuery = { __typename?: 'Query', rewards: Array<{ __typename?: 'Reward', id: string, name: string, type: RewardType, pointsCost: number, cashPriceMinor: number, valueMinor: number, stock: number | null, perMemberLimit: number | null, active: boolean }> };

export type AuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditEntryEdge', node: { __typename?: 'AuditEntry', id: string, actor: string, action: string, target: string, before: string | null, after: string | null, at: string } }> } };

export type UpdateProgramSettingsMutationVariables = Exact<{
  input: UpdateProgramSettingsInput;
}>;


export type UpdateProgramSettingsMutation = { __typename?: 'Mutation', updateProgramSettings: { __typename?: 'UpdateProgramSettingsPayload', settings: { __typename?: 'ProgramSettings', name: string, currency: string, timezone: string, pendingDays: number, monthlyBonusCapPoints: number | null, costToSalesRedLine: number, categoryMultipliers: Array<{ __typename?: 'CategoryMultiplier', category: string, multiplier: number }> } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type SaveTiersMutationVariables = Exact<{
  input: SaveTiersInput;
}>;


export type SaveTiersMutation = { __typename?: 'Mutation', saveTiers: { __typename?: 'SaveTiersPayload', tiers: Array<{ __typename?: 'Tier', id: string, name: string, rank: number, qualifyingSpendMinor: number, earnMultiplier: number, birthdayMultiplier: number }> | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type CreateRewardMutationVariables = Exact<{
  input: CreateRewardInput;
}>;


export type CreateRewardMutation = { __typename?: 'Mutation', createReward: { __typename?: 'CreateRewardPayload', reward: { __typename?: 'Reward', id: string, name: string, pointsCost: number, stock: number | null, perMemberLimit: number | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type UpdateRewardMutationVariables = Exact<{
  input: UpdateRewardInput;
}>;


export type UpdateRewardMutation = { __typename?: 'Mutation', updateReward: { __typename?: 'UpdateRewardPayload', reward: { __typename?: 'Reward', id: string, name: string, type: RewardType, pointsCost: number, cashPriceMinor: number, valueMinor: number, stock: number | null, perMemberLimit: number | null, active: boolean } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string, field: Array<string> | null }> } };

export type AuditLogFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogFacetsQuery = { __typename?: 'Query', auditLogFacets: { __typename?: 'AuditLogFacets', actors: Array<string>, actions: Array<string> } };

export type MemberRedemptionsQueryVariables = Exact<{
  ref: MemberRefInput;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberRedemptionsQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, redemptions: { __typename?: 'RedemptionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RedemptionEdge', node: { __typename?: 'Redemption', id: string, points: number, valueMinor: number, orderId: string | null, status: RedemptionStatus, createdAt: string, cancelledAt: string | null, reward: { __typename?: 'Reward', id: string, name: string } | null } }> } } | null };

export type GroupBuyFieldsFragment = { __typename?: 'GroupBuy', id: string, code: string, openerId: string, productId: string, productName: string, priceMinor: number, size: number, deadline: string, status: string, bonusPoints: number, createdAt: string, closedAt: string | null, participants: Array<{ __typename?: 'GroupBuyParticipant', id: string, memberId: string, seat: number, newCustomer: boolean, pointsHeld: number, holdStatus: string, bonusAwarded: number, createdAt: string, member: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null }> };

export type GroupBuysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type GroupBuysQuery = { __typename?: 'Query', groupBuys: { __typename?: 'GroupBuyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'GroupBuyEdge', cursor: string, node: { __typename?: 'GroupBuy', id: string, code: string, openerId: string, productId: string, productName: string, priceMinor: number, size: number, deadline: string, status: string, bonusPoints: number, createdAt: string, closedAt: string | null, participants: Array<{ __typename?: 'GroupBuyParticipant', id: string, memberId: string, seat: number, newCustomer: boolean, pointsHeld: number, holdStatus: string, bonusAwarded: number, createdAt: string, member: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null }> } }> } };

export type GroupBuyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GroupBuyQuery = { __typename?: 'Query', groupBuy: { __typename?: 'GroupBuy', id: string, code: string, openerId: string, productId: string, productName: string, priceMinor: number, size: number, deadline: string, status: string, bonusPoints: number, createdAt: string, closedAt: string | null, participants: Array<{ __typename?: 'GroupBuyParticipant', id: string, memberId: string, seat: number, newCustomer: boolean, pointsHeld: number, holdStatus: string, bonusAwarded: number, createdAt: string, member: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null }> } | null };

export type BoostFieldsFragment = { __typename?: 'Boost', id: string, requesterId: string, rewardId: string, targetPoints: number, collectedPoints: number, status: string, expiresAt: string, redemptionId: string | null, createdAt: string, requester: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null, contributions: Array<{ __typename?: 'BoostContribution', id: string, memberId: string, points: number, status: string, createdAt: string, member: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null }> };

export type BoostsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type BoostsQuery = { __typename?: 'Query', boosts: { __typename?: 'BoostConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ __typename?: 'BoostEdge', cursor: string, node: { __typename?: 'Boost', id: string, requesterId: string, rewardId: string, targetPoints: number, collectedPoints: number, status: string, expiresAt: string, redemptionId: string | null, createdAt: string, requester: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null, contributions: Array<{ __typename?: 'BoostContribution', id: string, memberId: string, points: number, status: string, createdAt: string, member: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null }> } }> } };

export type BoostQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BoostQuery = { __typename?: 'Query', boost: { __typename?: 'Boost', id: string, requesterId: string, rewardId: string, targetPoints: number, collectedPoints: number, status: string, expiresAt: string, redemptionId: string | null, createdAt: string, requester: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null, contributions: Array<{ __typename?: 'BoostContribution', id: string, memberId: string, points: number, status: string, createdAt: string, member: { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null } | null }> } | null };

export type SocialMemberFieldsFragment = { __typename?: 'Member', id: string, externalId: string, name: string | null, email: string | null };

export type MemberStatementQueryVariables = Exact<{
  ref: MemberRefInput;
  ledgerFirst?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberStatementQuery = { __typename?: 'Query', member: { __typename?: 'Member', id: string, externalId: string, referralCode: string, referredBy: { __typename?: 'Member', id: string, externalId: string } | null, tier: { __typename?: 'Tier', name: string }, tierProgress: { __typename?: 'TierProgress', qualifyingSpendMinor: number, spendToNextMinor: number | null, retainedUntil: string | null, current: { __typename?: 'Tier', name: string }, next: { __typename?: 'Tier', name: string } | null }, balance: { __typename?: 'PointsBalance', available: number, pending: number, negative: number, expiringWithin30Days: number, lifetimeEarned: number, lifetimeRedeemed: number, lifetimeExpired: number }, lots: Array<{ __typename?: 'PointsLot', id: string, source: PointsSource, points: number, remaining: number, earnedAt: string, availableAt: string, expiresAt: string | null }>, ledger: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges: Array<{ __typename?: 'LedgerEntryEdge', node: { __typename?: 'LedgerEntry', id: string, type: LedgerEntryType, source: PointsSource, reason: string | null, points: number, balanceAfter: number, occurredAt: string, expiresAt: string | null, orderId: string | null } }> } } | null };

export const CampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CampaignFieldsFragment, unknown>;
export const CampaignPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CampaignPayloadFieldsFragment, unknown>;
export const PageInfoPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoPartsFragment, unknown>;
export const UserErrorPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UserErrorPartsFragment, unknown>;
export const EngagementTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTierIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"membersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"completionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedAt"}}]}}]}}]} as unknown as DocumentNode<EngagementTaskFieldsFragment, unknown>;
export const LeaderboardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leaderboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<LeaderboardFieldsFragment, unknown>;
export const LeaderboardPeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardPeriodStandings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"standings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leaderboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<LeaderboardPeriodFieldsFragment, unknown>;
export const PointsDrawFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entryCostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntriesPerMember"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prizeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<PointsDrawFieldsFragment, unknown>;
export const MemberPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeExpired"}}]}}]}}]} as unknown as DocumentNode<MemberPartsFragment, unknown>;
export const MetricsPointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesMinor"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsExpired"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReversed"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRatio"}},{"kind":"Field","name":{"kind":"Name","value":"liabilityMinor"}}]}}]} as unknown as DocumentNode<MetricsPointFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const SocialMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<SocialMemberFieldsFragment, unknown>;
export const GroupBuyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"openerId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"pointsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"holdStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bonusAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<GroupBuyFieldsFragment, unknown>;
export const BoostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Boost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewardId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"collectedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redemptionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<BoostFieldsFragment, unknown>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CampaignResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"winner"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"additionalMembersNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"srmOk"}},{"kind":"Field","name":{"kind":"Name","value":"srmStatus"}},{"kind":"Field","name":{"kind":"Name","value":"srmPValue"}},{"kind":"Field","name":{"kind":"Name","value":"srmChiSquare"}},{"kind":"Field","name":{"kind":"Name","value":"incrementalRevenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"incrementalNetRevenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCostMinor"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}},{"kind":"Field","name":{"kind":"Name","value":"revenueCapMinor"}},{"kind":"Field","name":{"kind":"Name","value":"cappedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"cupedVarianceReduction"}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"isHoldout"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"purchasers"}},{"kind":"Field","name":{"kind":"Name","value":"repurchasers"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"revenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"repurchaseRate"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePerMember"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePerMemberUncapped"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenuePerMember"}},{"kind":"Field","name":{"kind":"Name","value":"upliftVsHoldout"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}},{"kind":"Field","name":{"kind":"Name","value":"pValue"}},{"kind":"Field","name":{"kind":"Name","value":"cupedUplift"}},{"kind":"Field","name":{"kind":"Name","value":"cupedCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"cupedCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"cupedPValue"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueDifference"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueCiLow"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenueCiHigh"}},{"kind":"Field","name":{"kind":"Name","value":"adjustedPValue"}},{"kind":"Field","name":{"kind":"Name","value":"repurchaseDifference"}},{"kind":"Field","name":{"kind":"Name","value":"repurchasePValue"}},{"kind":"Field","name":{"kind":"Name","value":"incrementalRevenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"incrementalNetRevenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costPerIncrementalRevenue"}},{"kind":"Field","name":{"kind":"Name","value":"roi"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"arm"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRevenueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"revenuePerMemberMinor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignResultsQuery, CampaignResultsQueryVariables>;
export const AssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Assignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"member"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variantKey"}},{"kind":"Field","name":{"kind":"Name","value":"inHoldout"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentQuery, AssignmentQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const LaunchCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LaunchCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"launchCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<LaunchCampaignMutation, LaunchCampaignMutationVariables>;
export const PauseCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<PauseCampaignMutation, PauseCampaignMutationVariables>;
export const ResumeCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ResumeCampaignMutation, ResumeCampaignMutationVariables>;
export const EndCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<EndCampaignMutation, EndCampaignMutationVariables>;
export const PromoteVariantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromoteVariant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromoteVariantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoteVariant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pauseReason"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"daysOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"startHour"}},{"kind":"Field","name":{"kind":"Name","value":"endHour"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierIds"}},{"kind":"Field","name":{"kind":"Name","value":"newMembersWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"inactiveForDays"}},{"kind":"Field","name":{"kind":"Name","value":"minBalance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"effect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdMinor"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holdoutPercent"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"bonusExpiresInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhausted"}},{"kind":"Field","name":{"kind":"Name","value":"promotedVariantKey"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLeft"}},{"kind":"Field","name":{"kind":"Name","value":"burnRatePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedIssuedAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CampaignPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CampaignFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<PromoteVariantMutation, PromoteVariantMutationVariables>;
export const SimulateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchasesReplayed"}},{"kind":"Field","name":{"kind":"Name","value":"salesMinor"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesAdded"}},{"kind":"Field","name":{"kind":"Name","value":"membersReached"}},{"kind":"Field","name":{"kind":"Name","value":"budgetExhaustedOn"}},{"kind":"Field","name":{"kind":"Name","value":"byTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"purchases"}}]}}]}}]}}]} as unknown as DocumentNode<SimulateCampaignQuery, SimulateCampaignQueryVariables>;
export const CampaignStackingPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignStackingPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignStackingPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignStackingPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"tierId"}},{"kind":"Field","name":{"kind":"Name","value":"tierName"}},{"kind":"Field","name":{"kind":"Name","value":"poolCapReached"}},{"kind":"Field","name":{"kind":"Name","value":"programPoints"}},{"kind":"Field","name":{"kind":"Name","value":"campaignPoints"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPreviewed"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"stackable"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"variantKey"}},{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"excludedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"excludedByCampaignId"}},{"kind":"Field","name":{"kind":"Name","value":"excludedByName"}},{"kind":"Field","name":{"kind":"Name","value":"excludedByStackable"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignStackingPreviewQuery, CampaignStackingPreviewQueryVariables>;
export const DashboardSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]} as unknown as DocumentNode<DashboardSessionQuery, DashboardSessionQueryVariables>;
export const StaffLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StaffLoginMutation, StaffLoginMutationVariables>;
export const StaffLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const DashboardMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DashboardMembersQuery, DashboardMembersQueryVariables>;
export const DashboardTierOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTierOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]} as unknown as DocumentNode<DashboardTierOptionsQuery, DashboardTierOptionsQueryVariables>;
export const DashboardMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeExpired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"spendToNextMinor"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"earnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMemberQuery, DashboardMemberQueryVariables>;
export const DashboardMemberLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMemberLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DashboardMemberLedgerQuery, DashboardMemberLedgerQueryVariables>;
export const DashboardMemberRedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMemberRedemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DashboardMemberRedemptionsQuery, DashboardMemberRedemptionsQueryVariables>;
export const DashboardCancelRedemptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCancelRedemption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelRedemptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRedemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardCancelRedemptionMutation, DashboardCancelRedemptionMutationVariables>;
export const DashboardAdjustPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAdjustPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardAdjustPointsMutation, DashboardAdjustPointsMutationVariables>;
export const DashboardClearReviewFlagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardClearReviewFlag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"member"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"flaggedForReview"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardClearReviewFlagMutation, DashboardClearReviewFlagMutationVariables>;
export const DashboardProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardProgram"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerCurrencyUnit"}},{"kind":"Field","name":{"kind":"Name","value":"purchasePointsExpireInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDays"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBonusCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRedLine"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxEnrolmentsPerDevice"}},{"kind":"Field","name":{"kind":"Name","value":"maxEnrolmentsPerIp"}},{"kind":"Field","name":{"kind":"Name","value":"velocity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baselineDays"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"multiple"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"earnMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"perks"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<DashboardProgramQuery, DashboardProgramQueryVariables>;
export const DashboardSaveTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardSaveTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTiersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardSaveTiersMutation, DashboardSaveTiersMutationVariables>;
export const DashboardUpdateProgramSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUpdateProgramSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardUpdateProgramSettingsMutation, DashboardUpdateProgramSettingsMutationVariables>;
export const DashboardRewardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRewards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}},{"kind":"Field","name":{"kind":"Name","value":"cashPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DashboardRewardsQuery, DashboardRewardsQueryVariables>;
export const DashboardUpdateRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUpdateReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardUpdateRewardMutation, DashboardUpdateRewardMutationVariables>;
export const DashboardCreateRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardCreateRewardMutation, DashboardCreateRewardMutationVariables>;
export const DashboardAuditLogFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAuditLogFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]} as unknown as DocumentNode<DashboardAuditLogFacetsQuery, DashboardAuditLogFacetsQueryVariables>;
export const DashboardAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DashboardAuditLogQuery, DashboardAuditLogQueryVariables>;
export const DashboardWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DashboardWebhookEndpointsQuery, DashboardWebhookEndpointsQueryVariables>;
export const DashboardWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DashboardWebhookDeliveriesQuery, DashboardWebhookDeliveriesQueryVariables>;
export const DashboardCreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardCreateWebhookEndpointMutation, DashboardCreateWebhookEndpointMutationVariables>;
export const DashboardUpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardUpdateWebhookEndpointMutation, DashboardUpdateWebhookEndpointMutationVariables>;
export const DashboardReplayWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardReplayWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardReplayWebhookMutation, DashboardReplayWebhookMutationVariables>;
export const DashboardAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<DashboardAccessQuery, DashboardAccessQueryVariables>;
export const DashboardCreateStaffUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardCreateStaffUserMutation, DashboardCreateStaffUserMutationVariables>;
export const DashboardUpdateStaffUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUpdateStaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardUpdateStaffUserMutation, DashboardUpdateStaffUserMutationVariables>;
export const DashboardCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardCreateApiKeyMutation, DashboardCreateApiKeyMutationVariables>;
export const DashboardRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DashboardRevokeApiKeyMutation, DashboardRevokeApiKeyMutationVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withMetrics"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerCurrencyUnit"}},{"kind":"Field","name":{"kind":"Name","value":"purchasePointsExpireInDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"earnMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"flagged"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"flaggedForReview"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"everyone"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"budgetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"pacing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"projectedExhaustionAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"IntValue","value":"30"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withMetrics"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costToSalesRatio"}},{"kind":"Field","name":{"kind":"Name","value":"redLine"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"liabilityMinor"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"WEEK"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withMetrics"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"liabilityMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRatio"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const EngagementTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTierIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"membersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"completionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedAt"}}]}}]}}]} as unknown as DocumentNode<EngagementTasksQuery, EngagementTasksQueryVariables>;
export const CreateEngagementTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagementTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngagementTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagementTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTierIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"membersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"completionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateEngagementTaskMutation, CreateEngagementTaskMutationVariables>;
export const UpdateEngagementTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagementTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagementTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceTierIds"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"membersCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"completions"}},{"kind":"Field","name":{"kind":"Name","value":"completionPoints"}},{"kind":"Field","name":{"kind":"Name","value":"lastCompletedAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateEngagementTaskMutation, UpdateEngagementTaskMutationVariables>;
export const LeaderboardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leaderboards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leaderboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<LeaderboardsQuery, LeaderboardsQueryVariables>;
export const LeaderboardStandingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaderboardStandings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaderboardId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboardStandings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaderboardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaderboardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardPeriodFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leaderboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardPeriodStandings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"standings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}}]}}]}}]} as unknown as DocumentNode<LeaderboardStandingsQuery, LeaderboardStandingsQueryVariables>;
export const CreateLeaderboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeaderboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeaderboardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeaderboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leaderboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateLeaderboardMutation, CreateLeaderboardMutationVariables>;
export const CloseLeaderboardPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseLeaderboardPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseLeaderboardPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeLeaderboardPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardPeriodFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Leaderboard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"topN"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeaderboardPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeaderboardPeriodStandings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaderboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeaderboardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"standings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"prizePoints"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CloseLeaderboardPeriodMutation, CloseLeaderboardPeriodMutationVariables>;
export const PointsDrawsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsDraws"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsDraws"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsDrawFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entryCostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntriesPerMember"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prizeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<PointsDrawsQuery, PointsDrawsQueryVariables>;
export const PointsDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsDrawFields"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entryCostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntriesPerMember"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prizeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}}]} as unknown as DocumentNode<PointsDrawQuery, PointsDrawQueryVariables>;
export const CreatePointsDrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePointsDraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePointsDrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPointsDraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsDrawFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entryCostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntriesPerMember"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prizeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreatePointsDrawMutation, CreatePointsDrawMutationVariables>;
export const DrawPointsDrawWinnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawPointsDrawWinners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawWinnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawPointsDrawWinners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointsDrawFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointsDrawFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PointsDraw"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"entryCostPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntriesPerMember"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"seedHash"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"prizes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"winners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"prizeId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DrawPointsDrawWinnersMutation, DrawPointsDrawWinnersMutationVariables>;
export const EngagementIssuedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementIssued"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"MONTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReversed"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EngagementIssuedQuery, EngagementIssuedQueryVariables>;
export const MemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Member"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}},{"kind":"Field","name":{"kind":"Name","value":"tierProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"spendToNextMinor"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"earnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeExpired"}}]}}]}}]} as unknown as DocumentNode<MemberQuery, MemberQueryVariables>;
export const MemberLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberLedgerQuery, MemberLedgerQueryVariables>;
export const MembersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"spendToNextMinor"}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersPageQuery, MembersPageQueryVariables>;
export const EnrollMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrollMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeExpired"}}]}}]}}]} as unknown as DocumentNode<EnrollMemberMutation, EnrollMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthday"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeExpired"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const MetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Metrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsPointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetricsPointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetricsPointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesMinor"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"pointsIssued"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsExpired"}},{"kind":"Field","name":{"kind":"Name","value":"pointsReversed"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRatio"}},{"kind":"Field","name":{"kind":"Name","value":"liabilityMinor"}}]}}]} as unknown as DocumentNode<MetricsQuery, MetricsQueryVariables>;
export const CostMonitorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostMonitor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costMonitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"salesMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRatio"}},{"kind":"Field","name":{"kind":"Name","value":"redLine"}},{"kind":"Field","name":{"kind":"Name","value":"warningLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPoints"}},{"kind":"Field","name":{"kind":"Name","value":"liabilityMinor"}},{"kind":"Field","name":{"kind":"Name","value":"breakageRate"}},{"kind":"Field","name":{"kind":"Name","value":"redemptionRate"}},{"kind":"Field","name":{"kind":"Name","value":"flowRatio"}},{"kind":"Field","name":{"kind":"Name","value":"accumulationRatio"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"liabilityMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CostMonitorQuery, CostMonitorQueryVariables>;
export const AlertThresholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertThresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costToSalesRedLine"}},{"kind":"Field","name":{"kind":"Name","value":"warningFraction"}},{"kind":"Field","name":{"kind":"Name","value":"maxDailyIssuedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"minFlowRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccumulationRatio"}}]}}]}}]} as unknown as DocumentNode<AlertThresholdsQuery, AlertThresholdsQueryVariables>;
export const UpdateAlertThresholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertThresholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertThresholdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertThresholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costToSalesRedLine"}},{"kind":"Field","name":{"kind":"Name","value":"warningFraction"}},{"kind":"Field","name":{"kind":"Name","value":"warningFraction"}},{"kind":"Field","name":{"kind":"Name","value":"maxDailyIssuedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"minFlowRatio"}},{"kind":"Field","name":{"kind":"Name","value":"maxAccumulationRatio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateAlertThresholdsMutation, UpdateAlertThresholdsMutationVariables>;
export const RedemptionsByRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RedemptionsByReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemptionsByReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"costMinor"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}}]}}]}}]} as unknown as DocumentNode<RedemptionsByRewardQuery, RedemptionsByRewardQueryVariables>;
export const DeferredRevenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeferredRevenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deferredRevenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthStart"}},{"kind":"Field","name":{"kind":"Name","value":"salesMinor"}},{"kind":"Field","name":{"kind":"Name","value":"pointsWithSales"}},{"kind":"Field","name":{"kind":"Name","value":"pointsRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"deferredMinor"}}]}}]}}]} as unknown as DocumentNode<DeferredRevenueQuery, DeferredRevenueQueryVariables>;
export const RecordPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"refundedMinor"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPurchaseMutation, RecordPurchaseMutationVariables>;
export const RefundPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPurchaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPurchase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsReversed"}},{"kind":"Field","name":{"kind":"Name","value":"purchase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"refundedMinor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPurchaseMutation, RefundPurchaseMutationVariables>;
export const RecordActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordActivityMutation, RecordActivityMutationVariables>;
export const RedeemPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RedeemPointsMutation, RedeemPointsMutationVariables>;
export const CancelRedemptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelRedemption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelRedemptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelRedemption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CancelRedemptionMutation, CancelRedemptionMutationVariables>;
export const AdjustPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustPointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustPointsMutation, AdjustPointsMutationVariables>;
export const ExpirePointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpirePoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpirePointsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expirePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsExpired"}},{"kind":"Field","name":{"kind":"Name","value":"membersAffected"}}]}}]}}]} as unknown as DocumentNode<ExpirePointsMutation, ExpirePointsMutationVariables>;
export const ProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerCurrencyUnit"}},{"kind":"Field","name":{"kind":"Name","value":"purchasePointsExpireInDays"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDays"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBonusCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRedLine"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"earnMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"perks"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<ProgramQuery, ProgramQueryVariables>;
export const RewardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rewards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewards"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}},{"kind":"Field","name":{"kind":"Name","value":"cashPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<RewardsQuery, RewardsQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const UpdateProgramSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDays"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyBonusCapPoints"}},{"kind":"Field","name":{"kind":"Name","value":"costToSalesRedLine"}},{"kind":"Field","name":{"kind":"Name","value":"categoryMultipliers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProgramSettingsMutation, UpdateProgramSettingsMutationVariables>;
export const SaveTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTiersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"earnMultiplier"}},{"kind":"Field","name":{"kind":"Name","value":"birthdayMultiplier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SaveTiersMutation, SaveTiersMutationVariables>;
export const CreateRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRewardMutation, CreateRewardMutationVariables>;
export const UpdateRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"pointsCost"}},{"kind":"Field","name":{"kind":"Name","value":"cashPriceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"perMemberLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateRewardMutation, UpdateRewardMutationVariables>;
export const AuditLogFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogFacets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]}}]} as unknown as DocumentNode<AuditLogFacetsQuery, AuditLogFacetsQueryVariables>;
export const MemberRedemptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberRedemptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"valueMinor"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"reward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberRedemptionsQuery, MemberRedemptionsQueryVariables>;
export const GroupBuysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBuys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBuys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupBuyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"openerId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"pointsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"holdStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bonusAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<GroupBuysQuery, GroupBuysQueryVariables>;
export const GroupBuyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBuy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBuy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupBuyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupBuyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBuy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"openerId"}},{"kind":"Field","name":{"kind":"Name","value":"productId"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"priceMinor"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bonusPoints"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"newCustomer"}},{"kind":"Field","name":{"kind":"Name","value":"pointsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"holdStatus"}},{"kind":"Field","name":{"kind":"Name","value":"bonusAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<GroupBuyQuery, GroupBuyQueryVariables>;
export const BoostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Boosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoostFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Boost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewardId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"collectedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redemptionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BoostsQuery, BoostsQueryVariables>;
export const BoostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Boost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoostFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SocialMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Boost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requesterId"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewardId"}},{"kind":"Field","name":{"kind":"Name","value":"targetPoints"}},{"kind":"Field","name":{"kind":"Name","value":"collectedPoints"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"redemptionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SocialMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BoostQuery, BoostQueryVariables>;
export const MemberStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ref"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberRefInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ref"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ref"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"referralCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifyingSpendMinor"}},{"kind":"Field","name":{"kind":"Name","value":"spendToNextMinor"}},{"kind":"Field","name":{"kind":"Name","value":"retainedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"negative"}},{"kind":"Field","name":{"kind":"Name","value":"expiringWithin30Days"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeRedeemed"}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeExpired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"earnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberStatementQuery, MemberStatementQueryVariables>;