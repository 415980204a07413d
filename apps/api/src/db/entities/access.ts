/** Staff users, their sessions, API keys and the audit log. */
import { EntitySchema } from '@mikro-orm/core';
import { datetime } from './columns';

export class AuditEntryRow {
  id!: string;
  actor!: string;
  action!: string;
  target!: string;
  before?: string | null;
  after?: string | null;
  at!: Date;
}
export const AuditEntrySchema = new EntitySchema<AuditEntryRow>({
  class: AuditEntryRow,
  tableName: 'audit_entry',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    actor: { type: 'string', length: 200 },
    action: { type: 'string', length: 64 },
    target: { type: 'string', length: 200 },
    before: { type: 'text', nullable: true },
    after: { type: 'text', nullable: true },
    at: datetime(),
  },
  indexes: [
    { properties: ['actor'] },
    { properties: ['action'] },
    { properties: ['target'] },
    { properties: ['at'] },
  ],
});

export type StaffRole =
  'ADMIN' | 'MARKETING' | 'FINANCE' | 'SUPPORT' | 'VIEWER' | 'INTEGRATION' | 'STOREFRONT';

/** A person who signs in to the dashboard (password hashed with bcrypt). */
export class StaffUserRow {
  id!: string;
  email!: string;
  name?: string | null;
  role!: StaffRole;
  passwordHash!: string;
  disabledAt?: Date | null;
  createdAt!: Date;
  updatedAt!: Date;
}
export const StaffUserSchema = new EntitySchema<StaffUserRow>({
  class: StaffUserRow,
  tableName: 'staff_user',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    email: { type: 'string', length: 320, unique: true },
    name: { type: 'string', length: 200, nullable: true },
    role: { type: 'string', length: 16 },
    passwordHash: { type: 'string', length: 100 },
    disabledAt: { ...datetime(), nullable: true },
    createdAt: datetime(),
    updatedAt: datetime(),
  },
});

/** A staff user's login session: only the sha256 of the bearer token is stored. */
export class SessionRow {
  id!: string;
  staffUserId!: string;
  tokenHash!: string;
  createdAt!: Date;
  expiresAt!: Date;
  revokedAt?: Date | null;
}
export const SessionSchema = new EntitySchema<SessionRow>({
  class: SessionRow,
  tableName: 'staff_session',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    staffUserId: { type: 'string', length: 40, index: true },
    tokenHash: { type: 'string', length: 64, unique: true },
    createdAt: datetime(),
    expiresAt: datetime(),
    revokedAt: { ...datetime(), nullable: true },
  },
});

/** An API key for an integration or storefront: shown once, stored as a sha256 hash. */
export class ApiKeyRow {
  id!: string;
  name!: string;
  role!: StaffRole;
  /** the first characters of the key, shown in lists so people can tell keys apart */
  prefix!: string;
  keyHash!: string;
  createdBy!: string;
  createdAt!: Date;
  lastUsedAt?: Date | null;
  revokedAt?: Date | null;
}
export const ApiKeySchema = new EntitySchema<ApiKeyRow>({
  class: ApiKeyRow,
  tableName: 'api_key',
  properties: {
    id: { type: 'string', length: 40, primary: true },
    name: { type: 'string', length: 100 },
    role: { type: 'string', length: 16 },
    prefix: { type: 'string', length: 16 },
    keyHash: { type: 'string', length: 64, unique: true },
    createdBy: { type: 'string', length: 200 },
    createdAt: datetime(),
    lastUsedAt: { ...datetime(), nullable: true },
    revokedAt: { ...datetime(), nullable: true },
  },
});
