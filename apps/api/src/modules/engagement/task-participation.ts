/**
 * Who takes part in a task: members with progress, completions and the points those completions
 * earned, read from the progress rows (one read per task: task lists are short).
 */
import type { EntityManager } from '@mikro-orm/core';
import { toDate, toNum } from '../../db/sql/codecs';
import { emSql } from '../../db/sql/queries';

export interface TaskParticipationView {
  members: number;
  membersCompleted: number;
  completions: number;
  lastCompletedAt: Date | null;
}

type Row = Record<string, unknown>;

export async function taskParticipation(em: EntityManager, taskId: string): Promise<TaskParticipationView> {
  const [r] = await emSql(em).all<Row>(
    `select count(distinct "member_id") as "m",
            count(distinct case when "completed_at" is not null then "member_id" end) as "mc",
            count("completed_at") as "c", max("completed_at") as "last"
       from "task_progress" where "task_id" = ?`,
    [taskId],
  );
  return {
    members: toNum(r?.m ?? 0),
    membersCompleted: toNum(r?.mc ?? 0),
    completions: toNum(r?.c ?? 0),
    lastCompletedAt: toDate(r?.last),
  };
}
