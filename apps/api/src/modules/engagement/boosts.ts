/**
 * Boosts (core boosts.ts decides): a member asks friends to chip in toward a reward; each distinct
 * friend contributes once, a few points (a debit of the friend's lots whose allocations carry the
 * contribution's id). The contribution that reaches the target redeems the reward for the requester
 * (core planRedemption: stock, limits, active), paid by the contributions. A request open past its
 * expiry returns every contribution to the lots it came from (restoreDebit, the restore path of
 * redemption cancellation). Writes lock the boost row first, then members in id order.
 */
import { DomainError, boostPhase, decideBoostContribution, planRedemption } from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { MemberRow } from '../../db/entities/members';
import { RedemptionRow } from '../../db/entities/redemptions';
import { RewardRow } from '../../db/entities/rewards';
import { BoostContributionRow, BoostRow } from '../../db/entities/social';
import { fingerprint, ID_PREFIX, newId } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { keyedRow } from '../../services/idempotency';
import { isPostgres, lockMember, requireActive, type MemberRef } from '../../services/members';
import { PointsBook, restoreDebits } from '../../services/points-book';
import { lockReward, rewardDef } from '../../services/rewards';
import { key, str } from '../../services/validate';
import { expireEachDue } from './expire-due';

const f = (n: string) => ['input', n];
const HOUR = 3_600_000;
export const BOOST_ID = { boost: 'bst', contribution: 'bsc' } as const;

async function lockBoost(em: EntityManager, id: string) {
  const boost = await em.findOne(
    BoostRow,
    { id },
    isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true },
  );
  if (!boost) throw new DomainError('NOT_FOUND', `No boost request with id "${id}"`, f('boostId'));
  return boost;
}

export async function requestBoost(
  app: App,
  input: { member: MemberRef; rewardId: string; key: string; deviceId?: string | null },
  opts: { createdBy?: string | null } = {},
): Promise<{ boost: BoostRow; member: MemberRow }> {
  const now = app.clock.now();
  const k = key(input.key, f('key'));
  const rewardId = str(input.rewardId, f('rewardId'), { max: 40, required: true })!;
  const deviceId = str(input.deviceId, f('deviceId'), { max: 128 }) ?? null;
  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const print = fingerprint({ memberId: member.id, rewardId, deviceId });
    const seen = await keyedRow(em, BoostRow, k, print, 'boost');
    if (seen) return { boost: seen, member };
    requireActive(member);
    const reward = await em.findOne(RewardRow, { id: rewardId });
    if (!reward) throw new DomainError('REWARD_NOT_FOUND', `No reward with id "${rewardId}"`, f('rewardId'));
    if (!reward.active)
      throw new DomainError('REWARD_INACTIVE', `reward ${reward.id} is not active`, f('rewardId'));
    const { rules } = await app.program.get(em);
    const boost = em.create(BoostRow, {
      id: newId(BOOST_ID.boost),
      requesterId: member.id,
      rewardId,
      key: k,
      fingerprint: print,
      targetPoints: reward.pointsCost,
      deviceId,
      status: 'OPEN',
      expiresAt: new Date(now.getTime() + rules.boost.hours * HOUR),
      redemptionId: null,
      createdBy: opts.createdBy ?? null,
      createdAt: now,
      closedAt: null,
    });
    return { boost, member };
  });
}

export async function contributeToBoost(
  app: App,
  input: { member: MemberRef; boostId: string; points: number; key: string; deviceId?: string | null },
): Promise<{ boost: BoostRow; contribution: BoostContributionRow; member: MemberRow }> {
  const now = app.clock.now();
  const k = key(input.key, f('key'));
  const boostId = str(input.boostId, f('boostId'), { max: 40, required: true })!;
  const deviceId = str(input.deviceId, f('deviceId'), { max: 128 }) ?? null;
  return inTransaction(app, async (em) => {
    const boost = await lockBoost(em, boostId);
    const friend = await lockMember(em, input.member);
    const print = fingerprint({ memberId: friend.id, boostId, points: input.points, deviceId });
    const seen = await keyedRow(em, BoostContributionRow, k, print, 'contribution');
    if (seen) return { boost, contribution: seen, member: friend };
    requireActive(friend);
    const { rules } = await app.program.get(em);
    const contributions = await em.find(BoostContributionRow, { boostId, status: { $ne: 'RETURNED' } });
    const requester =
      boost.requesterId === friend.id ? friend : await em.findOneOrFail(MemberRow, { id: boost.requesterId });
    const decision = decideBoostContribution(
      {
        status: boost.status,
        requesterId: boost.requesterId,
        targetPoints: boost.targetPoints,
        expiresAt: boost.expiresAt,
      },
      contributions.map((c) => ({ memberId: c.memberId, points: c.points, deviceId: c.deviceId ?? null })),
      {
        memberId: friend.id,
        points: input.points,
        deviceId: deviceId ?? friend.deviceId ?? null,
        requesterDeviceId: boost.deviceId ?? requester.deviceId ?? null,
      },
      now,
      rules.boost,
    );
    const contribution = em.create(BoostContributionRow, {
      id: newId(BOOST_ID.contribution),
      boostId,
      memberId: friend.id,
      key: k,
      fingerprint: print,
      points: decision.points,
      deviceId,
      status: 'HELD',
      createdAt: now,
    });
    const book = await PointsBook.open(em, friend, now);
    book.spend(decision.points, 'REDEEM', 'BOOST', {
      occurredAt: now,
      redemptionId: contribution.id,
      reason: `boost ${boostId}`,
    });
    book.expireDue();
    book.event('points.redeemed', {
      memberId: friend.id,
      boostContributionId: contribution.id,
      points: decision.points,
    });
    if (decision.reaches) await redeemBoost(em, rules, boost, [...contributions, contribution], now);
    return { boost, contribution, member: friend };
  });
}

/** The target is reached: the reward is redeemed for the requester, paid by the contributions. */
async function redeemBoost(
  em: EntityManager,
  rules: Parameters<typeof planRedemption>[0]['rules'],
  boost: BoostRow,
  contributions: BoostContributionRow[],
  now: Date,
) {
  const reward = await lockReward(em, boost.rewardId);
  if (!reward)
    throw new DomainError('REWARD_NOT_FOUND', `No reward with id "${boost.rewardId}"`, f('boostId'));
  const plan = planRedemption({
    rules,
    reward: rewardDef(reward),
    memberRedemptionsOfReward: await em.count(RedemptionRow, {
      memberId: boost.requesterId,
      rewardId: reward.id,
      status: 'COMPLETED',
    }),
    available: contributions.reduce((s, c) => s + c.points, 0),
  });
  const redemption = em.create(RedemptionRow, {
    id: newId(ID_PREFIX.redemption),
    memberId: boost.requesterId,
    points: plan.points,
    valueMinor: plan.valueMinor,
    rewardId: reward.id,
    orderId: null,
    orderAmountMinor: null,
    status: 'COMPLETED',
    createdAt: now,
    createdBy: boost.createdBy ?? null,
    cancelledAt: null,
  });
  if (reward.stock !== null && reward.stock !== undefined) reward.stock -= 1;
  for (const c of contributions) c.status = 'SPENT';
  boost.status = 'REDEEMED';
  boost.redemptionId = redemption.id;
  boost.closedAt = now;
}

/** Expires one request still open past its expiry: every contribution returns to its lots. False if nothing to do. */
export async function expireBoost(app: App, boostId: string): Promise<boolean> {
  return inTransaction(app, async (em) => {
    const boost = await lockBoost(em, boostId);
    const now = app.clock.now();
    if (boostPhase(boost, now) !== 'DUE') return false;
    boost.status = 'EXPIRED';
    boost.closedAt = now;
    const held = await em.find(BoostContributionRow, { boostId, status: 'HELD' });
    await restoreDebits(em, now, held, `boost ${boostId} expired`, (c) => ({ boostContributionId: c.id }));
    for (const c of held) c.status = 'RETURNED';
    return true;
  });
}

/** The job: expires the requests open past their expiry, each in its own transaction (safe to run twice). */
export async function expireDueBoosts(app: App): Promise<number> {
  return expireEachDue(app, BoostRow, 'expiresAt', (id) => expireBoost(app, id));
}
