import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140732 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" varchar(40) not null, "actor" varchar(200) not null, "action" varchar(64) not null, "target" varchar(200) not null, "before" text null, "after" text null, "at" timestamptz(3) not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "idempotency_key" ("scope" varchar(32) not null, "key" varchar(200) not null, "fingerprint" varchar(64) not null, "member_id" varchar(40) null, "result_id" varchar(40) null, "result" jsonb null, "created_at" timestamptz(3) not null, constraint "idempotency_key_pkey" primary key ("scope", "key"));`,
    );

    this.addSql(
      `create table "ledger_entry" ("id" varchar(40) not null, "member_id" varchar(40) not null, "type" varchar(16) not null, "source" varchar(24) not null, "reason" varchar(500) null, "points" bigint not null, "balance_after" bigint not null, "occurred_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) null, "order_id" varchar(128) null, "campaign_id" varchar(40) null, "lot_id" varchar(40) null, "redemption_id" varchar(40) null, "refund_id" varchar(128) null, "actor" varchar(200) null, constraint "ledger_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "ledger_entry_member_id_id_index" on "ledger_entry" ("member_id", "id");`);
    this.addSql(
      `create index "ledger_entry_member_id_occurred_at_index" on "ledger_entry" ("member_id", "occurred_at");`,
    );
    this.addSql(`create index "ledger_entry_order_id_index" on "ledger_entry" ("order_id");`);
    this.addSql(`create index "ledger_entry_occurred_at_index" on "ledger_entry" ("occurred_at");`);

    this.addSql(
      `create table "lot_allocation" ("id" varchar(40) not null, "entry_id" varchar(40) not null, "lot_id" varchar(40) not null, "member_id" varchar(40) not null, "redemption_id" varchar(40) null, "points" bigint not null, constraint "lot_allocation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "lot_allocation_entry_id_index" on "lot_allocation" ("entry_id");`);
    this.addSql(`create index "lot_allocation_redemption_id_index" on "lot_allocation" ("redemption_id");`);
    this.addSql(`create index "lot_allocation_lot_id_index" on "lot_allocation" ("lot_id");`);

    this.addSql(
      `create table "points_lot" ("id" varchar(40) not null, "member_id" varchar(40) not null, "source" varchar(24) not null, "points" bigint not null, "remaining" bigint not null, "earned_at" timestamptz(3) not null, "available_at" timestamptz(3) not null, "expires_at" timestamptz(3) null, "order_id" varchar(128) null, "campaign_id" varchar(40) null, "reminder_stage" int not null, constraint "points_lot_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "points_lot_member_id_remaining_index" on "points_lot" ("member_id", "remaining");`,
    );
    this.addSql(
      `create index "points_lot_expires_at_remaining_index" on "points_lot" ("expires_at", "remaining");`,
    );
    this.addSql(`create index "points_lot_order_id_index" on "points_lot" ("order_id");`);

    this.addSql(
      `create table "member" ("id" varchar(40) not null, "external_id" varchar(128) not null, "email" varchar(320) null, "name" varchar(200) null, "birthday" varchar(10) null, "status" varchar(16) not null, "enrolled_at" timestamptz(3) not null, "referral_code" varchar(16) not null, "referred_by_id" varchar(40) null, "tier_id" varchar(40) not null, "tier_retained_until" timestamptz(3) null, "points_balance" bigint not null, "negative" bigint not null, "lifetime_earned" bigint not null, "lifetime_redeemed" bigint not null, "lifetime_expired" bigint not null, "first_purchase_at" timestamptz(3) null, "last_purchase_at" timestamptz(3) null, "activity" jsonb not null, "flagged_for_review" boolean not null default false, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, constraint "member_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "member" add constraint "member_external_id_unique" unique ("external_id");`);
    this.addSql(`create index "member_email_index" on "member" ("email");`);
    this.addSql(
      `alter table "member" add constraint "member_referral_code_unique" unique ("referral_code");`,
    );
    this.addSql(`create index "member_referred_by_id_index" on "member" ("referred_by_id");`);
    this.addSql(`create index "member_tier_id_index" on "member" ("tier_id");`);

    this.addSql(
      `create table "outbox_event" ("id" varchar(40) not null, "type" varchar(64) not null, "member_id" varchar(40) null, "dedupe_key" varchar(200) null, "payload" jsonb not null, "created_at" timestamptz(3) not null, "delivered_at" timestamptz(3) null, constraint "outbox_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "outbox_event" add constraint "outbox_event_dedupe_key_unique" unique ("dedupe_key");`,
    );
    this.addSql(
      `create index "outbox_event_delivered_at_id_index" on "outbox_event" ("delivered_at", "id");`,
    );

    this.addSql(
      `create table "program_settings" ("id" int not null, "name" varchar(200) not null, "currency" varchar(3) not null, "timezone" varchar(64) not null, "cost_to_sales_red_line" double precision not null, "rules" jsonb not null, "alert_thresholds" jsonb not null, "updated_at" timestamptz(3) not null, constraint "program_settings_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "purchase" ("id" varchar(40) not null, "order_id" varchar(128) not null, "member_id" varchar(40) not null, "amount_minor" bigint not null, "currency" varchar(3) not null, "refunded_minor" bigint not null, "occurred_at" timestamptz(3) not null, "points_awarded" bigint not null, "points_reversed" bigint not null, "items" jsonb null, "created_at" timestamptz(3) not null, constraint "purchase_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "purchase" add constraint "purchase_order_id_unique" unique ("order_id");`);
    this.addSql(
      `create index "purchase_member_id_occurred_at_index" on "purchase" ("member_id", "occurred_at");`,
    );
    this.addSql(`create index "purchase_occurred_at_index" on "purchase" ("occurred_at");`);

    this.addSql(
      `create table "redemption" ("id" varchar(40) not null, "member_id" varchar(40) not null, "points" bigint not null, "value_minor" bigint not null, "reward_id" varchar(40) null, "order_id" varchar(128) null, "order_amount_minor" bigint null, "status" varchar(16) not null, "created_at" timestamptz(3) not null, "cancelled_at" timestamptz(3) null, constraint "redemption_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "redemption_member_id_reward_id_index" on "redemption" ("member_id", "reward_id");`,
    );

    this.addSql(
      `create table "refund" ("id" varchar(40) not null, "refund_id" varchar(128) not null, "purchase_id" varchar(40) not null, "member_id" varchar(40) not null, "amount_minor" bigint not null, "points_reversed" bigint not null, "occurred_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, constraint "refund_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "refund" add constraint "refund_refund_id_unique" unique ("refund_id");`);
    this.addSql(`create index "refund_purchase_id_index" on "refund" ("purchase_id");`);

    this.addSql(
      `create table "earning_refusal" ("id" varchar(40) not null, "member_id" varchar(40) not null, "source" varchar(24) not null, "reason" varchar(64) not null, "points" bigint not null, "campaign_id" varchar(40) null, "context" varchar(200) null, "occurred_at" timestamptz(3) not null, "created_at" timestamptz(3) not null, constraint "earning_refusal_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "earning_refusal_member_id_index" on "earning_refusal" ("member_id");`);

    this.addSql(
      `create table "reward" ("id" varchar(40) not null, "name" varchar(200) not null, "type" varchar(16) not null, "points_cost" bigint not null, "cash_price_minor" bigint not null, "value_minor" bigint not null, "stock" int null, "per_member_limit" int null, "active" boolean not null, "created_at" timestamptz(3) not null, constraint "reward_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "tier" ("id" varchar(40) not null, "name" varchar(100) not null, "rank" int not null, "qualifying_spend_minor" bigint not null, "earn_multiplier" double precision not null, "birthday_multiplier" double precision not null, "perks" jsonb not null, "created_at" timestamptz(3) not null, constraint "tier_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tier" add constraint "tier_name_unique" unique ("name");`);
    this.addSql(`alter table "tier" add constraint "tier_rank_unique" unique ("rank");`);
  }
}
