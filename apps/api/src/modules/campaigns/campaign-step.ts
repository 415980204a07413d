/**
 * The campaign step of the purchase pipeline: the purchase is evaluated against the campaigns
 * ACTIVE when it is recorded whose window and schedule contain its occurredAt (packages/core's
 * evaluateCampaigns decides; this step reads, claims and writes).
 *
 * - The launched campaigns come with the cached program (no read); for those active now whose
 *   window contains the purchase, the step reads (with the purchase's one round trip) their budget
 *   slices and once-only signals, and the member's assignments in them.
 * - Campaign bonuses are bonus grants: they are trimmed here to what the monthly bonus cap leaves
 *   (the bonus-cap step after this one then finds them within it), and only then claimed from the
 *   budget, so a budget is charged exactly what the ledger books.
 * - Budgets are claimed from slices as increments (pipeline/budget.ts): never a hot row, never
 *   overspent (a slice overdrawn meanwhile fails its CHECK and the purchase runs again). A bonus is
 *   given whole or not at all, so a budget is used up to the last purchase whose bonus fits.
 * - The purchase that finds a budget spent records `campaign.budget_exhausted`, once: the signal
 *   row's CHECK (0 or 1) refuses a second purchase that raced it, which runs again and sees it.
 * - While the program-wide pool cap is reached (an open POOL_CAP alert, read with the rest) every
 *   campaign is paused: core's evaluateCampaigns skips it (POOL_CAP), nobody is exposed.
 * - A member is exposed (assignment recorded) at the first purchase evaluated while the campaign
 *   runs and the member is in its audience; the assignment keeps the points the member got from the
 *   campaign (the per-member cap), written under the member's row lock.
 * - Skips that cost the member points (cap, budget, stacking) or an effect that could not be
 *   evaluated are recorded as refusals; a campaign never fails a purchase.
 */
import {
  applyMonthlyBonusCap,
  campaignStatus,
  evaluateCampaigns,
  isInWindow,
  POOL_CAP_OPEN_KEY,
  type CampaignCandidate,
  type CampaignDefinition,
  type Refusal,
} from '@accrue/core';
import { toDate, toNum } from '../../db/sql/codecs';
import { type Query, type Row } from '../../db/sql/types';
import { claimFromBudget, type BudgetTable } from '../../pipeline/budget';
import { fact } from '../../pipeline/facts';
import type { PurchaseDraft, PurchaseStep, ReadContext } from '../../pipeline/step';
import { newId } from '../../ids';
import { outboxEvent } from '../../services/outbox';
import { CampaignAssignmentRow } from '../../db/entities/campaigns';
import type { CachedCampaign } from '../../services/program';

export const BUDGET_TABLE: BudgetTable = {
  table: 'campaign_budget_slice',
  budget: 'campaign_id',
  slice: 'slice',
  used: 'used',
  cap: 'cap',
};

/**
 * The program's launched campaigns (cached with the rules: services/program.ts) that are ACTIVE at
 * `now` and whose window contains `at`, by the core's rules: without one, the step reads nothing.
 */
export function activeCampaigns(campaigns: readonly CachedCampaign[], now: Date, at: Date): CachedCampaign[] {
  return campaigns.filter((c) => campaignStatus(c, now) === 'ACTIVE' && isInWindow(c, at));
}

export function campaignReads(ctx: ReadContext): Record<string, Query> {
  const ids = activeCampaigns(ctx.program.campaigns, ctx.job.now, ctx.job.occurredAt).map((c) => c.id);
  if (!ids.length) return {};
  const list = ids.map(() => '?').join(', ');
  return {
    slices: {
      sql: `select "campaign_id", "slice", "used", "cap" from "campaign_budget_slice" where "campaign_id" in (${list})`,
      params: ids,
    },
    signals: {
      sql: `select "campaign_id", "budget_exhausted" from "campaign_signal" where "campaign_id" in (${list})`,
      params: ids,
    },
    assignments: {
      sql: `select "id", "campaign_id", "variant_key", "in_holdout", "bucket", "exposed_at", "points_issued"
              from "campaign_assignment" where "member_id" ${ctx.member.sql} and "campaign_id" in (${list})`,
      params: [...ctx.member.params, ...ids],
    },
    // the program-wide pool cap: its alert open pauses every campaign (read on the unique open key)
    poolCap: { sql: `select 1 as "open" from "alert" where "open_key" = ?`, params: [POOL_CAP_OPEN_KEY] },
  };
}

const bool = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

function assignmentFromRow(r: Row): CampaignAssignmentRow {
  return Object.assign(new CampaignAssignmentRow(), {
    id: String(r.id),
    campaignId: String(r.campaign_id),
    memberId: '',
    variantKey: r.variant_key === null || r.variant_key === undefined ? null : String(r.variant_key),
    inHoldout: bool(r.in_holdout),
    bucket: Number(r.bucket),
    exposedAt: toDate(r.exposed_at)!,
    pointsIssued: toNum(r.points_issued),
  });
}

/** Whether a skip cost the member points (or hid a broken campaign): those are recorded as refusals. */
const RECORDED_SKIPS = new Set(['MEMBER_CAP', 'BUDGET_EXHAUSTED', 'STACKING_EXCLUDED', 'EVALUATION_ERROR']);

export const campaigns: PurchaseStep = {
  name: 'campaigns',
  reads: campaignReads,
  decide(d, rows) {
    const active = activeCampaigns(d.program.campaigns, d.job.now, d.job.occurredAt);
    if (active.length) decideCampaigns(d, active, rows);
  },
};

function decideCampaigns(d: PurchaseDraft, defs: CachedCampaign[], rows: Record<string, Row[]>) {
  const { job, member, rules } = d;
  const now = job.now;
  const slicesOf = new Map<string, Row[]>();
  for (const s of rows.slices) {
    const id = String(s.campaign_id);
    if (!slicesOf.has(id)) slicesOf.set(id, []);
    slicesOf.get(id)!.push(s);
  }
  const signalOf = new Map(rows.signals.map((s) => [String(s.campaign_id), toNum(s.budget_exhausted)]));
  const assignmentOf = new Map(rows.assignments.map((a) => [String(a.campaign_id), assignmentFromRow(a)]));
  const budgetLeftOf = (c: CampaignDefinition) =>
    c.budgetPoints === null
      ? null
      : (slicesOf.get(c.id) ?? []).reduce((s, r) => s + Math.max(0, toNum(r.cap) - toNum(r.used)), 0);

  // the member's latest purchase before this one (the qualifying look-back is enough for audiences)
  const before = fact(d, 'history')
    .purchases.filter((p) => p.occurredAt < job.occurredAt)
    .reduce<Date | null>((m, p) => (m === null || p.occurredAt > m ? p.occurredAt : m), null);

  const candidates: CampaignCandidate[] = defs.map((c) => {
    const recorded = assignmentOf.get(c.id);
    return {
      campaign: c,
      budgetLeft: budgetLeftOf(c),
      memberIssued: recorded?.pointsIssued ?? 0,
      // once a variant is promoted everyone gets it (a recorded arm, holdout included, no longer counts)
      assignment: recorded
        ? c.promotedAt
          ? { variantKey: c.variants[0].key, inHoldout: false }
          : { variantKey: recorded.variantKey, inHoldout: recorded.inHoldout }
        : null,
    };
  });
  const decision = evaluateCampaigns({
    rules,
    event: { kind: 'PURCHASE', amountMinor: job.amountMinor, items: job.items },
    occurredAt: job.occurredAt,
    recordedAt: now,
    poolCapReached: rows.poolCap.length > 0,
    member: {
      id: member.id,
      tierId: d.tier.id,
      enrolledAt: member.enrolledAt,
      lastPurchaseAt: before,
      balance: member.pointsBalance,
    },
    campaigns: candidates,
  });

  // what the monthly bonus cap leaves after the bonus grants decided before (tasks)
  const bonusBefore = d.grants.filter((g) => g.bonus).reduce((s, g) => s + g.points, 0);
  const capped = applyMonthlyBonusCap(
    decision.grants,
    fact(d, 'month').bonusIssued + bonusBefore,
    rules.monthlyBonusCapPoints,
  );
  const refusals: Refusal[] = [...capped.refusals];

  const issuedBy = new Map<string, number>();
  for (const g of capped.grants) {
    const c = defs.find((x) => x.id === g.campaignId)!;
    let points = g.points;
    if (c.budgetPoints !== null)
      points = claimFromBudget(d, BUDGET_TABLE, c.id, slicesOf.get(c.id) ?? [], g.points);
    if (points <= 0) continue;
    d.grants.push(points === g.points ? g : { ...g, points });
    issuedBy.set(c.id, points);
  }
  for (const s of decision.skips) {
    if (!RECORDED_SKIPS.has(s.reason)) continue;
    refusals.push({
      source: 'CAMPAIGN',
      points: s.points,
      reason: `CAMPAIGN_${s.reason}`,
      campaignId: s.campaignId,
      variantKey: s.variantKey,
    });
  }
  d.refusals.push(...refusals);

  // exposures and the member's campaign points
  for (const e of decision.exposures) {
    d.out.insert(CampaignAssignmentRow, {
      id: newId('cas'),
      campaignId: e.campaignId,
      memberId: member.id,
      variantKey: e.variantKey,
      inHoldout: e.inHoldout,
      bucket: e.bucket,
      exposedAt: job.occurredAt,
      pointsIssued: issuedBy.get(e.campaignId) ?? 0,
    });
  }
  for (const [campaignId, points] of issuedBy) {
    const recorded = assignmentOf.get(campaignId);
    // kept for the per-member cap only (a cap cannot be set once a campaign is live): one write less
    if (!recorded || defs.find((c) => c.id === campaignId)!.perMemberCapPoints === null) continue;
    recorded.memberId = member.id;
    recorded.pointsIssued += points;
    d.out.update(CampaignAssignmentRow, recorded, ['pointsIssued']);
  }

  // a budget found spent: the signal, once
  const exhausted = new Set(
    decision.skips.filter((s) => s.reason === 'BUDGET_EXHAUSTED').map((s) => s.campaignId),
  );
  for (const c of defs) {
    const left = budgetLeftOf(c);
    if (left !== null && left - (issuedBy.get(c.id) ?? 0) <= 0) exhausted.add(c.id);
  }
  for (const id of exhausted) {
    if (signalOf.get(id) !== 0) continue; // recorded already (or the campaign has no signal row)
    const c = defs.find((x) => x.id === id)!;
    // (its CHECK keeps it at most 1: a ceiling, so the next purchase of a SQLite commit reads it)
    d.increment({
      table: 'campaign_signal',
      key: { campaign_id: id },
      add: { budget_exhausted: 1 },
      ceiling: true,
    });
    outboxEvent(
      d.out,
      'campaign.budget_exhausted',
      null,
      { campaignId: id, campaignKey: c.key, budgetPoints: c.budgetPoints, orderId: job.orderId },
      now,
    );
  }
}
