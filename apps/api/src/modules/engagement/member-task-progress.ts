/** A member's progress on the tasks that apply to them at `at` (default now), in each task's current period. */
import { taskApplies, taskPeriodKey } from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import type { App } from '../../services/app';
import { memberWhere, memberNotFound, type MemberRef } from '../../services/members';
import { MemberRow } from '../../db/entities/members';
import { EngagementTaskRow, TaskProgressRow } from '../../db/entities/engagement';
import { toTaskDef } from './task-def';

export async function memberTaskProgress(app: App, em: EntityManager, ref: MemberRef, at?: Date | null) {
  const when = at ?? app.clock.now();
  const member = await em.findOne(MemberRow, memberWhere(ref, ['member']));
  if (!member) memberNotFound(ref, ['member']);
  const { rules } = await app.program.get(em);
  const tasks = (
    await em.find(
      EngagementTaskRow,
      { active: true, startsAt: { $lte: when }, endsAt: { $gt: when } },
      { orderBy: { id: 'asc' }, limit: 500 },
    )
  ).filter((t) => taskApplies(toTaskDef(t), member.tierId, when));
  const keys = tasks.map((t) => taskPeriodKey(toTaskDef(t).period, when, rules.timezone));
  const progress = tasks.length
    ? await em.find(TaskProgressRow, { memberId: member.id, taskId: { $in: tasks.map((t) => t.id) } })
    : [];
  return tasks.map((task, i) => {
    const p = progress.find((x) => x.taskId === task.id && x.periodKey === keys[i]);
    return {
      task,
      periodKey: keys[i],
      value: p?.value ?? 0,
      target: task.target,
      completed: !!p?.completedAt,
      completedAt: p?.completedAt ?? null,
    };
  });
}
