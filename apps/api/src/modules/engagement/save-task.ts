/** Marketing creates and changes tasks and challenges (audited); core checks the definition. */
import type { EntityManager } from '@mikro-orm/core';
import { TASK_KINDS, TASK_MEASURES, TASK_PERIODS, taskDefProblem, type TaskDef } from '@accrue/core';
import { TierRow } from '../../db/entities/tiers';
import { newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { bad, int, str } from '../../services/validate';
import { EngagementTaskRow } from '../../db/entities/engagement';
import { EVENT_TYPE_PATTERN } from './record-member-event';
import { ENGAGEMENT_ID } from './task-def';

const f = (n: string) => ['input', n];

export interface CreateTaskInput {
  name: string;
  description?: string | null;
  kind: string;
  period: string;
  measure: string;
  eventType?: string | null;
  category?: string | null;
  target: number;
  points: number;
  startsAt: Date;
  endsAt: Date;
  audienceTierIds?: string[] | null;
}

function oneOf<T extends string>(all: readonly T[], v: string, field: string): T {
  if (!(all as readonly string[]).includes(v)) bad(f(field), `must be one of ${all.join(', ')}`);
  return v as T;
}

function check(def: Omit<TaskDef, 'id' | 'active'>) {
  const problem = taskDefProblem(def);
  if (problem) bad(f(problem[0]), problem[1]);
}

async function checkTiers(em: EntityManager, ids: string[]) {
  if (!ids.length) return;
  const found = await em.count(TierRow, { id: { $in: ids } });
  if (found !== new Set(ids).size) bad(f('audienceTierIds'), 'names a tier that does not exist');
}

export async function createTask(app: App, actor: Actor, input: CreateTaskInput): Promise<EngagementTaskRow> {
  const now = app.clock.now();
  const def = {
    kind: oneOf(TASK_KINDS, input.kind, 'kind'),
    period: oneOf(TASK_PERIODS, input.period, 'period'),
    measure: oneOf(TASK_MEASURES, input.measure, 'measure'),
    eventType: str(input.eventType, f('eventType'), {
      max: 64,
      pattern: EVENT_TYPE_PATTERN,
      patternMessage: 'must be an upper-case code such as BROWSE_PRODUCT',
    }),
    category: str(input.category, f('category'), { max: 100 }),
    target: int(input.target, f('target'), { min: 1, max: 1_000_000_000_000 })!,
    points: int(input.points, f('points'), { min: 0, max: 100_000 })!,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    audienceTierIds: [...new Set(input.audienceTierIds ?? [])],
  };
  check(def);
  const name = str(input.name, f('name'), { max: 200, required: true })!;
  const description = str(input.description, f('description'), { max: 1000 });
  return inTransaction(app, async (em) => {
    await checkTiers(em, def.audienceTierIds);
    const task = em.create(EngagementTaskRow, {
      id: newId(ENGAGEMENT_ID.task),
      name,
      description,
      ...def,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    audit(em, actor, 'task.create', `task:${task.id}`, null, { name, ...def }, now);
    return task;
  });
}

export interface UpdateTaskInput {
  id: string;
  name?: string | null;
  description?: string | null;
  points?: number | null;
  endsAt?: Date | null;
  audienceTierIds?: string[] | null;
  active?: boolean | null;
}

export async function updateTask(app: App, actor: Actor, input: UpdateTaskInput): Promise<EngagementTaskRow> {
  const now = app.clock.now();
  return inTransaction(app, async (em) => {
    const task = await em.findOne(EngagementTaskRow, {
      id: str(input.id, f('id'), { max: 40, required: true })!,
    });
    if (!task) bad(f('id'), 'is not a task');
    const before = { ...task };
    if (input.name != null) task.name = str(input.name, f('name'), { max: 200, required: true })!;
    if (input.description !== undefined)
      task.description = str(input.description, f('description'), { max: 1000 });
    if (input.points != null) task.points = int(input.points, f('points'), { min: 0, max: 100_000 })!;
    if (input.endsAt != null) task.endsAt = input.endsAt;
    if (input.audienceTierIds != null) {
      task.audienceTierIds = [...new Set(input.audienceTierIds)];
      await checkTiers(em, task.audienceTierIds);
    }
    if (input.active != null) task.active = input.active;
    check({
      ...task,
      kind: task.kind as TaskDef['kind'],
      period: task.period as TaskDef['period'],
      measure: task.measure as TaskDef['measure'],
      eventType: task.eventType ?? null,
      category: task.category ?? null,
    });
    task.updatedAt = now;
    audit(em, actor, 'task.update', `task:${task.id}`, before, { ...task }, now);
    return task;
  });
}
