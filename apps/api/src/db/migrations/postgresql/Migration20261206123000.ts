import { Migration } from '@mikro-orm/migrations';

/** Campaigns and A/B tests: campaigns, members' assignments, budget slices, once-only signals. */
export class Migration20261206123000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "campaign" ("id" varchar(40) not null, "key" varchar(64) not null, "name" varchar(200) not null, "description" varchar(2000) null, "phase" varchar(16) not null, "starts_at" timestamptz(3) not null, "ends_at" timestamptz(3) null, "schedule" jsonb null, "audience" jsonb null, "variants" jsonb not null, "holdout_percent" double precision not null, "budget_points" bigint null, "per_member_cap_points" bigint null, "priority" int not null, "stackable" boolean not null, "bonus_expires_in_days" int null, "promoted_variant_key" varchar(64) null, "promoted_at" timestamptz(3) null, "tested_variants" jsonb null, "tested_holdout_percent" double precision null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "campaign" add constraint "campaign_key_unique" unique ("key");`);
    this.addSql(`create index "campaign_phase_starts_at_index" on "campaign" ("phase", "starts_at");`);
    this.addSql(
      `create table "campaign_assignment" ("id" varchar(40) not null, "campaign_id" varchar(40) not null, "member_id" varchar(40) not null, "variant_key" varchar(64) null, "in_holdout" boolean not null, "bucket" double precision not null, "exposed_at" timestamptz(3) not null, "points_issued" bigint not null, constraint "campaign_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "campaign_assignment" add constraint "campaign_assignment_member_id_campaign_id_unique" unique ("member_id", "campaign_id");`,
    );
    this.addSql(
      `create index "campaign_assignment_campaign_id_variant_key_index" on "campaign_assignment" ("campaign_id", "variant_key");`,
    );
    this.addSql(
      `create table "campaign_budget_slice" ("campaign_id" varchar(40) not null, "slice" int not null, "used" bigint not null default 0, "cap" bigint not null, constraint "campaign_budget_slice_pkey" primary key ("campaign_id", "slice"), constraint "campaign_budget_slice_used_check" check ("used" <= "cap"));`,
    );
    this.addSql(
      `create table "campaign_signal" ("campaign_id" varchar(40) not null, "budget_exhausted" int not null default 0, constraint "campaign_signal_pkey" primary key ("campaign_id"), constraint "campaign_signal_once_check" check ("budget_exhausted" <= 1));`,
    );
    // the ledger's campaign entries name their variant; indexed for a campaign's figures and costs
    this.addSql(`alter table "ledger_entry" add column "variant_key" varchar(64) null;`);
    this.addSql(
      `create index "ledger_entry_campaign_index" on "ledger_entry" ("campaign_id", "member_id", "points") where "campaign_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "ledger_entry_campaign_index";`);
    this.addSql(`alter table "ledger_entry" drop column "variant_key";`);
    this.addSql(`drop table if exists "campaign_signal";`);
    this.addSql(`drop table if exists "campaign_budget_slice";`);
    this.addSql(`drop table if exists "campaign_assignment";`);
    this.addSql(`drop table if exists "campaign";`);
  }
}
