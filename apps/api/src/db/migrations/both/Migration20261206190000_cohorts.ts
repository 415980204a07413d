import { Migration } from '@mikro-orm/migrations';

/**
 * Rollups that keep the metrics reads independent of the ledger's size (issue 15, item 6): lot
 * cohorts by expiry day (the forecast's expiry schedule, the redemption-rate estimate), the gap
 * histogram of active-member markers (distinct active members of any span), and the markers'
 * member-first index (a write reads a member's nearest active days around its own).
 * The boot that applies it folds an existing ledger into them (bootstrap.ts, ROLLUP_MIGRATIONS).
 */
export class Migration20261206190000_cohorts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "lot_cohort_daily" ("day" varchar(10) not null, "shard" int not null, "points" bigint not null default 0, "remaining" bigint not null default 0, "expired" bigint not null default 0, "reversed" bigint not null default 0, primary key ("day", "shard"));`,
    );
    this.addSql(
      `create table "member_active_gap" ("grain" varchar(5) not null, "day" varchar(10) not null, "prev" varchar(10) not null, "members" bigint not null default 0, primary key ("grain", "day", "prev"));`,
    );
    this.addSql(
      `create index "member_active_gap_prev_index" on "member_active_gap" ("grain", "prev", "day");`,
    );
    this.addSql(`create index "member_active_day_member_index" on "member_active_day" ("member_id", "day");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "member_active_day_member_index";`);
    this.addSql(`drop table if exists "member_active_gap";`);
    this.addSql(`drop table if exists "lot_cohort_daily";`);
  }
}
