/** Campaigns and A/B tests in GraphQL: thin resolvers over the use cases and queries of this module. */
import { campaignPauseReason, campaignStatus, DomainError, type CampaignAction } from '@accrue/core';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { MemberRow } from '../../db/entities/members';
import type { GqlContext } from '../../graphql/context';
import { CampaignPauseReason, CampaignStatus } from '../../graphql/enums';
import { payload } from '../../graphql/errors';
import {
  CampaignIdInput,
  CreateCampaignInput,
  PromoteVariantInput,
  UpdateCampaignInput,
} from './campaign.inputs';
import { MemberRefInput } from '../members/member.inputs';
import { paginate } from '../../graphql/pagination';
import { ConnectionArgsType } from '../../graphql/pagination';
import { SafeInt } from '../../graphql/scalars';
import {
  Assignment,
  Campaign,
  CampaignConnection,
  CampaignPayload,
  CampaignResults,
  VariantResult,
} from './campaign.types';
import { ID_PREFIX } from '../../ids';
import { describeRef, memberWhere } from '../../services/members';
import { changeCampaignPhase, promoteVariant } from './change-campaign-phase';
import { createCampaign } from './create-campaign';
import { CampaignRow } from '../../db/entities/campaigns';
import {
  CampaignPacing,
  CampaignSimulation,
  campaignLoaders,
  PacingState,
  SrmStatus,
  toCampaign,
  type CampaignNode,
  type CampaignResultsNode,
  type VariantResultNode,
} from './graphql';
import { memberAssignment, pacingOf, statusFilter } from './queries';
import { simulateCampaign } from './simulate-campaign';
import { campaignStackingPreview } from './stacking-preview';
import { CampaignStackingPreview, CampaignStackingPreviewInput } from './stacking-preview.types';
import { updateCampaign } from './update-campaign';

@Resolver()
export class CampaignResolver {
  @Authorized('campaigns:read')
  @Query(() => Campaign, { nullable: true })
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    const row = await campaignLoaders(ctx).campaign.load(id);
    return row && toCampaign(row, ctx.app.clock.now());
  }

  @Authorized('campaigns:read')
  @Query(() => CampaignConnection)
  async campaigns(
    @Arg('status', () => CampaignStatus, { nullable: true }) status: CampaignStatus | null,
    @Args(() => ConnectionArgsType) args: ConnectionArgsType,
    @Ctx() ctx: GqlContext,
  ) {
    const now = ctx.app.clock.now();
    const page = await paginate(
      ctx.em,
      CampaignRow,
      status
        ? statusFilter(status, now, { poolCapReached: await campaignLoaders(ctx).poolCapReached() })
        : {},
      args,
      'desc',
      ID_PREFIX.campaign,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCampaign(e.node, now) })) };
  }

  /** Any member's arm: the recorded one once exposed, else what the hash gives. */
  @Authorized('campaigns:read')
  @Query(() => Assignment)
  async assignment(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('member', () => MemberRefInput) member: MemberRefInput,
    @Ctx() ctx: GqlContext,
  ) {
    const campaign = await campaignLoaders(ctx).campaign.load(campaignId);
    if (!campaign) throw new DomainError('NOT_FOUND', `No campaign with id "${campaignId}"`, ['campaignId']);
    const row = await ctx.em.findOne(MemberRow, memberWhere(member, ['member']));
    if (!row) throw new DomainError('MEMBER_NOT_FOUND', `No member with ${describeRef(member)}`, ['member']);
    const a = await memberAssignment(ctx.em, campaign, row.id);
    return {
      campaign: toCampaign(campaign, ctx.app.clock.now()),
      variantKey: a.variantKey,
      inHoldout: a.inHoldout,
    };
  }

  /** addition: what a campaign would have done over the last `days` days of purchases (writes nothing) */
  @Authorized('campaigns:read')
  @Query(() => CampaignSimulation)
  async simulateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('days', () => Int, { nullable: true, defaultValue: 30 }) days: number,
    @Ctx() ctx: GqlContext,
  ) {
    const program = await ctx.loaders.program();
    const r = await simulateCampaign(ctx.em, program, { id, days, now: ctx.app.clock.now() });
    const names = new Map(program.tiers.map((t) => [t.id, t.name]));
    return {
      ...r,
      byTier: r.byTier.map((t) => ({ ...t, tierName: names.get(t.tierId) ?? null })),
      skipped: Object.entries(r.skipped).map(([reason, purchases]) => ({ reason, purchases })),
    };
  }

  /** addition: how a campaign (saved, or the setup form's draft) stacks with the live ones on one purchase */
  @Authorized('campaigns:read')
  @Query(() => CampaignStackingPreview)
  async campaignStackingPreview(
    @Arg('input', () => CampaignStackingPreviewInput) input: CampaignStackingPreviewInput,
    @Ctx() ctx: GqlContext,
  ) {
    const program = await ctx.loaders.program();
    const capReached = await campaignLoaders(ctx).poolCapReached();
    return campaignStackingPreview(ctx.em, program, input as never, ctx.app.clock.now(), capReached);
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({
      campaign: toCampaign(await createCampaign(ctx.app, ctx.actor!, input as never), ctx.app.clock.now()),
    }));
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  updateCampaign(
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({
      campaign: toCampaign(await updateCampaign(ctx.app, ctx.actor!, input as never), ctx.app.clock.now()),
    }));
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  launchCampaign(@Arg('input', () => CampaignIdInput) input: CampaignIdInput, @Ctx() ctx: GqlContext) {
    return this.move(ctx, input.id, 'LAUNCH');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  pauseCampaign(@Arg('input', () => CampaignIdInput) input: CampaignIdInput, @Ctx() ctx: GqlContext) {
    return this.move(ctx, input.id, 'PAUSE');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  resumeCampaign(@Arg('input', () => CampaignIdInput) input: CampaignIdInput, @Ctx() ctx: GqlContext) {
    return this.move(ctx, input.id, 'RESUME');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  endCampaign(@Arg('input', () => CampaignIdInput) input: CampaignIdInput, @Ctx() ctx: GqlContext) {
    return this.move(ctx, input.id, 'END');
  }

  @Authorized('campaigns:write')
  @Mutation(() => CampaignPayload)
  promoteVariant(
    @Arg('input', () => PromoteVariantInput) input: PromoteVariantInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({
      campaign: toCampaign(
        await promoteVariant(ctx.app, ctx.actor!, input.id, input.variantKey),
        ctx.app.clock.now(),
      ),
    }));
  }

  private move(ctx: GqlContext, id: string, action: CampaignAction) {
    return payload(async () => ({
      campaign: toCampaign(await changeCampaignPhase(ctx.app, ctx.actor!, id, action), ctx.app.clock.now()),
    }));
  }
}

@Resolver(() => Campaign)
export class CampaignFieldsResolver {
  @FieldResolver(() => SafeInt)
  async pointsIssued(@Root() c: CampaignNode, @Ctx() ctx: GqlContext) {
    return (await campaignLoaders(ctx).figures.load(c.id)).pointsIssued;
  }

  @FieldResolver(() => CampaignResults)
  results(@Root() c: CampaignNode, @Ctx() ctx: GqlContext) {
    return campaignLoaders(ctx).results.load(c.id);
  }

  @FieldResolver(() => CampaignPacing, {
    description: 'addition: points issued, budget left, burn rate, projected run-out',
  })
  async pacing(@Root() c: CampaignNode, @Ctx() ctx: GqlContext) {
    return pacingOf(c.row, await campaignLoaders(ctx).figures.load(c.id), ctx.app.clock.now());
  }

  @FieldResolver(() => Boolean, {
    description: 'addition: the budget ran out (campaign.budget_exhausted was recorded)',
  })
  async budgetExhausted(@Root() c: CampaignNode, @Ctx() ctx: GqlContext) {
    return (await campaignLoaders(ctx).figures.load(c.id)).budgetExhausted;
  }

  /** the stored phase and the clock, and PAUSED while the program-wide pool cap is reached */
  @FieldResolver(() => CampaignStatus)
  async status(@Root() c: CampaignNode, @Ctx() ctx: GqlContext) {
    const poolCapReached = await campaignLoaders(ctx).poolCapReached();
    return campaignStatus(c.row, ctx.app.clock.now(), { poolCapReached });
  }

  @FieldResolver(() => CampaignPauseReason, {
    nullable: true,
    description:
      'addition: why the campaign is PAUSED: MANUAL (pauseCampaign; it stays paused until resumed) or POOL_CAP (the program-wide pool cap is reached; it resumes by itself when the cap clears)',
  })
  async pauseReason(@Root() c: CampaignNode, @Ctx() ctx: GqlContext) {
    const poolCapReached = await campaignLoaders(ctx).poolCapReached();
    return campaignPauseReason(c.row, ctx.app.clock.now(), { poolCapReached });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'addition: the variant promoteVariant made the winner',
  })
  promotedVariantKey(@Root() c: CampaignNode) {
    return c.row.promotedVariantKey;
  }
}

/** Additions to VariantResult: the statistics behind the contract's figures. */
@Resolver(() => VariantResult)
export class VariantResultFieldsResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'members the configured split expects in this arm',
  })
  expectedMembers(@Root() v: VariantResultNode) {
    return v.expectedMembers;
  }
  @FieldResolver(() => Int)
  repurchasers(@Root() v: VariantResultNode) {
    return v.stats.repurchasers;
  }
  @FieldResolver(() => Float, { description: 'revenue per member before capping' })
  revenuePerMemberUncapped(@Root() v: VariantResultNode) {
    return v.stats.revenuePerMemberUncapped;
  }
  @FieldResolver(() => Float, { description: 'capped revenue per member minus the points cost per member' })
  netRevenuePerMember(@Root() v: VariantResultNode) {
    return v.stats.netRevenuePerMember;
  }
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'revenue per member against the holdout, absolute (minor units)',
  })
  revenueDifference(@Root() v: VariantResultNode) {
    return v.stats.revenue?.difference ?? null;
  }
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'CUPED (30-day pre-period spend): relative uplift',
  })
  cupedUplift(@Root() v: VariantResultNode) {
    return v.stats.revenueCuped?.relative ?? null;
  }
  @FieldResolver(() => Float, { nullable: true })
  cupedCiLow(@Root() v: VariantResultNode) {
    return v.stats.revenueCuped?.relativeCiLow ?? null;
  }
  @FieldResolver(() => Float, { nullable: true })
  cupedCiHigh(@Root() v: VariantResultNode) {
    return v.stats.revenueCuped?.relativeCiHigh ?? null;
  }
  @FieldResolver(() => Float, { nullable: true })
  cupedPValue(@Root() v: VariantResultNode) {
    return v.stats.revenueCuped?.pValue ?? null;
  }
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'net revenue per member (after points cost) against the holdout, CUPED, absolute',
  })
  netRevenueDifference(@Root() v: VariantResultNode) {
    return v.stats.netRevenueCuped?.difference ?? null;
  }
  @FieldResolver(() => Float, { nullable: true })
  netRevenueCiLow(@Root() v: VariantResultNode) {
    return v.stats.netRevenueCuped?.ciLow ?? null;
  }
  @FieldResolver(() => Float, { nullable: true })
  netRevenueCiHigh(@Root() v: VariantResultNode) {
    return v.stats.netRevenueCuped?.ciHigh ?? null;
  }
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'p-value of the net revenue test after the Holm correction across variants',
  })
  adjustedPValue(@Root() v: VariantResultNode) {
    return v.stats.adjustedPValue;
  }
  @FieldResolver(() => Float, {
    nullable: true,
    description: "repurchase rate minus the holdout's (two-proportion z-test)",
  })
  repurchaseDifference(@Root() v: VariantResultNode) {
    return v.stats.repurchase?.difference ?? null;
  }
  @FieldResolver(() => Float, { nullable: true })
  repurchasePValue(@Root() v: VariantResultNode) {
    return v.stats.repurchase?.pValue ?? null;
  }
  @FieldResolver(() => SafeInt, { nullable: true })
  incrementalRevenueMinor(@Root() v: VariantResultNode) {
    return v.stats.incrementalRevenueMinor;
  }
  @FieldResolver(() => SafeInt, { nullable: true, description: 'incremental revenue minus the points cost' })
  incrementalNetRevenueMinor(@Root() v: VariantResultNode) {
    return v.stats.incrementalNetRevenueMinor;
  }
  @FieldResolver(() => Float, { nullable: true, description: 'points cost per unit of incremental revenue' })
  costPerIncrementalRevenue(@Root() v: VariantResultNode) {
    return v.stats.costPerIncrementalRevenue;
  }
  @FieldResolver(() => Float, { nullable: true })
  roi(@Root() v: VariantResultNode) {
    return v.stats.roi;
  }
}

/** Additions to CampaignResults. */
@Resolver(() => CampaignResults)
export class CampaignResultsFieldsResolver {
  @FieldResolver(() => SrmStatus)
  srmStatus(@Root() r: CampaignResultsNode) {
    return r.stats.srm.status as SrmStatus;
  }
  @FieldResolver(() => Float, { nullable: true })
  srmChiSquare(@Root() r: CampaignResultsNode) {
    return r.stats.srm.chiSquare;
  }
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'the pooled 99th percentile at which revenue per member is capped',
  })
  revenueCapMinor(@Root() r: CampaignResultsNode) {
    return r.stats.cap;
  }
  @FieldResolver(() => Int)
  cappedMembers(@Root() r: CampaignResultsNode) {
    return r.stats.cappedMembers;
  }
  @FieldResolver(() => Float)
  cupedVarianceReduction(@Root() r: CampaignResultsNode) {
    return r.stats.cupedVarianceReduction;
  }
  @FieldResolver(() => SafeInt, { nullable: true })
  incrementalNetRevenueMinor(@Root() r: CampaignResultsNode) {
    return r.stats.incrementalNetRevenueMinor;
  }
  @FieldResolver(() => SafeInt, {
    description: "the campaign's cost: its points issued (net of clawbacks) × point value",
  })
  pointsCostMinor(@Root() r: CampaignResultsNode) {
    return r.stats.pointsCostMinor;
  }
  @FieldResolver(() => SafeInt, {
    description:
      'revenue from participants: net spend since exposure of the members in its variants (holdout excluded)',
  })
  participantRevenueMinor(@Root() r: CampaignResultsNode) {
    return r.stats.participantRevenueMinor;
  }
  @FieldResolver(() => [String], {
    description:
      'why there is no winner: NO_HOLDOUT, NOT_ENOUGH_MEMBERS, SRM_MISMATCH, NOT_SIGNIFICANT, NO_POSITIVE_EFFECT',
  })
  missing(@Root() r: CampaignResultsNode) {
    return r.stats.missing;
  }
  @FieldResolver(() => SafeInt, {
    nullable: true,
    description:
      'more exposed members needed (all arms, at the configured split) for the observed effect to be detected at 80% power',
  })
  additionalMembersNeeded(@Root() r: CampaignResultsNode) {
    return r.stats.additionalMembersNeeded;
  }
}

export { PacingState };
