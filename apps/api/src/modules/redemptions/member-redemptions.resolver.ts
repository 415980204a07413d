import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { toRedemption } from '../../graphql/map';
import { ConnectionArgsType, paginate } from '../../graphql/pagination';
import { RedemptionRow } from '../../db/entities/redemptions';
import { ID_PREFIX } from '../../ids';
import { Member } from '../members/member.types';
import { RedemptionConnection } from './redemption.types';

/** Member.redemptions: the member's redemptions, newest first (cancelled ones included). */
@Resolver(() => Member)
export class MemberRedemptionsResolver {
  @Authorized('ledger:read')
  @FieldResolver(() => RedemptionConnection)
  async redemptions(
    @Root() m: Member,
    @Args(() => ConnectionArgsType) args: ConnectionArgsType,
    @Ctx() ctx: GqlContext,
  ): Promise<RedemptionConnection> {
    const page = await paginate(
      ctx.em,
      RedemptionRow,
      { memberId: m.id },
      args,
      'desc',
      ID_PREFIX.redemption,
    );
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toRedemption(e.node) })) };
  }
}
