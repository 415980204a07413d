import { MemberRow, type MemberStatus } from '../../db/entities/members';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { lockMember, type MemberRef } from '../../services/members';
import { email, str } from '../../services/validate';
import { birthdayOf } from '../../services/validate';

export interface UpdateMemberInput {
  member: MemberRef;
  email?: string | null;
  name?: string | null;
  birthday?: string | null;
  status?: MemberStatus | null;
  /** false: the member was reviewed; the flag and its reasons are cleared. true: flag by hand */
  flaggedForReview?: boolean | null;
}

/** Changes a member's profile or status (audited). Fields left out stay as they are. */
export async function updateMember(app: App, actor: Actor, input: UpdateMemberInput): Promise<MemberRow> {
  const now = app.clock.now();
  const f = (n: string) => ['input', n];
  const patch: Partial<MemberRow> = {};
  if (input.email !== undefined) patch.email = email(input.email, f('email'))?.toLowerCase() ?? null;
  if (input.name !== undefined) patch.name = str(input.name, f('name'), { max: 200 });
  if (input.birthday !== undefined) patch.birthday = birthdayOf(input.birthday, f('birthday'), now);
  if (input.status) patch.status = input.status;
  if (input.flaggedForReview === false) Object.assign(patch, { flaggedForReview: false, reviewReasons: [] });

  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    if (input.flaggedForReview === true && !member.flaggedForReview)
      Object.assign(patch, {
        flaggedForReview: true,
        reviewReasons: [...(member.reviewReasons ?? []), `MANUAL: flagged by ${actor.label}`],
      });
    // the audit entry shows each field that was given, from what to what
    const before = Object.fromEntries(
      Object.keys(patch).map((k) => [k, member[k as keyof MemberRow] ?? null]),
    ) as Partial<MemberRow>;
    Object.assign(member, patch, { updatedAt: now });
    audit(em, actor, 'member.update', `member:${member.id}`, before, patch, now);
    return member;
  });
}
