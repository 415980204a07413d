import { Migration } from '@mikro-orm/migrations';

/** Risk flags: the device and address of an enrolment, and why a member is flagged for review. */
export class Migration20261124020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "member" add column "device_id" varchar(128) null, add column "enrolment_ip" varchar(64) null, add column "review_reasons" jsonb not null default '[]';`,
    );
    this.addSql(`create index "member_device_id_index" on "member" ("device_id");`);
    this.addSql(`create index "member_enrolment_ip_index" on "member" ("enrolment_ip");`);
    this.addSql(`create index "member_flagged_for_review_index" on "member" ("flagged_for_review");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "member_flagged_for_review_index";`);
    this.addSql(`drop index if exists "member_enrolment_ip_index";`);
    this.addSql(`drop index if exists "member_device_id_index";`);
    this.addSql(
      `alter table "member" drop column "review_reasons", drop column "enrolment_ip", drop column "device_id";`,
    );
  }
}
