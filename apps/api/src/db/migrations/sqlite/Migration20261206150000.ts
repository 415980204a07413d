import { Migration } from '@mikro-orm/migrations';

/** Points draws: draws with a committed seed, prizes, entries bought with points, winners. */
export class Migration20261206150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`points_draw\` (\`id\` text not null, \`name\` text not null, \`entry_cost_points\` bigint not null, \`max_entries_per_member\` integer null, \`opens_at\` datetime not null, \`closes_at\` datetime not null, \`seed_hash\` text not null, \`seed\` text not null, \`drawn_at\` datetime null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create table \`draw_prize\` (\`id\` text not null, \`draw_id\` text not null, \`position\` integer not null, \`name\` text not null, \`stock\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`draw_prize_draw_id_index\` on \`draw_prize\` (\`draw_id\`);`);
    this.addSql(
      `create table \`draw_entry\` (\`id\` text not null, \`draw_id\` text not null, \`member_id\` text not null, \`key\` text not null, \`fingerprint\` text not null, \`count\` integer not null, \`points\` bigint not null, \`status\` text not null, \`created_by\` text null, \`created_at\` datetime not null, \`cancelled_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`draw_entry_key_unique\` on \`draw_entry\` (\`key\`);`);
    this.addSql(
      `create index \`draw_entry_draw_id_member_id_index\` on \`draw_entry\` (\`draw_id\`, \`member_id\`);`,
    );
    this.addSql(
      `create table \`draw_winner\` (\`draw_id\` text not null, \`position\` integer not null, \`prize_id\` text not null, \`ticket\` text not null, \`member_id\` text not null, primary key (\`draw_id\`, \`position\`));`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['draw_winner', 'draw_entry', 'draw_prize', 'points_draw'])
      this.addSql(`drop table if exists \`${t}\`;`);
  }
}
