/**
 * simulateCampaign: the last N days of real purchases replayed through a campaign (a draft
 * usually) with the live rules, in pages of 1,000 (bounded memory), writing nothing. The engine is
 * the core's (CampaignSimulator); see there what is approximated (tier and balance as they are now,
 * no monthly bonus cap).
 */
import { CampaignSimulator, DomainError, type CampaignSimulation, type PurchaseItem } from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import { CampaignRow } from '../../db/entities/campaigns';
import { emSql } from '../../db/sql/queries';
import { toDate, toNum } from '../../db/sql/codecs';
import type { Program } from '../../services/program';
import { bad } from '../../services/validate';
import { toDefinition } from './definition';

const PAGE = 1000;

/** One page of the purchases replayed (from, to, after id), with their members (bench/simulation.mjs reads it too). */
export const SIMULATION_PAGE_SQL = `select p."id", p."amount_minor", p."occurred_at", p."items", m."id" as "member_id",
         m."tier_id", m."enrolled_at", m."last_purchase_at", m."points_balance"
    from "purchase" p join "member" m on m."id" = p."member_id"
   where p."occurred_at" >= ? and p."occurred_at" <= ? and p."id" > ?
   order by p."id" limit ${PAGE}`;

export async function simulateCampaign(
  em: EntityManager,
  program: Program,
  input: { id: string; days: number; now: Date },
): Promise<CampaignSimulation> {
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 366) bad(['days'], 'must be 1-366');
  const row = await em.findOne(CampaignRow, { id: input.id });
  if (!row) throw new DomainError('NOT_FOUND', `No campaign with id "${input.id}"`, ['id']);
  const sim = new CampaignSimulator(toDefinition(row), program.rules);
  const from = new Date(input.now.getTime() - input.days * 86_400_000);
  const sql = emSql(em);
  // the member's previous purchase in the replay (the audience's inactivity), bounded by the members seen
  const lastSeen = new Map<string, Date>();
  let after = '';
  for (;;) {
    const rows = await sql.all<Record<string, unknown>>(SIMULATION_PAGE_SQL, [from, input.now, after]);
    for (const r of rows) {
      const memberId = String(r.member_id);
      const occurredAt = toDate(r.occurred_at)!;
      const last = toDate(r.last_purchase_at);
      const previous = lastSeen.get(memberId) ?? (last && last < occurredAt ? last : null);
      sim.add({
        amountMinor: toNum(r.amount_minor),
        items: (typeof r.items === 'string' ? JSON.parse(r.items) : r.items) as PurchaseItem[] | null,
        occurredAt,
        member: {
          id: memberId,
          tierId: String(r.tier_id),
          enrolledAt: toDate(r.enrolled_at)!,
          lastPurchaseAt: previous,
          balance: toNum(r.points_balance),
        },
      });
      lastSeen.set(memberId, occurredAt);
    }
    if (rows.length < PAGE) break;
    after = String(rows[rows.length - 1].id);
  }
  return sim.finish();
}
