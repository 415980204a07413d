/** Who a campaign is for, judged on the member as they were just before the event. */
import type { CampaignAudience } from './types';

const DAY_MS = 86_400_000;

export interface AudienceMember {
  id: string;
  /** the tier held before the event */
  tierId: string;
  enrolledAt: Date;
  /** the member's latest purchase before the event (null: none) */
  lastPurchaseAt: Date | null;
  /** the balance before the event */
  balance: number;
}

/** True when every condition the audience gives holds at `at` (no conditions: everyone). */
export function inAudience(
  audience: CampaignAudience | null | undefined,
  member: AudienceMember,
  at: Date,
): boolean {
  if (!audience) return true;
  if (audience.tierIds?.length && !audience.tierIds.includes(member.tierId)) return false;
  const t = at.getTime();
  if (
    audience.newMembersWithinDays != null &&
    t - member.enrolledAt.getTime() > audience.newMembersWithinDays * DAY_MS
  ) {
    return false;
  }
  if (
    audience.inactiveForDays != null &&
    member.lastPurchaseAt !== null &&
    t - member.lastPurchaseAt.getTime() < audience.inactiveForDays * DAY_MS
  ) {
    return false;
  }
  if (audience.minBalance != null && member.balance < audience.minBalance) return false;
  return true;
}
