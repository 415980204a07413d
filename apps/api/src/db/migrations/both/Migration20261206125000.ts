import { Migration } from '@mikro-orm/migrations';

export const figures = [
  'sales_minor',
  'orders',
  'active_members',
  'issued_purchase',
  'issued_tier_bonus',
  'issued_campaign',
  'issued_activity',
  'issued_referral',
  'issued_welcome',
  'issued_manual',
  'issued_task',
  'issued_challenge',
  'issued_leaderboard',
  'issued_draw',
  'issued_group_buy',
  'issued_boost',
  'redeemed',
  'expired',
  'reversed',
];

/**
 * Metrics (issue 15): daily rollups keyed by (program-local day, campaign or '', shard), the
 * member-day markers behind active-member counts, and alerts. The same SQL on both dialects.
 * Existing ledgers are rolled up by `accrue rebuild-rollups` (run it once after this migration).
 */
export class Migration20261206125000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "metrics_daily" ("day" varchar(10) not null, "campaign_id" varchar(40) not null, "shard" integer not null, ${figures
        .map((c) => `"${c}" bigint not null default 0`)
        .join(', ')}, primary key ("day", "campaign_id", "shard"));`,
    );
    this.addSql(
      `create table "member_active_day" ("day" varchar(10) not null, "member_id" varchar(40) not null, primary key ("day", "member_id"));`,
    );
    this.addSql(
      `create table "alert" ("id" varchar(40) not null, "kind" varchar(32) not null, "level" varchar(16) not null, "campaign_id" varchar(40) null, "message" varchar(500) not null, "value" double precision not null, "threshold" double precision not null, "raised_at" ${this.ts()} not null, "resolved_at" ${this.ts()} null, "open_key" varchar(100) null, primary key ("id"));`,
    );
    this.addSql(`create unique index "alert_open_key_unique" on "alert" ("open_key");`);
    this.addSql(`create index "alert_raised_at_index" on "alert" ("raised_at");`);
    // redemptions by reward over a window
    this.addSql(`create index "redemption_created_at_index" on "redemption" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "redemption_created_at_index";`);
    this.addSql(`drop table if exists "alert";`);
    this.addSql(`drop table if exists "member_active_day";`);
    this.addSql(`drop table if exists "metrics_daily";`);
  }

  private ts() {
    return this.driver.constructor.name === 'PostgreSqlDriver' ? 'timestamptz(3)' : 'datetime';
  }
}
