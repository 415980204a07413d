import type { Role } from '@accrue/sdk/src/generated/graphql';

/**
 * What the dashboard shows each role: the README's permission matrix, as the API enforces it
 * (apps/api/src/auth/permissions.ts). The API refuses whatever is not allowed; this only keeps
 * pages from offering what would be refused.
 */
const STAFF: Role[] = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'];
const MATRIX = {
  'members:list': STAFF,
  'ledger:read': ['ADMIN', 'FINANCE', 'SUPPORT', 'VIEWER'],
  'member:update': ['ADMIN', 'SUPPORT'],
  'points:adjust': ['ADMIN', 'SUPPORT'],
  /** cancelling a redemption (the API: ADMIN and storefront keys) */
  'redemption:write': ['ADMIN'],
  'tiers:write': ['ADMIN', 'MARKETING'],
  'program:write': ['ADMIN', 'MARKETING'],
  'settings:write': ['ADMIN'],
  'rewards:write': ['ADMIN', 'MARKETING'],
  'audit:read': ['ADMIN', 'FINANCE'],
  'staff:read': ['ADMIN', 'FINANCE'],
  'staff:write': ['ADMIN'],
  'apikeys:read': ['ADMIN', 'FINANCE'],
  'apikeys:write': ['ADMIN'],
  'webhooks:read': ['ADMIN', 'FINANCE'],
  'webhooks:write': ['ADMIN'],
  'campaigns:write': ['ADMIN', 'MARKETING'],
  'engagement:write': ['ADMIN', 'MARKETING'],
  'metrics:read': ['ADMIN', 'FINANCE', 'VIEWER'],
  'thresholds:write': ['ADMIN', 'FINANCE'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof MATRIX;

export const can = (role: Role, permission: Permission) =>
  (MATRIX[permission] as readonly Role[]).includes(role);

/** VIEWER reads without personal data (the API masks email, name and birthday). */
export const seesPersonalData = (role: Role) => role !== 'VIEWER';

export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: 'Admin',
  MARKETING: 'Marketing',
  FINANCE: 'Finance',
  SUPPORT: 'Support',
  VIEWER: 'Viewer',
  INTEGRATION: 'Integration',
  STOREFRONT: 'Storefront',
};
