import type { CampaignEffectType, CreateCampaignInput, Weekday } from '@accrue/sdk/src/generated/graphql';
import { zonedToUtc } from '@/lib/format';

export interface EffectDraft {
  type: CampaignEffectType;
  multiplier: string;
  bonusPoints: string;
  category: string;
  threshold: string;
  activityType: string;
}
export interface VariantDraft {
  key: string;
  name: string;
  weight: string;
  effect: EffectDraft;
}
export interface CampaignDraft {
  name: string;
  key: string;
  description: string;
  startsAt: string; // datetime-local, in the program's zone
  endsAt: string;
  daysOfWeek: Weekday[];
  daysOfMonth: string; // "1, 15"
  startHour: string;
  endHour: string;
  tierIds: string[];
  newMembersWithinDays: string;
  inactiveForDays: string;
  minBalance: string;
  abTest: boolean;
  effect: EffectDraft;
  variants: VariantDraft[];
  holdoutPercent: string;
  budgetPoints: string;
  perMemberCapPoints: string;
  priority: string;
  stackable: boolean;
  bonusExpiresInDays: string;
}

export const emptyEffect = (): EffectDraft => ({
  type: 'MULTIPLIER',
  multiplier: '2',
  bonusPoints: '',
  category: '',
  threshold: '',
  activityType: '',
});

export const emptyDraft = (): CampaignDraft => ({
  name: '',
  key: '',
  description: '',
  startsAt: '',
  endsAt: '',
  daysOfWeek: [],
  daysOfMonth: '',
  startHour: '',
  endHour: '',
  tierIds: [],
  newMembersWithinDays: '',
  inactiveForDays: '',
  minBalance: '',
  abTest: false,
  effect: emptyEffect(),
  variants: [
    { key: 'a', name: 'Variant A', weight: '40', effect: emptyEffect() },
    { key: 'b', name: 'Variant B', weight: '40', effect: { ...emptyEffect(), multiplier: '1.5' } },
  ],
  holdoutPercent: '20',
  budgetPoints: '',
  perMemberCapPoints: '',
  priority: '0',
  stackable: true,
  bonusExpiresInDays: '',
});

export type Errors = Record<string, string>;

const whole = /^\d+$/;
const decimal = /^\d+(\.\d{1,2})?$/;

function checkEffect(e: EffectDraft, at: string, errors: Errors, unit: number) {
  void unit;
  if (e.type === 'MULTIPLIER' || e.type === 'CATEGORY_MULTIPLIER' || e.type === 'ACTIVITY_MULTIPLIER') {
    if (!decimal.test(e.multiplier.trim()) || Number(e.multiplier) <= 1)
      errors[`${at}.multiplier`] = 'A multiplier above 1, e.g. 2 or 1.5';
  }
  if (e.type === 'CATEGORY_MULTIPLIER' && !e.category.trim())
    errors[`${at}.category`] = 'Name the product category';
  if (e.type === 'ACTIVITY_MULTIPLIER' && !e.activityType.trim())
    errors[`${at}.activityType`] = 'Name the activity type';
  if (e.type === 'FIXED_BONUS' || e.type === 'ORDER_THRESHOLD_BONUS') {
    if (!whole.test(e.bonusPoints.trim()) || Number(e.bonusPoints) < 1)
      errors[`${at}.bonusPoints`] = 'A whole number of points, at least 1';
  }
  if (e.type === 'ORDER_THRESHOLD_BONUS' && !decimal.test(e.threshold.trim()))
    errors[`${at}.thresholdMinor`] = 'An order amount, e.g. 200';
}

/** The sum of the variant weights and the holdout, in percent. */
export const allocationTotal = (d: CampaignDraft) =>
  d.variants.reduce((s, v) => s + (Number(v.weight) || 0), 0) + (Number(d.holdoutPercent) || 0);

export function validate(d: CampaignDraft, unit: number): Errors {
  const errors: Errors = {};
  if (!d.name.trim()) errors.name = 'Name the campaign';
  if (d.key && !/^[a-z0-9][a-z0-9-_]{0,63}$/.test(d.key)) errors.key = 'Lower-case letters, digits, - and _';
  if (!d.startsAt) errors.startsAt = 'When the campaign starts';
  if (d.endsAt && d.startsAt && d.endsAt <= d.startsAt) errors.endsAt = 'After the start';
  const hour = (v: string, min: number, max: number) => v === '' || (whole.test(v) && +v >= min && +v <= max);
  if (!hour(d.startHour, 0, 23)) errors.startHour = 'An hour from 0 to 23';
  if (!hour(d.endHour, 1, 24)) errors.endHour = 'An hour from 1 to 24';
  if (
    !errors.startHour &&
    !errors.endHour &&
    d.startHour !== '' &&
    d.endHour !== '' &&
    +d.endHour <= +d.startHour
  )
    errors.endHour = 'After the start hour';
  if (d.daysOfMonth.trim() && !parseDays(d.daysOfMonth))
    errors.daysOfMonth = 'Days 1 to 31, separated by commas';
  for (const f of [
    'newMembersWithinDays',
    'inactiveForDays',
    'minBalance',
    'budgetPoints',
    'perMemberCapPoints',
    'bonusExpiresInDays',
  ] as const)
    if (d[f].trim() && (!whole.test(d[f].trim()) || Number(d[f]) < 1))
      errors[f] = 'A whole number, at least 1 (or empty)';
  if (!/^-?\d+$/.test(d.priority.trim())) errors.priority = 'A whole number (higher applies first)';
  if (d.abTest) {
    const keys = new Set<string>();
    d.variants.forEach((v, i) => {
      if (!/^[a-z0-9][a-z0-9-_]{0,31}$/.test(v.key))
        errors[`variants.${i}.key`] = 'Lower-case letters, digits, - and _';
      else if (keys.has(v.key)) errors[`variants.${i}.key`] = 'Each variant needs its own key';
      keys.add(v.key);
      if (!v.name.trim()) errors[`variants.${i}.name`] = 'Name the variant';
      if (!decimal.test(v.weight.trim()) || Number(v.weight) <= 0)
        errors[`variants.${i}.weight`] = 'A share above 0%';
      checkEffect(v.effect, `variants.${i}.effect`, errors, unit);
    });
    if (d.variants.length < 1) errors.variants = 'Add at least one variant';
    if (!decimal.test(d.holdoutPercent.trim()) || Number(d.holdoutPercent) >= 100)
      errors.holdoutPercent = 'A share from 0% to below 100%';
    const total = allocationTotal(d);
    if (Math.abs(total - 100) > 1e-9)
      errors.allocation = `Weights and holdout add up to ${+total.toFixed(2)}%, not 100%`;
  } else checkEffect(d.effect, 'effect', errors, unit);
  return errors;
}

function parseDays(s: string): number[] | undefined {
  const days = s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  if (!days.every((x) => whole.test(x) && +x >= 1 && +x <= 31)) return undefined;
  return days.map(Number);
}

const opt = (v: string) => (v.trim() === '' ? undefined : Number(v));

function effectInput(e: EffectDraft, unit: number) {
  return {
    type: e.type,
    multiplier: e.type.endsWith('MULTIPLIER') ? Number(e.multiplier) : undefined,
    bonusPoints:
      e.type === 'FIXED_BONUS' || e.type === 'ORDER_THRESHOLD_BONUS' ? Number(e.bonusPoints) : undefined,
    category: e.type === 'CATEGORY_MULTIPLIER' ? e.category.trim() : undefined,
    activityType: e.type === 'ACTIVITY_MULTIPLIER' ? e.activityType.trim() : undefined,
    thresholdMinor: e.type === 'ORDER_THRESHOLD_BONUS' ? Math.round(Number(e.threshold) * unit) : undefined,
  };
}

export function toInput(d: CampaignDraft, timezone: string, unit: number): CreateCampaignInput {
  const hasSchedule = d.daysOfWeek.length || d.daysOfMonth.trim() || d.startHour !== '' || d.endHour !== '';
  const hasAudience = d.tierIds.length || d.newMembersWithinDays || d.inactiveForDays || d.minBalance;
  return {
    name: d.name.trim(),
    key: d.key.trim() || undefined,
    description: d.description.trim() || undefined,
    startsAt: zonedToUtc(d.startsAt, timezone).toISOString(),
    endsAt: d.endsAt ? zonedToUtc(d.endsAt, timezone).toISOString() : undefined,
    schedule: hasSchedule
      ? {
          daysOfWeek: d.daysOfWeek.length ? d.daysOfWeek : undefined,
          daysOfMonth: d.daysOfMonth.trim() ? parseDays(d.daysOfMonth) : undefined,
          startHour: opt(d.startHour),
          endHour: opt(d.endHour),
        }
      : undefined,
    audience: hasAudience
      ? {
          tierIds: d.tierIds.length ? d.tierIds : undefined,
          newMembersWithinDays: opt(d.newMembersWithinDays),
          inactiveForDays: opt(d.inactiveForDays),
          minBalance: opt(d.minBalance),
        }
      : undefined,
    effect: d.abTest ? undefined : effectInput(d.effect, unit),
    variants: d.abTest
      ? d.variants.map((v) => ({
          key: v.key,
          name: v.name.trim(),
          weight: Number(v.weight),
          effect: effectInput(v.effect, unit),
        }))
      : undefined,
    holdoutPercent: d.abTest ? Number(d.holdoutPercent) : undefined,
    budgetPoints: opt(d.budgetPoints),
    perMemberCapPoints: opt(d.perMemberCapPoints),
    priority: Number(d.priority),
    stackable: d.stackable,
    bonusExpiresInDays: opt(d.bonusExpiresInDays),
  } as CreateCampaignInput;
}

/** A server userError's field path (["input","variants","0","weight"]) as the form's key. */
export const fieldKey = (field: readonly string[] | null | undefined) =>
  (field ?? []).filter((p) => p !== 'input').join('.');
