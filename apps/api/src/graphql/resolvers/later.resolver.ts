/**
 * Contract operations that belong to later issues (campaigns and A/B tests; the metrics ones
 * live in modules/metrics). They are in the schema so the contract holds, and answer
 * NOT_IMPLEMENTED until their issue lands (listed in the README).
 */
import { Arg, Args, Authorized, ID, Mutation, Query, Resolver } from 'type-graphql';
import { notImplemented } from '../errors';
import { CampaignStatus } from '../enums';
import {
  CampaignIdInput,
  CreateCampaignInput,
  MemberRefInput,
  PromoteVariantInput,
  UpdateCampaignInput,
} from '../inputs';
import { Assignment, Campaign, CampaignConnection, CampaignPayload } from '../types';
import { ConnectionArgsType } from './member.resolver';

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
