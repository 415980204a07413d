/** Rows (ORM) to GraphQL objects. VIEWER sees members without personal data. */
import type { ApiKeyRow, StaffUserRow } from '../db/entities/access';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../db/entities/webhooks';
import type { AuditEntryRow } from '../db/entities/access';
import type { LedgerEntryRow, LotRow } from '../db/entities/points';
import type { MemberRow } from '../db/entities/members';
import type { PurchaseRow } from '../db/entities/purchases';
import type { RedemptionRow } from '../db/entities/redemptions';
import type { RewardRow } from '../db/entities/rewards';
import type { TierRow } from '../db/entities/tiers';
import { seesPersonalData } from '../auth/permissions';
import type { Actor } from '../services/actor';
import type { Program } from '../services/program';
import { ApiKey, AuditEntry, StaffUser } from '../modules/access/access.types';
import { WebhookDelivery, WebhookEndpoint } from '../modules/webhooks/webhook.types';
import { LedgerEntry, PointsLot } from '../modules/points/points.types';
import { Member } from '../modules/members/member.types';
import { ProgramSettings } from '../modules/program/program.types';
import { Purchase } from '../modules/purchases/purchase.types';
import { Redemption } from '../modules/redemptions/redemption.types';
import { Reward } from '../modules/rewards/reward.types';
import { Tier } from '../modules/tiers/tier.types';
import type {
  LedgerEntryType,
  MemberStatus,
  PointsSource,
  RedemptionStatus,
  RewardType,
  Role,
} from './enums';

const MASK = '***';
const as = <T extends object>(cls: new () => T, v: Partial<T>): T => Object.assign(new cls(), v);

export function toMember(r: MemberRow, actor: Actor | null): Member {
  const personal = !actor || seesPersonalData(actor.role);
  return as(Member, {
    id: r.id,
    externalId: r.externalId,
    email: r.email ? (personal ? r.email : MASK) : null,
    name: r.name ? (personal ? r.name : MASK) : null,
    birthday: r.birthday ? (personal ? r.birthday : MASK) : null,
    status: r.status as MemberStatus,
    enrolledAt: r.enrolledAt,
    referralCode: r.referralCode,
    flaggedForReview: r.flaggedForReview,
    // the details name a device or an IP address: personal data
    reviewReasons: (r.reviewReasons ?? []).map((reason) => (personal ? reason : reason.split(':')[0])),
    referredById: r.referredById ?? null,
    tierId: r.tierId,
    tierRetainedUntil: r.tierRetainedUntil ?? null,
    lifetimeEarned: r.lifetimeEarned,
    lifetimeRedeemed: r.lifetimeRedeemed,
    lifetimeExpired: r.lifetimeExpired,
    negative: r.negative,
  });
}

export const toTier = (t: TierRow): Tier =>
  as(Tier, {
    id: t.id,
    name: t.name,
    rank: t.rank,
    qualifyingSpendMinor: t.qualifyingSpendMinor,
    earnMultiplier: t.earnMultiplier,
    birthdayMultiplier: t.birthdayMultiplier,
    perks: t.perks ?? [],
  });

export const toLedgerEntry = (e: LedgerEntryRow): LedgerEntry =>
  as(LedgerEntry, {
    id: e.id,
    memberId: e.memberId,
    type: e.type as LedgerEntryType,
    source: e.source as PointsSource,
    points: e.points,
    balanceAfter: e.balanceAfter,
    occurredAt: e.occurredAt,
    createdAt: e.createdAt,
    expiresAt: e.expiresAt ?? null,
    orderId: e.orderId ?? null,
    reason: e.reason ?? null,
    campaignId: e.campaignId ?? null,
    variantKey: e.variantKey ?? null,
  });

export const toLot = (l: LotRow): PointsLot =>
  as(PointsLot, {
    id: l.id,
    source: l.source as PointsSource,
    points: l.points,
    remaining: l.remaining,
    earnedAt: l.earnedAt,
    availableAt: l.availableAt,
    expiresAt: l.expiresAt ?? null,
  });

export const toPurchase = (p: PurchaseRow): Purchase =>
  as(Purchase, {
    id: p.id,
    orderId: p.orderId,
    memberId: p.memberId,
    amountMinor: p.amountMinor,
    refundedMinor: p.refundedMinor,
    occurredAt: p.occurredAt,
    pointsAwarded: p.pointsAwarded,
  });

export const toReward = (r: RewardRow): Reward =>
  as(Reward, {
    id: r.id,
    name: r.name,
    type: r.type as RewardType,
    pointsCost: r.pointsCost,
    cashPriceMinor: r.cashPriceMinor,
    valueMinor: r.valueMinor,
    stock: r.stock ?? null,
    perMemberLimit: r.perMemberLimit ?? null,
    active: r.active,
  });

export const toRedemption = (r: RedemptionRow): Redemption =>
  as(Redemption, {
    id: r.id,
    memberId: r.memberId,
    rewardId: r.rewardId ?? null,
    points: r.points,
    valueMinor: r.valueMinor,
    orderId: r.orderId ?? null,
    status: r.status as RedemptionStatus,
    createdAt: r.createdAt,
    cancelledAt: r.cancelledAt ?? null,
  });

export const toAuditEntry = (a: AuditEntryRow): AuditEntry =>
  as(AuditEntry, {
    id: a.id,
    actor: a.actor,
    action: a.action,
    target: a.target,
    before: a.before ?? null,
    after: a.after ?? null,
    at: a.at,
  });

export const toProgramSettings = (p: Program): ProgramSettings =>
  as(ProgramSettings, {
    name: p.name,
    currency: p.rules.currency,
    timezone: p.rules.timezone,
    pointsPerCurrencyUnit: p.rules.pointsPerCurrencyUnit,
    purchasePointsExpireInDays: p.rules.purchasePointsExpireInDays,
    pendingDays: p.rules.pendingDays,
    monthlyBonusCapPoints: p.rules.monthlyBonusCapPoints,
    overCapDrawId: p.rules.overCapDrawId ?? null,
    costToSalesRedLine: p.costToSalesRedLine,
    categoryMultipliers: p.rules.categoryMultipliers.map((c) => ({
      category: c.category,
      multiplier: c.multiplier,
    })),
    risk: { ...p.rules.risk, velocity: p.rules.risk.velocity && { ...p.rules.risk.velocity } },
  });

export const toStaffUser = (u: StaffUserRow): StaffUser =>
  as(StaffUser, {
    id: u.id,
    email: u.email,
    name: u.name ?? null,
    role: u.role as Role,
    disabled: !!u.disabledAt,
    createdAt: u.createdAt,
  });

export const toApiKey = (k: ApiKeyRow): ApiKey =>
  as(ApiKey, {
    id: k.id,
    name: k.name,
    role: k.role as Role,
    prefix: k.prefix,
    createdBy: k.createdBy,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt ?? null,
    revokedAt: k.revokedAt ?? null,
  });

export const toWebhookEndpoint = (e: WebhookEndpointRow): WebhookEndpoint =>
  as(WebhookEndpoint, {
    id: e.id,
    url: e.url,
    description: e.description ?? null,
    events: e.events,
    active: e.active,
    createdAt: e.createdAt,
    disabledAt: e.disabledAt ?? null,
    disabledReason: e.disabledReason ?? null,
    failingSince: e.failingSince ?? null,
  });

export const toWebhookDelivery = (d: WebhookDeliveryRow): WebhookDelivery =>
  as(WebhookDelivery, {
    id: d.id,
    endpointId: d.endpointId,
    eventId: d.eventId,
    eventType: d.eventType,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt ?? null,
    lastAttemptAt: d.lastAttemptAt ?? null,
    responseStatus: d.responseStatus ?? null,
    lastError: d.lastError ?? null,
    log: (d.log ?? []).map((a) => ({
      at: new Date(a.at),
      status: a.status,
      error: a.error,
      durationMs: a.durationMs,
    })),
    createdAt: d.createdAt,
    deliveredAt: d.deliveredAt ?? null,
  });
