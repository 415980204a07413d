import type { PurchaseItem } from '@accrue/core';
import type { PurchaseJob, PurchaseResult } from '../../pipeline/types';
import { retryingOverdraw } from '../../pipeline/budget';
import { runPurchase } from '../../pipeline/run';
import { inSqlTransaction, retrying, type App } from '../../services/app';
import type { MemberRef } from '../../services/members';
import { bad, int, key, MAX_MINOR, pastOrNow, str } from '../../services/validate';

export type { PurchaseJob, PurchaseResult };

export interface RecordPurchaseInput {
  member: MemberRef;
  orderId: string;
  amountMinor: number;
  currency?: string | null;
  occurredAt?: Date | null;
  items?: PurchaseItem[] | null;
}

/**
 * An order system posts a purchase: the member earns by the rules (base, category, tier or
 * birthday multiplier, order threshold, monthly milestone, new-member task, campaign bonuses under
 * the monthly bonus cap), the tier is upgraded at once if the spend qualifies, and a referred
 * member's first purchase rewards both sides. One transaction; idempotent by orderId.
 */
export async function recordPurchase(app: App, input: RecordPurchaseInput): Promise<PurchaseResult> {
  const now = app.clock.now();
  const f = (...name: string[]) => ['input', ...name];
  const orderId = key(input.orderId, f('orderId'));
  const amountMinor = int(input.amountMinor, f('amountMinor'), { min: 1, max: MAX_MINOR })!;
  const occurredAt = pastOrNow(input.occurredAt, f('occurredAt'), now, app.config.maxClockSkewMs);
  const currency = str(input.currency, f('currency'), {
    max: 3,
    pattern: /^[A-Za-z]{3}$/,
    patternMessage: 'must be an ISO 4217 code such as CNY',
  })?.toUpperCase();
  const items = input.items ? input.items.map((it, i) => cleanItem(it, f('items', String(i)))) : null;
  if (items && items.reduce((s, it) => s + it.amountMinor, 0) > amountMinor)
    bad(f('items'), 'the items add up to more than amountMinor');

  // the rules are cached; a cold cache is filled through the ORM before the transaction starts
  const program = await app.program.get(() => app.orm.em.fork());
  if (currency && currency !== program.rules.currency)
    bad(f('currency'), `unknown currency ${currency}: this program earns in ${program.rules.currency}`);

  const job: PurchaseJob = {
    member: input.member,
    orderId,
    amountMinor,
    occurredAt,
    occurredAtGiven: input.occurredAt ?? null,
    currency: currency ?? null,
    items,
    now,
  };
  // the purchase pipeline (pipeline/run.ts), on SQLite on the writer thread, which registers the
  // same steps (pipeline/steps.ts)
  // same steps (pipeline/steps.ts); a budget claim overdrawn meanwhile runs it again (budget.ts)
  return retryingOverdraw(() =>
    app.purchaseWriter
      ? retrying(() => app.purchaseWriter!.record(program, job))
      : inSqlTransaction(app, (tx) => runPurchase(app.pipeline, program, job, tx)),
  );
}

function cleanItem(it: PurchaseItem, field: string[]): PurchaseItem {
  return {
    sku: str(it.sku, [...field, 'sku'], { max: 128, required: true })!,
    category: str(it.category, [...field, 'category'], { max: 128 }),
    quantity: int(it.quantity, [...field, 'quantity'], { min: 1, max: 1_000_000 })!,
    amountMinor: int(it.amountMinor, [...field, 'amountMinor'], { min: 0, max: MAX_MINOR })!,
  };
}
