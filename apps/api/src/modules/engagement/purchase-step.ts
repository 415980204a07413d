/**
 * The purchase pipeline's step for tasks and challenges over purchases (counts, spend, categories):
 * it reads the active purchase tasks and the member's progress on them with the purchase's one
 * read round trip, advances them (core decides), and adds completion grants to the draft's capped
 * grants, so the bonus-cap step caps them and books them as the order's lots (a refund of the order
 * claws them back with the rest: core isOrderLot).
 */
import { TASK_MEASURES, isPurchaseMeasure } from '@accrue/core';
import type { Query } from '../../db/sql/types';
import type { PurchaseStep } from '../../pipeline/step';
import { advanceMemberTasks } from './advance-tasks';
import { progressFromSql, taskFromSql } from './task-def';

const PURCHASE_MEASURES = TASK_MEASURES.filter(isPurchaseMeasure)
  .map((m) => `'${m}'`)
  .join(', ');
const TASKS_SQL = `select * from "engagement_task"
  where "measure" in (${PURCHASE_MEASURES}) and "starts_at" <= ? and "ends_at" > ?`;

export const engagementTasks: PurchaseStep = {
  name: 'engagement-tasks',
  reads({ job, member }): Record<string, Query> {
    const at = job.occurredAt > job.now ? job.now : job.occurredAt;
    return {
      tasks: { sql: TASKS_SQL, params: [at, at] },
      progress: {
        sql: `select * from "task_progress" where "member_id" ${member.sql} and "task_id" in (
                select "id" from "engagement_task"
                 where "measure" in (${PURCHASE_MEASURES}) and "starts_at" <= ? and "ends_at" > ?)`,
        params: [...member.params, at, at],
      },
    };
  },
  decide(d, rows) {
    if (!rows.tasks.length) return;
    const grants = advanceMemberTasks({
      sink: d.out,
      rules: d.rules,
      member: d.member,
      tasks: rows.tasks.map(taskFromSql),
      progress: rows.progress.map(progressFromSql),
      contribution: {
        kind: 'PURCHASE',
        at: d.purchaseAt,
        amountMinor: d.job.amountMinor,
        items: d.job.items,
      },
      orderId: d.job.orderId,
      now: d.job.now,
    });
    d.grants.push(...grants);
  },
};
