/** Leaderboards: marketing and admin define and close them; everyone with engagement:read sees the live standings (a storefront key sees masked names only). */
import { maskName } from '@accrue/core';
import {
  Arg,
  Args,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { MemberRow } from '../../db/entities/members';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { paginate } from '../../graphql/pagination';
import { ConnectionArgsType } from '../../graphql/pagination';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { PageInfo, UserError } from '../../graphql/types';
import { LeaderboardRow } from '../../db/entities/engagement';
import {
  closeLeaderboardPeriod,
  createLeaderboard,
  LEADERBOARD_ID,
  leaderboardStandings,
} from './leaderboards';

@ObjectType()
export class Leaderboard {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'WEEKLY (Monday first) or MONTHLY, in the program time zone' })
  period!: string;
  @Field(() => Int) topN!: number;
  @Field(() => [Int], { description: 'bonus points by rank (source LEADERBOARD)' }) prizePoints!: number[];
  @Field(() => Boolean) active!: boolean;
}
@ObjectType()
export class LeaderboardEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Leaderboard) node!: Leaderboard;
}
@ObjectType()
export class LeaderboardConnection {
  @Field(() => [LeaderboardEdge]) edges!: LeaderboardEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}
@ObjectType()
export class LeaderboardStanding {
  @Field(() => Int) rank!: number;
  @Field(() => ID, { nullable: true, description: 'null for storefront keys' }) memberId?: string | null;
  @Field(() => String, { description: 'masked ("张**") for storefront keys' }) displayName!: string;
  @Field(() => SafeInt, { description: 'points earned in the period' }) points!: number;
  @Field(() => SafeInt, { nullable: true, description: 'the prize awarded, once the period is closed' })
  prizePoints?: number | null;
}
@ObjectType()
export class LeaderboardPeriodStandings {
  @Field(() => Leaderboard) leaderboard!: Leaderboard;
  @Field(() => String) periodKey!: string;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime) endsAt!: Date;
  @Field(() => Boolean) closed!: boolean;
  @Field(() => [LeaderboardStanding]) standings!: LeaderboardStanding[];
}
@InputType()
export class CreateLeaderboardInput {
  @Field(() => String) name!: string;
  @Field(() => String) period!: string;
  @Field(() => Int) topN!: number;
  @Field(() => [Int]) prizePoints!: number[];
}
@InputType()
export class CloseLeaderboardPeriodInput {
  @Field(() => ID) leaderboardId!: string;
  @Field(() => DateTime, { description: 'any instant inside the period to close' }) at!: Date;
}
@ObjectType()
export class LeaderboardPayload {
  @Field(() => Leaderboard, { nullable: true }) leaderboard?: Leaderboard | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
@ObjectType()
export class CloseLeaderboardPeriodPayload {
  @Field(() => LeaderboardPeriodStandings, { nullable: true }) period?: LeaderboardPeriodStandings | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

type Row = { rank: number; memberId: string; points: number; prizePoints?: number };
async function named(ctx: GqlContext, rows: Row[]): Promise<LeaderboardStanding[]> {
  const members = rows.length
    ? await ctx.em.find(MemberRow, { id: { $in: rows.map((r) => r.memberId) } })
    : [];
  const storefront = ctx.actor?.role === 'STOREFRONT';
  return rows.map((r) => {
    const m = members.find((x) => x.id === r.memberId);
    const name = m?.name ?? m?.externalId ?? '';
    return {
      rank: r.rank,
      memberId: storefront ? null : r.memberId,
      displayName: storefront ? maskName(name) : name,
      points: r.points,
      prizePoints: r.prizePoints ?? null,
    };
  });
}

@Resolver()
export class LeaderboardResolver {
  @Authorized('engagement:read')
  @Query(() => LeaderboardConnection)
  async leaderboards(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    return paginate(ctx.em, LeaderboardRow, {}, args, 'desc', LEADERBOARD_ID);
  }

  @Authorized('engagement:read')
  @Query(() => LeaderboardPeriodStandings, {
    description: 'The live standings of the period containing `at` (default now).',
  })
  async leaderboardStandings(
    @Arg('leaderboardId', () => ID) id: string,
    @Arg('at', () => DateTime, { nullable: true }) at: Date | null,
    @Ctx() ctx: GqlContext,
  ) {
    const r = await leaderboardStandings(ctx.app, ctx.em, id, at);
    return {
      leaderboard: r.board,
      periodKey: r.span.key,
      startsAt: r.span.start,
      endsAt: r.span.end,
      closed: r.closed,
      standings: await named(ctx, r.standings),
    };
  }

  @Authorized('engagement:write')
  @Mutation(() => LeaderboardPayload)
  createLeaderboard(
    @Arg('input', () => CreateLeaderboardInput) input: CreateLeaderboardInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({ leaderboard: await createLeaderboard(ctx.app, ctx.actor!, input) }));
  }

  @Authorized('engagement:write')
  @Mutation(() => CloseLeaderboardPeriodPayload, {
    description: 'Awards the top N of an ended period their prizes, once (safe to run again).',
  })
  closeLeaderboardPeriod(
    @Arg('input', () => CloseLeaderboardPeriodInput) input: CloseLeaderboardPeriodInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await closeLeaderboardPeriod(ctx.app, ctx.actor!, input);
      return {
        period: {
          leaderboard: r.board,
          periodKey: r.span.key,
          startsAt: r.span.start,
          endsAt: r.span.end,
          closed: true,
          standings: await named(ctx, r.awards),
        },
      };
    });
  }
}
