import { Migration } from '@mikro-orm/migrations';

/** Engagement: member events, tasks and challenges, progress per member and period. */
export class Migration20261206140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "member_event" ("id" varchar(40) not null, "member_id" varchar(40) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "type" varchar(64) not null, "occurred_at" timestamptz(3) not null, "attributes" jsonb null, "points_awarded" bigint not null, "created_at" timestamptz(3) not null, constraint "member_event_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "member_event" add constraint "member_event_key_unique" unique ("key");`);
    this.addSql(
      `create index "member_event_member_id_occurred_at_index" on "member_event" ("member_id", "occurred_at");`,
    );
    this.addSql(
      `create table "engagement_task" ("id" varchar(40) not null, "name" varchar(200) not null, "description" varchar(1000) null, "kind" varchar(16) not null, "period" varchar(16) not null, "measure" varchar(24) not null, "event_type" varchar(64) null, "category" varchar(100) null, "target" bigint not null, "points" bigint not null, "starts_at" timestamptz(3) not null, "ends_at" timestamptz(3) not null, "audience_tier_ids" jsonb not null, "active" boolean not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "engagement_task_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "task_progress" ("id" varchar(40) not null, "member_id" varchar(40) not null, "task_id" varchar(40) not null, "period_key" varchar(16) not null, "value" bigint not null, "days" jsonb not null, "completed_at" timestamptz(3) null, "completed_by_order_id" varchar(200) null, "updated_at" timestamptz(3) not null, constraint "task_progress_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_progress_task_id_index" on "task_progress" ("task_id");`);
    this.addSql(
      `alter table "task_progress" add constraint "task_progress_member_id_task_id_period_key_unique" unique ("member_id", "task_id", "period_key");`,
    );
    this.addSql(
      `create table "paid_extension_terms" ("id" int not null, "fee_minor" bigint not null, "extend_days" int not null, "window_days" int not null, "active" boolean not null, "updated_at" timestamptz(3) not null, constraint "paid_extension_terms_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "points_extension" ("id" varchar(40) not null, "member_id" varchar(40) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "fee_minor" bigint not null, "currency" varchar(3) not null, "extend_days" int not null, "lot_count" int not null, "points_extended" bigint not null, "created_at" timestamptz(3) not null, constraint "points_extension_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "points_extension" add constraint "points_extension_key_unique" unique ("key");`,
    );
    this.addSql(`create index "points_extension_created_at_index" on "points_extension" ("created_at");`);
    this.addSql(`create index "points_extension_member_id_index" on "points_extension" ("member_id");`);
    this.addSql(
      `create table "lot_extension" ("lot_id" varchar(40) not null, "extension_id" varchar(40) not null, "member_id" varchar(40) not null, "points" bigint not null, "expires_before" timestamptz(3) not null, "expires_after" timestamptz(3) not null, "created_at" timestamptz(3) not null, constraint "lot_extension_pkey" primary key ("lot_id"));`,
    );
    this.addSql(`create index "lot_extension_extension_id_index" on "lot_extension" ("extension_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lot_extension" cascade;`);
    this.addSql(`drop table if exists "points_extension" cascade;`);
    this.addSql(`drop table if exists "paid_extension_terms" cascade;`);
    this.addSql(`drop table if exists "task_progress" cascade;`);
    this.addSql(`drop table if exists "engagement_task" cascade;`);
    this.addSql(`drop table if exists "member_event" cascade;`);
  }
}
