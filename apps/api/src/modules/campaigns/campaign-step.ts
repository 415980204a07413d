/**
 * The campaign step of the purchase pipeline: the purchase is evaluated against the campaigns
 * ACTIVE when it is recorded whose window and schedule contain its occurredAt (packages/core's
 * evaluateCampaigns decides; this step reads, claims and writes).
 *
 * - Reads (with the purchase's one round trip): the campaigns active now, their budget slices and
 *   once-only signals, and the member's assignments in them.
 * - Campaign bonuses are bonus grants: they are trimmed here to what the monthly bonus cap leaves
 *   (the bonus-cap step after this one then finds them within it), and only then claimed from the
 *   budget, so a budget is charged exactly what the ledger books.
 * - Budgets are claimed from slices as increments (pipeline/budget.ts): never a hot row, never
 *   overspent (a slice overdrawn meanwhile fails its CHECK and the purchase runs again). A bonus is
 *   given whole or not at all, so a budget is used up to the last purchase whose bonus fits.
 * - The purchase that finds a budget spent records `campaign.budget_exhausted`, once: the signal
 *   row's CHECK (0 or 1) refuses a second purchase that raced it, which runs again and sees it.
 * - A member is exposed (assignment recorded) at the first purchase evaluated while the campaign
 *   runs and the member is in its audience; the assignment keeps the points the member got from the
 *   campaign (the per-member cap), written under the member's row lock.
 * - Skips that cost the member points (cap, budget, stacking) or an effect that could not be
 *   evaluated are recorded as refusals; a campaign never fails a purchase.
 */
import {
  applyMonthlyBonusCap,
  campaignStatusConditions,
  evaluateCampaigns,
  type CampaignCandidate,
  type CampaignDefinition,
  type Refusal,
} from '@accrue/core';
import { toDate, toNum, type Query, type Row } from '../../db/sql';
import { claimFromBudget, type BudgetTable } from '../../pipeline/budget';
import { fact } from '../../pipeline/facts';
import type { PurchaseDraft, PurchaseStep, ReadContext } from '../../pipeline/step';
import { newId } from '../../ids';
import { outboxEvent } from '../../services/outbox';
import { CampaignAssignmentRow, type CampaignRow } from '../../db/campaign-entities';

export const BUDGET_TABLE: BudgetTable = {
  table: 'campaign_budget_slice',
  budget: 'campaign_id',
  slice: 'slice',
  used: 'used',
  cap: 'cap',
};

/** Campaigns ACTIVE at `now` (the core's status conditions) whose window contains `at`. */
function activeCampaignsSql(now: Date, at: Date): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const c of campaignStatusConditions('ACTIVE')) {
    const and = [`"phase" in (${c.phases.map(() => '?').join(', ')})`];
    params.push(...c.phases);
    if (c.started !== undefined) {
      and.push(c.started ? `"starts_at" <= ?` : `"starts_at" > ?`);
      params.push(now);
    }
    if (c.ended === false) {
      and.push(`("ends_at" is null or "ends_at" > ?)`);
      params.push(now);
    }
    parts.push(`(${and.join(' and ')})`);
  }
  // the purchase's own time inside the window
  return {
    sql: `(${parts.join(' or ')}) and "starts_at" <= ? and ("ends_at" is null or "ends_at" > ?)`,
    params: [...params, at, at],
  };
}

export function campaignReads(ctx: ReadContext, at: Date): Record<string, Query> {
  const active = activeCampaignsSql(ctx.job.now, at);
  const ids = { sql: `select "id" from "campaign" where ${active.sql}`, params: active.params };
  return {
    campaigns: { sql: `select * from "campaign" where ${active.sql}`, params: active.params },
    slices: {
      sql: `select "campaign_id", "slice", "used", "cap" from "campaign_budget_slice" where "campaign_id" in (${ids.sql})`,
      params: ids.params,
    },
    signals: {
      sql: `select "campaign_id", "budget_exhausted" from "campaign_signal" where "campaign_id" in (${ids.sql})`,
      params: ids.params,
    },
    assignments: {
      sql: `select "id", "campaign_id", "variant_key", "in_holdout", "bucket", "exposed_at", "points_issued"
              from "campaign_assignment" where "member_id" ${ctx.member.sql} and "campaign_id" in (${ids.sql})`,
      params: [...ctx.member.params, ...ids.params],
    },
  };
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const bool = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** A campaign row as read in plain SQL (SQLite rows, or PostgreSQL's JSON-aggregated ones). */
export function campaignFromRow(r: Row): CampaignDefinition & Pick<CampaignRow, 'promotedAt'> {
  return {
    id: String(r.id),
    key: String(r.key),
    name: String(r.name),
    phase: r.phase as CampaignDefinition['phase'],
    startsAt: toDate(r.starts_at)!,
    endsAt: toDate(r.ends_at),
    schedule: json(r.schedule) ?? null,
    audience: json(r.audience) ?? null,
    variants: json(r.variants),
    holdoutPercent: Number(r.holdout_percent),
    budgetPoints: numOrNull(r.budget_points),
    perMemberCapPoints: numOrNull(r.per_member_cap_points),
    priority: Number(r.priority),
    stackable: bool(r.stackable),
    bonusExpiresInDays: numOrNull(r.bonus_expires_in_days),
    promotedAt: toDate(r.promoted_at),
  };
}

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
  reads: (ctx) => campaignReads(ctx, ctx.job.occurredAt),
  decide(d, rows) {
    if (!rows.campaigns?.length) return;
    decideCampaigns(d, rows);
  },
};

function decideCampaigns(d: PurchaseDraft, rows: Record<string, Row[]>) {
  const { job, member, rules } = d;
  const now = job.now;
  const defs = rows.campaigns.map(campaignFromRow);
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
  const capped = applyMonthlyBonusCap(decision.grants, fact(d, 'month').bonusIssued + bonusBefore, rules.monthlyBonusCapPoints);
  const refusals: Refusal[] = [...capped.refusals];

  const issuedBy = new Map<string, number>();
  for (const g of capped.grants) {
    const c = defs.find((x) => x.id === g.campaignId)!;
    let points = g.points;
    if (c.budgetPoints !== null) points = claimFromBudget(d, BUDGET_TABLE, c.id, slicesOf.get(c.id) ?? [], g.points);
    if (points <= 0) continue;
    d.grants.push(points === g.points ? g : { ...g, points });
    issuedBy.set(c.id, points);
  }
  for (const s of decision.skips) {
    if (!RECORDED_SKIPS.has(s.reason)) continue;
    refusals.push({ source: 'CAMPAIGN', points: s.points, reason: `CAMPAIGN_${s.reason}`, campaignId: s.campaignId, variantKey: s.variantKey });
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
    if (!recorded) continue;
    recorded.memberId = member.id;
    recorded.pointsIssued += points;
    d.out.update(CampaignAssignmentRow, recorded, ['pointsIssued']);
  }

  // a budget found spent: the signal, once
  const exhausted = new Set(decision.skips.filter((s) => s.reason === 'BUDGET_EXHAUSTED').map((s) => s.campaignId));
  for (const c of defs) {
    const left = budgetLeftOf(c);
    if (left !== null && left - (issuedBy.get(c.id) ?? 0) <= 0) exhausted.add(c.id);
  }
  for (const id of exhausted) {
    if (signalOf.get(id) !== 0) continue; // recorded already (or the campaign has no signal row)
    const c = defs.find((x) => x.id === id)!;
    d.increment({ table: 'campaign_signal', key: { campaign_id: id }, add: { budget_exhausted: 1 } });
    outboxEvent(
      d.out,
      'campaign.budget_exhausted',
      null,
      { campaignId: id, campaignKey: c.key, budgetPoints: c.budgetPoints, orderId: job.orderId },
      now,
    );
  }
}
