import { DomainError } from '@accrue/core';
import { StaffUserRow, type StaffRole } from '../../db/entities/access';
import { ID_PREFIX, newId } from '../../ids';
import { hashPassword } from '../../auth/tokens';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { checkPassword, checkStaffRole, staffAuditView } from '../../services/staff';
import { bad, email as emailOf, str } from '../../services/validate';

export interface CreateStaffUserInput {
  email: string;
  name?: string | null;
  password: string;
  role: StaffRole;
}

/** Creates a staff user (audited). Emails are unique, compared in lower case. */
export async function createStaffUser(
  app: App,
  actor: Actor,
  input: CreateStaffUserInput,
): Promise<StaffUserRow> {
  const f = (n: string) => ['input', n];
  const email = emailOf(input.email, f('email'));
  if (!email) bad(f('email'), 'is required');
  const name = str(input.name, f('name'), { max: 200 });
  const password = checkPassword(input.password, f('password'));
  const role = checkStaffRole(input.role, f('role'));
  const passwordHash = await hashPassword(password);
  const now = app.clock.now();
  const normalized = email.toLowerCase();
  // two concurrent creates of the same email: inTransaction retries the loser, which then sees the row
  return inTransaction(app, async (em) => {
    if (await em.count(StaffUserRow, { email: normalized }))
      throw new DomainError(
        'DUPLICATE_STAFF_USER',
        `A staff user with email ${normalized} exists`,
        f('email'),
      );
    const user = em.create(StaffUserRow, {
      id: newId(ID_PREFIX.staff),
      email: normalized,
      name,
      role,
      passwordHash,
      disabledAt: null,
      createdAt: now,
      updatedAt: now,
    });
    audit(em, actor, 'staff.create', user.id, null, staffAuditView(user), now);
    return user;
  });
}
