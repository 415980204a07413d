/**
 * Migrations are listed here explicitly (not discovered from disk), so they load the same way under
 * tsc output, swc-node and vitest. Add each new migration of both dialects to its list.
 */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123140732 as PgInitial } from './postgresql/Migration20261123140732';
import { Migration20261123140732 as SqliteInitial } from './sqlite/Migration20261123140732';
import { Migration20261123141859 as PgAccess } from './postgresql/Migration20261123141859';
import { Migration20261123141859 as SqliteAccess } from './sqlite/Migration20261123141859';
import { Migration20261123170000 as PgMemberTimeIndexes } from './postgresql/Migration20261123170000';
import { Migration20261123170000 as SqliteMemberTimeIndexes } from './sqlite/Migration20261123170000';
import { Migration20261123180000 as PgDeliveryEventIndex } from './postgresql/Migration20261123180000';
import { Migration20261123200000 as PgCoveringIndexes } from './postgresql/Migration20261123200000';
import { Migration20261123200000 as SqliteCoveringIndexes } from './sqlite/Migration20261123200000';
import { Migration20261123180000 as SqliteDeliveryEventIndex } from './sqlite/Migration20261123180000';

export const MIGRATIONS: Record<'sqlite' | 'postgresql', MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261123140732', class: SqliteInitial },
    { name: 'Migration20261123141859', class: SqliteAccess }, // staff, sessions, API keys, webhooks
    { name: 'Migration20261123170000', class: SqliteMemberTimeIndexes }, // drop time-only indexes
    { name: 'Migration20261123180000', class: SqliteDeliveryEventIndex }, // outbox pruning
    { name: 'Migration20261123200000', class: SqliteCoveringIndexes }, // purchase reads
  ],
  postgresql: [
    { name: 'Migration20261123140732', class: PgInitial },
    { name: 'Migration20261123141859', class: PgAccess }, // staff, sessions, API keys, webhooks
    { name: 'Migration20261123170000', class: PgMemberTimeIndexes }, // drop time-only indexes
    { name: 'Migration20261123180000', class: PgDeliveryEventIndex }, // outbox pruning
    { name: 'Migration20261123200000', class: PgCoveringIndexes }, // purchase reads
  ],
};
