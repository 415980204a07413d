import { ID_PREFIX } from '../../ids';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { balanceOf, tierProgress } from '@accrue/core';
import { raw } from '@mikro-orm/core';
import { seesPersonalData } from '../../auth/permissions';
import { LedgerEntryRow } from '../../db/entities/points';
import { MemberRow } from '../../db/entities/members';
import { memberWhere } from '../../services/members';
import { enrollMember } from './enroll-member';
import { updateMember } from './update-member';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { EnrollMemberInput, MemberFilter, MemberRefInput, UpdateMemberInput } from './member.inputs';
import { toLedgerEntry, toLot, toMember, toTier } from '../../graphql/map';
import { caselessContains } from '../../graphql/search';
import {
  checkPageArgs,
  ConnectionArgsType,
  encodeCursor,
  lazyCount,
  paginate,
} from '../../graphql/pagination';
import { EnrollMemberPayload, Member, MemberConnection, UpdateMemberPayload } from './member.types';
import { LedgerEntryConnection, PointsBalance, PointsLot } from '../points/points.types';
import { Tier, TierProgress } from '../tiers/tier.types';
import { toCoreLot } from '../../services/points-book';

@Resolver(() => Member)
export class MemberResolver {
  @Authorized('member:read')
  @Query(() => Member, { nullable: true })
  async member(
    @Arg('ref', () => MemberRefInput) ref: MemberRefInput,
    @Ctx() ctx: GqlContext,
  ): Promise<Member | null> {
    const row = await ctx.em.findOne(MemberRow, memberWhere(ref, ['ref']));
    return row ? toMember(row, ctx.actor) : null;
  }

  @Authorized('members:list')
  @Query(() => MemberConnection)
  async members(
    @Arg('filter', () => MemberFilter, { nullable: true }) filter: MemberFilter | null,
    @Args(() => ConnectionArgsType) args: ConnectionArgsType,
    @Ctx() ctx: GqlContext,
  ): Promise<MemberConnection> {
    const where: Record<string, unknown> = {};
    if (filter?.tierId) where.tierId = filter.tierId;
    if (filter?.status) where.status = filter.status;
    if (filter?.flaggedForReview != null) where.flaggedForReview = filter.flaggedForReview;
    const q = filter?.search?.trim().slice(0, 200);
    let match: (() => ReturnType<typeof raw>) | null = null;
    if (q) {
      // case-insensitive substring match in every script (graphql/search.ts); email and name only
      // for a role that may see them (a VIEWER could otherwise find who has an email address)
      const { test, param } = caselessContains(ctx.app.config.database.kind, q);
      const columns = ['external_id', ...(seesPersonalData(ctx.actor!.role) ? ['email', 'name'] : [])];
      match = () =>
        raw(
          (alias: string) => `(${columns.map((c) => test(`${alias}.${c}`)).join(' or ')})`,
          columns.map(() => param),
        );
    }
    // a raw fragment can be used once: a fresh one for each query paginate runs
    const page = await paginate(
      ctx.em,
      MemberRow,
      () => (match ? { ...where, [String(match())]: [] } : where),
      args,
      'asc',
      ID_PREFIX.member,
    );
    for (const e of page.edges) ctx.loaders.member.prime(e.node.id, e.node);
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMember(e.node, ctx.actor) })),
    };
  }

  @FieldResolver(() => Member, { nullable: true })
  async referredBy(@Root() m: Member, @Ctx() ctx: GqlContext): Promise<Member | null> {
    if (!m.referredById) return null;
    const row = await ctx.loaders.member.load(m.referredById);
    return row ? toMember(row, ctx.actor) : null;
  }

  @FieldResolver(() => Tier)
  async tier(@Root() m: Member, @Ctx() ctx: GqlContext): Promise<Tier> {
    const program = await ctx.loaders.program();
    return toTier(program.tiers.find((t) => t.id === m.tierId) ?? program.tiers[0]);
  }

  @FieldResolver(() => TierProgress)
  async tierProgress(@Root() m: Member, @Ctx() ctx: GqlContext): Promise<TierProgress> {
    const program = await ctx.loaders.program();
    const spend = await ctx.loaders.qualifyingSpend.load(m.id);
    const p = tierProgress(program.tierDefs, m.tierId, spend);
    const row = (id: string) => toTier(program.tiers.find((t) => t.id === id)!);
    return {
      current: row(p.current.id),
      next: p.next ? row(p.next.id) : null,
      qualifyingSpendMinor: spend,
      spendToNextMinor: p.spendToNextMinor,
      retainedUntil: m.tierRetainedUntil,
    };
  }

  @FieldResolver(() => PointsBalance)
  async balance(@Root() m: Member, @Ctx() ctx: GqlContext): Promise<PointsBalance> {
    const lots = await ctx.loaders.openLots.load(m.id);
    const b = balanceOf(
      {
        lots: lots.map(toCoreLot),
        negative: m.negative,
      },
      ctx.app.clock.now(),
    );
    return {
      available: b.available,
      pending: b.pending,
      negative: b.negative,
      expiringWithin30Days: b.expiringWithinDays(30),
      lifetimeEarned: m.lifetimeEarned,
      lifetimeRedeemed: m.lifetimeRedeemed,
      lifetimeExpired: m.lifetimeExpired,
    };
  }

  @FieldResolver(() => [PointsLot])
  async lots(
    @Root() m: Member,
    @Arg('activeOnly', () => Boolean, { nullable: true, defaultValue: true }) activeOnly: boolean | null,
    @Ctx() ctx: GqlContext,
  ): Promise<PointsLot[]> {
    const lots =
      activeOnly === false ? await ctx.loaders.allLots.load(m.id) : await ctx.loaders.openLots.load(m.id);
    return lots
      .filter((l) => activeOnly === false || !l.expiresAt || l.expiresAt > ctx.app.clock.now())
      .map(toLot);
  }

  @Authorized('ledger:read')
  @FieldResolver(() => LedgerEntryConnection)
  async ledger(
    @Root() m: Member,
    @Args(() => ConnectionArgsType) args: ConnectionArgsType,
    @Ctx() ctx: GqlContext,
  ): Promise<LedgerEntryConnection> {
    checkPageArgs(args);
    if (!args.after && !args.before && args.last == null) {
      // the common case (newest n entries) is batched across members: constant SQL per page
      const n = args.first ?? 20;
      const rows = await ctx.loaders.recentLedger.load(`${m.id}|${n + 1}`);
      const totalCount = lazyCount(() => ctx.loaders.ledgerCount.load(m.id));
      const page = rows.slice(0, n);
      const edges = page.map((r) => ({ cursor: encodeCursor(r.id), node: toLedgerEntry(r) }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: rows.length > n,
          hasPreviousPage: false,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    }
    const page = await paginate(
      ctx.em,
      LedgerEntryRow,
      { memberId: m.id },
      args,
      'desc',
      ID_PREFIX.ledgerEntry,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toLedgerEntry(e.node) })) };
  }

  @Authorized('member:enroll')
  @Mutation(() => EnrollMemberPayload)
  enrollMember(@Arg('input', () => EnrollMemberInput) input: EnrollMemberInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({
      member: toMember(await enrollMember(ctx.app, input, ctx.actor!), ctx.actor),
    }));
  }

  @Authorized('member:update')
  @Mutation(() => UpdateMemberPayload)
  updateMember(@Arg('input', () => UpdateMemberInput) input: UpdateMemberInput, @Ctx() ctx: GqlContext) {
    return payload(async () => ({
      member: toMember(await updateMember(ctx.app, ctx.actor!, input), ctx.actor),
    }));
  }
}
