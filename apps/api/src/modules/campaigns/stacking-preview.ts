/**
 * campaignStackingPreview: how a campaign (a saved one, usually a draft, or the setup form's unsaved
 * fields) stacks with the live campaigns on one example purchase. Nothing is written.
 *
 * The decision is the core's own (`evaluateCampaigns`, the engine the purchase pipeline runs): the
 * previewed campaign is evaluated as if launched, beside every launched or paused campaign, at `at`
 * (default: now, or the campaign's start when it starts later). This module only builds the
 * candidates and says, per campaign in the engine's order, what it gave or why it gave nothing.
 *
 * The example member: the tier asked for (default the entry tier), the balance asked for (default 0),
 * joined at the purchase and with no earlier purchase; in an A/B test, in the first variant (never
 * the holdout). Budgets are what each campaign has left now; the member has had nothing from any.
 * The program's points are the core's purchase earning (base rate, tier multiplier, category and
 * order rules); the monthly bonus cap, the birthday and once-a-month bonuses are left out.
 */
import {
  assertValidCampaign,
  campaignKeyFromName,
  campaignStatus,
  compareCampaigns,
  computePurchaseEarning,
  DomainError,
  evaluateCampaigns,
  type CampaignCandidate,
  type CampaignDefinition,
  type CampaignSkipReason,
  type CampaignStatus,
  type PurchaseItem,
} from '@accrue/core';
import type { EntityManager } from '@mikro-orm/core';
import { CampaignRow } from '../../db/entities/campaigns';
import type { Program } from '../../services/program';
import { bad, str } from '../../services/validate';
import { assertTiersExist } from './campaign-audit';
import type { CreateCampaignInput } from './create-campaign';
import { draftFromCreate, toDefinition } from './definition';
import { campaignFigures } from './queries';

export interface StackingPreviewInput {
  campaignId?: string | null;
  draft?: (Omit<CreateCampaignInput, 'key'> & { key?: string | null }) | null;
  amountMinor: number;
  categories?: string[] | null;
  memberTierId?: string | null;
  memberBalance?: number | null;
  at?: Date | null;
}

export interface StackingPreviewRow {
  /** null: the setup form's unsaved campaign */
  campaignId: string | null;
  name: string;
  /** the campaign previewed (the others are live) */
  isPreviewed: boolean;
  priority: number;
  stackable: boolean;
  /** its status at `at` (the previewed one as if launched) */
  status: CampaignStatus;
  variantKey: string | null;
  applies: boolean;
  /** the points it adds to the purchase */
  points: number;
  /** why it adds nothing, or adds less (MEMBER_CAP) */
  reason: CampaignSkipReason | null;
  /** what it would have added, when stacking excluded it */
  excludedPoints: number;
  /** the campaign whose place in the order excluded it (STACKING_EXCLUDED) */
  excludedByCampaignId: string | null;
  excludedByName: string | null;
  excludedByStackable: boolean | null;
}

export interface StackingPreview {
  at: Date;
  amountMinor: number;
  tierId: string;
  tierName: string;
  poolCapReached: boolean;
  programPoints: number;
  campaignPoints: number;
  totalPoints: number;
  /** every campaign, in the engine's order (priority, higher first, then key) */
  campaigns: StackingPreviewRow[];
}

const PREVIEW_ID = 'preview';

async function previewedCampaign(em: EntityManager, program: Program, input: StackingPreviewInput) {
  if ((input.campaignId == null) === (input.draft == null))
    bad(['input', 'campaignId'], 'give campaignId or draft, one of them');
  if (input.campaignId != null) {
    const row = await em.findOne(CampaignRow, { id: input.campaignId });
    if (!row) throw new DomainError('NOT_FOUND', `No campaign with id "${input.campaignId}"`, ['campaignId']);
    return { definition: toDefinition(row), saved: true };
  }
  const d = input.draft!;
  const name = str(d.name, ['input', 'draft', 'name'], { max: 200, required: true })!;
  const key = d.key?.trim() || campaignKeyFromName(name, PREVIEW_ID);
  const draft = draftFromCreate({ ...d, name, key }, program.rules.timezone);
  assertValidCampaign(draft);
  assertTiersExist(program.tiers, draft.audience);
  const definition: CampaignDefinition = { ...draft, id: PREVIEW_ID, phase: 'DRAFT' };
  return { definition, saved: false };
}

/** The purchase's items: the amount shared equally by the categories (the rest on the first). */
function itemsFor(
  amountMinor: number,
  categories: readonly string[] | null | undefined,
): PurchaseItem[] | null {
  const cats = (categories ?? []).map((c) => c.trim()).filter(Boolean);
  if (!cats.length) return null;
  const share = Math.floor(amountMinor / cats.length);
  return cats.map((category, i) => ({
    sku: `preview-${i + 1}`,
    category,
    quantity: 1,
    amountMinor: share + (i === 0 ? amountMinor - share * cats.length : 0),
  }));
}

export async function campaignStackingPreview(
  em: EntityManager,
  program: Program,
  input: StackingPreviewInput,
  now: Date,
  poolCapReached: boolean,
): Promise<StackingPreview> {
  if (!Number.isSafeInteger(input.amountMinor) || input.amountMinor <= 0)
    bad(['input', 'amountMinor'], 'must be a positive amount (minor units)');
  const balance = input.memberBalance ?? 0;
  if (!Number.isSafeInteger(balance) || balance < 0)
    bad(['input', 'memberBalance'], 'must be a whole number of points, at least 0');
  const tier = input.memberTierId
    ? program.tierDefs.find((t) => t.id === input.memberTierId)
    : [...program.tierDefs].sort((a, b) => a.rank - b.rank)[0];
  if (!tier) bad(['input', 'memberTierId'], `no tier with id "${input.memberTierId}"`);

  const subject = await previewedCampaign(em, program, input);
  // a draft is previewed as if launched: the engine evaluates launched campaigns only
  const previewed: CampaignDefinition =
    subject.definition.phase === 'DRAFT' ? { ...subject.definition, phase: 'LAUNCHED' } : subject.definition;
  const at = input.at ?? new Date(Math.max(now.getTime(), previewed.startsAt.getTime()));

  const live = (
    await em.find(CampaignRow, { phase: { $in: ['LAUNCHED', 'PAUSED'] }, id: { $ne: previewed.id } })
  )
    .map(toDefinition)
    .filter((c) => campaignStatus(c, now) !== 'ENDED');
  const all = [previewed, ...live];
  const figures = await campaignFigures(
    em,
    all.filter((c) => c.id !== PREVIEW_ID).map((c) => c.id),
    now,
  );
  const candidates: CampaignCandidate[] = all.map((c) => {
    const used = figures.get(c.id)?.budgetUsed ?? 0;
    return {
      campaign: c,
      budgetLeft: c.budgetPoints === null ? null : Math.max(0, c.budgetPoints - used),
      memberIssued: 0,
      // the example member is in the first variant (after a promotion, the promoted one), never the holdout
      assignment: { variantKey: c.variants[0]?.key ?? null, inHoldout: false },
    };
  });

  const items = itemsFor(input.amountMinor, input.categories);
  const decision = evaluateCampaigns({
    rules: program.rules,
    event: { kind: 'PURCHASE', amountMinor: input.amountMinor, items },
    occurredAt: at,
    recordedAt: at,
    poolCapReached,
    member: { id: PREVIEW_ID, tierId: tier.id, enrolledAt: at, lastPurchaseAt: null, balance },
    campaigns: candidates,
  });
  const earning = computePurchaseEarning({
    rules: program.rules,
    amountMinor: input.amountMinor,
    items,
    occurredAt: at,
    tier,
    monthSpendBeforeMinor: 0,
    milestoneAwardedThisMonth: true,
    isFirstPurchase: false,
    tasks: { profile: true, firstPurchase: true, firstReview: true, allDone: true },
  });

  const rows: StackingPreviewRow[] = [];
  for (const c of all.sort(compareCampaigns)) {
    const grant = decision.grants.find((g) => g.campaignId === c.id);
    const skip = decision.skips.find((s) => s.campaignId === c.id);
    const row: StackingPreviewRow = {
      campaignId: c.id === PREVIEW_ID ? null : c.id,
      name: c.name,
      isPreviewed: c === previewed,
      priority: c.priority,
      stackable: c.stackable,
      status: campaignStatus(c, at, { poolCapReached }),
      variantKey: grant?.variantKey ?? skip?.variantKey ?? null,
      applies: !!grant,
      points: grant?.points ?? 0,
      reason: skip?.reason ?? null,
      excludedPoints: 0,
      excludedByCampaignId: null,
      excludedByName: null,
      excludedByStackable: null,
    };
    if (skip?.reason === 'STACKING_EXCLUDED') {
      // the engine's order: a non-stackable campaign that applied before it, else the first that applied
      const before = rows.filter((r) => r.applies);
      const by = before.find((r) => !r.stackable) ?? before[0];
      Object.assign(row, {
        excludedPoints: skip.points,
        excludedByCampaignId: by?.campaignId ?? null,
        excludedByName: by?.name ?? null,
        excludedByStackable: by?.stackable ?? null,
      });
    }
    rows.push(row);
  }
  const campaignPoints = rows.reduce((s, r) => s + r.points, 0);
  const programPoints = earning.grants.reduce((s, g) => s + g.points, 0);
  return {
    at,
    amountMinor: input.amountMinor,
    tierId: tier.id,
    tierName: tier.name,
    poolCapReached,
    programPoints,
    campaignPoints,
    totalPoints: programPoints + campaignPoints,
    campaigns: rows,
  };
}
