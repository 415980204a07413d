/**
 * The campaign engine: which campaigns give what to one event (a purchase or an activity).
 *
 * A campaign is evaluated when it is ACTIVE at the moment the event is recorded and its window
 * and schedule contain the event's `occurredAt` (a store that syncs last Wednesday's purchase
 * today still gets Wednesday's double points). Campaigns are taken by priority (higher first),
 * then key, then id, whatever order they came in: stackable ones combine; a non-stackable one
 * applies only if nothing applied before it, and then nothing after it does. A campaign that
 * cannot give (outside its schedule or audience, holdout, cap or budget spent, a broken effect)
 * is skipped with its reason: a campaign never fails an event.
 */
import { makeGrant } from '../grants';
import type { Grant, ProgramRules } from '../types';
import { assignVariant, type Assignment } from './assignment';
import { inAudience, type AudienceMember } from './audience';
import { applyEffect, type CampaignEvent } from './effects';
import { campaignPauseReason, campaignStatus } from './lifecycle';
import { isInWindow, matchesSchedule } from './schedule';
import type { CampaignDefinition, CampaignSkipReason } from './types';

export interface CampaignCandidate {
  campaign: CampaignDefinition;
  /** points the campaign may still issue (budget - issued); null: no budget */
  budgetLeft: number | null;
  /** points this member already got from this campaign */
  memberIssued: number;
  /** the member's recorded (sticky) assignment, if there is one */
  assignment?: Pick<Assignment, 'variantKey' | 'inHoldout'> | null;
}

export interface CampaignEvaluationInput {
  rules: ProgramRules;
  event: CampaignEvent;
  occurredAt: Date;
  recordedAt: Date;
  member: AudienceMember;
  campaigns: readonly CampaignCandidate[];
  /** the program-wide pool cap is reached: every campaign is paused (skipped as POOL_CAP) */
  poolCapReached?: boolean;
}

export interface CampaignSkip {
  campaignId: string;
  variantKey: string | null;
  reason: CampaignSkipReason;
  /** the points the campaign would have given (0 when it did not get that far) */
  points: number;
}

/** A first evaluation of a member in a campaign while it runs: the assignment to record. */
export interface CampaignExposure {
  campaignId: string;
  variantKey: string | null;
  inHoldout: boolean;
  bucket: number;
}

export interface CampaignDecision {
  /** CAMPAIGN grants (bonus: true), each naming campaign and variant */
  grants: Grant[];
  skips: CampaignSkip[];
  exposures: CampaignExposure[];
}

/** The stable order: priority (higher first), then key, then id. */
export function compareCampaigns(a: CampaignDefinition, b: CampaignDefinition): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function evaluateCampaigns(input: CampaignEvaluationInput): CampaignDecision {
  const { rules, event, occurredAt, member } = input;
  const grants: Grant[] = [];
  const skips: CampaignSkip[] = [];
  const exposures: CampaignExposure[] = [];
  let applied = 0;
  let exclusiveApplied = false;

  const ordered = [...input.campaigns].sort((a, b) => compareCampaigns(a.campaign, b.campaign));
  for (const candidate of ordered) {
    const c = candidate.campaign;
    const skip = (reason: CampaignSkipReason, variantKey: string | null = null, points = 0) =>
      skips.push({ campaignId: c.id, variantKey, reason, points });

    if (campaignStatus(c, input.recordedAt) !== 'ACTIVE') {
      skip('NOT_ACTIVE');
      continue;
    }
    if (campaignPauseReason(c, input.recordedAt, input) === 'POOL_CAP') {
      skip('POOL_CAP');
      continue;
    }
    if (!isInWindow(c, occurredAt)) {
      skip('OUTSIDE_WINDOW');
      continue;
    }
    let outsideSchedule: boolean;
    let outsideAudience: boolean;
    try {
      outsideSchedule = !matchesSchedule(c.schedule, occurredAt, rules.timezone);
      outsideAudience = !inAudience(c.audience, member, occurredAt);
    } catch {
      skip('EVALUATION_ERROR');
      continue;
    }
    if (outsideSchedule) {
      skip('OUTSIDE_SCHEDULE');
      continue;
    }
    if (outsideAudience) {
      skip('NOT_IN_AUDIENCE');
      continue;
    }

    const assignment = candidate.assignment ?? assignVariant(c, member.id);
    if (!candidate.assignment) {
      exposures.push({
        campaignId: c.id,
        variantKey: assignment.variantKey,
        inHoldout: assignment.inHoldout,
        bucket: (assignment as Assignment).bucket,
      });
    }
    if (assignment.inHoldout) {
      skip('HOLDOUT');
      continue;
    }
    const variant =
      c.variants.find((v) => v.key === assignment.variantKey) ??
      (c.variants.length === 1 ? c.variants[0] : null);
    if (!variant) {
      skip('EVALUATION_ERROR', assignment.variantKey);
      continue;
    }

    let points: number;
    try {
      points = applyEffect(variant.effect, event, rules);
      if (!Number.isSafeInteger(points) || points < 0) throw new RangeError('effect gave no whole points');
    } catch {
      skip('EVALUATION_ERROR', variant.key);
      continue;
    }
    if (points === 0) {
      skip('NOT_APPLICABLE', variant.key);
      continue;
    }
    if (exclusiveApplied || (!c.stackable && applied > 0)) {
      skip('STACKING_EXCLUDED', variant.key, points);
      continue;
    }

    // the member's cap: what fits is given, the rest refused
    if (c.perMemberCapPoints !== null) {
      const capLeft = Math.max(0, c.perMemberCapPoints - candidate.memberIssued);
      if (capLeft < points) {
        skip('MEMBER_CAP', variant.key, points - capLeft);
        points = capLeft;
        if (points === 0) continue;
      }
    }
    // the budget: a bonus is given whole or not at all, so the budget is used up to the last bonus that fits
    if (candidate.budgetLeft !== null && points > candidate.budgetLeft) {
      skip('BUDGET_EXHAUSTED', variant.key, points);
      continue;
    }

    const grant = makeGrant({
      source: 'CAMPAIGN',
      reason: `CAMPAIGN_${variant.effect.type}`,
      points,
      occurredAt,
      pendingDays: event.kind === 'PURCHASE' ? rules.pendingDays : 0,
      expireInDays: c.bonusExpiresInDays ?? rules.campaignPointsExpireInDays,
      bonus: true,
      campaignId: c.id,
    });
    grant.variantKey = variant.key;
    grants.push(grant);
    applied++;
    if (!c.stackable) exclusiveApplied = true;
  }
  return { grants, skips, exposures };
}

/** The budget each campaign's grants claim (what the host claims, conditionally, before writing). */
export function campaignClaims(grants: readonly Grant[]): { campaignId: string; points: number }[] {
  const byCampaign = new Map<string, number>();
  for (const g of grants) {
    if (g.source !== 'CAMPAIGN' || !g.campaignId) continue;
    byCampaign.set(g.campaignId, (byCampaign.get(g.campaignId) ?? 0) + g.points);
  }
  return [...byCampaign].map(([campaignId, points]) => ({ campaignId, points }));
}
