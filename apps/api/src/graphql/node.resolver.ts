import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Authorized } from './auth-checker';
import { GraphQLError } from 'graphql';
import { AuditEntryRow } from '../db/entities/access';
import { RewardRow } from '../db/entities/rewards';
import type { GqlContext } from './context';
import {
  toAuditEntry,
  toLedgerEntry,
  toMember,
  toPurchase,
  toRedemption,
  toReward,
  toStaffUser,
  toTier,
} from './map';
import { Node, nodeTypeOf } from './types';
import { can } from '../auth/permissions';
import { campaignLoaders, toCampaign } from '../modules/campaigns/graphql';
import { LedgerEntryRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { PurchaseRow } from '../db/entities/purchases';
import { RedemptionRow } from '../db/entities/redemptions';
import { StaffUserRow } from '../db/entities/access';

@Resolver()
export class NodeResolver {
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
