import { Migration } from '@mikro-orm/migrations';

/**
 * Drops the time-only indexes on ledger_entry and purchase: no query ranges over all members by
 * time, and with fresh statistics the planner preferred them to (member_id, occurred_at) for a
 * member's month, scanning every member's rows of that month.
 */
export class Migration20261123170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "ledger_entry_occurred_at_index";`);
    this.addSql(`drop index if exists "purchase_occurred_at_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "ledger_entry_occurred_at_index" on "ledger_entry" ("occurred_at");`);
    this.addSql(`create index "purchase_occurred_at_index" on "purchase" ("occurred_at");`);
  }
}
