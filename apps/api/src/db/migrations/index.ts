/**
 * Migrations are listed here explicitly (not discovered from disk), so they load the same way under
 * tsc output, swc-node and vitest. Add each new migration of both dialects to its list; one whose SQL
 * is the same on both lives in both/ and is listed twice.
 */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123140732 as PgInitial } from './postgresql/Migration20261123140732';
import { Migration20261123140732 as SqliteInitial } from './sqlite/Migration20261123140732';
import { Migration20261123141859 as PgAccess } from './postgresql/Migration20261123141859';
import { Migration20261123141859 as SqliteAccess } from './sqlite/Migration20261123141859';
// the same SQL on both dialects: one class, listed in both
import { Migration20261123170000 as MemberTimeIndexes } from './both/Migration20261123170000';
import { Migration20261123180000 as DeliveryEventIndex } from './both/Migration20261123180000';
import { Migration20261123200000 as CoveringIndexes } from './both/Migration20261123200000';
import { Migration20261206125000 as Metrics } from './both/Migration20261206125000';
import { Migration20261206171500_apipolish as AuditIndexes } from './both/Migration20261206171500_apipolish';
import { Migration20261206190000_cohorts as Cohorts } from './both/Migration20261206190000_cohorts';
import { Migration20261207010000_rollupkeys as RollupKeys } from './both/Migration20261207010000_rollupkeys';
import { Migration20261124020000 as PgRiskFlags } from './postgresql/Migration20261124020000';
import { Migration20261124020000 as SqliteRiskFlags } from './sqlite/Migration20261124020000';
import { Migration20261206120000 as PgEndpointDisabled } from './postgresql/Migration20261206120000';
import { Migration20261206120000 as SqliteEndpointDisabled } from './sqlite/Migration20261206120000';
import { Migration20261206123000 as PgCampaigns } from './postgresql/Migration20261206123000';
import { Migration20261206123000 as SqliteCampaigns } from './sqlite/Migration20261206123000';
import { Migration20261206140000 as PgEngagement } from './postgresql/Migration20261206140000';
import { Migration20261206140000 as SqliteEngagement } from './sqlite/Migration20261206140000';
import { Migration20261206150000 as PgDraws } from './postgresql/Migration20261206150000';
import { Migration20261206150000 as SqliteDraws } from './sqlite/Migration20261206150000';
import { Migration20261206160000 as PgLeaderboards } from './postgresql/Migration20261206160000';
import { Migration20261206160000 as SqliteLeaderboards } from './sqlite/Migration20261206160000';
import { Migration20261206170500EngSocial as PgSocial } from './postgresql/Migration20261206170500-eng-social';
import { Migration20261206170500EngSocial as SqliteSocial } from './sqlite/Migration20261206170500-eng-social';

export const MIGRATIONS: Record<'sqlite' | 'postgresql', MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261123140732', class: SqliteInitial },
    { name: 'Migration20261123141859', class: SqliteAccess }, // staff, sessions, API keys, webhooks
    { name: 'Migration20261123170000', class: MemberTimeIndexes }, // drop time-only indexes
    { name: 'Migration20261123180000', class: DeliveryEventIndex }, // outbox pruning
    { name: 'Migration20261123200000', class: CoveringIndexes }, // purchase reads
    { name: 'Migration20261124020000', class: SqliteRiskFlags }, // device, address, review reasons
    { name: 'Migration20261206120000', class: SqliteEndpointDisabled }, // webhook endpoints disabled by delivery
    { name: 'Migration20261206123000', class: SqliteCampaigns }, // campaigns, assignments, budget slices
    { name: 'Migration20261206125000', class: Metrics }, // rollups, active-member markers, alerts
    { name: 'Migration20261206140000', class: SqliteEngagement }, // member events, tasks, progress
    { name: 'Migration20261206150000', class: SqliteDraws }, // points draws
    { name: 'Migration20261206160000', class: SqliteLeaderboards }, // leaderboards
    { name: 'Migration20261206170500-eng-social', class: SqliteSocial }, // group buys, boosts
    { name: 'Migration20261206171500_apipolish', class: AuditIndexes }, // audit log filters
    { name: 'Migration20261206190000_cohorts', class: Cohorts }, // lot cohorts, active-member gaps
    { name: 'Migration20261207010000_rollupkeys', class: RollupKeys }, // latest active day, rollup keys
  ],
  postgresql: [
    { name: 'Migration20261123140732', class: PgInitial },
    { name: 'Migration20261123141859', class: PgAccess }, // staff, sessions, API keys, webhooks
    { name: 'Migration20261123170000', class: MemberTimeIndexes }, // drop time-only indexes
    { name: 'Migration20261123180000', class: DeliveryEventIndex }, // outbox pruning
    { name: 'Migration20261123200000', class: CoveringIndexes }, // purchase reads
    { name: 'Migration20261124020000', class: PgRiskFlags }, // device, address, review reasons
    { name: 'Migration20261206120000', class: PgEndpointDisabled }, // webhook endpoints disabled by delivery
    { name: 'Migration20261206123000', class: PgCampaigns }, // campaigns, assignments, budget slices
    { name: 'Migration20261206125000', class: Metrics }, // rollups, active-member markers, alerts
    { name: 'Migration20261206140000', class: PgEngagement }, // member events, tasks, progress
    { name: 'Migration20261206150000', class: PgDraws }, // points draws
    { name: 'Migration20261206160000', class: PgLeaderboards }, // leaderboards
    { name: 'Migration20261206170500-eng-social', class: PgSocial }, // group buys, boosts
    { name: 'Migration20261206171500_apipolish', class: AuditIndexes }, // audit log filters
    { name: 'Migration20261206190000_cohorts', class: Cohorts }, // lot cohorts, active-member gaps
    { name: 'Migration20261207010000_rollupkeys', class: RollupKeys }, // latest active day, rollup keys
  ],
};
