/**
 * GraphQL types every module shares: the Node interface (ids carry their type), page info, user
 * errors. Each domain's object types are in src/modules/<domain>/<domain>.types.ts; every field
 * names its type explicitly, so the schema never depends on reflected metadata.
 */
import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';

const NODE_TYPES: Record<string, string> = {
  mem: 'Member',
  led: 'LedgerEntry',
  pur: 'Purchase',
  rdm: 'Redemption',
  rwd: 'Reward',
  tier: 'Tier',
  cmp: 'Campaign',
  stf: 'StaffUser',
  aud: 'AuditEntry',
  alr: 'Alert',
};
export const nodeTypeOf = (id: string) => NODE_TYPES[id.split('_')[0]] ?? null;

@InterfaceType({ resolveType: (v: { id: string }) => nodeTypeOf(v.id) ?? undefined })
export abstract class Node {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType()
export class UserError {
  @Field(() => String) code!: string;
  @Field(() => String) message!: string;
  @Field(() => [String], { nullable: true }) field?: string[] | null;
}
