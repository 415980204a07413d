/**
 * What the access use cases share: the checks of a staff user's password and role, and what the
 * audit log keeps of a staff user and an API key.
 */
import type { ApiKeyRow, StaffRole, StaffUserRow } from '../db/entities/access';
import { STAFF_ROLES } from '../auth/permissions';
import { bad } from './validate';

export const staffAuditView = (u: StaffUserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name ?? null,
  role: u.role,
  disabled: !!u.disabledAt,
});

/** bcrypt reads at most 72 bytes: longer passwords are refused rather than silently truncated. */
export function checkPassword(password: string | null | undefined, field: string[]): string {
  if (typeof password !== 'string' || password.length < 12) bad(field, 'must be at least 12 characters');
  if (Buffer.byteLength(password, 'utf8') > 72) bad(field, 'must be at most 72 bytes');
  return password;
}

export function checkStaffRole(role: StaffRole, field: string[]) {
  if (!STAFF_ROLES.includes(role))
    bad(field, `must be one of ${STAFF_ROLES.join(', ')} (INTEGRATION and STOREFRONT are API key roles)`);
  return role;
}

export const apiKeyAuditView = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  revoked: !!k.revokedAt,
});
