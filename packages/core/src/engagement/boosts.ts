/**
 * Boosts (product.md, Engagement): a member who lacks points for a reward asks friends to chip in;
 * each distinct friend contributes once, a small amount (the rules' limits), never more than what
 * is still missing; reaching the target redeems the reward; an expired request returns every
 * contribution. Pure: the caller passes the request, its contributions and now.
 */
import { DomainError } from '../errors';
import { sharesDevice } from '../risk';
import type { BoostRules } from '../types';

export const BOOST_STATUSES = ['OPEN', 'REDEEMED', 'EXPIRED'] as const;
export type BoostStatus = (typeof BOOST_STATUSES)[number];

export interface BoostState {
  status: BoostStatus;
  requesterId: string;
  targetPoints: number;
  expiresAt: Date;
}

export function boostPhase(b: { status: BoostStatus; expiresAt: Date }, now: Date) {
  if (b.status !== 'OPEN') return b.status;
  return now < b.expiresAt ? 'OPEN' : 'DUE';
}

/**
 * A friend's contribution: throws the refusal (SELF_CONTRIBUTION, ALREADY_CONTRIBUTED, INVALID_INPUT
 * outside the limits, INVALID_TRANSITION once closed). Answers the points taken (at most what is
 * still missing) and whether they reach the target.
 */
export function decideBoostContribution(
  boost: BoostState,
  contributions: readonly { memberId: string; points: number; deviceId: string | null }[],
  c: { memberId: string; points: number; deviceId: string | null; requesterDeviceId?: string | null },
  now: Date,
  rules: BoostRules,
): { points: number; reaches: boolean } {
  if (c.memberId === boost.requesterId)
    throw new DomainError('SELF_CONTRIBUTION', 'A member cannot boost their own request', [
      'input',
      'member',
    ]);
  if (contributions.some((x) => x.memberId === c.memberId))
    throw new DomainError('ALREADY_CONTRIBUTED', 'This friend already boosted this request', [
      'input',
      'member',
    ]);
  if (sharesDevice(c.deviceId, [c.requesterDeviceId, ...contributions.map((x) => x.deviceId)]))
    throw new DomainError('SHARED_DEVICE', 'A participant of this request already used this device', [
      'input',
      'deviceId',
    ]);
  if (
    !Number.isSafeInteger(c.points) ||
    c.points < rules.minContributionPoints ||
    c.points > rules.maxContributionPoints
  )
    throw new DomainError(
      'INVALID_INPUT',
      `must be between ${rules.minContributionPoints} and ${rules.maxContributionPoints}`,
      ['input', 'points'],
    );
  if (boostPhase(boost, now) !== 'OPEN')
    throw new DomainError('INVALID_TRANSITION', 'The boost request has closed', ['input', 'boostId']);
  const have = contributions.reduce((s, x) => s + x.points, 0);
  const points = Math.min(c.points, boost.targetPoints - have);
  return { points, reaches: have + points >= boost.targetPoints };
}
