import { addDaysToKey, startOfLocalDay } from '@accrue/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { AuditEntryRow } from '../../db/entities/access';
import { emSql, q } from '../../db/sql/queries';
import { ID_PREFIX } from '../../ids';
import type { App } from '../../services/app';
import { AUDIT_TARGET_KINDS } from '../../services/audit';
import { paginate, type ConnectionArgs } from '../../graphql/pagination';
import { bad, str } from '../../services/validate';

export interface AuditLogFilter {
  /** who: the actor as the log writes it ("staff:ana@shop.com", "key:pos-1", "system") */
  actor?: string | null;
  /** one action ("reward.update") */
  action?: string | null;
  /** every action on one kind of thing: the action's first word ("reward", "member", "campaign") */
  entityType?: string | null;
  /** one thing: its id ("rwd_…"), or the target as the log writes it ("reward:rwd_…") */
  entityId?: string | null;
  /** first and last day (inclusive), YYYY-MM-DD in the program's time zone */
  fromDay?: string | null;
  toDay?: string | null;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const dayOf = (v: string | null | undefined, field: string) => {
  const s = str(v, ['filter', field], { max: 10 });
  if (s && !DAY.test(s)) bad(['filter', field], 'must be a day, YYYY-MM-DD');
  return s;
};

/** The audit filter as a MikroORM filter; days are read in the program's time zone. */
export function auditWhere(filter: AuditLogFilter, timezone: string): FilterQuery<AuditEntryRow> {
  const f = (n: string) => ['filter', n];
  const and: FilterQuery<AuditEntryRow>[] = [];
  const actor = str(filter.actor, f('actor'), { max: 200 });
  if (actor) and.push({ actor });
  const action = str(filter.action, f('action'), { max: 64 });
  if (action) and.push({ action });
  const kind = str(filter.entityType, f('entityType'), {
    max: 64,
    pattern: /^[a-zA-Z-]+$/,
    patternMessage: 'is a word such as reward or member',
  });
  if (kind) and.push({ action: { $like: `${kind}.%` } });
  const entity = str(filter.entityId, f('entityId'), { max: 200 });
  if (entity) and.push({ target: { $in: [entity, ...AUDIT_TARGET_KINDS.map((k) => `${k}:${entity}`)] } });
  const from = dayOf(filter.fromDay, 'fromDay');
  const to = dayOf(filter.toDay, 'toDay');
  if (from && to && to < from) bad(f('toDay'), 'must not be before fromDay');
  if (from) and.push({ at: { $gte: startOfLocalDay(from, timezone) } });
  if (to) and.push({ at: { $lt: startOfLocalDay(addDaysToKey(to, 1), timezone) } });
  return and.length ? { $and: and } : {};
}

/** A page of the audit log, newest first, filtered on the server. */
export async function auditLogPage(
  app: App,
  em: EntityManager,
  filter: AuditLogFilter,
  args: ConnectionArgs,
) {
  const program = await app.program.get(() => em);
  return paginate(
    em,
    AuditEntryRow,
    auditWhere(filter, program.rules.timezone),
    args,
    'desc',
    ID_PREFIX.audit,
  );
}

/** The actors and actions the log holds, for the filter's choices (at most 500 of each). */
export async function auditLogFacets(em: EntityManager) {
  const tx = emSql(em);
  const distinct = async (column: 'actor' | 'action') =>
    (
      await tx.all<{ v: string }>(
        `select distinct ${q(column)} as "v" from "audit_entry" order by ${q(column)} limit 500`,
      )
    ).map((r) => String(r.v));
  const [actors, actions] = await Promise.all([distinct('actor'), distinct('action')]);
  return { actors, actions };
}
