import { Migration } from '@mikro-orm/migrations';

/** The audit log is filtered by actor, action, target and time (newest first by id within each). */
export class Migration20261206171500_apipolish extends Migration {
  override async up(): Promise<void> {
    for (const c of ['actor', 'action', 'target', 'at'])
      this.addSql(`create index "audit_entry_${c}_index" on "audit_entry" ("${c}");`);
  }

  override async down(): Promise<void> {
    for (const c of ['actor', 'action', 'target', 'at'])
      this.addSql(`drop index if exists "audit_entry_${c}_index";`);
  }
}
