/** Points draws: marketing and admin create and draw them; the storefront buys and cancels entries for its members. */
import { drawPhase } from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { toMember } from '../../graphql/map';
import { paginate } from '../../graphql/pagination';
import { ConnectionArgsType } from '../../graphql/pagination';
import { DrawEntryRow, DrawPrizeRow, DrawWinnerRow, PointsDrawRow } from '../../db/entities/engagement';
import {
  BuyDrawEntriesInput,
  CancelDrawEntryInput,
  CreatePointsDrawInput,
  DrawEntryPayload,
  DrawPhase,
  DrawWinnersInput,
  PointsDraw,
  PointsDrawConnection,
  PointsDrawPayload,
} from './draw.types';
import { buyDrawEntries, cancelDrawEntry, createDraw, drawDrawWinners, DRAW_ID } from './draws';

/** A draw with its prizes, and once drawn its winners, entries and seed (a few reads per draw: lists are short). */
async function toDraw(em: EntityManager, d: PointsDrawRow, now: Date): Promise<PointsDraw> {
  const drawn = !!d.drawnAt;
  const [prizes, winners, entries] = await Promise.all([
    em.find(DrawPrizeRow, { drawId: d.id }, { orderBy: { position: 'asc' } }),
    drawn ? em.find(DrawWinnerRow, { drawId: d.id }, { orderBy: { position: 'asc' } }) : [],
    drawn ? em.find(DrawEntryRow, { drawId: d.id, status: 'ACTIVE' }, { orderBy: { id: 'asc' } }) : [],
  ]);
  return {
    id: d.id,
    name: d.name,
    entryCostPoints: d.entryCostPoints,
    maxEntriesPerMember: d.maxEntriesPerMember ?? null,
    opensAt: d.opensAt,
    closesAt: d.closesAt,
    phase: drawPhase(d, now) as DrawPhase,
    seedHash: d.seedHash,
    seed: drawn ? d.seed : null,
    drawnAt: d.drawnAt ?? null,
    prizes,
    winners,
    entries,
  };
}

const createdBy = (ctx: GqlContext) => (ctx.actor?.role === 'STOREFRONT' ? ctx.actor.id : null);

@Resolver()
export class DrawResolver {
  @Authorized('engagement:read')
  @Query(() => PointsDrawConnection, { description: 'Points draws, newest first.' })
  async pointsDraws(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    const page = await paginate(ctx.em, PointsDrawRow, {}, args, 'desc', DRAW_ID.draw);
    const now = ctx.app.clock.now();
    const edges = await Promise.all(
      page.edges.map(async (e) => ({ cursor: e.cursor, node: await toDraw(ctx.em, e.node, now) })),
    );
    return { ...page, edges };
  }

  @Authorized('engagement:read')
  @Query(() => PointsDraw, { nullable: true })
  async pointsDraw(@Arg('id', () => ID) id: string, @Ctx() ctx: GqlContext) {
    const d = await ctx.em.findOne(PointsDrawRow, { id });
    return d ? toDraw(ctx.em, d, ctx.app.clock.now()) : null;
  }

  @Authorized('engagement:write')
  @Mutation(() => PointsDrawPayload)
  createPointsDraw(
    @Arg('input', () => CreatePointsDrawInput) input: CreatePointsDrawInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({
      draw: await toDraw(ctx.em, await createDraw(ctx.app, ctx.actor!, input), ctx.app.clock.now()),
    }));
  }

  @Authorized('engagement:write')
  @Mutation(() => PointsDrawPayload, {
    description: 'Draws the winners of a closed draw and reveals its seed; idempotent.',
  })
  drawPointsDrawWinners(
    @Arg('input', () => DrawWinnersInput) input: DrawWinnersInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const d = await drawDrawWinners(ctx.app, ctx.actor!, input);
      return { draw: await toDraw(ctx.em.fork(), d, ctx.app.clock.now()) };
    });
  }

  @Authorized('redemption:write')
  @Mutation(() => DrawEntryPayload, {
    description: 'Buys entries with points while the draw is open; idempotent by key.',
  })
  buyDrawEntries(
    @Arg('input', () => BuyDrawEntriesInput) input: BuyDrawEntriesInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await buyDrawEntries(ctx.app, input, { createdBy: createdBy(ctx) });
      return { entry: r.entry, member: toMember(r.member, ctx.actor) };
    });
  }

  @Authorized('redemption:write')
  @Mutation(() => DrawEntryPayload, {
    description: 'Cancels entries until the draw closes: the points return to their original lots.',
  })
  cancelDrawEntry(
    @Arg('input', () => CancelDrawEntryInput) input: CancelDrawEntryInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await cancelDrawEntry(ctx.app, input, { createdBy: createdBy(ctx) });
      return { entry: r.entry, member: toMember(r.member, ctx.actor) };
    });
  }
}
