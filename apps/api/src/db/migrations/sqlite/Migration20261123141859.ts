import { Migration } from '@mikro-orm/migrations';

export class Migration20261123141859 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`api_key\` (\`id\` text not null, \`name\` text not null, \`role\` text not null, \`prefix\` text not null, \`key_hash\` text not null, \`created_by\` text not null, \`created_at\` datetime not null, \`last_used_at\` datetime null, \`revoked_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`api_key_key_hash_unique\` on \`api_key\` (\`key_hash\`);`);

    this.addSql(
      `create table \`staff_session\` (\`id\` text not null, \`staff_user_id\` text not null, \`token_hash\` text not null, \`created_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`staff_session_staff_user_id_index\` on \`staff_session\` (\`staff_user_id\`);`,
    );
    this.addSql(
      `create unique index \`staff_session_token_hash_unique\` on \`staff_session\` (\`token_hash\`);`,
    );

    this.addSql(
      `create table \`staff_user\` (\`id\` text not null, \`email\` text not null, \`name\` text null, \`role\` text not null, \`password_hash\` text not null, \`disabled_at\` datetime null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`staff_user_email_unique\` on \`staff_user\` (\`email\`);`);

    this.addSql(
      `create table \`webhook_delivery\` (\`id\` text not null, \`endpoint_id\` text not null, \`event_id\` text not null, \`event_type\` text not null, \`status\` text not null, \`attempts\` integer not null, \`next_attempt_at\` datetime null, \`last_attempt_at\` datetime null, \`response_status\` integer null, \`last_error\` text null, \`log\` json not null, \`created_at\` datetime not null, \`delivered_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`webhook_delivery_status_next_attempt_at_index\` on \`webhook_delivery\` (\`status\`, \`next_attempt_at\`);`,
    );
    this.addSql(
      `create index \`webhook_delivery_endpoint_id_id_index\` on \`webhook_delivery\` (\`endpoint_id\`, \`id\`);`,
    );
    this.addSql(
      `create unique index \`webhook_delivery_endpoint_id_event_id_unique\` on \`webhook_delivery\` (\`endpoint_id\`, \`event_id\`);`,
    );

    this.addSql(
      `create table \`webhook_endpoint\` (\`id\` text not null, \`url\` text not null, \`description\` text null, \`events\` json not null, \`secret\` text not null, \`active\` integer not null, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );

    this.addSql(`alter table \`redemption\` add column \`created_by\` text null;`);
  }
}
