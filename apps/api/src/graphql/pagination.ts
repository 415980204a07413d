/** Relay connections over id-ordered tables (ids are time-sortable, so id order is creation order). */
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Int } from 'type-graphql';
import { bad } from '../services/validate';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The arguments of a connection field. */
@ArgsType()
export class ConnectionArgsType {
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true }) last?: number | null;
  @Field(() => String, { nullable: true }) before?: string | null;
}

export const encodeCursor = (id: string) => Buffer.from(id, 'utf8').toString('base64url');
/** The id a cursor stands for; with `prefix`, it must be a cursor of that connection's node type. */
export function decodeCursor(cursor: string, field: string, prefix?: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z]+_[0-9a-z]{26}$/.test(id)) bad([field], 'is not a cursor from this API');
  if (prefix && !id.startsWith(`${prefix}_`)) bad([field], 'is a cursor of another connection');
  return id;
}

/**
 * A count that runs only when something awaits it. A connection's `totalCount` is one: GraphQL awaits
 * it only when the query selects the field, so a page asked for without it costs no COUNT.
 */
export function lazyCount(count: () => Promise<number>): PromiseLike<number> {
  let running: Promise<number> | null = null;
  return {
    then: (onFulfilled, onRejected) => (running ??= count()).then(onFulfilled, onRejected),
  };
}

export function checkPageArgs(args: ConnectionArgs) {
  for (const f of ['first', 'last'] as const) {
    const v = args[f];
    if (v !== null && v !== undefined && (!Number.isInteger(v) || v < 0 || v > MAX_PAGE_SIZE))
      bad([f], `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  if (args.first != null && args.last != null) bad(['last'], 'give first or last, not both');
}

/**
 * A page of rows ordered by id (`direction` asc: oldest first; desc: newest first). `after` moves
 * along the order, `before` against it.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  /** a function when the filter holds raw SQL fragments, which can be used once each */
  where: FilterQuery<T> | (() => FilterQuery<T>),
  args: ConnectionArgs,
  direction: 'asc' | 'desc',
  /** the id prefix of the rows (ids.ts ID_PREFIX): a cursor of another connection is refused */
  prefix: string,
) {
  const filter = () => (typeof where === 'function' ? where() : where);
  checkPageArgs(args);
  const forward = args.last == null;
  const size = forward ? (args.first ?? DEFAULT_PAGE_SIZE) : args.last!;
  const after = args.after ? decodeCursor(args.after, 'after', prefix) : null;
  const before = args.before ? decodeCursor(args.before, 'before', prefix) : null;
  const idCond: Record<string, string> = {};
  const gt = direction === 'asc' ? '$gt' : '$lt';
  const lt = direction === 'asc' ? '$lt' : '$gt';
  if (after) idCond[gt] = after;
  if (before) idCond[lt] = before;
  const cond = (
    Object.keys(idCond).length ? { $and: [filter(), { id: idCond }] } : filter()
  ) as FilterQuery<T>;
  const order = forward ? direction : direction === 'asc' ? 'desc' : 'asc';
  const rows = await em.find(entity, cond, { orderBy: { id: order } as never, limit: size + 1 });
  const totalCount = lazyCount(() => em.count(entity, filter()));
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (!forward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: forward ? more : !!before,
      hasPreviousPage: forward ? !!after : more,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
