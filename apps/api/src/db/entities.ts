/**
 * ORM entities: plain classes mapped with EntitySchema (no decorator metadata). They are separate
 * from the GraphQL types in src/graphql. Money and points are stored as bigint columns but mapped
 * to JS numbers (every value is a safe integer: the API's SafeInt scalar guarantees it).
 */
import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { ActivityState } from '@accrue/core';

// MikroORM 6 maps bigint to string by default; BigIntType('number') keeps them JS numbers.
const bigint = () => ({ type: new BigIntType('number') });
const datetime = () => ({ type: 'datetime', length: 3 }) as const;

export class ProgramSettingsRow {
  id!: number;
  name!: string;
  currency!: string;
  timezone!: string;
  costToSalesRedLine!: number;
  /** ProgramRules (packages/core) without currency/timezone, as JSON */
  rules!: Record<string, unknown>;
  /** alert thresholds (metrics issue) */
  alertThresholds!: Record<string, unknown>;
  updatedAt!: Date;
}
export const ProgramSettingsSchema = new EntitySchema<ProgramSettingsRow>({
  class: ProgramSettingsRow,
  tableName: 'program_settings',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    name: { type: 'string', length: 200 },
    currency: { type: 'string', length: 3 },
    timezone: { type: 'string', length: 64 },
    costToSalesRedLine: { type: 'double' },
    rules: { type: 'json' },
    alertThresholds: { type: 'json' },
    updatedAt: datetime(),
  },
});

export class TierRow {
  id!: string;
  name!: string;
  rank!: number;
  qualifyingSpendMinor!: number;
  earnMultiplier!: number;
  birthdayMultiplier!: number;
  perks!: string[];
  createdAt!: Date;
}
export const TierSchema = new EntitySchema<TierRow>({
  class: TierRow,
  tableName: 'tier',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 100, unique: true },
    rank: { type: 'integer', unique: true },
    qualifyingSpendMinor: bigint(),
    earnMultiplier: { type: 'double' },
    birthdayMultiplier: { type: 'double' },
    perks: { type: 'json' },
    createdAt: datetime(),
  },
});

export type MemberStatus = 'ACTIVE' | 'SUSPENDED' | 'CLOSED';

export class MemberRow {
  id!: string;
  externalId!: string;
  email?: string | null;
  name?: string | null;
  birthday?: string | null;
  status!: MemberStatus;
  enrolledAt!: Date;
  referralCode!: string;
  referredById?: string | null;
  tierId!: string;
  tierRetainedUntil?: Date | null;
  /** sum of the member's ledger entries (lot remainders - negative) */
  pointsBalance!: number;
  negative!: number;
  lifetimeEarned!: number;
  lifetimeRedeemed!: number;
  lifetimeExpired!: number;
  firstPurchaseAt?: Date | null;
  lastPurchaseAt?: Date | null;
  activity!: ActivityState;
  /** the device and IP address the enrolment came from, when the integration gave them (risk flags) */
  deviceId?: string | null;
  enrolmentIp?: string | null;
  /** on the staff's review list (product.md: shared devices or addresses, earning velocity) */
  flaggedForReview!: boolean;
  /** why, one line each ("SHARED_DEVICE: ...", "EARNING_VELOCITY: ..."); emptied when staff clear the flag */
  reviewReasons!: string[];
  createdAt!: Date;
  updatedAt!: Date;
}
export const MemberSchema = new EntitySchema<MemberRow>({
  class: MemberRow,
  tableName: 'member',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    externalId: { type: 'string', length: 128, unique: true },
    email: { type: 'string', length: 320, nullable: true, index: true },
    name: { type: 'string', length: 200, nullable: true },
    birthday: { type: 'string', length: 10, nullable: true },
    status: { type: 'string', length: 16 },
    enrolledAt: datetime(),
    referralCode: { type: 'string', length: 16, unique: true },
    referredById: { type: 'string', length: 40, nullable: true, index: true },
    tierId: { type: 'string', length: 40, index: true },
    tierRetainedUntil: { ...datetime(), nullable: true },
    pointsBalance: bigint(),
    negative: bigint(),
    lifetimeEarned: bigint(),
    lifetimeRedeemed: bigint(),
    lifetimeExpired: bigint(),
    firstPurchaseAt: { ...datetime(), nullable: true },
    lastPurchaseAt: { ...datetime(), nullable: true },
    activity: { type: 'json' },
    deviceId: { type: 'string', length: 128, nullable: true, index: true },
    enrolmentIp: { type: 'string', length: 64, nullable: true, index: true },
    flaggedForReview: { type: 'boolean', default: false },
    reviewReasons: { type: 'json', default: '[]' },
    createdAt: datetime(),
    updatedAt: datetime(),
  },
});

export class LotRow {
  id!: string;
  memberId!: string;
  source!: string;
  points!: number;
  remaining!: number;
  earnedAt!: Date;
  availableAt!: Date;
  expiresAt?: Date | null;
  orderId?: string | null;
  campaignId?: string | null;
  /** the largest reminder threshold (days) already recorded for this lot; 0 = none */
  reminderStage!: number;
}
export const LotSchema = new EntitySchema<LotRow>({
  class: LotRow,
  tableName: 'points_lot',
  indexes: [
    // covering for the due lots of a purchase (migration 20261123200000)
    { name: 'points_lot_member_open_index', properties: ['memberId', 'remaining', 'expiresAt'] },
    { properties: ['expiresAt', 'remaining'] },
    { properties: ['orderId'] },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    source: { type: 'string', length: 24 },
    points: bigint(),
    remaining: bigint(),
    earnedAt: datetime(),
    availableAt: datetime(),
    expiresAt: { ...datetime(), nullable: true },
    orderId: { type: 'string', length: 128, nullable: true },
    campaignId: { type: 'string', length: 40, nullable: true },
    reminderStage: { type: 'integer' },
  },
});

export class LedgerEntryRow {
  id!: string;
  memberId!: string;
  type!: string;
  source!: string;
  reason?: string | null;
  points!: number;
  balanceAfter!: number;
  occurredAt!: Date;
  createdAt!: Date;
  expiresAt?: Date | null;
  orderId?: string | null;
  campaignId?: string | null;
  lotId?: string | null;
  redemptionId?: string | null;
  refundId?: string | null;
  actor?: string | null;
}
export const LedgerEntrySchema = new EntitySchema<LedgerEntryRow>({
  class: LedgerEntryRow,
  tableName: 'ledger_entry',
  indexes: [
    { properties: ['memberId', 'id'] },
    // covering for the month's earnings (migration 20261123200000)
    {
      name: 'ledger_entry_member_month_index',
      properties: ['memberId', 'occurredAt', 'type', 'source', 'reason', 'points'],
    },
    { properties: ['orderId'] },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    type: { type: 'string', length: 16 },
    source: { type: 'string', length: 24 },
    reason: { type: 'string', length: 500, nullable: true },
    points: bigint(),
    balanceAfter: bigint(),
    occurredAt: datetime(),
    createdAt: datetime(),
    expiresAt: { ...datetime(), nullable: true },
    orderId: { type: 'string', length: 128, nullable: true },
    campaignId: { type: 'string', length: 40, nullable: true },
    lotId: { type: 'string', length: 40, nullable: true },
    redemptionId: { type: 'string', length: 40, nullable: true },
    refundId: { type: 'string', length: 128, nullable: true },
    actor: { type: 'string', length: 200, nullable: true },
  },
});

/** Points taken from a lot by a ledger entry (redemption, clawback, expiry): what cancel restores. */
export class LotAllocationRow {
  id!: string;
  entryId!: string;
  lotId!: string;
  memberId!: string;
  redemptionId?: string | null;
  points!: number;
}
export const LotAllocationSchema = new EntitySchema<LotAllocationRow>({
  class: LotAllocationRow,
  tableName: 'lot_allocation',
  indexes: [{ properties: ['redemptionId'] }, { properties: ['lotId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    entryId: { type: 'string', length: 40, index: true },
    lotId: { type: 'string', length: 40 },
    memberId: { type: 'string', length: 40 },
    redemptionId: { type: 'string', length: 40, nullable: true },
    points: bigint(),
  },
});

export class PurchaseRow {
  id!: string;
  orderId!: string;
  memberId!: string;
  amountMinor!: number;
  currency!: string;
  refundedMinor!: number;
  occurredAt!: Date;
  pointsAwarded!: number;
  pointsReversed!: number;
  items?: unknown[] | null;
  createdAt!: Date;
}
export const PurchaseSchema = new EntitySchema<PurchaseRow>({
  class: PurchaseRow,
  tableName: 'purchase',
  // covering for the rolling spend (migration 20261123200000)
  indexes: [
    {
      name: 'purchase_member_spend_index',
      properties: ['memberId', 'occurredAt', 'amountMinor', 'refundedMinor'],
    },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    orderId: { type: 'string', length: 128, unique: true },
    memberId: { type: 'string', length: 40 },
    amountMinor: bigint(),
    currency: { type: 'string', length: 3 },
    refundedMinor: bigint(),
    occurredAt: datetime(),
    pointsAwarded: bigint(),
    pointsReversed: bigint(),
    items: { type: 'json', nullable: true },
    createdAt: datetime(),
  },
});

export class RefundRow {
  id!: string;
  refundId!: string;
  purchaseId!: string;
  memberId!: string;
  amountMinor!: number;
  pointsReversed!: number;
  occurredAt!: Date;
  createdAt!: Date;
}
export const RefundSchema = new EntitySchema<RefundRow>({
  class: RefundRow,
  tableName: 'refund',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    refundId: { type: 'string', length: 128, unique: true },
    purchaseId: { type: 'string', length: 40, index: true },
    memberId: { type: 'string', length: 40 },
    amountMinor: bigint(),
    pointsReversed: bigint(),
    occurredAt: datetime(),
    createdAt: datetime(),
  },
});

export class RewardRow {
  id!: string;
  name!: string;
  type!: string;
  pointsCost!: number;
  cashPriceMinor!: number;
  valueMinor!: number;
  stock?: number | null;
  perMemberLimit?: number | null;
  active!: boolean;
  createdAt!: Date;
}
export const RewardSchema = new EntitySchema<RewardRow>({
  class: RewardRow,
  tableName: 'reward',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 200 },
    type: { type: 'string', length: 16 },
    pointsCost: bigint(),
    cashPriceMinor: bigint(),
    valueMinor: bigint(),
    stock: { type: 'integer', nullable: true },
    perMemberLimit: { type: 'integer', nullable: true },
    active: { type: 'boolean' },
    createdAt: datetime(),
  },
});

export class RedemptionRow {
  id!: string;
  memberId!: string;
  points!: number;
  valueMinor!: number;
  rewardId?: string | null;
  orderId?: string | null;
  orderAmountMinor?: number | null;
  status!: 'COMPLETED' | 'CANCELLED';
  createdAt!: Date;
  cancelledAt?: Date | null;
  /** the actor id that redeemed (a STOREFRONT key may cancel only its own redemptions) */
  createdBy?: string | null;
}
export const RedemptionSchema = new EntitySchema<RedemptionRow>({
  class: RedemptionRow,
  tableName: 'redemption',
  indexes: [{ properties: ['memberId', 'rewardId'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40 },
    points: bigint(),
    valueMinor: bigint(),
    rewardId: { type: 'string', length: 40, nullable: true },
    orderId: { type: 'string', length: 128, nullable: true },
    orderAmountMinor: { ...bigint(), nullable: true },
    status: { type: 'string', length: 16 },
    createdAt: datetime(),
    cancelledAt: { ...datetime(), nullable: true },
    createdBy: { type: 'string', length: 40, nullable: true },
  },
});

/** One row per integration write: the key, a fingerprint of its content and what it produced. */
export class IdempotencyRow {
  scope!: string;
  key!: string;
  fingerprint!: string;
  memberId?: string | null;
  resultId?: string | null;
  result?: Record<string, unknown> | null;
  createdAt!: Date;
}
export const IdempotencySchema = new EntitySchema<IdempotencyRow>({
  class: IdempotencyRow,
  tableName: 'idempotency_key',
  properties: {
    scope: { type: 'string', length: 32, primary: true },
    key: { type: 'string', length: 200, primary: true },
    fingerprint: { type: 'string', length: 64 },
    memberId: { type: 'string', length: 40, nullable: true },
    resultId: { type: 'string', length: 40, nullable: true },
    result: { type: 'json', nullable: true },
    createdAt: datetime(),
  },
});

/** Points the rules refused to issue (caps), kept for review. */
export class RefusalRow {
  id!: string;
  memberId!: string;
  source!: string;
  reason!: string;
  points!: number;
  campaignId?: string | null;
  context?: string | null;
  occurredAt!: Date;
  createdAt!: Date;
}
export const RefusalSchema = new EntitySchema<RefusalRow>({
  class: RefusalRow,
  tableName: 'earning_refusal',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    memberId: { type: 'string', length: 40, index: true },
    source: { type: 'string', length: 24 },
    reason: { type: 'string', length: 64 },
    points: bigint(),
    campaignId: { type: 'string', length: 40, nullable: true },
    context: { type: 'string', length: 200, nullable: true },
    occurredAt: datetime(),
    createdAt: datetime(),
  },
});

/** Transactional outbox: written in the same transaction as the change it reports. */
export class OutboxEventRow {
  id!: string;
  type!: string;
  memberId?: string | null;
  dedupeKey?: string | null;
  payload!: Record<string, unknown>;
  createdAt!: Date;
  deliveredAt?: Date | null;
}
export const OutboxEventSchema = new EntitySchema<OutboxEventRow>({
  class: OutboxEventRow,
  tableName: 'outbox_event',
  indexes: [{ properties: ['deliveredAt', 'id'] }],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    type: { type: 'string', length: 64 },
    memberId: { type: 'string', length: 40, nullable: true },
    dedupeKey: { type: 'string', length: 200, nullable: true, unique: true },
    payload: { type: 'json' },
    createdAt: datetime(),
    deliveredAt: { ...datetime(), nullable: true },
  },
});

export class AuditEntryRow {
  id!: string;
  actor!: string;
  action!: string;
  target!: string;
  before?: string | null;
  after?: string | null;
  at!: Date;
}
export const AuditEntrySchema = new EntitySchema<AuditEntryRow>({
  class: AuditEntryRow,
  tableName: 'audit_entry',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    actor: { type: 'string', length: 200 },
    action: { type: 'string', length: 64 },
    target: { type: 'string', length: 200 },
    before: { type: 'text', nullable: true },
    after: { type: 'text', nullable: true },
    at: datetime(),
  },
});

export type StaffRole =
  'ADMIN' | 'MARKETING' | 'FINANCE' | 'SUPPORT' | 'VIEWER' | 'INTEGRATION' | 'STOREFRONT';

/** A person who signs in to the dashboard (password hashed with bcrypt). */
export class StaffUserRow {
  id!: string;
  email!: string;
  name?: string | null;
  role!: StaffRole;
  passwordHash!: string;
  disabledAt?: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}
export const StaffUserSchema = new EntitySchema<StaffUserRow>({
  class: StaffUserRow,
  tableName: 'staff_user',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    email: { type: 'string', length: 320, unique: true },
    name: { type: 'string', length: 200, nullable: true },
    role: { type: 'string', length: 16 },
    passwordHash: { type: 'string', length: 100 },
    disabledAt: { ...datetime(), nullable: true },
    createdAt: datetime(),
    updatedAt: datetime(),
  },
});

/** A staff user's login session: only the sha256 of the bearer token is stored. */
export class SessionRow {
  id!: string;
  staffUserId!: string;
  tokenHash!: string;
  createdAt!: Date;
  expiresAt!: Date;
  revokedAt?: Date | null;
}
export const SessionSchema = new EntitySchema<SessionRow>({
  class: SessionRow,
  tableName: 'staff_session',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    staffUserId: { type: 'string', length: 40, index: true },
    tokenHash: { type: 'string', length: 64, unique: true },
    createdAt: datetime(),
    expiresAt: datetime(),
    revokedAt: { ...datetime(), nullable: true },
  },
});

/** An API key for an integration or storefront: shown once, stored as a sha256 hash. */
export class ApiKeyRow {
  id!: string;
  name!: string;
  role!: StaffRole;
  /** the first characters of the key, shown in lists so people can tell keys apart */
  prefix!: string;
  keyHash!: string;
  createdBy!: string;
  createdAt!: Date;
  lastUsedAt?: Date | null;
  revokedAt?: Date | null;
}
export const ApiKeySchema = new EntitySchema<ApiKeyRow>({
  class: ApiKeyRow,
  tableName: 'api_key',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 100 },
    role: { type: 'string', length: 16 },
    prefix: { type: 'string', length: 16 },
    keyHash: { type: 'string', length: 64, unique: true },
    createdBy: { type: 'string', length: 200 },
    createdAt: datetime(),
    lastUsedAt: { ...datetime(), nullable: true },
    revokedAt: { ...datetime(), nullable: true },
  },
});

/**
 * Where events are POSTed. `secret` is the signing key sealed with ACCRUE_SECRETS_KEY (AES-256-GCM,
 * modules/webhooks/secret-box.ts). An endpoint the dispatcher turned off (410 Gone, or failing for a
 * whole retry schedule) has `active` false and says when and why in `disabledAt`/`disabledReason`.
 */
export class WebhookEndpointRow {
  id!: string;
  url!: string;
  description?: string | null;
  events!: string[];
  secret!: string;
  active!: boolean;
  createdAt!: Date;
  updatedAt!: Date;
  disabledAt?: Date | null;
  disabledReason?: string | null;
  /** the first failed attempt since the last success (null while it succeeds) */
  failingSince?: Date | null;
}
export const WebhookEndpointSchema = new EntitySchema<WebhookEndpointRow>({
  class: WebhookEndpointRow,
  tableName: 'webhook_endpoint',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    url: { type: 'string', length: 2000 },
    description: { type: 'string', length: 500, nullable: true },
    events: { type: 'json' },
    secret: { type: 'string', length: 100 },
    active: { type: 'boolean' },
    createdAt: datetime(),
    updatedAt: datetime(),
    disabledAt: { ...datetime(), nullable: true },
    disabledReason: { type: 'string', length: 500, nullable: true },
    failingSince: { ...datetime(), nullable: true },
  },
});

export type WebhookDeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';
export interface WebhookAttempt {
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

/** One event to one endpoint: its state, the retry schedule and the log of attempts. */
export class WebhookDeliveryRow {
  id!: string;
  endpointId!: string;
  eventId!: string;
  eventType!: string;
  status!: WebhookDeliveryStatus;
  attempts!: number;
  nextAttemptAt?: Date | null;
  lastAttemptAt?: Date | null;
  responseStatus?: number | null;
  lastError?: string | null;
  /** the most recent attempts (newest last, at most 20) */
  log!: WebhookAttempt[];
  createdAt!: Date;
  deliveredAt?: Date | null;
}
export const WebhookDeliverySchema = new EntitySchema<WebhookDeliveryRow>({
  class: WebhookDeliveryRow,
  tableName: 'webhook_delivery',
  uniques: [{ properties: ['endpointId', 'eventId'] }],
  indexes: [
    { properties: ['status', 'nextAttemptAt'] },
    { properties: ['endpointId', 'id'] },
    { properties: ['eventId'] },
  ],
  properties: {
    id: { type: 'string', length: 40, primary: true },
    endpointId: { type: 'string', length: 40 },
    eventId: { type: 'string', length: 40 },
    eventType: { type: 'string', length: 64 },
    status: { type: 'string', length: 16 },
    attempts: { type: 'integer' },
    nextAttemptAt: { ...datetime(), nullable: true },
    lastAttemptAt: { ...datetime(), nullable: true },
    responseStatus: { type: 'integer', nullable: true },
    lastError: { type: 'string', length: 500, nullable: true },
    log: { type: 'json' },
    createdAt: datetime(),
    deliveredAt: { ...datetime(), nullable: true },
  },
});

export const ALL_ENTITIES = [
  ProgramSettingsSchema,
  TierSchema,
  MemberSchema,
  LotSchema,
  LedgerEntrySchema,
  LotAllocationSchema,
  PurchaseSchema,
  RefundSchema,
  RewardSchema,
  RedemptionSchema,
  IdempotencySchema,
  RefusalSchema,
  OutboxEventSchema,
  AuditEntrySchema,
  StaffUserSchema,
  SessionSchema,
  ApiKeySchema,
  WebhookEndpointSchema,
  WebhookDeliverySchema,
];
