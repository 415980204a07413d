import { computePurchaseEarning } from '@accrue/core/src/earning';
import { DEFAULT_RULES } from '@accrue/core/src/rules';
import type { CategoryMultiplier, ProgramRules, TierDef } from '@accrue/core/src/types';

/**
 * What a rule or tier change does, computed by the same functions the API runs (@accrue/core):
 * the points an order earns before and after, at each tier. The order threshold and monthly
 * milestone are the program defaults (they are not configurable through the API yet).
 */
export interface EarningSettings {
  currency: string;
  timezone: string;
  minorPerUnit: number;
  pointsPerCurrencyUnit: number;
  pendingDays: number;
  purchasePointsExpireInDays: number | null;
  categoryMultipliers: CategoryMultiplier[];
}

export interface SampleOrder {
  label: string;
  amountMinor: number;
  category?: string;
}

export function rulesFrom(settings: EarningSettings): ProgramRules {
  return { ...DEFAULT_RULES, ...settings };
}

/** Points one order earns for a member of `tier` (not a first purchase, not crossing the milestone). */
export function orderPoints(rules: ProgramRules, tier: TierDef, order: SampleOrder, at: Date): number {
  const result = computePurchaseEarning({
    rules,
    amountMinor: order.amountMinor,
    items: [{ sku: 'sample', category: order.category ?? null, quantity: 1, amountMinor: order.amountMinor }],
    occurredAt: at,
    tier,
    birthday: null,
    monthSpendBeforeMinor: 0,
    milestoneAwardedThisMonth: true,
    isFirstPurchase: false,
    tasks: { profile: true, firstPurchase: true, firstReview: true, allDone: true },
  });
  return result.grants.reduce((sum, g) => sum + g.points, 0);
}

export function sampleOrders(minorPerUnit: number, categories: string[]): SampleOrder[] {
  const unit = minorPerUnit;
  const orders: SampleOrder[] = [
    { label: 'an order of 100', amountMinor: 100 * unit },
    { label: 'an order of 300', amountMinor: 300 * unit },
  ];
  for (const category of categories.slice(0, 3))
    orders.push({ label: `an order of 300 in ${category}`, amountMinor: 300 * unit, category });
  return orders;
}
