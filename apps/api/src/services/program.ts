import type { EntityManager } from '@mikro-orm/core';
import {
  DEFAULT_RULES,
  DEFAULT_TIERS,
  type CampaignDefinition,
  type ProgramRules,
  type TierDef,
} from '@accrue/core';
import { ProgramSettingsRow } from '../db/entities/program';
import { TierRow } from '../db/entities/tiers';
import { CampaignRow } from '../db/entities/campaigns';
import { toDefinition } from '../modules/campaigns/definition';
import { ID_PREFIX, newId } from '../ids';

export const DEFAULT_COST_TO_SALES_RED_LINE = 0.02;

export interface Program {
  name: string;
  rules: ProgramRules;
  costToSalesRedLine: number;
  alertThresholds: Record<string, unknown>;
  tiers: TierRow[]; // by rank
  tierDefs: TierDef[];
  /** launched campaigns (their status is computed where they are used): the purchase path's campaign step reads none */
  campaigns: CachedCampaign[];
}

/** A launched campaign as the program cache holds it (plain data: it crosses to the writer thread). */
export type CachedCampaign = CampaignDefinition & { promotedAt: Date | null };

/**
 * Rules and tiers change rarely and are read on every write: cached, dropped at once in the process
 * where staff save them, and read again after `ttlMs` so that other server processes on the same
 * database follow within that time. (Loads are not shared between callers: on SQLite a load inside
 * one caller's write transaction must run in that transaction, and another caller waiting on it from
 * outside could wait forever; per request, graphql/loaders.ts shares one.)
 */
export class ProgramCache {
  private cached: Program | null = null;
  private loadedAt = 0;
  private generation = 0;
  constructor(private readonly ttlMs = 5000) {}
  invalidate() {
    this.cached = null;
    this.generation++;
  }
  /** `em` may be a factory, so a warm cache costs no EntityManager fork. */
  async get(em: EntityManager | (() => EntityManager)): Promise<Program> {
    if (this.cached && performance.now() - this.loadedAt < this.ttlMs) return this.cached;
    const generation = this.generation;
    const program = await loadProgram(typeof em === 'function' ? em() : em);
    // a save while this load ran (invalidate) makes it stale: keep it out of the cache
    if (generation === this.generation) {
      this.cached = program;
      this.loadedAt = performance.now();
    }
    return program;
  }
}

export function rulesOf(row: ProgramSettingsRow): ProgramRules {
  return {
    ...DEFAULT_RULES,
    ...(row.rules as Partial<ProgramRules>),
    currency: row.currency,
    timezone: row.timezone,
  };
}

export function tierDef(t: TierRow): TierDef {
  return {
    id: t.id,
    name: t.name,
    rank: t.rank,
    qualifyingSpendMinor: t.qualifyingSpendMinor,
    earnMultiplier: t.earnMultiplier,
    birthdayMultiplier: t.birthdayMultiplier,
  };
}

async function loadProgram(em: EntityManager): Promise<Program> {
  // a fork keeps the cached rows out of the caller's unit of work; it must stay in the caller's
  // transaction, or on SQLite (one connection) a cold cache inside a write would wait forever
  const fork = () => em.fork({ keepTransactionContext: true });
  const row = await fork().findOne(ProgramSettingsRow, { id: 1 });
  if (!row) throw new Error('The program is not initialised: run `accrue migrate` first');
  const tiers = await fork().find(TierRow, {}, { orderBy: { rank: 'asc' } });
  return {
    name: row.name,
    rules: rulesOf(row),
    costToSalesRedLine: row.costToSalesRedLine,
    alertThresholds: row.alertThresholds,
    tiers,
    tierDefs: tiers.map(tierDef),
    campaigns: (await fork().find(CampaignRow, { phase: 'LAUNCHED' }, { orderBy: { id: 'asc' } })).map(
      (c) => ({
        ...toDefinition(c),
        promotedAt: c.promotedAt,
      }),
    ),
  };
}

/** Creates the default program (product.md's numbers) and tiers when the database has none. */
export async function ensureProgram(em: EntityManager, now: Date, name = 'Accrue Rewards'): Promise<boolean> {
  const existing = await em.findOne(ProgramSettingsRow, { id: 1 });
  if (existing) return false;
  const { currency, timezone, ...rules } = DEFAULT_RULES;
  em.create(ProgramSettingsRow, {
    id: 1,
    name,
    currency,
    timezone,
    costToSalesRedLine: DEFAULT_COST_TO_SALES_RED_LINE,
    rules,
    alertThresholds: {},
    updatedAt: now,
  });
  for (const t of DEFAULT_TIERS) {
    em.create(TierRow, {
      id: newId(ID_PREFIX.tier),
      name: t.name,
      rank: t.rank,
      qualifyingSpendMinor: t.qualifyingSpendMinor,
      earnMultiplier: t.earnMultiplier,
      birthdayMultiplier: t.birthdayMultiplier,
      perks: t.perks,
      createdAt: now,
    });
  }
  await em.flush();
  return true;
}
