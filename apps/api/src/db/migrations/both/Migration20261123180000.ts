import { Migration } from '@mikro-orm/migrations';

/** Pruning the outbox asks "does any delivery still refer to this event?": index the event id. */
export class Migration20261123180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "webhook_delivery_event_id_index" on "webhook_delivery" ("event_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "webhook_delivery_event_id_index";`);
  }
}
