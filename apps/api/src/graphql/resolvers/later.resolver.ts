/**
 * Contract operations that belong to later issues (campaigns and A/B tests, metrics and cost
 * monitoring, staff users and API keys). They are in the schema so the contract holds, and answer
 * NOT_IMPLEMENTED until their issue lands (listed in the README).
 */
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../context';
import { notImplemented } from '../errors';
import { CampaignStatus, Granularity } from '../enums';
import {
  AlertThresholdsInput,
  CampaignIdInput,
  CreateApiKeyInput,
  CreateCampaignInput,
  CreateStaffUserInput,
  LoginInput,
  MemberRefInput,
  PromoteVariantInput,
  UpdateCampaignInput,
} from '../inputs';
import { DateTime } from '../scalars';
import {
  AlertThresholds,
  AlertThresholdsPayload,
  Assignment,
  Campaign,
  CampaignConnection,
  CampaignPayload,
  CostMonitor,
  CreateApiKeyPayload,
  CreateStaffUserPayload,
  LoginPayload,
  MetricsReport,
  StaffUser,
} from '../types';
import { ConnectionArgsType } from './member.resolver';
import { Role } from '../enums';

@Resolver()
export class LaterResolver {
  @Authorized('viewer:read')
  @Query(() => StaffUser, { nullable: true })
  viewer(@Ctx() ctx: GqlContext): StaffUser | null {
    const a = ctx.actor!;
    if (a.kind === 'apiKey') return null;
    return Object.assign(new StaffUser(), { id: a.id, email: a.label, name: a.label, role: a.role as Role });
  }

  @Mutation(() => LoginPayload)
  login(@Arg('input', () => LoginInput) _input: LoginInput): LoginPayload {
    return notImplemented('login');
  }

  @Authorized('staff:write')
  @Mutation(() => CreateStaffUserPayload)
  createStaffUser(@Arg('input', () => CreateStaffUserInput) _input: CreateStaffUserInput): CreateStaffUserPayload {
    return notImplemented('createStaffUser');
  }

  @Authorized('apikeys:write')
  @Mutation(() => CreateApiKeyPayload)
  createApiKey(@Arg('input', () => CreateApiKeyInput) _input: CreateApiKeyInput): CreateApiKeyPayload {
    return notImplemented('createApiKey');
  }

  @Authorized('campaigns:read')
  @Query(() => Campaign, { nullable: true })
  campaign(@Arg('id', () => ID) _id: string): Campaign | null {
    return notImplemented('campaign');
  }

  @Authorized('campaigns:read')
  @Query(() => CampaignConnection)
  campaigns(
    @Arg('status', () => CampaignStatus, { nullable: true }) _status: CampaignStatus | null,
    @Args(() => ConnectionArgsType) _args: ConnectionArgsType,
  ): CampaignConnection {
    return notImplemented('campaigns');
  }

  @Authorized('member:read')
  @Query(() => Assignment)
  assignment(
    @Arg('campaignId', () => ID) _campaignId: string,
    @Arg('member', () => MemberRefInput) _member: MemberRefInput,
  ): Assignment {
    return notImplemented('assignment');
  }

  @Authorized('metrics:read')
  @Query(() => MetricsReport)
  metrics(
    @Arg('from', () => DateTime) _from: Date,
    @Arg('to', () => DateTime) _to: Date,
    @Arg('granularity', () => Granularity, { nullable: true, defaultValue: Granularity.DAY }) _g: Granularity,
  ): MetricsReport {
    return notImplemented('metrics');
  }

  @Authorized('metrics:read')
  @Query(() => CostMonitor)
  costMonitor(@Arg('windowDays', () => Int, { nullable: true, defaultValue: 30 }) _windowDays: number): CostMonitor {
    return notImplemented('costMonitor');
  }

  @Authorized('metrics:read')
  @Query(() => AlertThresholds)
  alertThresholds(): AlertThresholds {
    return notImplemented('alertThresholds');
  }

  @Authorized('thresholds:write')
  @Mutation(() => AlertThresholdsPayload)
  updateAlertThresholds(@Arg('input', () => AlertThresholdsInput) _input: AlertThresholdsInput): AlertThresholdsPayload {
    return notImplemented('updateAlertThresholds');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  createCampaign(@Arg('input', () => CreateCampaignInput) _input: CreateCampaignInput): CampaignPayload {
    return notImplemented('createCampaign');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  updateCampaign(@Arg('input', () => UpdateCampaignInput) _input: UpdateCampaignInput): CampaignPayload {
    return notImplemented('updateCampaign');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  launchCampaign(@Arg('input', () => CampaignIdInput) _input: CampaignIdInput): CampaignPayload {
    return notImplemented('launchCampaign');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  pauseCampaign(@Arg('input', () => CampaignIdInput) _input: CampaignIdInput): CampaignPayload {
    return notImplemented('pauseCampaign');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  resumeCampaign(@Arg('input', () => CampaignIdInput) _input: CampaignIdInput): CampaignPayload {
    return notImplemented('resumeCampaign');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  endCampaign(@Arg('input', () => CampaignIdInput) _input: CampaignIdInput): CampaignPayload {
    return notImplemented('endCampaign');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  promoteVariant(@Arg('input', () => PromoteVariantInput) _input: PromoteVariantInput): CampaignPayload {
    return notImplemented('promoteVariant');
  }
}
