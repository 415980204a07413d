/**
 * One contribution (an event or a purchase) applied to a member's tasks: the one code path the
 * event use case and the purchase step share. Core decides; this keeps the progress rows.
 */
import {
  advanceTask,
  taskApplies,
  taskPeriodKey,
  type Grant,
  type ProgramRules,
  type TaskContribution,
} from '@accrue/core';
import { createRow, rowChanged, type RowSink } from '../../db/batch';
import type { MemberRow } from '../../db/entities/members';
import { newId } from '../../ids';
import { TaskProgressRow, type EngagementTaskRow } from '../../db/entities/engagement';
import { ENGAGEMENT_ID, toProgressState, toTaskDef } from './task-def';

export function advanceMemberTasks(input: {
  sink: RowSink;
  rules: ProgramRules;
  member: MemberRow;
  tasks: EngagementTaskRow[];
  /** the member's progress rows for these tasks (any periods) */
  progress: TaskProgressRow[];
  contribution: TaskContribution;
  orderId: string | null;
  now: Date;
}): Grant[] {
  const { sink, rules, member, contribution: c, now } = input;
  const grants: Grant[] = [];
  for (const row of input.tasks) {
    const task = toTaskDef(row);
    if (!taskApplies(task, member.tierId, c.at)) continue;
    const periodKey = taskPeriodKey(task.period, c.at, rules.timezone);
    const existing = input.progress.find((p) => p.taskId === task.id && p.periodKey === periodKey);
    const r = advanceTask(task, toProgressState(existing), c, {
      timezone: rules.timezone,
      expireInDays: rules.campaignPointsExpireInDays,
    });
    if (!r.counted) continue;
    const completedByOrderId =
      existing?.completedByOrderId ?? (r.state.completedAt && !existing?.completedAt ? input.orderId : null);
    if (existing) {
      Object.assign(existing, { ...r.state, completedByOrderId, updatedAt: now });
      rowChanged(sink, TaskProgressRow, existing, [
        'value',
        'days',
        'completedAt',
        'completedByOrderId',
        'updatedAt',
      ]);
    } else {
      const created = createRow(sink, TaskProgressRow, {
        id: newId(ENGAGEMENT_ID.taskProgress),
        memberId: member.id,
        taskId: task.id,
        periodKey,
        ...r.state,
        completedByOrderId,
        updatedAt: now,
      });
      input.progress.push(created);
    }
    if (r.grant) grants.push(r.grant);
  }
  return grants;
}
