import 'reflect-metadata';
import './enums';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './auth-checker';
import { DateTime } from './scalars';
import { NodeResolver } from './node.resolver';
import { AccessResolver } from '../modules/access/access.resolver';
import { AuditLogResolver } from '../modules/access/audit-log.resolver';
import {
  CampaignFieldsResolver,
  CampaignResolver,
  CampaignResultsFieldsResolver,
  VariantResultFieldsResolver,
} from '../modules/campaigns/campaign.resolver';
import { MemberResolver } from '../modules/members/member.resolver';
import { AlertFieldsResolver, MetricsResolver } from '../modules/metrics/metrics.resolver';
import { LedgerEntryFieldsResolver, PointsResolver } from '../modules/points/points.resolver';
import { ProgramResolver } from '../modules/program/program.resolver';
import { PurchaseFieldsResolver, PurchaseResolver } from '../modules/purchases/purchase.resolver';
import { RedemptionFieldsResolver, RedemptionResolver } from '../modules/redemptions/redemption.resolver';
import { MemberRedemptionsResolver } from '../modules/redemptions/member-redemptions.resolver';
import { RewardResolver } from '../modules/rewards/reward.resolver';
import { TierFieldsResolver, TierResolver } from '../modules/tiers/tier.resolver';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver';
import { EngagementResolver, EngagementTaskFieldsResolver } from '../modules/engagement/engagement.resolver';
import { PaidExtensionResolver } from '../modules/engagement/extension.resolver';
import { DrawResolver } from '../modules/engagement/draw.resolver';
import {
  BoostContributionFieldsResolver,
  BoostFieldsResolver,
  GroupBuyParticipantFieldsResolver,
  SocialResolver,
} from '../modules/engagement/social.resolver';
import { LeaderboardResolver } from '../modules/engagement/leaderboard.resolver';

let cached: Promise<GraphQLSchema> | null = null;

/** The executable schema; `emitSchemaFile` writes apps/api/schema.graphql (committed). */
export function buildAppSchema(emitTo?: string): Promise<GraphQLSchema> {
  if (cached && !emitTo) return cached;
  cached = buildSchema({
    resolvers: [
      NodeResolver,
      MemberResolver,
      PointsResolver,
      LedgerEntryFieldsResolver,
      PurchaseResolver,
      PurchaseFieldsResolver,
      RedemptionResolver,
      RedemptionFieldsResolver,
      MemberRedemptionsResolver,
      RewardResolver,
      TierResolver,
      TierFieldsResolver,
      ProgramResolver,
      AccessResolver,
      AuditLogResolver,
      WebhookResolver,
      CampaignResolver,
      CampaignFieldsResolver,
      VariantResultFieldsResolver,
      CampaignResultsFieldsResolver,
      MetricsResolver,
      AlertFieldsResolver,
      EngagementResolver,
      EngagementTaskFieldsResolver,
      PaidExtensionResolver,
      DrawResolver,
      SocialResolver,
      GroupBuyParticipantFieldsResolver,
      BoostContributionFieldsResolver,
      BoostFieldsResolver,
      LeaderboardResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTime }],
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
  return cached;
}
