import { Migration } from '@mikro-orm/migrations';
import { figures } from './Migration20261206125000';

/**
 * Rollups kept for less (issue 15: what a purchase pays for its rollups).
 *
 * - The member's latest active day on their row (`last_active_day`): a purchase on or after it
 *   knows its active-member rollup without a read (rollup-step.ts). Null means not known: the
 *   member's next purchase reads their active days from the ledger and sets it, so nothing needs
 *   filling here.
 * - No more active-member markers (`member_active_day`, a row per member and active day): the rare
 *   write that must know a member's active days around a past day (a backdated one) reads them
 *   from the ledger's (member, time) indexes, by core's rule of what makes a member active.
 * - The gap histogram has a shard, as the other rollup tables do: a group commit sums its
 *   increments into rows of its own slot (Increment.spread), so groups in flight never wait on
 *   each other's rows.
 * - On SQLite, the rollup tables are WITHOUT ROWID: the primary key is the table, so an increment
 *   writes one B-tree instead of the rowid table and its key's index (a commit dirties, and writes
 *   to the WAL, half the pages).
 */
export class Migration20261207010000_rollupkeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "member" add column "last_active_day" varchar(10) null;`);
    this.addSql(`drop table "member_active_day";`);
    if (this.sqlite()) this.rebuildRollupTables(true);
    else {
      // the gap histogram gets a shard too: a group commit's increments go to rows of its own
      this.addSql(`alter table "member_active_gap" add column "shard" int not null default 0;`);
      this.addSql(`alter table "member_active_gap" drop constraint "member_active_gap_pkey";`);
      this.addSql(`alter table "member_active_gap" add primary key ("grain", "day", "prev", "shard");`);
    }
  }

  override async down(): Promise<void> {
    // the gap histogram's shards summed back into one row each
    this.addSql(
      `create table "member_active_gap_old" ("grain" varchar(5) not null, "day" varchar(10) not null, "prev" varchar(10) not null, "members" bigint not null default 0, primary key ("grain", "day", "prev"));`,
    );
    this.addSql(
      `insert into "member_active_gap_old" select "grain", "day", "prev", sum("members") from "member_active_gap" group by "grain", "day", "prev";`,
    );
    this.addSql(`drop table "member_active_gap";`);
    this.addSql(`alter table "member_active_gap_old" rename to "member_active_gap";`);
    this.addSql(
      `create index "member_active_gap_prev_index" on "member_active_gap" ("grain", "prev", "day");`,
    );
    if (this.sqlite()) this.rebuildRollupTables(false);
    // the markers come back empty: `accrue rebuild-rollups` fills them (and everything else) again
    this.addSql(
      `create table "member_active_day" ("day" varchar(10) not null, "member_id" varchar(40) not null, primary key ("day", "member_id"));`,
    );
    this.addSql(`create index "member_active_day_member_index" on "member_active_day" ("member_id", "day");`);
    this.addSql(`alter table "member" drop column "last_active_day";`);
  }

  private rebuildRollupTables(withoutRowid: boolean) {
    this.rebuild(
      'metrics_daily',
      `"day" varchar(10) not null, "campaign_id" varchar(40) not null, "shard" integer not null, ${figures
        .map((c) => `"${c}" bigint not null default 0`)
        .join(', ')}, primary key ("day", "campaign_id", "shard")`,
      ['day', 'campaign_id', 'shard', ...figures],
      withoutRowid,
    );
    this.rebuild(
      'lot_cohort_daily',
      `"day" varchar(10) not null, "shard" int not null, "points" bigint not null default 0, "remaining" bigint not null default 0, "expired" bigint not null default 0, "reversed" bigint not null default 0, primary key ("day", "shard")`,
      ['day', 'shard', 'points', 'remaining', 'expired', 'reversed'],
      withoutRowid,
    );
    // (up: with a shard, as on PostgreSQL; down: it already went back to one row each)
    const shard = withoutRowid ? `"shard" int not null default 0, ` : '';
    this.rebuild(
      'member_active_gap',
      `"grain" varchar(5) not null, "day" varchar(10) not null, "prev" varchar(10) not null, ${shard}"members" bigint not null default 0, primary key ("grain", "day", "prev"${withoutRowid ? ', "shard"' : ''})`,
      ['grain', 'day', 'prev', 'members'],
      withoutRowid,
    );
    this.addSql(
      `create index "member_active_gap_prev_index" on "member_active_gap" ("grain", "prev", "day");`,
    );
  }

  /** (SQLite) The table created again with `columns` (its indexes go with the old one), its rows copied. */
  private rebuild(table: string, columns: string, copy: string[], withoutRowid: boolean) {
    const list = copy.map((c) => `"${c}"`).join(', ');
    this.addSql(`create table "${table}_new" (${columns})${withoutRowid ? ' without rowid' : ''};`);
    this.addSql(`insert into "${table}_new" (${list}) select ${list} from "${table}";`);
    this.addSql(`drop table "${table}";`);
    this.addSql(`alter table "${table}_new" rename to "${table}";`);
  }

  private sqlite() {
    return this.driver.constructor.name !== 'PostgreSqlDriver';
  }
}
