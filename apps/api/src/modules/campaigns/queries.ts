/**
 * Read side of campaigns: lists by computed status, the figures a campaign shows (points issued,
 * budget used, pacing), and a member's assignment.
 */
import {
  assignVariant,
  campaignStatusConditions,
  POOL_CAP_OPEN_KEY,
  type ProgramCampaignState,
  computePacing,
  pacingWindowStart,
  type Assignment,
  type CampaignStatus,
  type Pacing,
} from '@accrue/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { emSql } from '../../db/sql/queries';
import { toNum } from '../../db/sql/codecs';
import { CampaignAssignmentRow, CampaignRow } from '../../db/entities/campaigns';
import { AlertRow } from '../../db/entities/metrics';

/**
 * Whether the program-wide pool cap is reached: its POOL_CAP alert is open (raised and resolved by
 * the alert check, metrics/alerts.ts). While it is, campaigns are paused (core's campaignStatus).
 */
export async function poolCapReached(em: EntityManager): Promise<boolean> {
  return (await em.count(AlertRow, { openKey: POOL_CAP_OPEN_KEY })) > 0;
}

/** The filter of campaigns whose computed status is `status` at `now` (the core's conditions). */
export function statusFilter(
  status: CampaignStatus,
  now: Date,
  program: ProgramCampaignState = {},
): FilterQuery<CampaignRow> {
  const conditions = campaignStatusConditions(status, program);
  if (!conditions.length) return { id: null } as FilterQuery<CampaignRow>; // none can have it
  return {
    $or: conditions.map((c) => {
      const and: FilterQuery<CampaignRow>[] = [{ phase: { $in: c.phases } }];
      if (c.started !== undefined) and.push({ startsAt: c.started ? { $lte: now } : { $gt: now } });
      if (c.ended === true) and.push({ endsAt: { $ne: null, $lte: now } });
      if (c.ended === false) and.push({ $or: [{ endsAt: null }, { endsAt: { $gt: now } }] });
      return { $and: and };
    }),
  } as FilterQuery<CampaignRow>;
}

export interface CampaignFigures {
  /** CAMPAIGN points earned (the ledger's EARN entries naming the campaign) */
  pointsIssued: number;
  /** the budget slices' used total (equals pointsIssued: each claim is what was booked) */
  budgetUsed: number;
  /** issued in the last 7 days, for the burn rate */
  recentIssued: number;
  budgetExhausted: boolean;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The figures of several campaigns in three statements (a page of campaigns costs no more). */
export async function campaignFigures(
  em: EntityManager,
  ids: readonly string[],
  now: Date,
): Promise<Map<string, CampaignFigures>> {
  const out = new Map<string, CampaignFigures>(
    ids.map((id) => [id, { pointsIssued: 0, budgetUsed: 0, recentIssued: 0, budgetExhausted: false }]),
  );
  if (!ids.length) return out;
  const sql = emSql(em);
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const [issued, slices, signals] = await Promise.all([
    sql.all<Record<string, unknown>>(
      `select "campaign_id", sum("points") as "points",
              sum(case when "created_at" >= ? then "points" else 0 end) as "recent"
         from "ledger_entry" where "campaign_id" in (${placeholders(ids.length)}) and "type" = 'EARN'
        group by "campaign_id"`,
      [since, ...ids],
    ),
    sql.all<Record<string, unknown>>(
      `select "campaign_id", sum("used") as "used" from "campaign_budget_slice"
        where "campaign_id" in (${placeholders(ids.length)}) group by "campaign_id"`,
      [...ids],
    ),
    sql.all<Record<string, unknown>>(
      `select "campaign_id", "budget_exhausted" from "campaign_signal" where "campaign_id" in (${placeholders(ids.length)})`,
      [...ids],
    ),
  ]);
  for (const r of issued) {
    const f = out.get(String(r.campaign_id))!;
    f.pointsIssued = toNum(r.points);
    f.recentIssued = toNum(r.recent);
  }
  for (const r of slices) out.get(String(r.campaign_id))!.budgetUsed = toNum(r.used);
  for (const r of signals) out.get(String(r.campaign_id))!.budgetExhausted = toNum(r.budget_exhausted) > 0;
  return out;
}

export function pacingOf(c: CampaignRow, f: CampaignFigures, now: Date): Pacing {
  return computePacing({
    budgetPoints: c.budgetPoints,
    pointsIssued: c.budgetPoints === null ? f.pointsIssued : f.budgetUsed,
    startsAt: c.startsAt,
    endsAt: c.endsAt,
    now,
    recentPointsIssued: f.recentIssued,
    recentSince: pacingWindowStart(c.startsAt, now),
  });
}

/**
 * A member's arm: the recorded assignment when the member was exposed (sticky), else what the hash
 * gives now (the same, as long as the test's split has not changed).
 */
export async function memberAssignment(
  em: EntityManager,
  campaign: CampaignRow,
  memberId: string,
): Promise<Pick<Assignment, 'variantKey' | 'inHoldout'> & { recorded: boolean }> {
  const row = await em.findOne(CampaignAssignmentRow, { campaignId: campaign.id, memberId });
  if (row && !campaign.promotedAt)
    return { variantKey: row.variantKey, inHoldout: !!row.inHoldout, recorded: true };
  const a = assignVariant(campaign, memberId);
  return { variantKey: a.variantKey, inHoldout: a.inHoldout, recorded: !!row };
}
