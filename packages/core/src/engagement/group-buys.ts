/**
 * Group buys (product.md, Engagement): a member opens a group on a product (size, deadline), friends
 * join with its code; the join that takes the last seat fills it and every participant gets the
 * bonus; a group still open at its deadline expires and gives nothing. Pure: the caller passes the
 * group, its participants and now. The state machine is OPEN -> FILLED | EXPIRED, nothing else.
 */
import { DomainError } from '../errors';
import { floorPoints } from '../grants';
import { sharesDevice } from '../risk';
import type { GroupBuyRules } from '../types';

export const GROUP_BUY_STATUSES = ['OPEN', 'FILLED', 'EXPIRED'] as const;
export type GroupBuyStatus = (typeof GROUP_BUY_STATUSES)[number];

const HOUR = 3_600_000;

/** The transitions a group may make: an open group fills or expires; a closed one never changes. */
export function groupBuyTransition(
  status: GroupBuyStatus,
  event: 'JOIN' | 'FILL' | 'EXPIRE',
): GroupBuyStatus | null {
  if (status !== 'OPEN') return null;
  if (event === 'JOIN') return 'OPEN';
  return event === 'FILL' ? 'FILLED' : 'EXPIRED';
}

/** An OPEN group past its deadline counts as due (a join is refused; the expiry job closes it). */
export function groupBuyPhase(g: { status: GroupBuyStatus; deadline: Date }, now: Date) {
  if (g.status !== 'OPEN') return g.status;
  return now < g.deadline ? 'OPEN' : 'DUE';
}

/** The opening's terms against the rules: the first problem as [field, message], or null. */
export function groupBuyTermsProblem(
  t: { size: number; deadline: Date; priceMinor: number },
  now: Date,
  rules: GroupBuyRules,
): [string, string] | null {
  if (!Number.isSafeInteger(t.size) || t.size < rules.minSize || t.size > rules.maxSize)
    return ['size', `must be between ${rules.minSize} and ${rules.maxSize}`];
  if (!(t.deadline > now)) return ['deadline', 'must be in the future'];
  if (t.deadline.getTime() - now.getTime() > rules.maxHours * HOUR)
    return ['deadline', `must be at most ${rules.maxHours} hours away`];
  if (!Number.isSafeInteger(t.priceMinor) || t.priceMinor < 1) return ['priceMinor', 'must be at least 1'];
  return null;
}

/**
 * The most points a new customer may put toward the price: `maxPointsPercent` of the price at the
 * program's point value, floored (0 when a point is worth nothing).
 */
export function groupBuyPointsLimit(
  priceMinor: number,
  pointValueMinor: number,
  rules: GroupBuyRules,
): number {
  if (pointValueMinor <= 0) return 0;
  return floorPoints((priceMinor * rules.maxPointsPercent) / 100 / pointValueMinor);
}

export interface GroupJoin {
  memberId: string;
  /** the device the request came from */
  deviceId: string | null;
  /** the device the member enrolled from */
  enrolledDeviceId?: string | null;
}
const devicesOf = (p: GroupJoin) => [p.deviceId, p.enrolledDeviceId ?? null];

/**
 * Whether `joiner` may take a seat: throws the refusal (SELF_JOIN for the opener, ALREADY_JOINED,
 * GROUP_FULL, INVALID_TRANSITION when closed or past its deadline, SHARED_DEVICE when a participant
 * joined or enrolled from a device the joiner uses: core risk sharesDevice). Answers the seat it takes and whether that fills the group.
 */
export function decideGroupJoin(
  group: { status: GroupBuyStatus; deadline: Date; size: number; openerId: string },
  participants: readonly GroupJoin[],
  joiner: GroupJoin,
  now: Date,
): { seat: number; fills: boolean } {
  const field = ['input', 'code'];
  if (joiner.memberId === group.openerId)
    throw new DomainError('SELF_JOIN', 'A member cannot join the group they opened', field);
  if (participants.some((p) => p.memberId === joiner.memberId))
    throw new DomainError('ALREADY_JOINED', 'The member is already in this group', field);
  const phase = groupBuyPhase(group, now);
  if (phase === 'FILLED' || participants.length >= group.size)
    throw new DomainError('GROUP_FULL', 'The group is full', field);
  if (phase !== 'OPEN') throw new DomainError('INVALID_TRANSITION', 'The group has closed', field);
  const seen = participants.flatMap(devicesOf);
  if (devicesOf(joiner).some((d) => sharesDevice(d, seen)))
    throw new DomainError('SHARED_DEVICE', 'A participant already joined from this device', [
      'input',
      'deviceId',
    ]);
  const seat = participants.length + 1;
  return { seat, fills: seat === group.size };
}
