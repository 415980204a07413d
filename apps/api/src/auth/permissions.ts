/**
 * The permission matrix: which role may do what. Enforced in one place (type-graphql's
 * authChecker, see graphql/auth-checker.ts); every resolver names the permission it needs.
 */
import type { Role } from '../services/actor';

export const PERMISSIONS = {
  'program:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'],
  'program:write': ['ADMIN'],
  'member:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION', 'STOREFRONT'],
  'members:list': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION'],
  'member:enroll': ['ADMIN', 'SUPPORT', 'INTEGRATION'],
  'member:update': ['ADMIN', 'SUPPORT'],
  'ledger:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION', 'STOREFRONT'],
  'purchase:write': ['ADMIN', 'INTEGRATION'],
  'activity:write': ['ADMIN', 'INTEGRATION'],
  'redemption:write': ['ADMIN', 'SUPPORT', 'STOREFRONT'],
  'points:adjust': ['ADMIN', 'SUPPORT'],
  'points:expire': ['ADMIN'],
  'tiers:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION'],
  'tiers:write': ['ADMIN', 'MARKETING'],
  'rewards:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION', 'STOREFRONT'],
  'rewards:write': ['ADMIN', 'MARKETING'],
  'campaigns:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'],
  'campaigns:write': ['ADMIN', 'MARKETING'],
  'metrics:read': ['ADMIN', 'MARKETING', 'FINANCE', 'VIEWER'],
  'thresholds:write': ['ADMIN', 'FINANCE'],
  'audit:read': ['ADMIN', 'FINANCE'],
  'staff:write': ['ADMIN'],
  'apikeys:write': ['ADMIN'],
  'viewer:read': ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER', 'INTEGRATION', 'STOREFRONT'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** VIEWER reads without personal data. */
export const seesPersonalData = (role: Role) => role !== 'VIEWER';
