/** GraphQL types and inputs of tasks, challenges and member events (separate from the entities). */
import { TASK_KINDS, TASK_MEASURES, TASK_PERIODS } from '@accrue/core';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberRefInput } from '../members/member.inputs';
import { DateTime, SafeInt } from '../../graphql/scalars';
import { Member } from '../members/member.types';
import { PageInfo, UserError } from '../../graphql/types';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const TaskKind = enumOf(TASK_KINDS);
export const TaskPeriod = enumOf(TASK_PERIODS);
export const TaskMeasure = enumOf(TASK_MEASURES);
registerEnumType(TaskKind, {
  name: 'TaskKind',
  description: 'TASK: daily or weekly goals; CHALLENGE: longer goals (streaks, orders this month)',
});
registerEnumType(TaskPeriod, {
  name: 'TaskPeriod',
  description:
    'when progress starts again: each local day, week (Monday first), month, or never inside the window',
});
registerEnumType(TaskMeasure, {
  name: 'TaskMeasure',
  description:
    'EVENT_COUNT: events of eventType; EVENT_STREAK_DAYS: consecutive local days with such an event; PURCHASE_COUNT: orders; PURCHASE_SPEND: spend in minor units (of category items when category is set)',
});
export const JSONObject = JSONObjectResolver;

@ObjectType({
  description:
    'A task or challenge: a goal over member events or purchases, with its bonus points, window and audience.',
})
export class EngagementTask {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => TaskKind) kind!: string;
  @Field(() => TaskPeriod) period!: string;
  @Field(() => TaskMeasure) measure!: string;
  @Field(() => String, { nullable: true }) eventType?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => SafeInt) target!: number;
  @Field(() => Int) points!: number;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime) endsAt!: Date;
  @Field(() => [ID], { description: 'tiers the task is for; empty: every member' })
  audienceTierIds!: string[];
  @Field(() => Boolean) active!: boolean;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class EngagementTaskEdge {
  @Field(() => String) cursor!: string;
  @Field(() => EngagementTask) node!: EngagementTask;
}

@ObjectType()
export class EngagementTaskConnection {
  @Field(() => [EngagementTaskEdge]) edges!: EngagementTaskEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number | PromiseLike<number>;
}

@ObjectType({ description: "A member's progress on a task in its current period (or the period asked for)." })
export class TaskProgress {
  @Field(() => EngagementTask) task!: EngagementTask;
  @Field(() => String, {
    description: "the period's key: 2026-12-07, W2026-12-07 (week from Monday), 2026-12, WINDOW",
  })
  periodKey!: string;
  @Field(() => SafeInt, { description: 'count, days in a row, or minor units so far' }) value!: number;
  @Field(() => SafeInt) target!: number;
  @Field(() => Boolean) completed!: boolean;
  @Field(() => DateTime, { nullable: true }) completedAt?: Date | null;
}

@InputType()
export class CreateEngagementTaskInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => TaskKind) kind!: string;
  @Field(() => TaskPeriod) period!: string;
  @Field(() => TaskMeasure) measure!: string;
  @Field(() => String, { nullable: true }) eventType?: string | null;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => SafeInt) target!: number;
  @Field(() => Int) points!: number;
  @Field(() => DateTime) startsAt!: Date;
  @Field(() => DateTime) endsAt!: Date;
  @Field(() => [ID], { nullable: true }) audienceTierIds?: string[] | null;
}

@InputType({
  description:
    'Changes to a task; what is left out stays. Its goal (measure, target, period) is fixed once created.',
})
export class UpdateEngagementTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) points?: number | null;
  @Field(() => DateTime, { nullable: true }) endsAt?: Date | null;
  @Field(() => [ID], { nullable: true }) audienceTierIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ObjectType()
export class EngagementTaskPayload {
  @Field(() => EngagementTask, { nullable: true }) task?: EngagementTask | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class RecordMemberEventInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { description: 'idempotency key: a retry with it changes nothing' }) key!: string;
  @Field(() => String, { description: 'an upper-case code: BROWSE_PRODUCT, SHARE_LINK, SIGN_IN, ...' })
  type!: string;
  @Field(() => DateTime, { nullable: true }) occurredAt?: Date | null;
  @Field(() => JSONObject, {
    nullable: true,
    description: 'e.g. { "category": "shoes" } (a task with a category counts only those)',
  })
  attributes?: Record<string, unknown> | null;
}

@ObjectType()
export class MemberEvent {
  @Field(() => ID) id!: string;
  @Field(() => String) key!: string;
  @Field(() => String) type!: string;
  @Field(() => DateTime) occurredAt!: Date;
  @Field(() => JSONObject, { nullable: true }) attributes?: Record<string, unknown> | null;
}

@ObjectType()
export class RecordMemberEventPayload {
  @Field(() => MemberEvent, { nullable: true }) event?: MemberEvent | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => SafeInt, { nullable: true, description: 'bonus points the tasks this event completed issued' })
  pointsAwarded?: number | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'The paid extension of expiring points: what a member pays and what it does.' })
export class PaidExtensionTerms {
  @Field(() => SafeInt, { description: 'the fee, in minor units of the program currency' }) feeMinor!: number;
  @Field(() => Int, { description: 'days the expiry of each extended lot moves' }) extendDays!: number;
  @Field(() => Int, { description: 'lots expiring within this many days may be extended' })
  windowDays!: number;
  @Field(() => Boolean) active!: boolean;
}

@InputType()
export class ConfigurePaidExtensionInput {
  @Field(() => SafeInt, { nullable: true }) feeMinor?: number | null;
  @Field(() => Int, { nullable: true }) extendDays?: number | null;
  @Field(() => Int, { nullable: true }) windowDays?: number | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@ObjectType()
export class PaidExtensionTermsPayload {
  @Field(() => PaidExtensionTerms, { nullable: true }) terms?: PaidExtensionTerms | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class ExtendExpiringPointsInput {
  @Field(() => MemberRefInput) member!: MemberRefInput;
  @Field(() => String, { description: 'idempotency key (e.g. the payment reference)' }) key!: string;
  @Field(() => SafeInt, { description: 'the fee the member paid; must be the configured fee' })
  feeMinor!: number;
}

@ObjectType()
export class LotExtension {
  @Field(() => ID) lotId!: string;
  @Field(() => SafeInt) points!: number;
  @Field(() => DateTime) expiresBefore!: Date;
  @Field(() => DateTime) expiresAfter!: Date;
}

@ObjectType({ description: 'A paid extension: the fee recorded and the lots it extended.' })
export class PointsExtension {
  @Field(() => ID) id!: string;
  @Field(() => SafeInt) feeMinor!: number;
  @Field(() => String) currency!: string;
  @Field(() => SafeInt) pointsExtended!: number;
  @Field(() => [LotExtension]) lots!: LotExtension[];
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType()
export class ExtendExpiringPointsPayload {
  @Field(() => PointsExtension, { nullable: true }) extension?: PointsExtension | null;
  @Field(() => Member, { nullable: true }) member?: Member | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType({ description: 'Who takes part in a task or challenge, over all its periods.' })
export class TaskParticipation {
  @Field(() => Int, { description: 'members with any progress' }) members!: number;
  @Field(() => Int, { description: 'members who completed it at least once' }) membersCompleted!: number;
  @Field(() => Int, { description: 'completions (one per member and period)' }) completions!: number;
  @Field(() => SafeInt, {
    description:
      "completions × the task's points: what completions earned before the monthly bonus cap and refunds (the ledger's TASK / CHALLENGE sources hold what was issued)",
  })
  completionPoints!: number;
  @Field(() => DateTime, { nullable: true }) lastCompletedAt?: Date | null;
}
