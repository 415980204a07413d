import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141859 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_key" ("id" varchar(40) not null, "name" varchar(100) not null, "role" varchar(16) not null, "prefix" varchar(16) not null, "key_hash" varchar(64) not null, "created_by" varchar(200) not null, "created_at" timestamptz(3) not null, "last_used_at" timestamptz(3) null, "revoked_at" timestamptz(3) null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(
      `create table "staff_session" ("id" varchar(40) not null, "staff_user_id" varchar(40) not null, "token_hash" varchar(64) not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "revoked_at" timestamptz(3) null, constraint "staff_session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "staff_session_staff_user_id_index" on "staff_session" ("staff_user_id");`);
    this.addSql(
      `alter table "staff_session" add constraint "staff_session_token_hash_unique" unique ("token_hash");`,
    );

    this.addSql(
      `create table "staff_user" ("id" varchar(40) not null, "email" varchar(320) not null, "name" varchar(200) null, "role" varchar(16) not null, "password_hash" varchar(100) not null, "disabled_at" timestamptz(3) null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "staff_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "webhook_delivery" ("id" varchar(40) not null, "endpoint_id" varchar(40) not null, "event_id" varchar(40) not null, "event_type" varchar(64) not null, "status" varchar(16) not null, "attempts" int not null, "next_attempt_at" timestamptz(3) null, "last_attempt_at" timestamptz(3) null, "response_status" int null, "last_error" varchar(500) null, "log" jsonb not null, "created_at" timestamptz(3) not null, "delivered_at" timestamptz(3) null, constraint "webhook_delivery_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "webhook_delivery_status_next_attempt_at_index" on "webhook_delivery" ("status", "next_attempt_at");`,
    );
    this.addSql(
      `create index "webhook_delivery_endpoint_id_id_index" on "webhook_delivery" ("endpoint_id", "id");`,
    );
    this.addSql(
      `alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_event_id_unique" unique ("endpoint_id", "event_id");`,
    );

    this.addSql(
      `create table "webhook_endpoint" ("id" varchar(40) not null, "url" varchar(2000) not null, "description" varchar(500) null, "events" jsonb not null, "secret" varchar(100) not null, "active" boolean not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "webhook_endpoint_pkey" primary key ("id"));`,
    );

    this.addSql(`alter table "redemption" add column "created_by" varchar(40) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "staff_session" cascade;`);

    this.addSql(`drop table if exists "staff_user" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`alter table "redemption" drop column "created_by";`);
  }
}
