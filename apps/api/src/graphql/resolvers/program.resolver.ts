import { ID_PREFIX } from '../../ids';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth-checker';
import { GraphQLError } from 'graphql';
import { AuditEntryRow, RewardRow } from '../../db/entities';
import { createReward } from '../../services/use-cases/create-reward';
import { saveTiers } from '../../services/use-cases/save-tiers';
import { updateProgramSettings } from '../../services/use-cases/update-program-settings';
import type { GqlContext } from '../context';
import { payload } from '../errors';
import { CreateRewardInput, SaveTiersInput, UpdateProgramSettingsInput } from '../inputs';
import {
  toAuditEntry,
  toLedgerEntry,
  toMember,
  toProgramSettings,
  toPurchase,
  toRedemption,
  toReward,
  toStaffUser,
  toTier,
} from '../map';
import { paginate } from '../pagination';
import { ConnectionArgsType } from './member.resolver';
import { Args } from 'type-graphql';
import {
  AuditEntryConnection,
  CreateRewardPayload,
  Node,
  ProgramSettings,
  Reward,
  SaveTiersPayload,
  Tier,
  UpdateProgramSettingsPayload,
  nodeTypeOf,
} from '../types';
import { can } from '../../auth/permissions';
import { campaignLoaders, toCampaign } from '../../modules/campaigns/graphql';
import { LedgerEntryRow, MemberRow, PurchaseRow, RedemptionRow, StaffUserRow } from '../../db/entities';

@Resolver()
export class ProgramResolver {
  @Authorized('program:read')
  @Query(() => ProgramSettings)
  async programSettings(@Ctx() ctx: GqlContext) {
    return toProgramSettings(await ctx.loaders.program());
  }

  @Authorized('program:write')
  @Mutation(() => UpdateProgramSettingsPayload)
  updateProgramSettings(
    @Arg('input', () => UpdateProgramSettingsInput) input: UpdateProgramSettingsInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      await updateProgramSettings(ctx.app, ctx.actor!, input);
      return { settings: toProgramSettings(await ctx.app.program.get(ctx.app.orm.em.fork())) };
    });
  }

  @Authorized('tiers:read')
  @Query(() => [Tier])
  async tiers(@Ctx() ctx: GqlContext) {
    return (await ctx.loaders.program()).tiers.map(toTier);
  }

  @Authorized('tiers:write')
  @Mutation(() => SaveTiersPayload)
  saveTiers(@Arg('input', () => SaveTiersInput) input: SaveTiersInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({ tiers: (await saveTiers(ctx.app, ctx.actor!, input)).map(toTier) }));
  }

  @Authorized('rewards:read')
  @Query(() => [Reward])
  async rewards(
    @Arg('activeOnly', () => Boolean, { nullable: true, defaultValue: true }) activeOnly: boolean | null,
    @Ctx() ctx: GqlContext,
  ) {
    const rows = await ctx.em.find(RewardRow, activeOnly === false ? {} : { active: true }, {
      orderBy: { id: 'asc' },
    });
    return rows.map(toReward);
  }

  @Authorized('rewards:write')
  @Mutation(() => CreateRewardPayload)
  createReward(@Arg('input', () => CreateRewardInput) input: CreateRewardInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({ reward: toReward(await createReward(ctx.app, ctx.actor!, input)) }));
  }

  @Authorized('audit:read')
  @Query(() => AuditEntryConnection)
  async auditLog(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    const page = await paginate(ctx.em, AuditEntryRow, {}, args, 'desc', ID_PREFIX.audit);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAuditEntry(e.node) })) };
  }

  /** Relay's node(id): the id's prefix names its type; the caller needs that type's read permission. */
  @Authorized()
  @Query(() => Node, { nullable: true })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext): Promise<Node | null> {
    const type = nodeTypeOf(id);
    const role = ctx.actor!.role;
    const need = {
      Member: 'member:read',
      LedgerEntry: 'ledger:read',
      Purchase: 'ledger:read',
      Redemption: 'ledger:read',
      Reward: 'rewards:read',
      Tier: 'tiers:read',
      AuditEntry: 'audit:read',
      StaffUser: 'staff:read',
      Campaign: 'campaigns:read',
    } as const;
    if (!type || !(type in need)) return null;
    if (!can(role, need[type as keyof typeof need]))
      throw new GraphQLError(`Role ${role} may not read ${type}`, {
        extensions: { code: 'FORBIDDEN', http: { status: 403 } },
      });
    const em = ctx.em;
    switch (type) {
      case 'Member': {
        const r = await em.findOne(MemberRow, { id });
        return r && toMember(r, ctx.actor);
      }
      case 'LedgerEntry': {
        const r = await em.findOne(LedgerEntryRow, { id });
        return r && toLedgerEntry(r);
      }
      case 'Purchase': {
        const r = await em.findOne(PurchaseRow, { id });
        return r && toPurchase(r);
      }
      case 'Redemption': {
        const r = await em.findOne(RedemptionRow, { id });
        return r && toRedemption(r);
      }
      case 'Reward': {
        const r = await em.findOne(RewardRow, { id });
        return r && toReward(r);
      }
      case 'Campaign': {
        const r = await campaignLoaders(ctx).campaign.load(id);
        return r && toCampaign(r, ctx.app.clock.now());
      }
      case 'Tier': {
        const t = (await ctx.loaders.program()).tiers.find((x) => x.id === id);
        return t ? toTier(t) : null;
      }
      case 'AuditEntry': {
        const r = await em.findOne(AuditEntryRow, { id });
        return r && toAuditEntry(r);
      }
      case 'StaffUser': {
        const r = await em.findOne(StaffUserRow, { id });
        return r && toStaffUser(r);
      }
    }
    return null;
  }
}

@Resolver(() => Tier)
export class TierFieldsResolver {
  // a program-wide figure: for the roles that read the tier table, not a storefront that reads a member's tier
  @Authorized('tiers:read')
  @FieldResolver(() => Int)
  memberCount(@Root() t: Tier, @Ctx() ctx: GqlContext) {
    return ctx.loaders.tierMemberCount.load(t.id);
  }
}
