import { ID_PREFIX } from '../../ids';
import { Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import { AuditEntryRow } from '../../db/entities/access';
import type { GqlContext } from '../../graphql/context';
import { toAuditEntry } from '../../graphql/map';
import { paginate } from '../../graphql/pagination';
import { ConnectionArgsType } from '../../graphql/pagination';
import { Args } from 'type-graphql';
import { AuditEntryConnection } from './access.types';

/** The audit log: who changed what (read only). */
@Resolver()
export class AuditLogResolver {
  @Authorized('audit:read')
  @Query(() => AuditEntryConnection)
  async auditLog(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    const page = await paginate(ctx.em, AuditEntryRow, {}, args, 'desc', ID_PREFIX.audit);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAuditEntry(e.node) })) };
  }
}
