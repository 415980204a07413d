/** A campaign row as the core's CampaignDefinition, and a create/update input as a draft to check. */
import {
  DomainError,
  variantsFromInput,
  windowEdge,
  type CampaignAudience,
  type CampaignDefinition,
  type CampaignDraft,
  type CampaignEffect,
  type CampaignSchedule,
  type CampaignVariant,
} from '@accrue/core';
import type { CampaignRow } from '../../db/entities/campaigns';

export const toDefinition = (r: CampaignRow): CampaignDefinition => ({
  id: r.id,
  key: r.key,
  name: r.name,
  phase: r.phase,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  schedule: r.schedule,
  audience: r.audience,
  variants: r.variants,
  holdoutPercent: r.holdoutPercent,
  budgetPoints: r.budgetPoints,
  perMemberCapPoints: r.perMemberCapPoints,
  priority: r.priority,
  stackable: !!r.stackable,
  bonusExpiresInDays: r.bonusExpiresInDays,
});

/** What create and update inputs share (GraphQL inputs are structurally this). */
export interface CampaignFieldsInput {
  name?: string | null;
  description?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** a local date (YYYY-MM-DD) whose whole day is the window's last */
  endsOn?: string | null;
  schedule?: CampaignSchedule | null;
  audience?: CampaignAudience | null;
  effect?: CampaignEffect | null;
  variants?: CampaignVariant[] | null;
  holdoutPercent?: number | null;
  budgetPoints?: number | null;
  perMemberCapPoints?: number | null;
  priority?: number | null;
  stackable?: boolean | null;
  bonusExpiresInDays?: number | null;
}

/** The end of the window from `endsAt` (an instant) or `endsOn` (a local date, its whole day included). */
export function windowEndOf(input: CampaignFieldsInput, timezone: string): Date | null | undefined {
  if (input.endsAt != null && input.endsOn != null) {
    throw new DomainError('INVALID_INPUT', 'input.endsOn: give endsAt or endsOn, not both', [
      'input',
      'endsOn',
    ]);
  }
  if (input.endsOn != null) return windowEdge(input.endsOn, 'end', timezone, ['input', 'endsOn']);
  return input.endsAt;
}

const cleanSchedule = (s: CampaignSchedule | null | undefined): CampaignSchedule | null => {
  if (!s) return null;
  const out: CampaignSchedule = {
    daysOfWeek: s.daysOfWeek?.length ? [...s.daysOfWeek] : null,
    daysOfMonth: s.daysOfMonth?.length ? [...s.daysOfMonth].sort((a, b) => a - b) : null,
    startHour: s.startHour ?? null,
    endHour: s.endHour ?? null,
  };
  return Object.values(out).every((v) => v === null) ? null : out;
};

const cleanAudience = (a: CampaignAudience | null | undefined): CampaignAudience | null => {
  if (!a) return null;
  const out: CampaignAudience = {
    tierIds: a.tierIds?.length ? [...a.tierIds] : null,
    newMembersWithinDays: a.newMembersWithinDays ?? null,
    inactiveForDays: a.inactiveForDays ?? null,
    minBalance: a.minBalance ?? null,
  };
  return Object.values(out).every((v) => v === null) ? null : out;
};

/** A create input as a draft (defaults filled in; checked by the core's validateCampaign). */
export function draftFromCreate(
  input: CampaignFieldsInput & { key: string; name: string; startsAt: Date },
  timezone: string,
): CampaignDraft {
  return {
    key: input.key,
    name: input.name.trim(),
    description: input.description?.trim() || null,
    startsAt: input.startsAt,
    endsAt: windowEndOf(input, timezone) ?? null,
    schedule: cleanSchedule(input.schedule),
    audience: cleanAudience(input.audience),
    variants: variantsFromInput({ effect: input.effect, variants: input.variants }),
    holdoutPercent: input.holdoutPercent ?? 0,
    budgetPoints: input.budgetPoints ?? null,
    perMemberCapPoints: input.perMemberCapPoints ?? null,
    priority: input.priority ?? 0,
    stackable: input.stackable ?? true,
    bonusExpiresInDays: input.bonusExpiresInDays ?? null,
  };
}

/**
 * An update input applied to a campaign: the draft after it, and the fields it changes (given and
 * different), for the lifecycle's editability check and the audit. A field left out keeps its value;
 * explicit null clears an optional one (endsAt, schedule, audience, budget, cap, expiry).
 */
export function draftFromUpdate(
  row: CampaignRow,
  input: CampaignFieldsInput,
  timezone: string,
): { draft: CampaignDraft; changed: Record<string, unknown> } {
  const has = (k: keyof CampaignFieldsInput) =>
    Object.prototype.hasOwnProperty.call(input, k) && input[k] !== undefined;
  const before: CampaignDraft = { ...toDefinition(row), description: row.description };
  const draft: CampaignDraft = { ...before };
  if (has('name') && input.name !== null) draft.name = input.name!.trim();
  if (has('description')) draft.description = input.description?.trim() || null;
  if (has('startsAt') && input.startsAt !== null) draft.startsAt = input.startsAt!;
  if (has('endsAt') || has('endsOn')) draft.endsAt = windowEndOf(input, timezone) ?? null;
  if (has('schedule')) draft.schedule = cleanSchedule(input.schedule);
  if (has('audience')) draft.audience = cleanAudience(input.audience);
  if (has('variants') && input.variants !== null)
    draft.variants = variantsFromInput({ variants: input.variants });
  if (has('effect') && input.effect !== null) draft.variants = variantsFromInput({ effect: input.effect });
  if (has('holdoutPercent') && input.holdoutPercent !== null) draft.holdoutPercent = input.holdoutPercent!;
  if (has('budgetPoints')) draft.budgetPoints = input.budgetPoints ?? null;
  if (has('perMemberCapPoints')) draft.perMemberCapPoints = input.perMemberCapPoints ?? null;
  if (has('priority') && input.priority !== null) draft.priority = input.priority!;
  if (has('stackable') && input.stackable !== null) draft.stackable = input.stackable!;
  if (has('bonusExpiresInDays')) draft.bonusExpiresInDays = input.bonusExpiresInDays ?? null;

  const same = (a: unknown, b: unknown) =>
    JSON.stringify(a instanceof Date ? a.getTime() : a) ===
    JSON.stringify(b instanceof Date ? b.getTime() : b);
  const changed: Record<string, unknown> = {};
  for (const k of Object.keys(draft) as (keyof CampaignDraft)[]) {
    if (!same(draft[k], before[k])) changed[k] = draft[k];
  }
  return { draft, changed };
}
