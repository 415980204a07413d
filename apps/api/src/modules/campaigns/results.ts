/**
 * An A/B test's results: every exposed member's revenue, orders and points cost since exposure
 * (and spend in the 30 days before, the CUPED covariate), read in three statements and handed to
 * @accrue/stats, which does all the statistics.
 */
import type { EntityManager } from '@mikro-orm/core';
import { localDayKey, startOfLocalDay } from '@accrue/core';
import { analyzeExperiment, type ArmInput, type ExperimentResult, type MemberOutcome } from '@accrue/stats';
import { emSql } from '../../db/sql/queries';
import { toDate, toNum } from '../../db/sql/codecs';
import { DomainError } from '@accrue/core';
import { CampaignRow as CampaignRowEntity, type CampaignRow } from '../../db/entities/campaigns';

const PRE_PERIOD_MS = 30 * 86_400_000;

export interface CampaignResultsInput {
  campaign: CampaignRow;
  pointValueMinor: number;
  now: Date;
  /** the program time zone: the days of the cumulative series */
  timezone: string;
}

/** One day of one arm: members exposed by the day's end, and their revenue since exposure. */
export interface ArmDay {
  day: Date;
  arm: string;
  members: number;
  cumulativeRevenueMinor: number;
}

export type CampaignResultsView = ExperimentResult & { daily: ArmDay[] };

export async function campaignResults(
  em: EntityManager,
  input: CampaignResultsInput,
): Promise<CampaignResultsView> {
  const { campaign: c, now } = input;
  const sql = emSql(em);
  // a promoted test is judged on what happened before the promotion
  const variants = c.testedVariants ?? c.variants;
  const holdout = c.testedHoldoutPercent ?? c.holdoutPercent;
  // what happened up to now (inclusive), within the window, before a promotion
  const until = new Date(
    Math.min(now.getTime() + 1, c.endsAt?.getTime() ?? Infinity, c.promotedAt?.getTime() ?? Infinity),
  );

  const assignments = await sql.all<Record<string, unknown>>(
    `select "member_id", "variant_key", "in_holdout", "exposed_at" from "campaign_assignment"
      where "campaign_id" = ? and "exposed_at" < ?`,
    [c.id, until],
  );
  const members = new Map<string, MemberOutcome & { arm: string; exposedAt: number }>();
  let earliest = Infinity;
  // per arm and day (program time zone): members exposed that day, revenue since exposure that day
  const exposedOn = new Map<string, number>();
  const revenueOn = new Map<string, number>();
  const bump = (m: Map<string, number>, arm: string, at: number, by: number) => {
    const k = `${arm}\u0000${localDayKey(new Date(at), input.timezone)}`;
    m.set(k, (m.get(k) ?? 0) + by);
  };
  for (const a of assignments) {
    const exposedAt = toDate(a.exposed_at)!.getTime();
    earliest = Math.min(earliest, exposedAt);
    const inHoldout = a.in_holdout === true || toNum(a.in_holdout) === 1;
    members.set(String(a.member_id), {
      arm: inHoldout ? HOLDOUT : String(a.variant_key),
      exposedAt,
      revenueMinor: 0,
      orders: 0,
      pointsCostMinor: 0,
      preRevenueMinor: 0,
    });
    bump(exposedOn, inHoldout ? HOLDOUT : String(a.variant_key), exposedAt, 1);
  }
  if (members.size) {
    const [purchases, points] = await Promise.all([
      sql.all<Record<string, unknown>>(
        `select p."member_id", p."occurred_at", p."amount_minor" - p."refunded_minor" as "net"
           from "campaign_assignment" a join "purchase" p on p."member_id" = a."member_id"
          where a."campaign_id" = ? and p."occurred_at" >= ? and p."occurred_at" < ?`,
        [c.id, new Date(earliest - PRE_PERIOD_MS), until],
      ),
      // net of refund clawbacks: reversal entries name the campaign of the lot they take from
      sql.all<Record<string, unknown>>(
        `select "member_id", sum("points") as "points" from "ledger_entry" where "campaign_id" = ? group by "member_id"`,
        [c.id],
      ),
    ]);
    for (const p of purchases) {
      const m = members.get(String(p.member_id));
      if (!m) continue;
      const t = toDate(p.occurred_at)!.getTime();
      const net = toNum(p.net);
      if (t >= m.exposedAt) {
        m.revenueMinor += net;
        m.orders += 1;
        bump(revenueOn, m.arm, t, net);
      } else if (t >= m.exposedAt - PRE_PERIOD_MS) m.preRevenueMinor += net;
    }
    for (const r of points) {
      const m = members.get(String(r.member_id));
      if (m) m.pointsCostMinor = toNum(r.points) * input.pointValueMinor;
    }
  }

  const arms: ArmInput[] = [];
  if (holdout > 0) arms.push({ key: HOLDOUT, isHoldout: true, weight: holdout, members: [] });
  for (const v of variants) arms.push({ key: v.key, isHoldout: false, weight: v.weight, members: [] });
  const byKey = new Map(arms.map((a) => [a.key, a.members as MemberOutcome[]]));
  for (const m of members.values()) byKey.get(m.arm)?.push(m);
  return {
    ...analyzeExperiment(arms),
    daily: cumulativeByDay(
      arms.map((a) => a.key),
      exposedOn,
      revenueOn,
      earliest,
      until,
      input.timezone,
    ),
  };
}

/** Every day from the first exposure to the end of the test, every arm: running totals. */
function cumulativeByDay(
  armKeys: string[],
  exposedOn: Map<string, number>,
  revenueOn: Map<string, number>,
  earliest: number,
  until: Date,
  timezone: string,
): ArmDay[] {
  if (!Number.isFinite(earliest)) return [];
  const out: ArmDay[] = [];
  const members = new Map<string, number>();
  const revenue = new Map<string, number>();
  const last = localDayKey(new Date(until.getTime() - 1), timezone);
  // noon UTC steps one calendar day at a time whatever the zone's offset
  for (let d = new Date(`${localDayKey(new Date(earliest), timezone)}T12:00:00Z`); ;) {
    const key = d.toISOString().slice(0, 10);
    for (const arm of armKeys) {
      members.set(arm, (members.get(arm) ?? 0) + (exposedOn.get(`${arm}\u0000${key}`) ?? 0));
      revenue.set(arm, (revenue.get(arm) ?? 0) + (revenueOn.get(`${arm}\u0000${key}`) ?? 0));
      out.push({
        day: startOfLocalDay(key, timezone),
        arm,
        members: members.get(arm)!,
        cumulativeRevenueMinor: revenue.get(arm)!,
      });
    }
    if (key >= last || out.length > 400 * armKeys.length) break;
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}

/** The holdout arm's key in results. */
export const HOLDOUT = 'holdout';

export const CAMPAIGN_RESULTS_COLUMNS = [
  'campaign_id',
  'campaign_key',
  'campaign_name',
  'arm',
  'is_holdout',
  'members',
  'purchasers',
  'orders',
  'revenue_minor',
  'points_cost_minor',
  'revenue_per_member_minor',
  'uplift_vs_holdout',
  'p_value',
  'incremental_revenue_minor',
  'roi',
];

/**
 * The CSV rows of campaigns' results (all launched campaigns, newest first, or one): a row per arm,
 * then a `campaign total` row: revenue from participants (the variants' members), the campaign's
 * cost, incremental revenue against the holdout and ROI.
 */
export async function* campaignResultRows(
  em: EntityManager,
  opts: { campaignId: string | null } & Omit<CampaignResultsInput, 'campaign'>,
): AsyncGenerator<unknown[]> {
  const rows = await em.find(
    CampaignRowEntity,
    opts.campaignId ? { id: opts.campaignId } : { phase: { $ne: 'DRAFT' } },
    { orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  if (opts.campaignId && !rows.length)
    throw new DomainError('NOT_FOUND', `No campaign with id "${opts.campaignId}"`, ['campaignId']);
  for (const campaign of rows) {
    const r = await campaignResults(em, { ...opts, campaign });
    const who = [campaign.id, campaign.key, campaign.name];
    for (const a of r.arms)
      yield [
        ...who,
        a.isHoldout ? HOLDOUT : a.key,
        a.isHoldout,
        a.members,
        a.purchasers,
        a.orders,
        a.revenueMinor,
        a.pointsCostMinor,
        a.revenuePerMemberUncapped,
        a.revenue?.relative ?? '',
        a.revenue?.pValue ?? '',
        a.incrementalRevenueMinor ?? '',
        a.roi ?? '',
      ];
    const variants = r.arms.filter((a) => !a.isHoldout);
    yield [
      ...who,
      'campaign total (participants)',
      false,
      variants.reduce((s, a) => s + a.members, 0),
      variants.reduce((s, a) => s + a.purchasers, 0),
      variants.reduce((s, a) => s + a.orders, 0),
      r.participantRevenueMinor,
      r.pointsCostMinor,
      '',
      '',
      '',
      r.incrementalRevenueMinor ?? '',
      r.roi ?? '',
    ];
  }
}
