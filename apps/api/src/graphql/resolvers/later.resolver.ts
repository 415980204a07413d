/**
 * Contract operations that belong to later issues (campaigns and A/B tests, metrics and cost
 * monitoring). They are in the schema so the contract holds, and answer
 * NOT_IMPLEMENTED until their issue lands (listed in the README).
 */
import { Arg, Args, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../auth-checker';
import { notImplemented } from '../errors';
import { CampaignStatus, Granularity } from '../enums';
import { AlertThresholdsInput } from '../../modules/metrics/metrics.inputs';
import {
  CampaignIdInput,
  CreateCampaignInput,
  PromoteVariantInput,
  UpdateCampaignInput,
} from '../../modules/campaigns/campaign.inputs';
import { MemberRefInput } from '../../modules/members/member.inputs';
import { DateTime } from '../scalars';
import {
  AlertThresholds,
  AlertThresholdsPayload,
  CostMonitor,
  MetricsReport,
} from '../../modules/metrics/metrics.types';
import {
  Assignment,
  Campaign,
  CampaignConnection,
  CampaignPayload,
} from '../../modules/campaigns/campaign.types';
import { ConnectionArgsType } from '../pagination';

@Resolver()
export class LaterResolver {
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

  @Authorized('campaigns:read')
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
  costMonitor(
    @Arg('windowDays', () => Int, { nullable: true, defaultValue: 30 }) _windowDays: number,
  ): CostMonitor {
    return notImplemented('costMonitor');
  }

  @Authorized('metrics:read')
  @Query(() => AlertThresholds)
  alertThresholds(): AlertThresholds {
    return notImplemented('alertThresholds');
  }

  @Authorized('thresholds:write')
  @Mutation(() => AlertThresholdsPayload)
  updateAlertThresholds(
    @Arg('input', () => AlertThresholdsInput) _input: AlertThresholdsInput,
  ): AlertThresholdsPayload {
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
