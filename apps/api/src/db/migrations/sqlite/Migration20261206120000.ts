import { Migration } from '@mikro-orm/migrations';

/** Webhook endpoints the dispatcher disabled (410 Gone, or failing for a whole retry schedule): when and why. */
export class Migration20261206120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table \`webhook_endpoint\` add column \`disabled_at\` datetime null;`);
    this.addSql(`alter table \`webhook_endpoint\` add column \`disabled_reason\` text null;`);
    this.addSql(`alter table \`webhook_endpoint\` add column \`failing_since\` datetime null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`webhook_endpoint\` drop column \`failing_since\`;`);
    this.addSql(`alter table \`webhook_endpoint\` drop column \`disabled_reason\`;`);
    this.addSql(`alter table \`webhook_endpoint\` drop column \`disabled_at\`;`);
  }
}
