/**
 * An integration posts a member event ("browsed a product", "shared a link", "signed in") by key:
 * the event is kept, the member's tasks over that event type advance, and completed tasks grant
 * their bonus points under the monthly bonus cap (refusals recorded; see issue-bonuses.ts). Idempotent by key: a retry
 * replays the first result; the key with other content is an IDEMPOTENCY_CONFLICT. Events may
 * arrive late or out of order: each counts in the period it occurred in.
 */
import { DomainError, isPurchaseMeasure } from '@accrue/core';
import type { MemberRow } from '../../db/entities/members';
import { fingerprint, newId } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { lockMember, requireActive, type MemberRef } from '../../services/members';
import { bad, key, pastOrNow, str } from '../../services/validate';
import { advanceMemberTasks } from './advance-tasks';
import { issueBonuses } from './issue-bonuses';
import { EngagementTaskRow, MemberEventRow, TaskProgressRow } from '../../db/entities/engagement';
import { ENGAGEMENT_ID } from './task-def';

export interface RecordMemberEventInput {
  member: MemberRef;
  key: string;
  type: string;
  occurredAt?: Date | null;
  attributes?: Record<string, unknown> | null;
}

export const EVENT_TYPE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;
const MAX_ATTRIBUTES_CHARS = 4000;

export async function recordMemberEvent(
  app: App,
  input: RecordMemberEventInput,
): Promise<{ member: MemberRow; event: MemberEventRow; pointsAwarded: number; replayed: boolean }> {
  const now = app.clock.now();
  const f = (n: string) => ['input', n];
  const k = key(input.key, f('key'));
  const type = str(input.type, f('type'), {
    max: 64,
    required: true,
    pattern: EVENT_TYPE_PATTERN,
    patternMessage: 'must be an upper-case code such as BROWSE_PRODUCT',
  })!;
  const occurredAt = pastOrNow(input.occurredAt, f('occurredAt'), now, app.config.maxClockSkewMs);
  const attributes = input.attributes ?? null;
  if (attributes !== null && (typeof attributes !== 'object' || Array.isArray(attributes)))
    bad(f('attributes'), 'must be a JSON object');
  if (attributes !== null && JSON.stringify(attributes).length > MAX_ATTRIBUTES_CHARS)
    bad(f('attributes'), `must be at most ${MAX_ATTRIBUTES_CHARS} characters as JSON`);

  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const print = fingerprint({
      memberId: member.id,
      type,
      occurredAt: input.occurredAt ?? null,
      attributes,
    });
    const seen = await em.findOne(MemberEventRow, { key: k });
    if (seen) {
      if (seen.fingerprint !== print)
        throw new DomainError(
          'IDEMPOTENCY_CONFLICT',
          `input.key "${k}" was already used for a different member event`,
          f('key'),
        );
      return { member, event: seen, pointsAwarded: seen.pointsAwarded, replayed: true };
    }
    requireActive(member);
    const { rules } = await app.program.get(em);
    const tasks = (
      await em.find(EngagementTaskRow, {
        active: true,
        eventType: type,
        startsAt: { $lte: occurredAt },
        endsAt: { $gt: occurredAt },
      })
    ).filter((t) => !isPurchaseMeasure(t.measure as never));
    const progress = tasks.length
      ? await em.find(TaskProgressRow, { memberId: member.id, taskId: { $in: tasks.map((t) => t.id) } })
      : [];
    const grants = advanceMemberTasks({
      sink: em,
      rules,
      member,
      tasks,
      progress,
      contribution: { kind: 'EVENT', type, at: occurredAt, attributes },
      orderId: null,
      now,
    });
    let awarded = 0;
    if (grants.length) {
      const issued = await issueBonuses(em, rules, member, grants, {
        occurredAt,
        now,
        context: `event ${k}`,
      });
      awarded = issued.awarded;
      if (awarded > 0)
        issued.book.event('points.earned', { memberId: member.id, event: type, points: awarded });
    }
    const event = em.create(MemberEventRow, {
      id: newId(ENGAGEMENT_ID.memberEvent),
      memberId: member.id,
      key: k,
      fingerprint: print,
      type,
      occurredAt,
      attributes,
      pointsAwarded: awarded,
      createdAt: now,
    });
    return { member, event, pointsAwarded: awarded, replayed: false };
  });
}
