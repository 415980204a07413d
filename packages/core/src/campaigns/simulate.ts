/**
 * Simulation before launch: replays purchases (in pages, in order) through a campaign as if it had
 * run over them, with the live rules, and tells what it would have issued, what that costs, whom
 * it reached by tier, the cost-to-sales it adds and the day its budget would have run out. Pure:
 * the API streams the purchases in, nothing is written. Memory grows with the members reached
 * (their points, for the per-member cap), not with the purchases.
 *
 * Each purchase is judged as the engine would judge it live (window, recurrence, audience,
 * assignment, effect, cap, budget), with the member as the API knows them now for the tier and the
 * balance (the history of a tier or a balance is not replayed), and without the monthly bonus cap.
 */
import { dayKey } from '../time';
import type { ProgramRules } from '../types';
import type { PurchaseItem } from '../earning';
import type { AudienceMember } from './audience';
import { evaluateCampaigns } from './evaluate';
import type { CampaignDefinition } from './types';

export interface SimulatedPurchase {
  amountMinor: number;
  items?: readonly PurchaseItem[] | null;
  occurredAt: Date;
  member: AudienceMember;
}

export interface CampaignSimulation {
  purchasesReplayed: number;
  salesMinor: number;
  pointsIssued: number;
  costMinor: number;
  /** cost / sales of the replayed purchases (null without sales) */
  costToSalesAdded: number | null;
  membersReached: number;
  byTier: { tierId: string; members: number; points: number }[];
  /** the local day (YYYY-MM-DD) the budget would have run out, null if it would not have */
  budgetExhaustedOn: string | null;
  /** skips by reason (outside the schedule, audience, holdout, cap, budget...) */
  skipped: Record<string, number>;
}

export class CampaignSimulator {
  private readonly campaign: CampaignDefinition;
  private readonly issuedBy = new Map<string, { tierId: string; points: number }>();
  private budgetLeft: number | null;
  private result: CampaignSimulation = {
    purchasesReplayed: 0,
    salesMinor: 0,
    pointsIssued: 0,
    costMinor: 0,
    costToSalesAdded: null,
    membersReached: 0,
    byTier: [],
    budgetExhaustedOn: null,
    skipped: {},
  };

  constructor(
    campaign: CampaignDefinition,
    private readonly rules: ProgramRules,
  ) {
    // judged as if launched over the whole replay: its own window and recurrence still apply
    this.campaign = { ...campaign, phase: 'LAUNCHED' };
    this.budgetLeft = campaign.budgetPoints;
  }

  add(p: SimulatedPurchase): void {
    const r = this.result;
    r.purchasesReplayed++;
    r.salesMinor += p.amountMinor;
    const mine = this.issuedBy.get(p.member.id);
    const decision = evaluateCampaigns({
      rules: this.rules,
      event: { kind: 'PURCHASE', amountMinor: p.amountMinor, items: p.items },
      occurredAt: p.occurredAt,
      // as if recorded when it happened, with the campaign launched: its status is its window's
      recordedAt: new Date(Math.max(p.occurredAt.getTime(), this.campaign.startsAt.getTime())),
      member: p.member,
      campaigns: [{ campaign: this.campaign, budgetLeft: this.budgetLeft, memberIssued: mine?.points ?? 0 }],
    });
    for (const s of decision.skips) {
      r.skipped[s.reason] = (r.skipped[s.reason] ?? 0) + 1;
      if (s.reason === 'BUDGET_EXHAUSTED' && r.budgetExhaustedOn === null) {
        r.budgetExhaustedOn = dayKey(p.occurredAt, this.rules.timezone);
      }
    }
    for (const g of decision.grants) {
      r.pointsIssued += g.points;
      if (this.budgetLeft !== null) {
        this.budgetLeft -= g.points;
        if (this.budgetLeft === 0 && r.budgetExhaustedOn === null)
          r.budgetExhaustedOn = dayKey(p.occurredAt, this.rules.timezone);
      }
      if (mine) mine.points += g.points;
      else this.issuedBy.set(p.member.id, { tierId: p.member.tierId, points: g.points });
    }
  }

  finish(): CampaignSimulation {
    const r = { ...this.result };
    r.costMinor = r.pointsIssued * this.rules.pointValueMinor;
    r.costToSalesAdded = r.salesMinor > 0 ? r.costMinor / r.salesMinor : null;
    r.membersReached = this.issuedBy.size;
    const tiers = new Map<string, { tierId: string; members: number; points: number }>();
    for (const m of this.issuedBy.values()) {
      const t = tiers.get(m.tierId) ?? { tierId: m.tierId, members: 0, points: 0 };
      t.members++;
      t.points += m.points;
      tiers.set(m.tierId, t);
    }
    r.byTier = [...tiers.values()].sort((a, b) => (a.tierId < b.tierId ? -1 : 1));
    return r;
  }
}
