import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140732 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table \`audit_entry\` (\`id\` text not null, \`actor\` text not null, \`action\` text not null, \`target\` text not null, \`before\` text null, \`after\` text null, \`at\` datetime not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`idempotency_key\` (\`scope\` text not null, \`key\` text not null, \`fingerprint\` text not null, \`member_id\` text null, \`result_id\` text null, \`result\` json null, \`created_at\` datetime not null, primary key (\`scope\`, \`key\`));`,
    );

    this.addSql(
      `create table \`ledger_entry\` (\`id\` text not null, \`member_id\` text not null, \`type\` text not null, \`source\` text not null, \`reason\` text null, \`points\` bigint not null, \`balance_after\` bigint not null, \`occurred_at\` datetime not null, \`created_at\` datetime not null, \`expires_at\` datetime null, \`order_id\` text null, \`campaign_id\` text null, \`lot_id\` text null, \`redemption_id\` text null, \`refund_id\` text null, \`actor\` text null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`ledger_entry_member_id_id_index\` on \`ledger_entry\` (\`member_id\`, \`id\`);`,
    );
    this.addSql(
      `create index \`ledger_entry_member_id_occurred_at_index\` on \`ledger_entry\` (\`member_id\`, \`occurred_at\`);`,
    );
    this.addSql(`create index \`ledger_entry_order_id_index\` on \`ledger_entry\` (\`order_id\`);`);
    this.addSql(`create index \`ledger_entry_occurred_at_index\` on \`ledger_entry\` (\`occurred_at\`);`);

    this.addSql(
      `create table \`lot_allocation\` (\`id\` text not null, \`entry_id\` text not null, \`lot_id\` text not null, \`member_id\` text not null, \`redemption_id\` text null, \`points\` bigint not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`lot_allocation_entry_id_index\` on \`lot_allocation\` (\`entry_id\`);`);
    this.addSql(
      `create index \`lot_allocation_redemption_id_index\` on \`lot_allocation\` (\`redemption_id\`);`,
    );
    this.addSql(`create index \`lot_allocation_lot_id_index\` on \`lot_allocation\` (\`lot_id\`);`);

    this.addSql(
      `create table \`points_lot\` (\`id\` text not null, \`member_id\` text not null, \`source\` text not null, \`points\` bigint not null, \`remaining\` bigint not null, \`earned_at\` datetime not null, \`available_at\` datetime not null, \`expires_at\` datetime null, \`order_id\` text null, \`campaign_id\` text null, \`reminder_stage\` integer not null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`points_lot_member_id_remaining_index\` on \`points_lot\` (\`member_id\`, \`remaining\`);`,
    );
    this.addSql(
      `create index \`points_lot_expires_at_remaining_index\` on \`points_lot\` (\`expires_at\`, \`remaining\`);`,
    );
    this.addSql(`create index \`points_lot_order_id_index\` on \`points_lot\` (\`order_id\`);`);

    this.addSql(
      `create table \`member\` (\`id\` text not null, \`external_id\` text not null, \`email\` text null, \`name\` text null, \`birthday\` text null, \`status\` text not null, \`enrolled_at\` datetime not null, \`referral_code\` text not null, \`referred_by_id\` text null, \`tier_id\` text not null, \`tier_retained_until\` datetime null, \`points_balance\` bigint not null, \`negative\` bigint not null, \`lifetime_earned\` bigint not null, \`lifetime_redeemed\` bigint not null, \`lifetime_expired\` bigint not null, \`first_purchase_at\` datetime null, \`last_purchase_at\` datetime null, \`activity\` json not null, \`flagged_for_review\` integer not null default false, \`created_at\` datetime not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`member_external_id_unique\` on \`member\` (\`external_id\`);`);
    this.addSql(`create index \`member_email_index\` on \`member\` (\`email\`);`);
    this.addSql(`create unique index \`member_referral_code_unique\` on \`member\` (\`referral_code\`);`);
    this.addSql(`create index \`member_referred_by_id_index\` on \`member\` (\`referred_by_id\`);`);
    this.addSql(`create index \`member_tier_id_index\` on \`member\` (\`tier_id\`);`);

    this.addSql(
      `create table \`outbox_event\` (\`id\` text not null, \`type\` text not null, \`member_id\` text null, \`dedupe_key\` text null, \`payload\` json not null, \`created_at\` datetime not null, \`delivered_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create unique index \`outbox_event_dedupe_key_unique\` on \`outbox_event\` (\`dedupe_key\`);`,
    );
    this.addSql(
      `create index \`outbox_event_delivered_at_id_index\` on \`outbox_event\` (\`delivered_at\`, \`id\`);`,
    );

    this.addSql(
      `create table \`program_settings\` (\`id\` integer not null, \`name\` text not null, \`currency\` text not null, \`timezone\` text not null, \`cost_to_sales_red_line\` double not null, \`rules\` json not null, \`alert_thresholds\` json not null, \`updated_at\` datetime not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`purchase\` (\`id\` text not null, \`order_id\` text not null, \`member_id\` text not null, \`amount_minor\` bigint not null, \`currency\` text not null, \`refunded_minor\` bigint not null, \`occurred_at\` datetime not null, \`points_awarded\` bigint not null, \`points_reversed\` bigint not null, \`items\` json null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`purchase_order_id_unique\` on \`purchase\` (\`order_id\`);`);
    this.addSql(
      `create index \`purchase_member_id_occurred_at_index\` on \`purchase\` (\`member_id\`, \`occurred_at\`);`,
    );
    this.addSql(`create index \`purchase_occurred_at_index\` on \`purchase\` (\`occurred_at\`);`);

    this.addSql(
      `create table \`redemption\` (\`id\` text not null, \`member_id\` text not null, \`points\` bigint not null, \`value_minor\` bigint not null, \`reward_id\` text null, \`order_id\` text null, \`order_amount_minor\` bigint null, \`status\` text not null, \`created_at\` datetime not null, \`cancelled_at\` datetime null, primary key (\`id\`));`,
    );
    this.addSql(
      `create index \`redemption_member_id_reward_id_index\` on \`redemption\` (\`member_id\`, \`reward_id\`);`,
    );

    this.addSql(
      `create table \`refund\` (\`id\` text not null, \`refund_id\` text not null, \`purchase_id\` text not null, \`member_id\` text not null, \`amount_minor\` bigint not null, \`points_reversed\` bigint not null, \`occurred_at\` datetime not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`refund_refund_id_unique\` on \`refund\` (\`refund_id\`);`);
    this.addSql(`create index \`refund_purchase_id_index\` on \`refund\` (\`purchase_id\`);`);

    this.addSql(
      `create table \`earning_refusal\` (\`id\` text not null, \`member_id\` text not null, \`source\` text not null, \`reason\` text not null, \`points\` bigint not null, \`campaign_id\` text null, \`context\` text null, \`occurred_at\` datetime not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create index \`earning_refusal_member_id_index\` on \`earning_refusal\` (\`member_id\`);`);

    this.addSql(
      `create table \`reward\` (\`id\` text not null, \`name\` text not null, \`type\` text not null, \`points_cost\` bigint not null, \`cash_price_minor\` bigint not null, \`value_minor\` bigint not null, \`stock\` integer null, \`per_member_limit\` integer null, \`active\` integer not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );

    this.addSql(
      `create table \`tier\` (\`id\` text not null, \`name\` text not null, \`rank\` integer not null, \`qualifying_spend_minor\` bigint not null, \`earn_multiplier\` double not null, \`birthday_multiplier\` double not null, \`perks\` json not null, \`created_at\` datetime not null, primary key (\`id\`));`,
    );
    this.addSql(`create unique index \`tier_name_unique\` on \`tier\` (\`name\`);`);
    this.addSql(`create unique index \`tier_rank_unique\` on \`tier\` (\`rank\`);`);
  }
}
