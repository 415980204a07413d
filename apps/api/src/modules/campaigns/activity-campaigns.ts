/**
 * Campaigns on member activities (ACTIVITY_MULTIPLIER), for the activity use case: the same engine
 * as purchases (packages/core's evaluateCampaigns), on the ORM path. Activities are few next to
 * purchases, so a budget's slices are row-locked here (PostgreSQL) while the claim is decided: the
 * figures read are then exact and the claim is written to them (purchases' increments wait on the lock).
 */
import {
  applyMonthlyBonusCap,
  claimBudget,
  evaluateCampaigns,
  sliceOf,
  type ActivityType,
  type Grant,
  type ProgramRules,
  type Refusal,
} from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import {
  CampaignAssignmentRow,
  CampaignBudgetSliceRow,
  CampaignRow,
  CampaignSignalRow,
} from '../../db/entities/campaigns';
import type { MemberRow } from '../../db/entities/members';
import { newId } from '../../ids';
import { isPostgres } from '../../services/members';
import { outboxEvent } from '../../services/outbox';
import { toDefinition } from './definition';
import { poolCapReached, statusFilter } from './queries';

export interface ActivityCampaignsInput {
  rules: ProgramRules;
  member: MemberRow;
  type: ActivityType;
  /** the activity's own points (what an activity multiplier multiplies) */
  points: number;
  occurredAt: Date;
  now: Date;
  /** bonus points issued to the member this local month, this activity's own grants included */
  bonusIssued: number;
}

/** The campaign grants for one activity (already claimed from their budgets), and the refusals to record. */
export async function activityCampaignGrants(
  em: EntityManager,
  input: ActivityCampaignsInput,
): Promise<{ grants: Grant[]; refusals: Refusal[] }> {
  const { member, occurredAt, now } = input;
  const rows = await em.find(CampaignRow, {
    $and: [
      statusFilter('ACTIVE', now),
      { startsAt: { $lte: occurredAt } },
      { $or: [{ endsAt: null }, { endsAt: { $gt: occurredAt } }] },
    ],
  });
  if (!rows.length) return { grants: [], refusals: [] };
  const ids = rows.map((r) => r.id);
  const capReached = await poolCapReached(em);
  const lock = isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE as const } : {};
  const [slices, signals, assignments] = await Promise.all([
    em.find(
      CampaignBudgetSliceRow,
      { campaignId: { $in: ids } },
      { ...lock, orderBy: { campaignId: 'asc', slice: 'asc' } },
    ),
    em.find(CampaignSignalRow, { campaignId: { $in: ids } }),
    em.find(CampaignAssignmentRow, { memberId: member.id, campaignId: { $in: ids } }),
  ]);
  const slicesOf = (id: string) => slices.filter((s) => s.campaignId === id);
  const assignmentOf = new Map(assignments.map((a) => [a.campaignId, a]));
  const lastPurchase =
    member.lastPurchaseAt && member.lastPurchaseAt < occurredAt ? member.lastPurchaseAt : null;

  const decision = evaluateCampaigns({
    rules: input.rules,
    event: { kind: 'ACTIVITY', activityType: input.type, points: input.points },
    occurredAt,
    recordedAt: now,
    poolCapReached: capReached,
    member: {
      id: member.id,
      tierId: member.tierId,
      enrolledAt: member.enrolledAt,
      lastPurchaseAt: lastPurchase,
      balance: member.pointsBalance,
    },
    campaigns: rows.map((r) => {
      const recorded = assignmentOf.get(r.id);
      return {
        campaign: toDefinition(r),
        budgetLeft:
          r.budgetPoints === null
            ? null
            : slicesOf(r.id).reduce((s, x) => s + Math.max(0, x.cap - x.used), 0),
        memberIssued: recorded?.pointsIssued ?? 0,
        assignment: recorded
          ? r.promotedAt
            ? { variantKey: r.variants[0].key, inHoldout: false }
            : { variantKey: recorded.variantKey, inHoldout: !!recorded.inHoldout }
          : null,
      };
    }),
  });
  const capped = applyMonthlyBonusCap(decision.grants, input.bonusIssued, input.rules.monthlyBonusCapPoints);
  const refusals: Refusal[] = [...capped.refusals];
  const grants: Grant[] = [];
  const issuedBy = new Map<string, number>();
  for (const g of capped.grants) {
    const c = rows.find((r) => r.id === g.campaignId)!;
    if (c.budgetPoints !== null) {
      const own = slicesOf(c.id);
      const { granted, claims } = claimBudget(own, g.points, sliceOf(member.id, own.length));
      if (granted < g.points) continue; // (cannot happen: the figures are locked and the bonus fitted them)
      // the slices are locked (PostgreSQL) or the only writer (SQLite): their figures are exact
      for (const claim of claims) own.find((s) => s.slice === claim.slice)!.used += claim.points;
    }
    grants.push(g);
    issuedBy.set(c.id, g.points);
  }
  for (const s of decision.skips) {
    if (!['MEMBER_CAP', 'BUDGET_EXHAUSTED', 'STACKING_EXCLUDED', 'EVALUATION_ERROR'].includes(s.reason))
      continue;
    refusals.push({
      source: 'CAMPAIGN',
      points: s.points,
      reason: `CAMPAIGN_${s.reason}`,
      campaignId: s.campaignId,
      variantKey: s.variantKey,
    });
  }
  for (const e of decision.exposures) {
    em.create(CampaignAssignmentRow, {
      id: newId('cas'),
      campaignId: e.campaignId,
      memberId: member.id,
      variantKey: e.variantKey,
      inHoldout: e.inHoldout,
      bucket: e.bucket,
      exposedAt: occurredAt,
      pointsIssued: issuedBy.get(e.campaignId) ?? 0,
    });
  }
  for (const [id, points] of issuedBy) {
    const a = assignmentOf.get(id);
    if (a) a.pointsIssued += points;
  }
  // a budget found spent: the signal once (the row is updated only from 0)
  const exhausted = new Set(
    decision.skips.filter((s) => s.reason === 'BUDGET_EXHAUSTED').map((s) => s.campaignId),
  );
  for (const r of rows) {
    if (r.budgetPoints !== null && slicesOf(r.id).every((s) => s.used >= s.cap)) exhausted.add(r.id);
  }
  for (const id of exhausted) {
    const signal = signals.find((s) => s.campaignId === id);
    if (!signal || signal.budgetExhausted !== 0) continue;
    const done = await em.nativeUpdate(
      CampaignSignalRow,
      { campaignId: id, budgetExhausted: 0 },
      { budgetExhausted: 1 },
    );
    if (done === 0) continue;
    const r = rows.find((x) => x.id === id)!;
    outboxEvent(
      em,
      'campaign.budget_exhausted',
      null,
      { campaignId: id, campaignKey: r.key, budgetPoints: r.budgetPoints },
      now,
    );
  }
  return { grants, refusals };
}
