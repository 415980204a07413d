/**
 * Risk flags (product.md, "Caps and risk"): enrolments sharing a device or an IP address beyond a
 * limit, and earning velocity far above a member's norm, are flagged for review. A flag refuses
 * nothing; it puts the member on the staff's review list with the reason.
 */
import { REASON } from './purchase-rules';
import type { RiskRules } from './types';

const DAY = 86_400_000;

/**
 * Why an enrolment is flagged: `sameDevice` and `sameIp` count the members already enrolled from
 * the same device and address (this one not included); the one beyond the limit is flagged.
 */
export function enrolmentRiskReasons(input: {
  rules: RiskRules;
  deviceId: string | null;
  ipAddress: string | null;
  sameDevice: number;
  sameIp: number;
}): string[] {
  const { rules } = input;
  const reasons: string[] = [];
  if (
    input.deviceId &&
    rules.maxEnrolmentsPerDevice != null &&
    input.sameDevice >= rules.maxEnrolmentsPerDevice
  )
    reasons.push(
      `SHARED_DEVICE: enrolment ${input.sameDevice + 1} from device ${input.deviceId} (limit ${rules.maxEnrolmentsPerDevice})`,
    );
  if (input.ipAddress && rules.maxEnrolmentsPerIp != null && input.sameIp >= rules.maxEnrolmentsPerIp)
    reasons.push(
      `SHARED_IP: enrolment ${input.sameIp + 1} from address ${input.ipAddress} (limit ${rules.maxEnrolmentsPerIp})`,
    );
  return reasons;
}

/**
 * Why a purchase's earning velocity is flagged, or null: the purchase points (at the base rate) of
 * the member's purchases in the 24 hours up to `at`, against their daily average over the
 * `baselineDays` before that window. `points(purchase)` converts a purchase to its base points.
 */
export function earningVelocityReason<P extends { occurredAt: Date }>(input: {
  rules: RiskRules;
  at: Date;
  purchases: readonly P[];
  points: (p: P) => number;
}): string | null {
  const v = input.rules.velocity;
  if (!v) return null;
  const end = input.at.getTime();
  const windowStart = end - DAY;
  const baselineStart = windowStart - v.baselineDays * DAY;
  let recent = 0;
  let baseline = 0;
  for (const p of input.purchases) {
    const t = p.occurredAt.getTime();
    if (t > end || t <= baselineStart) continue;
    if (t > windowStart) recent += input.points(p);
    else baseline += input.points(p);
  }
  const perDay = baseline / v.baselineDays;
  if (recent < v.minPoints || recent <= v.multiple * perDay) return null;
  return `${REASON.EARNING_VELOCITY}: ${recent} purchase points in 24 h, against ${Math.round(perDay)} a day over the ${v.baselineDays} days before`;
}

/**
 * Social mechanics (group buys, boosts): a join or contribution from a device that another
 * participant of the same group or request already used is one person acting twice. Refused
 * (SHARED_DEVICE) rather than flagged: the bonus it would unlock is the whole point of the fraud.
 * `deviceId` is the request's device; `seen` the devices of the other participants (their requests'
 * and their enrolments').
 */
export function sharesDevice(
  deviceId: string | null | undefined,
  seen: readonly (string | null | undefined)[],
) {
  return !!deviceId && seen.some((d) => d === deviceId);
}
