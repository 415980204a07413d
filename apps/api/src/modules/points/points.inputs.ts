/** GraphQL input types of the points module (public contract). */
import { Field, InputType } from 'type-graphql';
import { ActivityType } from '../../graphql/enums';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { MemberRefInput } from '../members/member.inputs';

@InputType()
export class RecordActivityInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => ActivityType) type!: ActivityType;
  @Field(() => String) key!: string;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
}

@InputType()
export class AdjustPointsInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => SafeInt) points!: number;
  @Field(() => String) reason!: string;
  @Field(() => String) key!: string;
}

@InputType()
export class ExpirePointsInput {
  @Field(() => DateTime, { nullable: true }) asOf?: Date | null;
}
