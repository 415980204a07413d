/**
 * The permission matrix: which role may do what. Enforced in one place (type-graphql's
 * authChecker, see graphql/auth-checker.ts); every resolver names the permission it needs.
 *
 *   ADMIN        everything
 *   MARKETING    campaigns, tiers, earning rules (program settings), rewards; reads members (no ledger)
 *   FINANCE      metrics, cost monitoring, alert thresholds; reads everything (audit log included)
 *   SUPPORT      members (enrol, update), manual adjustments with a reason; reads members and ledger
 *   VIEWER       read-only, without personal data (email, name, birthday masked); no audit log
 *   INTEGRATION  (API key) enrol, record purchases, refunds and activities; reads members and tiers
 *
 * Every staff role also reads the program's settings, tiers, rewards and campaigns (what they
 * need to do their job; nothing personal or financial).
 *   STOREFRONT   (API key) reads a member's balance, lots, tier progress, ledger and rewards
 *                (personal data masked, as for VIEWER); redeems and cancels its own redemptions;
 *                nothing else
 */
import { TransportError } from '../transport-error';
import type { Actor, Role } from '../services/actor';

const STAFF_READERS = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'] as const;

export const PERMISSIONS = {
  'program:read': [...STAFF_READERS],
  /** earning rules: points per currency unit, expiry, pending days, bonus caps */
  'program:write': ['ADMIN', 'MARKETING'],
  /** the program's name, currency and time zone */
  'settings:write': ['ADMIN'],
  'member:read': [...STAFF_READERS, 'INTEGRATION', 'STOREFRONT'],
  'members:list': [...STAFF_READERS, 'INTEGRATION'],
  'member:enroll': ['ADMIN', 'SUPPORT', 'INTEGRATION'],
  'member:update': ['ADMIN', 'SUPPORT'],
  'ledger:read': ['ADMIN', 'FINANCE', 'SUPPORT', 'VIEWER', 'STOREFRONT'],
  'purchase:write': ['ADMIN', 'INTEGRATION'],
  'activity:write': ['ADMIN', 'INTEGRATION'],
  'redemption:write': ['ADMIN', 'STOREFRONT'],
  'points:adjust': ['ADMIN', 'SUPPORT'],
  'points:expire': ['ADMIN'],
  'tiers:read': [...STAFF_READERS, 'INTEGRATION'],
  'tiers:write': ['ADMIN', 'MARKETING'],
  'rewards:read': [...STAFF_READERS, 'STOREFRONT'],
  'rewards:write': ['ADMIN', 'MARKETING'],
  'campaigns:read': [...STAFF_READERS],
  'campaigns:write': ['ADMIN', 'MARKETING'],
  'metrics:read': ['ADMIN', 'FINANCE', 'VIEWER'],
  'thresholds:write': ['ADMIN', 'FINANCE'],
  'audit:read': ['ADMIN', 'FINANCE'],
  'staff:read': ['ADMIN', 'FINANCE'],
  'staff:write': ['ADMIN'],
  'apikeys:read': ['ADMIN', 'FINANCE'],
  'apikeys:write': ['ADMIN'],
  'webhooks:read': ['ADMIN', 'FINANCE'],
  'webhooks:write': ['ADMIN'],
  /** tasks, challenges and progress (engagement) */
  'engagement:read': [...STAFF_READERS, 'INTEGRATION', 'STOREFRONT'],
  'engagement:write': ['ADMIN', 'MARKETING'],
  /** member events posted by the integrations */
  'event:write': ['ADMIN', 'INTEGRATION'],
  /** a member's paid extension of expiring points */
  'extension:write': ['ADMIN', 'INTEGRATION', 'STOREFRONT'],
  'viewer:read': [...STAFF_READERS, 'INTEGRATION', 'STOREFRONT'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission) =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** For the few checks that depend on the input (a field only some roles may change). */
export function requirePermission(actor: Actor, permission: Permission, field?: string[]) {
  if (!can(actor.role, permission))
    throw new TransportError('FORBIDDEN', `Role ${actor.role} may not do this (needs ${permission})`, field);
}

/** VIEWER and STOREFRONT read without personal data (email, name, birthday). */
export const seesPersonalData = (role: Role) => role !== 'VIEWER' && role !== 'STOREFRONT';

/** Roles a person can hold; INTEGRATION and STOREFRONT are for API keys only. */
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'];
