/**
 * Every ORM entity, for the ORM's options. Entities are plain classes mapped with EntitySchema (no
 * decorator metadata), one file per domain family, separate from the GraphQL types in
 * src/modules/<domain>.
 */
import { ProgramSettingsSchema } from './program';
import { TierSchema } from './tiers';
import { MemberSchema } from './members';
import { LotSchema, LedgerEntrySchema, LotAllocationSchema } from './points';
import { PurchaseSchema, RefundSchema } from './purchases';
import { RewardSchema } from './rewards';
import { RedemptionSchema } from './redemptions';
import { IdempotencySchema, RefusalSchema } from './idempotency';
import { OutboxEventSchema } from './outbox';
import { AuditEntrySchema, StaffUserSchema, SessionSchema, ApiKeySchema } from './access';
import { WebhookEndpointSchema, WebhookDeliverySchema } from './webhooks';
import { CAMPAIGN_ENTITIES } from './campaigns';
import { METRICS_ENTITIES } from './metrics';
import { DRAW_ENTITIES, ENGAGEMENT_ENTITIES, LEADERBOARD_ENTITIES } from './engagement';
import { SOCIAL_ENTITIES } from './social';

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
  ...CAMPAIGN_ENTITIES,
  ...METRICS_ENTITIES,
  ...ENGAGEMENT_ENTITIES,
  ...DRAW_ENTITIES,
  ...LEADERBOARD_ENTITIES,
  ...SOCIAL_ENTITIES,
];
