/**
 * GraphQL object types of the webhooks module (public contract: ../shared/contract/schema.graphql).
 * Every field names its type explicitly.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';
import { PageInfo, UserError } from '../../graphql/types';

// ------------------------------------------------------------------ webhooks

@ObjectType({
  description: 'A receiver of events: each delivery is signed with HMAC-SHA256 using its secret.',
})
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String]) events!: string[];
  @Field(() => Boolean) active!: boolean;
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, {
    nullable: true,
    description: 'when the dispatcher disabled it (410 Gone, or failing for a whole retry schedule)',
  })
  disabledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'why the dispatcher disabled it' })
  disabledReason!: string | null;
  @Field(() => DateTime, {
    nullable: true,
    description: 'the first failed attempt since its last success; null while deliveries succeed',
  })
  failingSince!: Date | null;
}

@ObjectType()
export class WebhookAttempt {
  @Field(() => DateTime) at!: Date;
  @Field(() => Int, { nullable: true, description: 'the HTTP status the receiver answered' }) status!:
    number | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) durationMs!: number;
}

@ObjectType({
  description: 'One event to one endpoint: PENDING (waiting or retrying), SUCCEEDED or FAILED (gave up).',
})
export class WebhookDelivery {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => ID) eventId!: string;
  @Field(() => String) eventType!: string;
  @Field(() => String) status!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTime, { nullable: true }) nextAttemptAt!: Date | null;
  @Field(() => DateTime, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => Int, { nullable: true }) responseStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => [WebhookAttempt]) log!: WebhookAttempt[];
  @Field(() => DateTime) createdAt!: Date;
  @Field(() => DateTime, { nullable: true }) deliveredAt!: Date | null;
}

@ObjectType()
export class WebhookDeliveryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => WebhookDelivery) node!: WebhookDelivery;
}

@ObjectType()
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge]) edges!: WebhookDeliveryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType()
export class CreateWebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint?: WebhookEndpoint | null;
  @Field(() => String, { nullable: true, description: 'the signing secret, shown once' }) secret?:
    string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint?: WebhookEndpoint | null;
  @Field(() => String, {
    nullable: true,
    description: 'the new signing secret when rotateSecret was asked, shown once',
  })
  secret?: string | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class ReplayWebhookPayload {
  @Field(() => [WebhookDelivery], { nullable: true }) deliveries?: WebhookDelivery[] | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}
