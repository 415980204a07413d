/**
 * A refund claws back the order's points in proportion (earning.ts's refundClawbackPoints gives the
 * total). Of that total, each campaign's lots of the order give back their own share, so a campaign
 * lot is clawed back in proportion to the refund and its reversal names the campaign (its cost
 * then nets the refund): cumulatively floor(campaign points x refunded / amount), less what earlier
 * refunds of the order took back from it, never more than the total left.
 */
export interface CampaignClawbackInput {
  /** what this refund claws back in all */
  total: number;
  amountMinor: number;
  /** refunded so far, this refund included */
  refundedTotalMinor: number;
  /** per campaign: the points its lots of this order were granted, and what refunds reversed before */
  campaigns: readonly { campaignId: string; points: number; reversedBefore: number }[];
}

export function campaignClawbackShares(
  input: CampaignClawbackInput,
): { campaignId: string; points: number }[] {
  if (input.amountMinor <= 0) return [];
  const refunded = Math.min(input.amountMinor, Math.max(0, input.refundedTotalMinor));
  let left = Math.max(0, input.total);
  const out: { campaignId: string; points: number }[] = [];
  for (const c of [...input.campaigns].sort((a, b) =>
    a.campaignId < b.campaignId ? -1 : a.campaignId > b.campaignId ? 1 : 0,
  )) {
    const due = Math.floor((c.points * refunded) / input.amountMinor);
    const share = Math.min(left, Math.max(0, due - c.reversedBefore));
    if (share > 0) {
      out.push({ campaignId: c.campaignId, points: share });
      left -= share;
    }
  }
  return out;
}
