import { addDays } from '@accrue/core';
import { LedgerEntryRow } from '../../db/entities/points';
import { MemberRow } from '../../db/entities/members';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { remember, seen } from '../../services/idempotency';
import { lockMember, type MemberRef } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { bad, int, key, MAX_POINTS, str } from '../../services/validate';

export interface AdjustPointsInput {
  member: MemberRef;
  points: number;
  reason: string;
  key: string;
}

/**
 * Staff add or remove points with a mandatory reason. Additions are a MANUAL lot (purchase expiry);
 * removals take from lots soonest-expiring first and, past the balance, become a negative balance.
 * Audited; idempotent by key.
 */
export async function adjustPoints(
  app: App,
  actor: Actor,
  input: AdjustPointsInput,
): Promise<{ entry: LedgerEntryRow; member: MemberRow }> {
  const now = app.clock.now();
  const f = (name: string) => ['input', name];
  const points = int(input.points, f('points'), { min: -MAX_POINTS, max: MAX_POINTS })!;
  if (points === 0) bad(f('points'), 'must not be zero');
  const reason = str(input.reason, f('reason'), { max: 500, required: true })!;
  const k = key(input.key, f('key'));
  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const write = {
      scope: 'adjustment' as const,
      key: k,
      content: { memberId: member.id, points, reason },
      field: f('key'),
    };
    const replay = await seen(em, write);
    if (replay) return { entry: await em.findOneOrFail(LedgerEntryRow, { id: replay.resultId! }), member };
    const { rules } = await app.program.get(em);
    const book = await PointsBook.open(em, member, now);
    const before = { pointsBalance: member.pointsBalance, negative: member.negative };
    const meta = { occurredAt: now, reason, actor: actor.label };
    const entry =
      points > 0
        ? book.grant(
            {
              source: 'MANUAL',
              points,
              reason,
              availableAt: now,
              expiresAt: rules.purchasePointsExpireInDays
                ? addDays(now, rules.purchasePointsExpireInDays)
                : null,
              bonus: false,
            },
            { ...meta, type: 'ADJUST' },
          )
        : book.clawback(-points, [], 'ADJUST', 'MANUAL', meta);
    book.expireDue();
    audit(
      em,
      actor,
      'points.adjust',
      `member:${member.id}`,
      before,
      {
        pointsBalance: member.pointsBalance,
        negative: member.negative,
        points,
        reason,
      },
      now,
    );
    remember(em, write, now, member.id, entry.id);
    return { entry, member };
  });
}
