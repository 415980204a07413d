/** GraphQL input types of the webhooks module (public contract). */
import { Field, ID, InputType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String) url!: string;
  @Field(() => [String], { description: 'event types, e.g. points.earned, tier.changed; "*" for all' })
  events!: string[];
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String], { nullable: true }) events?: string[] | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'issue a new signing secret (returned once)' })
  rotateSecret?: boolean | null;
}

@InputType({
  description:
    'Replay one delivery (deliveryId), or every event since a time to one endpoint (endpointId + since).',
})
export class ReplayWebhookInput {
  @Field(() => ID, { nullable: true }) deliveryId?: string | null;
  @Field(() => ID, { nullable: true }) endpointId?: string | null;
  @Field(() => DateTime, { nullable: true }) since?: Date | null;
}
