import { Migration } from '@mikro-orm/migrations';

/** Points draws: draws with a committed seed, prizes, entries bought with points, winners. */
export class Migration20261206150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "points_draw" ("id" varchar(40) not null, "name" varchar(200) not null, "entry_cost_points" bigint not null, "max_entries_per_member" int null, "opens_at" timestamptz(3) not null, "closes_at" timestamptz(3) not null, "seed_hash" varchar(64) not null, "seed" varchar(64) not null, "drawn_at" timestamptz(3) null, "created_at" timestamptz(3) not null, constraint "points_draw_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "draw_prize" ("id" varchar(40) not null, "draw_id" varchar(40) not null, "position" int not null, "name" varchar(200) not null, "stock" int not null, constraint "draw_prize_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "draw_prize_draw_id_index" on "draw_prize" ("draw_id");`);
    this.addSql(
      `create table "draw_entry" ("id" varchar(40) not null, "draw_id" varchar(40) not null, "member_id" varchar(40) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "count" int not null, "points" bigint not null, "status" varchar(16) not null, "created_by" varchar(40) null, "created_at" timestamptz(3) not null, "cancelled_at" timestamptz(3) null, constraint "draw_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "draw_entry" add constraint "draw_entry_key_unique" unique ("key");`);
    this.addSql(
      `create index "draw_entry_draw_id_member_id_index" on "draw_entry" ("draw_id", "member_id");`,
    );
    this.addSql(
      `create table "draw_winner" ("draw_id" varchar(40) not null, "position" int not null, "prize_id" varchar(40) not null, "ticket" varchar(64) not null, "member_id" varchar(40) not null, constraint "draw_winner_pkey" primary key ("draw_id", "position"));`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['draw_winner', 'draw_entry', 'draw_prize', 'points_draw'])
      this.addSql(`drop table if exists "${t}" cascade;`);
  }
}
