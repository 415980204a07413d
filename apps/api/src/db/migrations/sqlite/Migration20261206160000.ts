import { Migration } from '@mikro-orm/migrations';

/** Leaderboards, their closed periods and awards. */
export class Migration20261206160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "leaderboard" ("id" varchar(40) not null, "name" varchar(200) not null, "period" varchar(16) not null, "top_n" int not null, "prize_points" json not null, "active" integer not null, "created_at" datetime not null, primary key ("id"));`,
    );
    this.addSql(
      `create table "leaderboard_award" ("leaderboard_id" varchar(40) not null, "period_key" varchar(16) not null, "rank" int not null, "member_id" varchar(40) not null, "points" bigint not null, "prize_points" bigint not null, "closed_at" datetime not null, primary key ("leaderboard_id", "period_key", "rank"));`,
    );
    this.addSql(
      `create table "leaderboard_period" ("leaderboard_id" varchar(40) not null, "period_key" varchar(16) not null, "closed_at" datetime not null, primary key ("leaderboard_id", "period_key"));`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['leaderboard_period', 'leaderboard_award', 'leaderboard'])
      this.addSql(`drop table if exists "${t}";`);
  }
}
