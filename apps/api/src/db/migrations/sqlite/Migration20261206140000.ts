import { Migration } from '@mikro-orm/migrations';

/** Engagement: member events, tasks and challenges, progress per member and period. */
export class Migration20261206140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`member_event\` (\`id\` text not null, \`member_id\` text not null, \`key\` text not null, \`fingerprint\` text not null, \`type\` text not null, \`occurred_at\` datetime not null, \`attributes\` json null, \`points_awarded\` bigint not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`member_event_key_unique\` on \`member_event\` (\`key\`);`);
    this.addSql(
      `create index \`member_event_member_id_occurred_at_index\` on \`member_event\` (\`member_id\`, \`occurred_at\`);`,
    );
    this.addSql(
      `create table \`engagement_task\` (\`id\` text not null, \`name\` text not null, \`description\` text null, \`kind\` text not null, \`period\` text not null, \`measure\` text not null, \`event_type\` text null, \`category\` text null, \`target\` bigint not null, \`points\` bigint not null, \`starts_at\` datetime not null, \`ends_at\` datetime not null, \`audience_tier_ids\` json not null, \`active\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create table \`task_progress\` (\`id\` text not null, \`member_id\` text not null, \`task_id\` text not null, \`period_key\` text not null, \`value\` bigint not null, \`days\` json not null, \`completed_at\` datetime null, \`completed_by_order_id\` text null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`task_progress_task_id_index\` on \`task_progress\` (\`task_id\`);`);
    this.addSql(
      `create unique index \`task_progress_member_id_task_id_period_key_unique\` on \`task_progress\` (\`member_id\`, \`task_id\`, \`period_key\`);`,
    );
    this.addSql(
      `create table \`paid_extension_terms\` (\`id\` integer not null, \`fee_minor\` bigint not null, \`extend_days\` integer not null, \`window_days\` integer not null, \`active\` integer not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create table \`points_extension\` (\`id\` text not null, \`member_id\` text not null, \`key\` text not null, \`fingerprint\` text not null, \`fee_minor\` bigint not null, \`currency\` text not null, \`extend_days\` integer not null, \`lot_count\` integer not null, \`points_extended\` bigint not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`points_extension_key_unique\` on \`points_extension\` (\`key\`);`);
    this.addSql(
      `create index \`points_extension_created_at_index\` on \`points_extension\` (\`created_at\`);`,
    );
    this.addSql(`create index \`points_extension_member_id_index\` on \`points_extension\` (\`member_id\`);`);
    this.addSql(
      `create table \`lot_extension\` (\`lot_id\` text not null, \`extension_id\` text not null, \`member_id\` text not null, \`points\` bigint not null, \`expires_before\` datetime not null, \`expires_after\` datetime not null, \`created_at\` datetime not null, primary key (\`lot_id\`));`,
    );
    this.addSql(`create index \`lot_extension_extension_id_index\` on \`lot_extension\` (\`extension_id\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`lot_extension\`;`);
    this.addSql(`drop table if exists \`points_extension\`;`);
    this.addSql(`drop table if exists \`paid_extension_terms\`;`);
    this.addSql(`drop table if exists \`task_progress\`;`);
    this.addSql(`drop table if exists \`engagement_task\`;`);
    this.addSql(`drop table if exists \`member_event\`;`);
  }
}
