import { Migration } from '@mikro-orm/migrations';

/** Group buys and their seats, boosts and their contributions (branch eng-social). */
export class Migration20261206170500EngSocial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "group_buy" ("id" varchar(40) not null, "code" varchar(16) not null, "opener_id" varchar(40) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "product_id" varchar(128) not null, "product_name" varchar(200) not null, "price_minor" bigint not null, "size" int not null, "deadline" timestamptz(3) not null, "status" varchar(16) not null, "bonus_points" bigint not null, "created_by" varchar(40) null, "created_at" timestamptz(3) not null, "closed_at" timestamptz(3) null, primary key ("id"));`,
    );
    this.addSql(`create unique index "group_buy_code_unique" on "group_buy" ("code");`);
    this.addSql(`create unique index "group_buy_key_unique" on "group_buy" ("key");`);
    this.addSql(`create index "group_buy_status_deadline_index" on "group_buy" ("status", "deadline");`);
    this.addSql(`create index "group_buy_opener_id_index" on "group_buy" ("opener_id");`);
    this.addSql(
      `create table "group_buy_participant" ("id" varchar(40) not null, "group_id" varchar(40) not null, "member_id" varchar(40) not null, "seat" int not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "device_id" varchar(128) null, "new_customer" boolean not null, "points_held" bigint not null, "hold_status" varchar(16) not null, "bonus_awarded" bigint not null, "created_at" timestamptz(3) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "group_buy_participant_member_id_index" on "group_buy_participant" ("member_id");`,
    );
    this.addSql(`create unique index "group_buy_participant_key_unique" on "group_buy_participant" ("key");`);
    this.addSql(
      `create unique index "group_buy_participant_group_id_member_id_unique" on "group_buy_participant" ("group_id", "member_id");`,
    );
    this.addSql(
      `create unique index "group_buy_participant_group_id_seat_unique" on "group_buy_participant" ("group_id", "seat");`,
    );
    this.addSql(
      `create table "boost" ("id" varchar(40) not null, "requester_id" varchar(40) not null, "reward_id" varchar(40) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "target_points" bigint not null, "device_id" varchar(128) null, "status" varchar(16) not null, "expires_at" timestamptz(3) not null, "redemption_id" varchar(40) null, "created_by" varchar(40) null, "created_at" timestamptz(3) not null, "closed_at" timestamptz(3) null, primary key ("id"));`,
    );
    this.addSql(`create unique index "boost_key_unique" on "boost" ("key");`);
    this.addSql(`create index "boost_status_expires_at_index" on "boost" ("status", "expires_at");`);
    this.addSql(`create index "boost_requester_id_index" on "boost" ("requester_id");`);
    this.addSql(
      `create table "boost_contribution" ("id" varchar(40) not null, "boost_id" varchar(40) not null, "member_id" varchar(40) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "points" bigint not null, "device_id" varchar(128) null, "status" varchar(16) not null, "created_at" timestamptz(3) not null, primary key ("id"));`,
    );
    this.addSql(`create index "boost_contribution_member_id_index" on "boost_contribution" ("member_id");`);
    this.addSql(`create unique index "boost_contribution_key_unique" on "boost_contribution" ("key");`);
    this.addSql(
      `create unique index "boost_contribution_boost_id_member_id_unique" on "boost_contribution" ("boost_id", "member_id");`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['boost_contribution', 'boost', 'group_buy_participant', 'group_buy'])
      this.addSql(`drop table if exists "${t}";`);
  }
}
