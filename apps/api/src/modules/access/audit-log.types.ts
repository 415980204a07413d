/** GraphQL types of the audit log's filter (the entries are in access.types.ts). */
import { Field, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'Every given condition must hold' })
export class AuditLogFilter {
  @Field(() => String, {
    nullable: true,
    description: 'who, as the log writes it: staff:ana@shop.com, key:pos-1, system',
  })
  actor?: string | null;
  @Field(() => String, { nullable: true, description: 'one action, e.g. reward.update' })
  action?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "every action on one kind of thing: the action's first word, e.g. reward",
  })
  entityType?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'one thing: its id, or the target as the log writes it',
  })
  entityId?: string | null;
  @Field(() => String, { nullable: true, description: "first day (YYYY-MM-DD) in the program's time zone" })
  fromDay?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "last day (YYYY-MM-DD, inclusive) in the program's time zone",
  })
  toDay?: string | null;
}

@ObjectType({ description: 'The actors and actions the audit log holds, to filter by' })
export class AuditLogFacets {
  @Field(() => [String]) actors!: string[];
  @Field(() => [String]) actions!: string[];
}
