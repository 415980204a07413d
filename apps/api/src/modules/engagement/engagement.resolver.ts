/** Tasks and challenges (marketing and admin configure), member events (integrations), progress (storefront reads). */
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../../graphql/auth-checker';
import type { GqlContext } from '../../graphql/context';
import { payload } from '../../graphql/errors';
import { MemberRefInput } from '../members/member.inputs';
import { toMember } from '../../graphql/map';
import { paginate } from '../../graphql/pagination';
import { ConnectionArgsType } from '../../graphql/pagination';
import { DateTime } from '../../graphql/scalars';
import {
  CreateEngagementTaskInput,
  EngagementTask,
  EngagementTaskConnection,
  EngagementTaskPayload,
  RecordMemberEventInput,
  RecordMemberEventPayload,
  TaskParticipation,
  TaskProgress,
  UpdateEngagementTaskInput,
} from './engagement.types';
import { EngagementTaskRow, type MemberEventRow } from '../../db/entities/engagement';
import { memberTaskProgress } from './member-task-progress';
import { recordMemberEvent } from './record-member-event';
import { createTask, updateTask } from './save-task';
import { taskParticipation } from './task-participation';
import { ENGAGEMENT_ID } from './task-def';

const toTask = (r: EngagementTaskRow): EngagementTask => Object.assign(new EngagementTask(), r);
const toEvent = (r: MemberEventRow) => ({
  id: r.id,
  key: r.key,
  type: r.type,
  occurredAt: r.occurredAt,
  attributes: r.attributes ?? null,
});

@Resolver()
export class EngagementResolver {
  @Authorized('engagement:read')
  @Query(() => EngagementTaskConnection, { description: 'Tasks and challenges, newest first.' })
  async engagementTasks(@Args(() => ConnectionArgsType) args: ConnectionArgsType, @Ctx() ctx: GqlContext) {
    const page = await paginate(ctx.em, EngagementTaskRow, {}, args, 'desc', ENGAGEMENT_ID.task);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toTask(e.node) })) };
  }

  @Authorized('engagement:read')
  @Query(() => [TaskProgress], {
    description:
      "The tasks that apply to the member now (or at `at`), with the member's progress in each task's current period.",
  })
  async memberTaskProgress(
    @Arg('member', () => MemberRefInput) member: MemberRefInput,
    @Arg('at', () => DateTime, { nullable: true }) at: Date | null,
    @Ctx() ctx: GqlContext,
  ) {
    const rows = await memberTaskProgress(ctx.app, ctx.em, member, at);
    return rows.map((r) => ({ ...r, task: toTask(r.task) }));
  }

  @Authorized('engagement:write')
  @Mutation(() => EngagementTaskPayload)
  createEngagementTask(
    @Arg('input', () => CreateEngagementTaskInput) input: CreateEngagementTaskInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({ task: toTask(await createTask(ctx.app, ctx.actor!, input)) }));
  }

  @Authorized('engagement:write')
  @Mutation(() => EngagementTaskPayload)
  updateEngagementTask(
    @Arg('input', () => UpdateEngagementTaskInput) input: UpdateEngagementTaskInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => ({ task: toTask(await updateTask(ctx.app, ctx.actor!, input)) }));
  }

  @Authorized('event:write')
  @Mutation(() => RecordMemberEventPayload, {
    description: 'An integration posts a member event by key (idempotent); tasks over its type advance.',
  })
  recordMemberEvent(
    @Arg('input', () => RecordMemberEventInput) input: RecordMemberEventInput,
    @Ctx() ctx: GqlContext,
  ) {
    return payload(async () => {
      const r = await recordMemberEvent(ctx.app, input);
      return {
        event: toEvent(r.event),
        member: toMember(r.member, ctx.actor),
        pointsAwarded: r.pointsAwarded,
      };
    });
  }
}

@Resolver(() => EngagementTask)
export class EngagementTaskFieldsResolver {
  @FieldResolver(() => TaskParticipation, {
    description: 'members taking part, completions and the points they earned',
  })
  async participation(@Root() task: EngagementTask, @Ctx() ctx: GqlContext): Promise<TaskParticipation> {
    const r = await taskParticipation(ctx.em, task.id);
    return { ...r, completionPoints: r.completions * task.points };
  }
}
