import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { toAuditEntry } from '../../graphql/map';
import { ConnectionArgsType } from '../../graphql/pagination';
import { AuditEntryConnection } from './access.types';
import { auditLogFacets, auditLogPage } from './audit-log';
import { AuditLogFacets, AuditLogFilter } from './audit-log.types';

/** The audit log: who changed what (read only), filtered and paged on the server. */
@Resolver()
export class AuditLogResolver {
  @Authorized('audit:read')
  @Query(() => AuditEntryConnection)
  async auditLog(
    @Args(() => ConnectionArgsType) args: ConnectionArgsType,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Ctx() ctx: GqlContext,
  ) {
    const page = await auditLogPage(ctx.app, ctx.em, filter ?? {}, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAuditEntry(e.node) })) };
  }

  @Authorized('audit:read')
  @Query(() => AuditLogFacets)
  auditLogFacets(@Ctx() ctx: GqlContext) {
    return auditLogFacets(ctx.em);
  }
}
