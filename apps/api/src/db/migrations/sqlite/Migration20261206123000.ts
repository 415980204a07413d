import { Migration } from '@mikro-orm/migrations';

/** Campaigns and A/B tests: campaigns, members' assignments, budget slices, once-only signals. */
export class Migration20261206123000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`campaign\` (\`id\` text not null, \`key\` text not null, \`name\` text not null, \`description\` text null, \`phase\` text not null, \`starts_at\` datetime not null, \`ends_at\` datetime null, \`schedule\` json null, \`audience\` json null, \`variants\` json not null, \`holdout_percent\` real not null, \`budget_points\` bigint null, \`per_member_cap_points\` bigint null, \`priority\` integer not null, \`stackable\` integer not null, \`bonus_expires_in_days\` integer null, \`promoted_variant_key\` text null, \`promoted_at\` datetime null, \`tested_variants\` json null, \`tested_holdout_percent\` real null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`campaign_key_unique\` on \`campaign\` (\`key\`);`);
    this.addSql(
      `create index \`campaign_phase_starts_at_index\` on \`campaign\` (\`phase\`, \`starts_at\`);`,
    );
    this.addSql(
      `create table \`campaign_assignment\` (\`id\` text not null, \`campaign_id\` text not null, \`member_id\` text not null, \`variant_key\` text null, \`in_holdout\` integer not null, \`bucket\` real not null, \`exposed_at\` datetime not null, \`points_issued\` bigint not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`campaign_assignment_member_id_campaign_id_unique\` on \`campaign_assignment\` (\`member_id\`, \`campaign_id\`);`,
    );
    this.addSql(
      `create index \`campaign_assignment_campaign_id_variant_key_index\` on \`campaign_assignment\` (\`campaign_id\`, \`variant_key\`);`,
    );
    this.addSql(
      `create table \`campaign_budget_slice\` (\`campaign_id\` text not null, \`slice\` integer not null, \`used\` bigint not null default 0, \`cap\` bigint not null, primary key (\`campaign_id\`, \`slice\`), check (\`used\` <= \`cap\`));`,
    );
    this.addSql(
      `create table \`campaign_signal\` (\`campaign_id\` text not null, \`budget_exhausted\` integer not null default 0, primary key (\`campaign_id\`), check (\`budget_exhausted\` <= 1));`,
    );
    this.addSql(`alter table \`ledger_entry\` add column \`variant_key\` text null;`);
    this.addSql(
      `create index \`ledger_entry_campaign_index\` on \`ledger_entry\` (\`campaign_id\`, \`member_id\`, \`points\`) where \`campaign_id\` is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists \`ledger_entry_campaign_index\`;`);
    this.addSql(`alter table \`ledger_entry\` drop column \`variant_key\`;`);
    this.addSql(`drop table if exists \`campaign_signal\`;`);
    this.addSql(`drop table if exists \`campaign_budget_slice\`;`);
    this.addSql(`drop table if exists \`campaign_assignment\`;`);
    this.addSql(`drop table if exists \`campaign\`;`);
  }
}
