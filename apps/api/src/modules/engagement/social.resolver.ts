/** Group buys and boosts: the storefront opens, joins, requests and contributes for its members; staff read and run the expiry job. */
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { can } from '../../auth/permissions';
import { Member } from '../members/member.types';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { toMember } from '../../graphql/map';
import { ConnectionArgsType, paginate } from '../../graphql/pagination';
import {
  BoostContributionRow,
  BoostRow,
  GroupBuyParticipantRow,
  GroupBuyRow,
} from '../../db/entities/social';
import {
  Boost,
  BoostContribution,
  BoostConnection,
  BoostPayload,
  ContributeToBoostInput,
  ExpireSocialPayload,
  GroupBuy,
  GroupBuyConnection,
  GroupBuyParticipant,
  GroupBuyPayload,
  JoinGroupBuyInput,
  OpenGroupBuyInput,
  RequestBoostInput,
} from './social.types';
import { expireDueGroupBuys, GROUP_ID, joinGroupBuy, openGroupBuy } from './group-buys';
import { BOOST_ID, contributeToBoost, expireDueBoosts, requestBoost } from './boosts';

/** Group buys with their seats: one read for the whole page. */
async function toGroups(em: EntityManager, groups: GroupBuyRow[]): Promise<GroupBuy[]> {
  const seats = groups.length
    ? await em.find(
        GroupBuyParticipantRow,
        { groupId: { $in: groups.map((g) => g.id) } },
        { orderBy: { seat: 'asc' } },
      )
    : [];
  return groups.map((g) => ({ ...g, participants: seats.filter((p) => p.groupId === g.id) }));
}
const toGroup = async (em: EntityManager, g: GroupBuyRow) => (await toGroups(em, [g]))[0];

/** Boosts with their contributions: one read for the whole page. */
async function toBoosts(em: EntityManager, boosts: BoostRow[]): Promise<Boost[]> {
  const all = boosts.length
    ? await em.find(
        BoostContributionRow,
        { boostId: { $in: boosts.map((b) => b.id) } },
        { orderBy: { id: 'asc' } },
      )
    : [];
  return boosts.map((b) => {
    const contributions = all.filter((c) => c.boostId === b.id);
    const collectedPoints = contributions
      .filter((c) => c.status !== 'RETURNED')
      .reduce((sum, c) => sum + c.points, 0);
    return { ...b, collectedPoints, contributions };
  });
}
const toBoost = async (em: EntityManager, b: BoostRow) => (await toBoosts(em, [b]))[0];

const createdBy = (ctx: GqlContext) => (ctx.actor?.role === 'STOREFRONT' ? ctx.actor.id : null);

@Resolver()
export class SocialResolver {
  @Authorized('engagement:read')
  @Query(() => GroupBuyConnection, { description: 'Group buys, newest first.' })
  async groupBuys(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    const page = await paginate(ctx.em, GroupBuyRow, {}, args, 'desc', GROUP_ID.group);
    const nodes = await toGroups(
      ctx.em,
      page.edges.map((e) => e.node),
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }

  @Authorized('engagement:read')
  @Query(() => GroupBuy, {
    nullable: true,
    description: 'A group buy by id or by the code friends join with.',
  })
  async groupBuy(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Ctx() ctx: GqlContext,
  ) {
    const g = id
      ? await ctx.em.findOne(GroupBuyRow, { id })
      : code
        ? await ctx.em.findOne(GroupBuyRow, { code: code.trim().toUpperCase() })
        : null;
    return g ? toGroup(ctx.em, g) : null;
  }

  @Authorized('engagement:read')
  @Query(() => BoostConnection, { description: 'Boost requests, newest first.' })
  async boosts(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    const page = await paginate(ctx.em, BoostRow, {}, args, 'desc', BOOST_ID.boost);
    const nodes = await toBoosts(
      ctx.em,
      page.edges.map((e) => e.node),
    );
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
  }

  @Authorized('engagement:read')
  @Query(() => Boost, { nullable: true })
  async boost(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    const b = await ctx.em.findOne(BoostRow, { id });
    return b ? toBoost(ctx.em, b) : null;
  }

  @Authorized('redemption:write')
  @Mutation(() => GroupBuyPayload, {
    description:
      'Opens a group buy (product, size, deadline); the opener takes seat 1. A new customer may hold points toward the price. Idempotent by key.',
  })
  openGroupBuy(@Arg('input', () => OpenGroupBuyInput) input: OpenGroupBuyInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await openGroupBuy(ctx.app, input, { createdBy: createdBy(ctx) });
      return {
        group: await toGroup(ctx.em.fork(), r.group),
        participant: r.participant,
        member: toMember(r.member, ctx.actor),
      };
    });
  }

  @Authorized('redemption:write')
  @Mutation(() => GroupBuyPayload, {
    description:
      'Joins a group with its code; the join that takes the last seat fills it (every participant gets the bonus). Self-joins, duplicates and shared devices are refused. Idempotent by key.',
  })
  joinGroupBuy(@Arg('input', () => JoinGroupBuyInput) input: JoinGroupBuyInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await joinGroupBuy(ctx.app, input);
      return {
        group: await toGroup(ctx.em.fork(), r.group),
        participant: r.participant,
        member: toMember(r.member, ctx.actor),
      };
    });
  }

  @Authorized('redemption:write')
  @Mutation(() => BoostPayload, {
    description: 'Asks friends to boost a reward (target: its points cost). Idempotent by key.',
  })
  requestBoost(@Arg('input', () => RequestBoostInput) input: RequestBoostInput, @Ctx() ctx: GqlContext) {
    return payload(async () => {
      const r = await requestBoost(ctx.app, input, { createdBy: createdBy(ctx) });
      return { boost: await toBoost(ctx.em.fork(), r.boost), member: toMember(r.member, ctx.actor) };
    });
  }

  @Authorized('redemption:write')
  @Mutation(() => BoostPayload, {
    description:
      "A friend's contribution (once per friend, within the limits); reaching the target redeems the reward for the requester. Idempotent by key.",
  })
  contributeToBoost(
    @Arg('input', () => ContributeToBoostInput) input: ContributeToBoostInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await contributeToBoost(ctx.app, input);
      return { boost: await toBoost(ctx.em.fork(), r.boost), member: toMember(r.member, ctx.actor) };
    });
  }

  @Authorized('engagement:write')
  @Mutation(() => ExpireSocialPayload, {
    description:
      'The expiry job (also run by the scheduler): groups unfilled at their deadline and boosts past their expiry return what they held. Safe to run twice.',
  })
  async expireGroupBuysAndBoosts(@Ctx() ctx: GqlContext) {
    return {
      groupBuysExpired: await expireDueGroupBuys(ctx.app),
      boostsExpired: await expireDueBoosts(ctx.app),
    };
  }
}

/** The member a seat, a contribution or a request names, for roles that read members (masked as for `member`). */
async function namedMember(ctx: GqlContext, id: string): Promise<Member | null> {
  if (!ctx.actor || !can(ctx.actor.role, 'member:read')) return null;
  const row = await ctx.loaders.member.load(id);
  return row ? toMember(row, ctx.actor) : null;
}

const MEMBER_FIELD = {
  nullable: true,
  description: 'the member (one batched read per request; null for roles that do not read members)',
} as const;

@Resolver(() => GroupBuyParticipant)
export class GroupBuyParticipantFieldsResolver {
  @FieldResolver(() => Member, MEMBER_FIELD)
  member(@Root() p: GroupBuyParticipant, @Ctx() ctx: GqlContext) {
    return namedMember(ctx, p.memberId);
  }
}

@Resolver(() => BoostContribution)
export class BoostContributionFieldsResolver {
  @FieldResolver(() => Member, MEMBER_FIELD)
  member(@Root() c: BoostContribution, @Ctx() ctx: GqlContext) {
    return namedMember(ctx, c.memberId);
  }
}

@Resolver(() => Boost)
export class BoostFieldsResolver {
  @FieldResolver(() => Member, MEMBER_FIELD)
  requester(@Root() b: Boost, @Ctx() ctx: GqlContext) {
    return namedMember(ctx, b.requesterId);
  }
}
