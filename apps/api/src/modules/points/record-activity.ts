import { applyMonthlyBonusCap, computeActivity, type ActivityType } from '@accrue/core';
import { MemberRow } from '../../db/entities/members';
import { inTransaction, type App } from '../../services/app';
import { remember, seen } from '../../services/idempotency';
import { lockMember, requireActive, type MemberRef } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { recordRefusals } from '../../services/refusals';
import { monthEarnings } from '../../services/spend-history';
import { emSql } from '../../db/sql/queries';
import { key, pastOrNow } from '../../services/validate';
import { activityCampaignGrants } from '../campaigns/activity-campaigns';

export interface RecordActivityInput {
  member: MemberRef;
  type: ActivityType;
  key: string;
  occurredAt?: Date | null;
}

/** Sign-in, review, share, profile completed: activity points and new-member tasks, under the caps. Idempotent by key. */
export async function recordActivity(
  app: App,
  input: RecordActivityInput,
): Promise<{ member: MemberRow; pointsAwarded: number }> {
  const now = app.clock.now();
  const k = key(input.key, ['input', 'key']);
  const occurredAt = pastOrNow(input.occurredAt, ['input', 'occurredAt'], now, app.config.maxClockSkewMs);
  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const write = {
      scope: 'activity' as const,
      key: k,
      content: { memberId: member.id, type: input.type, occurredAt: input.occurredAt ?? null },
      field: ['input', 'key'],
    };
    const replay = await seen(em, write);
    if (replay) return { member, pointsAwarded: Number(replay.result?.pointsAwarded ?? 0) };
    requireActive(member);
    const { rules } = await app.program.get(em);
    const month = await monthEarnings(emSql(em), member.id, occurredAt, rules.timezone);
    const outcome = computeActivity({
      rules,
      type: input.type,
      occurredAt,
      state: { ...member.activity, sharePointsThisMonth: month.sharePoints },
    });
    const capped = applyMonthlyBonusCap(outcome.grants, month.bonusIssued, rules.monthlyBonusCapPoints);
    // campaigns on activities (ACTIVITY_MULTIPLIER) add their grants within what the cap leaves
    const campaign = await activityCampaignGrants(em, {
      rules,
      member,
      type: input.type,
      // the activity's own points (new-member task bonuses are not multiplied)
      points: outcome.grants.filter((g) => !g.reason.startsWith('TASK_')).reduce((s, g) => s + g.points, 0),
      occurredAt,
      now,
      bonusIssued: month.bonusIssued + capped.grants.filter((g) => g.bonus).reduce((s, g) => s + g.points, 0),
    });
    capped.grants.push(...campaign.grants);
    const refusals = [...outcome.refusals, ...capped.refusals, ...campaign.refusals];
    recordRefusals(em, member.id, refusals, occurredAt, `${input.type} ${k}`, now);
    const book = await PointsBook.openForEarning(em, member, now);
    let awarded = 0;
    for (const g of capped.grants) {
      book.grant(g, { occurredAt, reason: g.reason });
      awarded += g.points;
    }
    member.activity = { ...outcome.state, sharePointsThisMonth: 0 };
    book.expireDue();
    if (awarded > 0)
      book.event('points.earned', { memberId: member.id, activity: input.type, points: awarded });
    remember(em, write, now, member.id, null, { pointsAwarded: awarded });
    return { member, pointsAwarded: awarded };
  });
}
