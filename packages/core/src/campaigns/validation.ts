/** Checking a campaign definition: every error names its field, as the API reports it. */
import { DomainError } from '../errors';
import { checkEffect, normalizeEffect, type FieldError } from './effects';
import {
  DEFAULT_VARIANT_KEY,
  WEEKDAYS,
  type CampaignDefinition,
  type CampaignEffect,
  type CampaignVariant,
} from './types';

export type CampaignDraft = Omit<CampaignDefinition, 'id' | 'phase'> & { description?: string | null };

const KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const isPositiveInt = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const isNonNegativeInt = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * The variants of a campaign given either one effect (stored as the single variant `default` at
 * 100%) or its variants; exactly one of the two.
 */
export function variantsFromInput(input: {
  effect?: CampaignEffect | null;
  variants?: CampaignVariant[] | null;
}): CampaignVariant[] {
  const hasEffect = input.effect != null;
  const hasVariants = input.variants != null && input.variants.length > 0;
  if (hasEffect === hasVariants) {
    throw new DomainError(
      'INVALID_INPUT',
      'give either an effect or variants (an A/B test), not both or neither',
      ['input', hasEffect ? 'variants' : 'effect'],
    );
  }
  if (hasEffect) {
    return [
      { key: DEFAULT_VARIANT_KEY, name: 'Default', weight: 100, effect: normalizeEffect(input.effect!) },
    ];
  }
  return input.variants!.map((v) => ({ ...v, key: v.key.trim(), effect: normalizeEffect(v.effect) }));
}

/** A key from a name: lower-case words joined by '-', at most 48 characters, then `-suffix`. */
export function campaignKeyFromName(name: string, suffix: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `${slug || 'campaign'}-${suffix}`;
}

export function validateCampaign(d: CampaignDraft): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string[], message: string) => errors.push({ field: ['input', ...field], message });

  if (!KEY.test(d.key)) err(['key'], 'letters, digits, _ . - (at most 64), starting with a letter or digit');
  if (d.name.trim().length === 0 || d.name.length > 200) err(['name'], 'must be 1-200 characters');
  if (d.description != null && d.description.length > 2000) err(['description'], 'at most 2000 characters');
  if (Number.isNaN(d.startsAt.getTime())) err(['startsAt'], 'is not a valid date-time');
  if (d.endsAt !== null && !(d.endsAt.getTime() > d.startsAt.getTime()))
    err(['endsAt'], 'must be after startsAt');

  const s = d.schedule;
  if (s) {
    const days = s.daysOfWeek ?? [];
    if (days.some((x) => !(WEEKDAYS as readonly string[]).includes(x)))
      err(['schedule', 'daysOfWeek'], 'unknown weekday');
    if (new Set(days).size !== days.length) err(['schedule', 'daysOfWeek'], 'a weekday is listed twice');
    const dom = s.daysOfMonth ?? [];
    if (dom.some((x) => !Number.isInteger(x) || x < 1 || x > 31))
      err(['schedule', 'daysOfMonth'], 'days are 1-31');
    if (new Set(dom).size !== dom.length) err(['schedule', 'daysOfMonth'], 'a day is listed twice');
    const from = s.startHour ?? 0;
    const to = s.endHour ?? 24;
    if (!Number.isInteger(from) || from < 0 || from > 23)
      err(['schedule', 'startHour'], 'must be an hour 0-23');
    if (!Number.isInteger(to) || to < 1 || to > 24) err(['schedule', 'endHour'], 'must be an hour 1-24');
    else if (to <= from)
      err(
        ['schedule', 'endHour'],
        'must be after startHour (the hours are [startHour, endHour) of one local day)',
      );
  }

  const a = d.audience;
  if (a) {
    if (a.tierIds && new Set(a.tierIds).size !== a.tierIds.length)
      err(['audience', 'tierIds'], 'a tier is listed twice');
    if (a.newMembersWithinDays != null && !isPositiveInt(a.newMembersWithinDays)) {
      err(['audience', 'newMembersWithinDays'], 'must be a positive number of days');
    }
    if (a.inactiveForDays != null && !isPositiveInt(a.inactiveForDays)) {
      err(['audience', 'inactiveForDays'], 'must be a positive number of days');
    }
    if (a.minBalance != null && !isNonNegativeInt(a.minBalance))
      err(['audience', 'minBalance'], 'must be 0 or more points');
  }

  if (!(Number.isFinite(d.holdoutPercent) && d.holdoutPercent >= 0 && d.holdoutPercent < 100)) {
    err(['holdoutPercent'], 'must be at least 0 and below 100');
  }
  if (d.variants.length === 0) err(['variants'], 'at least one variant');
  if (d.variants.length > 10) err(['variants'], 'at most 10 variants');
  const keys = new Set<string>();
  d.variants.forEach((v, i) => {
    const at = ['variants', String(i)];
    if (!KEY.test(v.key)) err([...at, 'key'], 'letters, digits, _ . - (at most 64)');
    else if (keys.has(v.key)) err([...at, 'key'], `variant key ${v.key} is used twice`);
    else if (v.key === 'holdout')
      err([...at, 'key'], '"holdout" names the holdout in results: choose another key');
    keys.add(v.key);
    if (v.name.trim().length === 0 || v.name.length > 200) err([...at, 'name'], 'must be 1-200 characters');
    if (!(Number.isFinite(v.weight) && v.weight > 0)) err([...at, 'weight'], 'must be above 0 (percent)');
    else if (!near(Math.round(v.weight * 100), v.weight * 100))
      err([...at, 'weight'], 'at most two decimals (0.01%)');
    errors.push(...checkEffect(v.effect, ['input', ...at, 'effect']));
  });
  const total = d.variants.reduce((sum, v) => sum + v.weight, 0) + d.holdoutPercent;
  if (d.variants.length > 0 && !near(total, 100)) {
    err(
      ['variants'],
      `variant weights and holdoutPercent must add up to 100 (they add up to ${Number(total.toFixed(6))})`,
    );
  }

  if (d.budgetPoints !== null && !isPositiveInt(d.budgetPoints))
    err(['budgetPoints'], 'must be a positive number of points');
  if (d.perMemberCapPoints !== null && !isPositiveInt(d.perMemberCapPoints)) {
    err(['perMemberCapPoints'], 'must be a positive number of points');
  }
  if (!Number.isSafeInteger(d.priority) || Math.abs(d.priority) > 1_000_000)
    err(['priority'], 'must be an integer');
  if (
    d.bonusExpiresInDays !== null &&
    !(isPositiveInt(d.bonusExpiresInDays) && d.bonusExpiresInDays <= 3660)
  ) {
    err(['bonusExpiresInDays'], 'must be 1-3660 days');
  }
  return errors;
}

/** Throws INVALID_INPUT (answered as BAD_USER_INPUT) naming the first bad field (the message lists them all). */
export function assertValidCampaign(d: CampaignDraft): void {
  const errors = validateCampaign(d);
  if (errors.length === 0) return;
  const message = errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; ');
  throw new DomainError('INVALID_INPUT', message, errors[0].field);
}
