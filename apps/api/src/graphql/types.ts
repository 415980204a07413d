/**
 * GraphQL object types of the public contract (../shared/contract/schema.graphql). Every field
 * names its type explicitly, so the schema never depends on reflected metadata.
 */
import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Authorized } from './auth-checker';
import {
  ActivityType,
  AlertKind,
  CampaignEffectType,
  CampaignStatus,
  CostStatus,
  Granularity,
  LedgerEntryType,
  MemberStatus,
  PointsSource,
  RedemptionStatus,
  RewardType,
  Role,
  Weekday,
} from './enums';
import { DateTime, SafeInt } from './scalars';

const NODE_TYPES: Record<string, string> = {
  mem: 'Member',
  led: 'LedgerEntry',
  pur: 'Purchase',
  rdm: 'Redemption',
  rwd: 'Reward',
  tier: 'Tier',
  cmp: 'Campaign',
  stf: 'StaffUser',
  aud: 'AuditEntry',
  alr: 'Alert',
};
export const nodeTypeOf = (id: string) => NODE_TYPES[id.split('_')[0]] ?? null;

@InterfaceType({ resolveType: (v: { id: string }) => nodeTypeOf(v.id) ?? undefined })
export abstract class Node {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class UserError {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => [String], { nullable: true }) field?: string[] | null;
}

// ------------------------------------------------------------------ program

/** An earning rule: items of this category earn base points times the multiplier. */
@ObjectType()
export class CategoryMultiplier {
  @Field(() => String) category!: string;
  @Field(() => Float) multiplier!: number;
}

@ObjectType({
  description:
    'Earning velocity flag: a day of purchase points above minPoints and multiple x the daily norm',
})
export class VelocitySettings {
  @Field(() => Float) multiple!: number;
  @Field(() => Int) minPoints!: number;
  @Field(() => Int) baselineDays!: number;
}

@ObjectType({ description: 'When members are flagged for review (null: that check is off)' })
export class RiskSettings {
  @Field(() => Int, { nullable: true }) maxEnrolmentsPerDevice!: number | null;
  @Field(() => Int, { nullable: true }) maxEnrolmentsPerIp!: number | null;
  @Field(() => VelocitySettings, { nullable: true }) velocity!: VelocitySettings | null;
}

@ObjectType()
export class ProgramSettings {
  @Field(() => String) name!: string;
  @Field(() => String) currency!: string;
  @Field(() => String) timezone!: string;
  @Field(() => Int) pointsPerCurrencyUnit!: number;
  @Field(() => Int, { nullable: true }) purchasePointsExpireInDays!: number | null;
  @Field(() => Int) pendingDays!: number;
  @Field(() => Int, { nullable: true }) monthlyBonusCapPoints!: number | null;
  @Field(() => Float) costToSalesRedLine!: number;
  @Field(() => [CategoryMultiplier]) categoryMultipliers!: CategoryMultiplier[];
  @Field(() => RiskSettings) risk!: RiskSettings;
}

@ObjectType()
export class UpdateProgramSettingsPayload {
  @Field(() => ProgramSettings, { nullable: true }) settings?: ProgramSettings | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

// ------------------------------------------------------------------ tiers

@ObjectType({ implements: Node })
export class Tier extends Node {
  @Field(() => String) name!: string;
  @Field(() => Int) rank!: number;
  @Field(() => SafeInt) qualifyingSpendMinor!: number;
  @Field(() => Float) earnMultiplier!: number;
  @Field(() => Float) birthdayMultiplier!: number;
  @Field(() => [String]) perks!: string[];
  // memberCount: field resolver
}

@ObjectType()
export class SaveTiersPayload {
  @Field(() => [Tier], { nullable: true }) tiers?: Tier[] | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

// ------------------------------------------------------------------ members and points

@ObjectType()
export class PointsBalance {
  @Field(() => SafeInt) available!: number;
  @Field(() => SafeInt) pending!: number;
  @Field(() => SafeInt) negative!: number;
  @Field(() => SafeInt) expiringWithin30Days!: number;
  @Field(() => SafeInt) lifetimeEarned!: number;
  @Field(() => SafeInt) lifetimeRedeemed!: number;
  @Field(() => SafeInt) lifetimeExpired!: number;
}

@ObjectType()
export class PointsLot {
  @Field(() => ID) id!: string;
  @Field(() => PointsSource) source!: PointsSource;
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt) remaining!: number;
  @Field(() => DateTime) earnedAt!: Date;
  @Field(() => DateTime) availableAt!: Date;
  @Field(() => DateTime, { nullable: true }) expiresAt!: Date | null;
}

@ObjectType()
export class TierProgress {
  @Field(() => Tier) current!: Tier;
  @Field(() => Tier, { nullable: true }) next!: Tier | null;
  @Field(() => SafeInt) qualifyingSpendMinor!: number;
  @Field(() => SafeInt, { nullable: true }) spendToNextMinor!: number | null;
  @Field(() => DateTime, { nullable: true }) retainedUntil!: Date | null;
}

@ObjectType({ implements: Node })
export class Member extends Node {
  @Field(() => String) externalId!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) birthday!: string | null;
  @Field(() => MemberStatus) status!: MemberStatus;
  @Field(() => DateTime) enrolledAt!: Date;
  @Field(() => String) referralCode!: string;
  // staff and integrations only (a storefront has no business knowing who is under review)
  @Authorized('members:list')
  @Field(() => Boolean, {
    description:
      'On the staff review list: enrolment from a shared device or address, or earning far above the norm',
  })
  flaggedForReview!: boolean;
  @Authorized('members:list')
  @Field(() => [String], {
    description:
      'Why the member is flagged, one line each; empty when not flagged. Roles without personal data see the codes only',
  })
  reviewReasons!: string[];
  // referredBy, tier, tierProgress, balance, lots, ledger: field resolvers
  referredById!: string | null;
  tierId!: string;
  tierRetainedUntil!: Date | null;
  lifetimeEarned!: number;
  lifetimeRedeemed!: number;
  lifetimeExpired!: number;
  negative!: number;
}

@ObjectType()
export class MemberEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Member) node!: Member;
}

@ObjectType()
export class MemberConnection {
  @Field(() => [MemberEdge]) edges!: MemberEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class EnrollMemberPayload {
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class UpdateMemberPayload {
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

// ------------------------------------------------------------------ ledger

@ObjectType({ implements: Node })
export class LedgerEntry extends Node {
  @Field(() => LedgerEntryType) type!: LedgerEntryType;
  @Field(() => PointsSource) source!: PointsSource;
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt) balanceAfter!: number;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => String, { nullable: true }) orderId!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  /** addition: the A/B test variant a campaign entry came from */
  @Field(() => String, { nullable: true }) variantKey!: string | null;
  // member, campaign: field resolvers
  memberId!: string;
  campaignId!: string | null;
}

@ObjectType()
export class LedgerEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => LedgerEntry) node!: LedgerEntry;
}

@ObjectType()
export class LedgerEntryConnection {
  @Field(() => [LedgerEntryEdge]) edges!: LedgerEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

// ------------------------------------------------------------------ purchases, activities, redemptions

@ObjectType({ implements: Node })
export class Purchase extends Node {
  @Field(() => String) orderId!: string;
  @Field(() => SafeInt) amountMinor!: number;
  @Field(() => SafeInt) refundedMinor!: number;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => SafeInt) pointsAwarded!: number;
  // member, entries: field resolvers
  memberId!: string;
}

@ObjectType()
export class RecordPurchasePayload {
  @Field(() => Purchase, { nullable: true }) purchase?: Purchase | null;
  @Field(() => SafeInt, { nullable: true }) pointsAwarded?: number | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RefundPurchasePayload {
  @Field(() => Purchase, { nullable: true }) purchase?: Purchase | null;
  @Field(() => SafeInt, { nullable: true }) pointsReversed?: number | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class RecordActivityPayload {
  @Field(() => SafeInt, { nullable: true }) pointsAwarded?: number | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ implements: Node })
export class Reward extends Node {
  @Field(() => String) name!: string;
  @Field(() => RewardType) type!: RewardType;
  @Field(() => SafeInt) pointsCost!: number;
  @Field(() => SafeInt) cashPriceMinor!: number;
  @Field(() => SafeInt) valueMinor!: number;
  @Field(() => Int, { nullable: true }) stock!: number | null;
  @Field(() => Int, { nullable: true }) perMemberLimit!: number | null;
  @Field(() => Boolean) active!: boolean;
}

@ObjectType()
export class CreateRewardPayload {
  @Field(() => Reward, { nullable: true }) reward?: Reward | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ implements: Node })
export class Redemption extends Node {
  @Field(() => SafeInt) points!: number;
  @Field(() => SafeInt) valueMinor!: number;
  @Field(() => String, { nullable: true }) orderId!: string | null;
  @Field(() => RedemptionStatus) status!: RedemptionStatus;
  @Field(() => DateTime) createdAt!: Date;
  // member, reward: field resolvers
  memberId!: string;
  rewardId!: string | null;
}

@ObjectType()
export class RedeemPointsPayload {
  @Field(() => Redemption, { nullable: true }) redemption?: Redemption | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class CancelRedemptionPayload {
  @Field(() => Redemption, { nullable: true }) redemption?: Redemption | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class AdjustPointsPayload {
  @Field(() => LedgerEntry, { nullable: true }) entry?: LedgerEntry | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ExpirePointsPayload {
  @Field(() => SafeInt) pointsExpired!: number;
  @Field(() => Int) membersAffected!: number;
}

// ------------------------------------------------------------------ campaigns and A/B tests

@ObjectType()
export class CampaignEffect {
  @Field(() => CampaignEffectType) type!: CampaignEffectType;
  @Field(() => Float, { nullable: true }) multiplier!: number | null;
  @Field(() => SafeInt, { nullable: true }) bonusPoints!: number | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => SafeInt, { nullable: true }) thresholdMinor!: number | null;
  /** addition: ACTIVITY_MULTIPLIER on one activity only (null: every activity) */
  @Field(() => ActivityType, { nullable: true }) activityType!: ActivityType | null;
}

@ObjectType()
export class CampaignSchedule {
  @Field(() => [Weekday], { nullable: true }) daysOfWeek!: Weekday[] | null;
  @Field(() => [Int], { nullable: true }) daysOfMonth!: number[] | null;
  @Field(() => Int, { nullable: true }) startHour!: number | null;
  @Field(() => Int, { nullable: true }) endHour!: number | null;
}

@ObjectType()
export class CampaignAudience {
  @Field(() => [ID], { nullable: true }) tierIds!: string[] | null;
  @Field(() => Int, { nullable: true }) newMembersWithinDays!: number | null;
  @Field(() => Int, { nullable: true }) inactiveForDays!: number | null;
  @Field(() => SafeInt, { nullable: true }) minBalance!: number | null;
}

@ObjectType()
export class CampaignVariant {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) weight!: number;
  @Field(() => CampaignEffect) effect!: CampaignEffect;
}

@ObjectType()
export class VariantResult {
  @Field(() => String) key!: string;
  @Field(() => Boolean) isHoldout!: boolean;
  @Field(() => Int) members!: number;
  @Field(() => Int) purchasers!: number;
  @Field(() => Int) orders!: number;
  @Field(() => SafeInt) revenueMinor!: number;
  @Field(() => SafeInt) pointsCost!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float) repurchaseRate!: number;
  @Field(() => Float) revenuePerMember!: number;
  @Field(() => Float, { nullable: true }) upliftVsHoldout!: number | null;
  @Field(() => Float, { nullable: true }) ciLow!: number | null;
  @Field(() => Float, { nullable: true }) ciHigh!: number | null;
  @Field(() => Float, { nullable: true }) pValue!: number | null;
}

@ObjectType()
export class CampaignResults {
  @Field(() => [VariantResult]) variants!: VariantResult[];
  @Field(() => Float, { nullable: true }) srmPValue!: number | null;
  @Field(() => Boolean) srmOk!: boolean;
  @Field(() => SafeInt, { nullable: true }) incrementalRevenueMinor!: number | null;
  @Field(() => Float, { nullable: true }) roi!: number | null;
  @Field(() => String, { nullable: true }) winner!: string | null;
}

@ObjectType({ implements: Node })
export class Campaign extends Node {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime, { nullable: true }) endsAt!: Date | null;
  @Field(() => CampaignSchedule, { nullable: true }) schedule!: CampaignSchedule | null;
  @Field(() => CampaignAudience, { nullable: true }) audience!: CampaignAudience | null;
  @Field(() => [CampaignVariant]) variants!: CampaignVariant[];
  @Field(() => Float) holdoutPercent!: number;
  @Field(() => SafeInt, { nullable: true }) budgetPoints!: number | null;
  @Field(() => SafeInt, { nullable: true }) perMemberCapPoints!: number | null;
  @Field(() => Int) priority!: number;
  @Field(() => Boolean) stackable!: boolean;
  @Field(() => Int, { nullable: true }) bonusExpiresInDays!: number | null;
  @Field(() => SafeInt) pointsIssued!: number;
  @Field(() => CampaignResults) results!: CampaignResults;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class CampaignEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Campaign) node!: Campaign;
}

@ObjectType()
export class CampaignConnection {
  @Field(() => [CampaignEdge]) edges!: CampaignEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class CampaignPayload {
  @Field(() => Campaign, { nullable: true }) campaign?: Campaign | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class Assignment {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => String, { nullable: true }) variantKey!: string | null;
  @Field(() => Boolean) inHoldout!: boolean;
}

// ------------------------------------------------------------------ metrics and cost monitoring

@ObjectType()
export class IssuedBySource {
  @Field(() => PointsSource) source!: PointsSource;
  @Field(() => SafeInt) points!: number;
}

@ObjectType()
export class MetricsPoint {
  @Field(() => DateTime) periodStart!: Date;
  @Field(() => SafeInt) salesMinor!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Int) activeMembers!: number;
  @Field(() => SafeInt) pointsIssued!: number;
  @Field(() => [IssuedBySource]) issuedBySource!: IssuedBySource[];
  @Field(() => SafeInt) pointsRedeemed!: number;
  @Field(() => SafeInt) pointsExpired!: number;
  @Field(() => SafeInt) pointsReversed!: number;
  @Field(() => SafeInt) outstandingPoints!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float, { nullable: true }) costToSalesRatio!: number | null;
  @Field(() => SafeInt) liabilityMinor!: number;
}

@ObjectType()
export class MetricsReport {
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => Granularity) granularity!: Granularity;
  @Field(() => MetricsPoint) totals!: MetricsPoint;
  @Field(() => [MetricsPoint]) series!: MetricsPoint[];
}

@ObjectType({ implements: Node })
export class Alert extends Node {
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => String) message!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => DateTime) raisedAt!: Date;
  @Field(() => DateTime, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Campaign, { nullable: true }) campaign!: Campaign | null;
}

@ObjectType()
export class ForecastPoint {
  @Field(() => DateTime) date!: Date;
  @Field(() => SafeInt) liabilityMinor!: number;
}

@ObjectType()
export class CostMonitor {
  @Field(() => Int) windowDays!: number;
  @Field(() => SafeInt) salesMinor!: number;
  @Field(() => SafeInt) costMinor!: number;
  @Field(() => Float, { nullable: true }) costToSalesRatio!: number | null;
  @Field(() => Float) redLine!: number;
  @Field(() => CostStatus) status!: CostStatus;
  @Field(() => SafeInt) outstandingPoints!: number;
  @Field(() => SafeInt) liabilityMinor!: number;
  @Field(() => Float, { nullable: true }) breakageRate!: number | null;
  @Field(() => Float, { nullable: true }) redemptionRate!: number | null;
  @Field(() => Float, { nullable: true }) flowRatio!: number | null;
  @Field(() => Float, { nullable: true }) accumulationRatio!: number | null;
  @Field(() => [ForecastPoint]) forecast!: ForecastPoint[];
  @Field(() => [Alert]) alerts!: Alert[];
}

@ObjectType()
export class AlertThresholds {
  @Field(() => Float) costToSalesRedLine!: number;
  @Field(() => SafeInt, { nullable: true }) maxDailyIssuedPoints!: number | null;
  @Field(() => Float, { nullable: true }) minFlowRatio!: number | null;
  @Field(() => Float, { nullable: true }) maxAccumulationRatio!: number | null;
}

@ObjectType()
export class AlertThresholdsPayload {
  @Field(() => AlertThresholds, { nullable: true }) thresholds?: AlertThresholds | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

// ------------------------------------------------------------------ staff, keys, audit

@ObjectType({ implements: Node })
export class StaffUser extends Node {
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Role) role!: Role;
  @Field(() => Boolean, { description: 'a disabled user cannot log in; their sessions are revoked' })
  disabled!: boolean;
  @Field(() => DateTime, { nullable: true }) createdAt!: Date | null;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, {
    nullable: true,
    description: 'the session token: send it as Authorization: Bearer <token>',
  })
  token?: string | null;
  @Field(() => DateTime, { nullable: true }) expiresAt?: Date | null;
  @Field(() => StaffUser, { nullable: true }) user?: StaffUser | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean) ok!: boolean;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({
  description: 'An API key for an integration or storefront. The key itself is shown only once, at creation.',
})
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String, { description: 'the first characters of the key, to tell keys apart' })
  prefix!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => String, { nullable: true, description: 'the key, shown once: store it now' }) key?:
    string | null;
  @Field(() => ApiKey, { nullable: true }) apiKey?: ApiKey | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true }) apiKey?: ApiKey | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class UpdateStaffUserPayload {
  @Field(() => StaffUser, { nullable: true }) user?: StaffUser | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

// ------------------------------------------------------------------ webhooks

@ObjectType({
  description: 'A receiver of events: each delivery is signed with HMAC-SHA256 using its secret.',
})
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String]) events!: string[];
  @Field(() => Boolean) active!: boolean;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, {
    nullable: true,
    description: 'when the dispatcher disabled it (410 Gone, or failing for a whole retry schedule)',
  })
  disabledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'why the dispatcher disabled it' })
  disabledReason!: string | null;
  @Field(() => DateTime, {
    nullable: true,
    description: 'the first failed attempt since its last success; null while deliveries succeed',
  })
  failingSince!: Date | null;
}

@ObjectType()
export class WebhookAttempt {
  @Field(() => DateTime) at!: Date;
  @Field(() => Int, { nullable: true, description: 'the HTTP status the receiver answered' }) status!:
    number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) durationMs!: number;
}

@ObjectType({
  description: 'One event to one endpoint: PENDING (waiting or retrying), SUCCEEDED or FAILED (gave up).',
})
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => String) eventType!: string;
  @Field(() => String) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTime, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true }) responseStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => [WebhookAttempt]) log!: WebhookAttempt[];
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) deliveredAt!: Date | null;
}

@ObjectType()
export class WebhookDeliveryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => WebhookDelivery) node!: WebhookDelivery;
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge]) edges!: WebhookDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint?: WebhookEndpoint | null;
  @Field(() => String, { nullable: true, description: 'the signing secret, shown once' }) secret?:
    string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint?: WebhookEndpoint | null;
  @Field(() => String, {
    nullable: true,
    description: 'the new signing secret when rotateSecret was asked, shown once',
  })
  secret?: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ReplayWebhookPayload {
  @Field(() => [WebhookDelivery], { nullable: true }) deliveries?: WebhookDelivery[] | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class CreateStaffUserPayload {
  @Field(() => StaffUser, { nullable: true }) user?: StaffUser | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ implements: Node })
export class AuditEntry extends Node {
  @Field(() => String) actor!: string;
  @Field(() => String) action!: string;
  @Field(() => String) target!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => DateTime) at!: Date;
}

@ObjectType()
export class AuditEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge]) edges!: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}
