/**
 * Group buys (core group-buys.ts decides): a member opens a group on a product (size, deadline) and
 * friends join with its code. Every write locks the group row first (FOR UPDATE on PostgreSQL;
 * SQLite has one writer), then the members in id order, so racing joins for the last seat queue on
 * the group and exactly `size` members get a seat (the unique (group, seat) pair backs it). The join
 * that fills the group gives every participant the bonus (GROUP_BUY, monthly cap, over-cap draw) and
 * spends the points new customers held toward the price. A group open at its deadline expires (the
 * job: one transaction per group, so a second run or one after a crash finds it closed): nothing is
 * given and every hold goes back to its lots (the one restore path, restoreDebit).
 */
import {
  DomainError,
  decideGroupJoin,
  groupBuyPointsLimit,
  groupBuyTermsProblem,
  groupBuyTransition,
  makeGrant,
  type ProgramRules,
} from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { MemberRow } from '../../db/entities/members';
import { PurchaseRow } from '../../db/entities/purchases';
import { GroupBuyParticipantRow, GroupBuyRow } from '../../db/entities/social';
import { fingerprint, newId, newReferralCode } from '../../ids';
import { inTransaction, type App } from '../../services/app';
import { keyedRow } from '../../services/idempotency';
import {
  isPostgres,
  lockMember,
  lockMembersById,
  requireActive,
  type MemberRef,
} from '../../services/members';
import { PointsBook, restoreDebits } from '../../services/points-book';
import { bad, int, key, MAX_MINOR, str } from '../../services/validate';
import { expireEachDue } from './expire-due';
import { issueBonuses } from './issue-bonuses';

const f = (n: string) => ['input', n];
export const GROUP_ID = { group: 'grp', participant: 'gbp' } as const;

export interface JoinTerms {
  member: MemberRef;
  key: string;
  deviceId?: string | null;
  /** points a new customer puts toward the price (held until the group fills or expires) */
  pointsTowardPrice?: number | null;
}
export interface OpenGroupBuyInput extends JoinTerms {
  productId: string;
  productName: string;
  priceMinor: number;
  size: number;
  deadline: Date;
}
export interface JoinGroupBuyInput extends JoinTerms {
  code: string;
}
export interface GroupBuyResult {
  group: GroupBuyRow;
  participant: GroupBuyParticipantRow;
  member: MemberRow;
}

async function lockGroup(em: EntityManager, where: { id: string } | { code: string }) {
  const group = await em.findOne(
    GroupBuyRow,
    where,
    isPostgres(em) ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : { refresh: true },
  );
  if (!group)
    throw new DomainError('NOT_FOUND', 'No group with this code', f('id' in where ? 'groupId' : 'code'));
  return group;
}

/** A seat in `group` for `member`; a new customer's points toward the price are held (a debit keyed by the seat). */
async function takeSeat(
  em: EntityManager,
  rules: ProgramRules,
  group: GroupBuyRow,
  member: MemberRow,
  seat: number,
  input: { key: string; print: string; deviceId: string | null; points: number },
  now: Date,
) {
  requireActive(member);
  const newCustomer = (await em.count(PurchaseRow, { memberId: member.id })) === 0;
  const participant = em.create(GroupBuyParticipantRow, {
    id: newId(GROUP_ID.participant),
    groupId: group.id,
    memberId: member.id,
    seat,
    key: input.key,
    fingerprint: input.print,
    deviceId: input.deviceId,
    newCustomer,
    pointsHeld: input.points,
    holdStatus: input.points > 0 ? 'HELD' : 'NONE',
    bonusAwarded: 0,
    createdAt: now,
  });
  if (input.points > 0) {
    if (!newCustomer)
      throw new DomainError(
        'INVALID_INPUT',
        'only new customers may pay part of the price with points',
        f('pointsTowardPrice'),
      );
    const limit = groupBuyPointsLimit(group.priceMinor, rules.pointValueMinor, rules.groupBuy);
    if (input.points > limit)
      throw new DomainError(
        'INVALID_INPUT',
        `at most ${limit} points may go toward this price`,
        f('pointsTowardPrice'),
      );
    const book = await PointsBook.open(em, member, now);
    book.spend(input.points, 'REDEEM', 'GROUP_BUY', {
      occurredAt: now,
      redemptionId: participant.id,
      reason: `held toward group ${group.code}`,
    });
    book.expireDue();
  }
  return participant;
}

export async function openGroupBuy(
  app: App,
  input: OpenGroupBuyInput,
  opts: { createdBy?: string | null } = {},
): Promise<GroupBuyResult> {
  const now = app.clock.now();
  const k = key(input.key, f('key'));
  const productId = str(input.productId, f('productId'), { max: 128, required: true })!;
  const productName = str(input.productName, f('productName'), { max: 200, required: true })!;
  const priceMinor = int(input.priceMinor, f('priceMinor'), { min: 1, max: MAX_MINOR })!;
  const size = int(input.size, f('size'), { min: 1, max: 1000 })!;
  const deviceId = str(input.deviceId, f('deviceId'), { max: 128 }) ?? null;
  const points = int(input.pointsTowardPrice, f('pointsTowardPrice'), { min: 0, max: MAX_MINOR }) ?? 0;
  return inTransaction(app, async (em) => {
    const { rules } = await app.program.get(em);
    const problem = groupBuyTermsProblem({ size, deadline: input.deadline, priceMinor }, now, rules.groupBuy);
    if (problem) bad(f(problem[0]), problem[1]);
    const member = await lockMember(em, input.member);
    const print = fingerprint({
      open: true,
      memberId: member.id,
      productId,
      priceMinor,
      size,
      deadline: input.deadline,
      points,
    });
    const seen = await keyedRow(em, GroupBuyParticipantRow, k, print, 'seat');
    if (seen)
      return { group: await em.findOneOrFail(GroupBuyRow, { id: seen.groupId }), participant: seen, member };
    const group = em.create(GroupBuyRow, {
      id: newId(GROUP_ID.group),
      code: newReferralCode(),
      openerId: member.id,
      key: k,
      fingerprint: print,
      productId,
      productName,
      priceMinor,
      size,
      deadline: input.deadline,
      status: 'OPEN',
      bonusPoints: rules.groupBuy.bonusPoints,
      createdBy: opts.createdBy ?? null,
      createdAt: now,
      closedAt: null,
    });
    const participant = await takeSeat(em, rules, group, member, 1, { key: k, print, deviceId, points }, now);
    return { group, participant, member };
  });
}

export async function joinGroupBuy(app: App, input: JoinGroupBuyInput): Promise<GroupBuyResult> {
  const now = app.clock.now();
  const k = key(input.key, f('key'));
  const code = str(input.code, f('code'), { max: 16, required: true })!.toUpperCase();
  const deviceId = str(input.deviceId, f('deviceId'), { max: 128 }) ?? null;
  const points = int(input.pointsTowardPrice, f('pointsTowardPrice'), { min: 0, max: MAX_MINOR }) ?? 0;
  return inTransaction(app, async (em) => {
    // the group first, then the joiner, then (when this seat fills it) the others in id order
    const group = await lockGroup(em, { code });
    const joiner = await lockMember(em, input.member);
    const print = fingerprint({ join: code, memberId: joiner.id, deviceId, points });
    const seen = await keyedRow(em, GroupBuyParticipantRow, k, print, 'seat');
    if (seen) return { group, participant: seen, member: joiner };
    const { rules } = await app.program.get(em);
    const seated = await em.find(GroupBuyParticipantRow, { groupId: group.id }, { orderBy: { seat: 'asc' } });
    const ids = seated.map((p) => p.memberId);
    // members are read locked only when this join may fill the group (their balances change then)
    const others =
      seated.length + 1 === group.size && !ids.includes(joiner.id)
        ? await lockMembersById(em, ids)
        : new Map((await em.find(MemberRow, { id: { $in: ids } })).map((m) => [m.id, m]));
    const decision = decideGroupJoin(
      { status: group.status, deadline: group.deadline, size: group.size, openerId: group.openerId },
      seated.map((p) => ({
        memberId: p.memberId,
        deviceId: p.deviceId ?? null,
        enrolledDeviceId: others.get(p.memberId)?.deviceId ?? null,
      })),
      { memberId: joiner.id, deviceId, enrolledDeviceId: joiner.deviceId ?? null },
      now,
    );
    const participant = await takeSeat(
      em,
      rules,
      group,
      joiner,
      decision.seat,
      { key: k, print, deviceId, points },
      now,
    );
    if (decision.fills)
      await fill(em, rules, group, [...seated, participant], new Map([...others, [joiner.id, joiner]]), now);
    return { group, participant, member: joiner };
  });
}

/** The group is full: holds are spent for good, every participant gets the bonus (capped). */
async function fill(
  em: EntityManager,
  rules: ProgramRules,
  group: GroupBuyRow,
  participants: GroupBuyParticipantRow[],
  members: Map<string, MemberRow>,
  now: Date,
) {
  group.status = groupBuyTransition(group.status, 'FILL')!;
  group.closedAt = now;
  for (const p of participants) {
    if (p.holdStatus === 'HELD') p.holdStatus = 'SPENT';
    if (group.bonusPoints <= 0) continue;
    const member = members.get(p.memberId)!;
    const grant = makeGrant({
      source: 'GROUP_BUY',
      reason: 'GROUP_BUY_FILLED',
      points: group.bonusPoints,
      occurredAt: now,
      expireInDays: rules.campaignPointsExpireInDays,
      bonus: true,
    });
    const issued = await issueBonuses(em, rules, member, [grant], {
      occurredAt: now,
      now,
      context: `group ${group.id}`,
      reason: `group ${group.code} filled`,
    });
    p.bonusAwarded = issued.awarded;
    issued.book.event('points.earned', { memberId: member.id, groupBuyId: group.id, points: issued.awarded });
  }
}

/** Expires one group if it is still open past its deadline: its holds return to their lots. False if nothing to do. */
export async function expireGroupBuy(app: App, groupId: string): Promise<boolean> {
  return inTransaction(app, async (em) => {
    const group = await lockGroup(em, { id: groupId });
    const now = app.clock.now();
    if (group.status !== 'OPEN' || now < group.deadline) return false;
    group.status = groupBuyTransition(group.status, 'EXPIRE')!;
    group.closedAt = now;
    const held = await em.find(GroupBuyParticipantRow, { groupId, holdStatus: 'HELD' });
    await restoreDebits(em, now, held, `group ${group.code} did not fill`, () => ({ groupBuyId: groupId }));
    for (const p of held) p.holdStatus = 'RELEASED';
    return true;
  });
}

/**
 * The job: expires the groups open past their deadline, each in its own transaction. Safe to run
 * twice or concurrently, and after a crash half-way (a group is expired whole or not at all).
 */
export async function expireDueGroupBuys(app: App): Promise<number> {
  return expireEachDue(app, GroupBuyRow, 'deadline', (id) => expireGroupBuy(app, id));
}
