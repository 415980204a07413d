/**
 * The ledger net's reference model: what a member's points should be, written from
 * ../shared/docs/product.md and docs/domain.md without `packages/core` (no rule function of core
 * is imported here, so a rule broken in core and copied into the model cannot hide itself).
 *
 * What it computes itself: base points (1 per currency unit, rounded down), the threshold bonus
 * (+50 from 200.00), the welcome lot (50, 30 days), manual adjustments (a lot of purchase expiry,
 * or a clawback), redemptions (soonest-expiring available lots first; refused beyond the available
 * balance), cancellations (points back to their lots, the negative balance paid first), refunds
 * (floor(orderPoints × refunded / amount) − reversed before, orderPoints less what of the order's
 * lots expired unspent; the order's own lots first, then the other lots, then the negative
 * balance), expiry (each lot at its own expiresAt, on every write to the member and by the job)
 * and the negative balance (paid off first by every earning).
 * What it reads from the API's answer: the purchase's other grants (tier and birthday bonus,
 * monthly milestone, new-member tasks; they depend on the tier table, the month's spend and the
 * monthly bonus cap) with their expiry, and an activity's points (streaks and caps).
 */

export const DAY = 86_400_000;
export const WELCOME_POINTS = 50;
export const WELCOME_DAYS = 30;
export const PURCHASE_DAYS = 365;
export const ACTIVITY_DAYS = 365;
export const THRESHOLD_MINOR = 20_000;
export const THRESHOLD_BONUS = 50;

export const basePoints = (amountMinor: number) => Math.floor(amountMinor / 100);
export const thresholdBonus = (amountMinor: number) => (amountMinor >= THRESHOLD_MINOR ? THRESHOLD_BONUS : 0);

export interface ModelLot {
  seq: number;
  points: number;
  remaining: number;
  /** ms since epoch; null never expires */
  expiresAt: number | null;
  earnedAt: number;
  orderId: string | null;
  /** points this lot lost to expiry, over its life */
  expired: number;
}

export interface ModelPurchase {
  orderId: string;
  amountMinor: number;
  refundedMinor: number;
  reversed: number;
}

export interface ModelMember {
  externalId: string;
  lots: ModelLot[];
  negative: number;
  purchases: Map<string, ModelPurchase>;
  redemptions: Map<string, { allocations: { lot: ModelLot; points: number }[]; cancelled: boolean }>;
}

let seq = 0;

const due = (l: ModelLot, now: number) => l.expiresAt !== null && l.expiresAt <= now;
const spendOrder = (a: ModelLot, b: ModelLot) =>
  (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity) || a.earnedAt - b.earnedAt || a.seq - b.seq;

export function newMember(externalId: string, enrolledAt: number): ModelMember {
  const m: ModelMember = {
    externalId,
    lots: [],
    negative: 0,
    purchases: new Map(),
    redemptions: new Map(),
  };
  earn(m, WELCOME_POINTS, enrolledAt, enrolledAt + WELCOME_DAYS * DAY, null);
  return m;
}

export function earn(
  m: ModelMember,
  points: number,
  earnedAt: number,
  expiresAt: number | null,
  orderId: string | null,
): ModelLot {
  const pay = Math.min(m.negative, points);
  m.negative -= pay;
  const lot: ModelLot = {
    seq: seq++,
    points,
    remaining: points - pay,
    expiresAt,
    earnedAt,
    orderId,
    expired: 0,
  };
  m.lots.push(lot);
  return lot;
}

/** Takes points from the given lots in order, then the other unexpired lots; the rest is negative. */
function clawback(m: ModelMember, points: number, prefer: ModelLot[], now: number) {
  const usable = (l: ModelLot) => l.remaining > 0 && !due(l, now);
  const others = m.lots.filter((l) => usable(l) && !prefer.includes(l)).sort(spendOrder);
  let missing = points;
  for (const l of [...prefer.filter(usable), ...others]) {
    const take = Math.min(l.remaining, missing);
    l.remaining -= take;
    missing -= take;
  }
  m.negative += missing;
}

/** Expires every due lot; returns the points expired. */
export function expireDue(m: ModelMember, now: number): number {
  let total = 0;
  for (const l of m.lots)
    if (l.remaining > 0 && due(l, now)) {
      total += l.remaining;
      l.expired += l.remaining;
      l.remaining = 0;
    }
  return total;
}

export function available(m: ModelMember, now: number): number {
  return m.lots.filter((l) => !due(l, now) && l.earnedAt <= now).reduce((s, l) => s + l.remaining, 0);
}

/** balance = remainders - negative (what the ledger sums to) */
export function net(m: ModelMember): number {
  return m.lots.reduce((s, l) => s + l.remaining, 0) - m.negative;
}

export interface AnsweredGrant {
  source: string;
  reason: string | null;
  points: number;
  expiresAt: number | null;
}

/**
 * A purchase: the grants the API answered, of which the model checks base and threshold itself.
 * Returns what the model expects for BASE and ORDER_THRESHOLD so the caller can compare.
 */
export function purchase(
  m: ModelMember,
  p: { orderId: string; amountMinor: number; occurredAt: number },
  grants: AnsweredGrant[],
  now: number,
) {
  m.purchases.set(p.orderId, {
    orderId: p.orderId,
    amountMinor: p.amountMinor,
    refundedMinor: 0,
    reversed: 0,
  });
  for (const g of grants)
    earn(m, g.points, p.occurredAt, g.expiresAt, g.source === 'REFERRAL' ? null : p.orderId);
  expireDue(m, now);
  return { base: basePoints(p.amountMinor), threshold: thresholdBonus(p.amountMinor) };
}

/** A refund; returns the points the model says it claws back. */
export function refund(m: ModelMember, orderId: string, amountMinor: number, now: number): number {
  const p = m.purchases.get(orderId)!;
  const own = m.lots
    .filter((l) => l.orderId === orderId)
    .sort((a, b) => a.earnedAt - b.earnedAt || a.seq - b.seq);
  const dueNow = own.filter((l) => due(l, now)).reduce((s, l) => s + l.remaining, 0);
  const orderPoints = own.reduce((s, l) => s + l.points - l.expired, 0) - dueNow;
  const refunded = p.refundedMinor + amountMinor;
  const owed =
    orderPoints <= 0
      ? 0
      : Math.max(0, Math.min(orderPoints, Math.floor((orderPoints * refunded) / p.amountMinor)) - p.reversed);
  if (owed > 0) clawback(m, owed, own, now);
  p.refundedMinor = refunded;
  p.reversed += owed;
  expireDue(m, now);
  return owed;
}

/** A redemption of `points`: false when the model says it is refused (not enough available). */
export function redeem(m: ModelMember, key: string, points: number, now: number): boolean {
  const lots = m.lots.filter((l) => l.remaining > 0 && !due(l, now) && l.earnedAt <= now).sort(spendOrder);
  if (lots.reduce((s, l) => s + l.remaining, 0) < points) return false;
  const allocations: { lot: ModelLot; points: number }[] = [];
  let missing = points;
  for (const lot of lots) {
    if (!missing) break;
    const take = Math.min(lot.remaining, missing);
    lot.remaining -= take;
    missing -= take;
    allocations.push({ lot, points: take });
  }
  m.redemptions.set(key, { allocations, cancelled: false });
  expireDue(m, now);
  return true;
}

export function cancel(m: ModelMember, key: string, now: number) {
  const r = m.redemptions.get(key)!;
  if (r.cancelled) return;
  r.cancelled = true;
  for (const a of r.allocations) {
    const pay = Math.min(m.negative, a.points);
    m.negative -= pay;
    a.lot.remaining += a.points - pay;
  }
  expireDue(m, now);
}

export function adjust(m: ModelMember, points: number, now: number) {
  if (points > 0) earn(m, points, now, now + PURCHASE_DAYS * DAY, null);
  else clawback(m, -points, [], now);
  expireDue(m, now);
}

/** An activity's points, as answered, in one lot (its grants share the expiry). */
export function activity(m: ModelMember, points: number, occurredAt: number, now: number) {
  if (points > 0) earn(m, points, occurredAt, occurredAt + ACTIVITY_DAYS * DAY, null);
  expireDue(m, now);
}
