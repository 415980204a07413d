import 'reflect-metadata';
import './enums';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './auth-checker';
import { DateTime } from './scalars';
import { LaterResolver } from './resolvers/later.resolver';
import { MemberResolver } from './resolvers/member.resolver';
import {
  LedgerEntryFieldsResolver,
  PointsResolver,
  PurchaseFieldsResolver,
  RedemptionFieldsResolver,
} from './resolvers/points.resolver';
import { ProgramResolver, TierFieldsResolver } from './resolvers/program.resolver';
import { StaffResolver } from './resolvers/staff.resolver';
import { WebhookResolver } from '../modules/webhooks/webhook.resolver';
import { EngagementResolver } from '../modules/engagement/engagement.resolver';
import { PaidExtensionResolver } from '../modules/engagement/extension.resolver';
import { DrawResolver } from '../modules/engagement/draw.resolver';
import { LeaderboardResolver } from '../modules/engagement/leaderboard.resolver';

let cached: Promise<GraphQLSchema> | null = null;

/** The executable schema; `emitSchemaFile` writes apps/api/schema.graphql (committed). */
export function buildAppSchema(emitTo?: string): Promise<GraphQLSchema> {
  if (cached && !emitTo) return cached;
  cached = buildSchema({
    resolvers: [
      MemberResolver,
      PointsResolver,
      PurchaseFieldsResolver,
      RedemptionFieldsResolver,
      LedgerEntryFieldsResolver,
      ProgramResolver,
      TierFieldsResolver,
      StaffResolver,
      WebhookResolver,
      EngagementResolver,
      PaidExtensionResolver,
      DrawResolver,
      LeaderboardResolver,
      LaterResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTime }],
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
  return cached;
}
