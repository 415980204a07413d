/** Tasks as core sees them (TaskDef), from ORM rows or from plain-SQL rows (the purchase step's reads). */
import {
  TASK_KINDS,
  TASK_MEASURES,
  TASK_PERIODS,
  type TaskDef,
  type TaskKind,
  type TaskMeasure,
  type TaskPeriod,
  type TaskProgressState,
} from '@accrue/core';
import { toDate, toNum } from '../../db/sql/codecs';
import { type Row } from '../../db/sql/types';
import type { EngagementTaskRow, TaskProgressRow } from '../../db/entities/engagement';

export const ENGAGEMENT_ID = { task: 'tsk', taskProgress: 'tpg', memberEvent: 'mev' } as const;

const oneOf = <T extends string>(all: readonly T[], v: string): T => {
  if (!(all as readonly string[]).includes(v)) throw new Error(`unknown value ${v}`);
  return v as T;
};

export function toTaskDef(r: EngagementTaskRow): TaskDef {
  return {
    id: r.id,
    kind: oneOf<TaskKind>(TASK_KINDS, r.kind),
    period: oneOf<TaskPeriod>(TASK_PERIODS, r.period),
    measure: oneOf<TaskMeasure>(TASK_MEASURES, r.measure),
    eventType: r.eventType ?? null,
    category: r.category ?? null,
    target: r.target,
    points: r.points,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    audienceTierIds: r.audienceTierIds,
    active: r.active,
  };
}

export const toProgressState = (p: TaskProgressRow | undefined): TaskProgressState =>
  p
    ? { value: p.value, days: p.days, completedAt: p.completedAt ?? null }
    : { value: 0, days: [], completedAt: null };

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const bool = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

/** An engagement_task row as a plain-SQL read returns it (snake_case columns, dialect's types). */
export function taskFromSql(r: Row): EngagementTaskRow {
  return {
    id: r.id as string,
    name: r.name as string,
    description: (r.description as string | null) ?? null,
    kind: r.kind as string,
    period: r.period as string,
    measure: r.measure as string,
    eventType: (r.event_type as string | null) ?? null,
    category: (r.category as string | null) ?? null,
    target: toNum(r.target),
    points: toNum(r.points),
    startsAt: toDate(r.starts_at)!,
    endsAt: toDate(r.ends_at)!,
    audienceTierIds: json<string[]>(r.audience_tier_ids),
    active: bool(r.active),
    createdAt: toDate(r.created_at)!,
    updatedAt: toDate(r.updated_at)!,
  };
}

export function progressFromSql(r: Row): TaskProgressRow {
  return {
    id: r.id as string,
    memberId: r.member_id as string,
    taskId: r.task_id as string,
    periodKey: r.period_key as string,
    value: toNum(r.value),
    days: json<string[]>(r.days),
    completedAt: toDate(r.completed_at),
    completedByOrderId: (r.completed_by_order_id as string | null) ?? null,
    updatedAt: toDate(r.updated_at)!,
  };
}
