import { DomainError } from '@accrue/core';
import { SessionRow, StaffUserRow, type StaffRole } from '../../db/entities/access';
import { hashPassword } from '../../auth/tokens';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { checkPassword, checkStaffRole, staffAuditView } from '../../services/staff';
import { str } from '../../services/validate';

export interface UpdateStaffUserInput {
  id: string;
  name?: string | null;
  role?: StaffRole | null;
  password?: string | null;
  disabled?: boolean | null;
}

/**
 * Changes a staff user (audited). Disabling a user, changing their role or password revokes every
 * session they hold, so the change applies at once.
 */
export async function updateStaffUser(
  app: App,
  actor: Actor,
  input: UpdateStaffUserInput,
): Promise<StaffUserRow> {
  const f = (n: string) => ['input', n];
  const id = str(input.id, f('id'), { max: 40, required: true })!;
  const name = str(input.name, f('name'), { max: 200 });
  const role = input.role != null ? checkStaffRole(input.role, f('role')) : null;
  const passwordHash =
    input.password != null ? await hashPassword(checkPassword(input.password, f('password'))) : null;
  if (actor.kind === 'staff' && actor.id === id && (input.disabled === true || (role && role !== 'ADMIN')))
    throw new DomainError(
      'INVALID_INPUT',
      'You cannot disable or demote yourself',
      f(input.disabled ? 'disabled' : 'role'),
    );
  const now = app.clock.now();
  const updated = await inTransaction(app, async (em) => {
    const user = await em.findOne(StaffUserRow, { id });
    if (!user) throw new DomainError('NOT_FOUND', `No staff user with id "${id}"`, f('id'));
    const before = staffAuditView(user);
    if (name !== null) user.name = name;
    let revoke = false;
    if (role && role !== user.role) {
      user.role = role;
      revoke = true;
    }
    if (passwordHash) {
      user.passwordHash = passwordHash;
      revoke = true;
    }
    if (input.disabled === true && !user.disabledAt) {
      user.disabledAt = now;
      revoke = true;
    } else if (input.disabled === false) user.disabledAt = null;
    user.updatedAt = now;
    if (revoke)
      await em.nativeUpdate(SessionRow, { staffUserId: user.id, revokedAt: null }, { revokedAt: now });
    audit(
      em,
      actor,
      'staff.update',
      user.id,
      before,
      { ...staffAuditView(user), passwordChanged: !!passwordHash },
      now,
    );
    return user;
  });
  // a role, a password or a disabled flag changes what this user's sessions may do
  app.credentials.invalidate();
  return updated;
}
