import { DomainError, validateTiers } from '@accrue/core';
import { MemberRow } from '../../db/entities/members';
import { TierRow } from '../../db/entities/tiers';
import { ID_PREFIX, newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { tierDef } from '../../services/program';
import { bad, int, num, str } from '../../services/validate';

export interface TierInput {
  id?: string | null;
  name: string;
  rank: number;
  qualifyingSpendMinor: number;
  earnMultiplier: number;
  birthdayMultiplier?: number | null;
  perks?: string[] | null;
}

/**
 * Replaces the tier table. Tiers keep their ids when given; a tier left out is removed only if no
 * member holds it. Members are re-evaluated on their next purchase (upgrades) or by the daily job.
 */
export async function saveTiers(app: App, actor: Actor, input: { tiers: TierInput[] }): Promise<TierRow[]> {
  const now = app.clock.now();
  const tiers = input.tiers.map((t, i) => {
    const f = (n: string) => ['input', 'tiers', String(i), n];
    return {
      id: t.id ? str(t.id, f('id'), { max: 40 }) : null,
      name: str(t.name, f('name'), { max: 100, required: true })!,
      rank: int(t.rank, f('rank'), { min: 0, max: 100 })!,
      qualifyingSpendMinor: int(t.qualifyingSpendMinor, f('qualifyingSpendMinor'), { min: 0 })!,
      earnMultiplier: num(t.earnMultiplier, f('earnMultiplier'), { min: 1, max: 10 })!,
      // left out: a kept tier keeps its own, a new one gets ×2 (product.md's default)
      birthdayMultiplier:
        t.birthdayMultiplier == null
          ? null
          : num(t.birthdayMultiplier, f('birthdayMultiplier'), { min: 1, max: 10 })!,
      perks: (t.perks ?? []).map((p, j) =>
        str(p, ['input', 'tiers', String(i), 'perks', String(j)], { max: 200, required: true })!,
      ),
    };
  });
  if (!tiers.length) bad(['input', 'tiers'], 'must contain at least one tier');
  validateTiers(tiers.map((t) => ({ ...t, birthdayMultiplier: t.birthdayMultiplier ?? 2 })));
  const result = await inTransaction(app, async (em) => {
    const existing = await em.find(TierRow, {}, { orderBy: { rank: 'asc' } });
    // the audit's "before", taken ahead of the changes below (they change these rows in place)
    const before = existing.map(audited);
    const byId = new Map(existing.map((t) => [t.id, t]));
    for (const [i, t] of tiers.entries())
      if (t.id && !byId.has(t.id))
        throw new DomainError('NOT_FOUND', `No tier with id "${t.id}"`, ['input', 'tiers', String(i), 'id']);
    const keep = new Set(tiers.map((t) => t.id).filter(Boolean));
    for (const old of existing) {
      if (keep.has(old.id)) continue;
      if (await em.count(MemberRow, { tierId: old.id }))
        throw new DomainError(
          'INVALID_INPUT',
          `Tier "${old.name}" still has members: keep its id in the list`,
          ['input', 'tiers'],
        );
      em.remove(old);
    }
    // ranks and names are unique: move kept tiers out of the way before renumbering
    for (const old of existing)
      if (keep.has(old.id)) Object.assign(old, { rank: -1 - old.rank, name: `~${old.id}` });
    await em.flush();
    const saved: TierRow[] = [];
    for (const given of tiers) {
      const old = given.id ? byId.get(given.id)! : null;
      const t = { ...given, birthdayMultiplier: given.birthdayMultiplier ?? old?.birthdayMultiplier ?? 2 };
      const row = old ?? em.create(TierRow, { ...t, id: newId(ID_PREFIX.tier), createdAt: now });
      Object.assign(row, { ...t, id: row.id });
      saved.push(row);
    }
    audit(em, actor, 'tiers.save', 'tiers', before, saved.map(audited), now);
    return saved.sort((a, b) => a.rank - b.rank);
  });
  app.program.invalidate(); // after commit, so no reader caches the old rules
  return result;
}

/** A tier as the audit log records it: its rules and its perks. */
const audited = (t: TierRow) => ({ ...tierDef(t), perks: [...(t.perks ?? [])] });
