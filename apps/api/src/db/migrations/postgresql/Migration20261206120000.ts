import { Migration } from '@mikro-orm/migrations';

/** Webhook endpoints the dispatcher disabled (410 Gone, or failing for a whole retry schedule): when and why. */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "webhook_endpoint" add column "disabled_at" timestamptz(3) null, add column "disabled_reason" varchar(500) null, add column "failing_since" timestamptz(3) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "webhook_endpoint" drop column "failing_since", drop column "disabled_reason", drop column "disabled_at";`,
    );
  }
}
