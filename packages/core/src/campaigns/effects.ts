/**
 * Campaign effects as values with typed arguments, each checked and applied by this one engine
 * (after Vendure's PromotionAction). An effect gives the points the campaign adds to one event,
 * on top of what the program's rules earned; the engine never lowers points.
 */
import { basePointsFor, type PurchaseItem } from '../earning';
import { floorPoints } from '../grants';
import { ACTIVITY_TYPES, type ActivityType, type ProgramRules } from '../types';
import type { CampaignEffect, CampaignEffectType } from './types';

/** What a campaign is evaluated on. */
export type CampaignEvent =
  | { kind: 'PURCHASE'; amountMinor: number; items?: readonly PurchaseItem[] | null }
  | { kind: 'ACTIVITY'; activityType: ActivityType; points: number };

export interface FieldError {
  field: string[];
  message: string;
}

type ArgName = 'multiplier' | 'bonusPoints' | 'category' | 'thresholdMinor' | 'activityType';

interface ArgSpec {
  required: boolean;
  /** an error message, or null when the value is good */
  check(value: unknown): string | null;
}

interface EffectDefinition {
  type: CampaignEffectType;
  description: string;
  on: CampaignEvent['kind'];
  args: Partial<Record<ArgName, ArgSpec>>;
  points(effect: CampaignEffect, event: CampaignEvent, rules: ProgramRules): number;
}

const multiplierArg: ArgSpec = {
  required: true,
  check: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v > 1 && v <= 100
      ? null
      : 'must be a number above 1 (at most 100)',
};
const pointsArg: ArgSpec = {
  required: true,
  check: (v) =>
    Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= 1_000_000_000
      ? null
      : 'must be a positive integer',
};
const minorArg: ArgSpec = {
  required: true,
  check: (v) =>
    Number.isSafeInteger(v) && (v as number) > 0 ? null : 'must be a positive integer (minor units)',
};
const categoryArg: ArgSpec = {
  required: true,
  check: (v) =>
    typeof v === 'string' && v.trim().length > 0 && v.length <= 100
      ? null
      : 'must be a category name (1-100 characters)',
};
const activityTypeArg: ArgSpec = {
  required: false,
  check: (v) =>
    (ACTIVITY_TYPES as readonly unknown[]).includes(v) ? null : `must be one of ${ACTIVITY_TYPES.join(', ')}`,
};

/** extra points for ×m on `points`: floor(points × (m - 1)) */
const extraFor = (points: number, multiplier: number) => Math.max(0, floorPoints(points * (multiplier - 1)));

export const CAMPAIGN_EFFECTS: Record<CampaignEffectType, EffectDefinition> = {
  MULTIPLIER: {
    type: 'MULTIPLIER',
    description: 'multiplies base points: ×2 adds as many points as the purchase earned at the base rate',
    on: 'PURCHASE',
    args: { multiplier: multiplierArg },
    points: (e, ev, rules) =>
      ev.kind === 'PURCHASE' ? extraFor(basePointsFor(rules, ev.amountMinor), e.multiplier!) : 0,
  },
  FIXED_BONUS: {
    type: 'FIXED_BONUS',
    description: 'a fixed bonus per order',
    on: 'PURCHASE',
    args: { bonusPoints: pointsArg },
    points: (e, ev) => (ev.kind === 'PURCHASE' && ev.amountMinor > 0 ? e.bonusPoints! : 0),
  },
  CATEGORY_MULTIPLIER: {
    type: 'CATEGORY_MULTIPLIER',
    description: "multiplies the base points of the order's items in one category",
    on: 'PURCHASE',
    args: { category: categoryArg, multiplier: multiplierArg },
    points: (e, ev, rules) =>
      ev.kind === 'PURCHASE'
        ? (ev.items ?? [])
            .filter((item) => item.category != null && item.category === e.category)
            .reduce((sum, item) => sum + extraFor(basePointsFor(rules, item.amountMinor), e.multiplier!), 0)
        : 0,
  },
  ORDER_THRESHOLD_BONUS: {
    type: 'ORDER_THRESHOLD_BONUS',
    description: 'a bonus for an order of at least the threshold',
    on: 'PURCHASE',
    args: { thresholdMinor: minorArg, bonusPoints: pointsArg },
    points: (e, ev) => (ev.kind === 'PURCHASE' && ev.amountMinor >= e.thresholdMinor! ? e.bonusPoints! : 0),
  },
  ACTIVITY_MULTIPLIER: {
    type: 'ACTIVITY_MULTIPLIER',
    description:
      'multiplies the points of member activities (sign-in, review, share, profile), or of one of them',
    on: 'ACTIVITY',
    args: { multiplier: multiplierArg, activityType: activityTypeArg },
    points: (e, ev) =>
      ev.kind === 'ACTIVITY' && (e.activityType == null || e.activityType === ev.activityType)
        ? extraFor(ev.points, e.multiplier!)
        : 0,
  },
};

/** The errors of an effect's arguments, named by field under `path` (empty when good). */
export function checkEffect(effect: CampaignEffect, path: string[]): FieldError[] {
  const def = CAMPAIGN_EFFECTS[effect.type];
  if (!def) return [{ field: [...path, 'type'], message: `unknown effect type ${String(effect.type)}` }];
  const errors: FieldError[] = [];
  for (const [name, spec] of Object.entries(def.args) as [ArgName, ArgSpec][]) {
    const value = effect[name];
    if (value == null) {
      if (spec.required) errors.push({ field: [...path, name], message: `is required for ${effect.type}` });
      continue;
    }
    const problem = spec.check(value);
    if (problem) errors.push({ field: [...path, name], message: problem });
  }
  return errors;
}

/** The effect with only the arguments its type reads (the others null). */
export function normalizeEffect(effect: CampaignEffect): CampaignEffect {
  const def = CAMPAIGN_EFFECTS[effect.type];
  const out: CampaignEffect = {
    type: effect.type,
    multiplier: null,
    bonusPoints: null,
    category: null,
    thresholdMinor: null,
    activityType: null,
  };
  for (const name of Object.keys(def?.args ?? {}) as ArgName[]) {
    (out as unknown as Record<string, unknown>)[name] = effect[name] ?? null;
  }
  return out;
}

/** The points an effect adds to an event (0 when it does not apply to it). */
export function applyEffect(effect: CampaignEffect, event: CampaignEvent, rules: ProgramRules): number {
  const def = CAMPAIGN_EFFECTS[effect.type];
  if (def.on !== event.kind) return 0;
  return def.points(effect, event, rules);
}
