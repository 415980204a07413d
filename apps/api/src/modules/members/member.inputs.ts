/** GraphQL input types of the members module (public contract). */
import { Field, ID, InputType } from 'type-graphql';
import { MemberStatus } from '../../graphql/enums';
import { DateTime } from '../../graphql/scalars';

@InputType()
export class MemberRefInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String, { nullable: true }) externalId?: string | null;
}

@InputType()
export class MemberFilter {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => ID, { nullable: true }) tierId?: string | null;
  @Field(() => MemberStatus, { nullable: true }) status?: MemberStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only members flagged for review (true) or not (false)',
  })
  flaggedForReview?: boolean | null;
}

@InputType()
export class EnrollMemberInput {
  @Field(() => String) externalId!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) birthday?: string | null;
  @Field(() => String, { nullable: true }) referralCode?: string | null;
  @Field(() => DateTime, { nullable: true }) enrolledAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The device the member enrolls from (app device id, browser fingerprint): risk flags',
  })
  deviceId?: string | null;
  @Field(() => String, { nullable: true, description: "The member's IP address at enrolment: risk flags" })
  ipAddress?: string | null;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) birthday?: string | null;
  @Field(() => MemberStatus, { nullable: true }) status?: MemberStatus | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'false: staff reviewed the member and clear the flag (and its reasons)',
  })
  flaggedForReview?: boolean | null;
}
