import { describe, expect, it } from 'vitest';
import { campaignClawbackShares } from './refund';

describe('campaignClawbackShares', () => {
  it('half a refund takes back half of each campaign lot, cumulatively over partial refunds', () => {
    const campaigns = [
      { campaignId: 'b', points: 201, reversedBefore: 0 },
      { campaignId: 'a', points: 100, reversedBefore: 0 },
    ];
    expect(
      campaignClawbackShares({ total: 250, amountMinor: 10_000, refundedTotalMinor: 5_000, campaigns }),
    ).toEqual([
      { campaignId: 'a', points: 50 },
      { campaignId: 'b', points: 100 },
    ]);
    // the rest of the order refunded: the remainders, 201 - 100 = 101 and 50
    const after = [
      { campaignId: 'b', points: 201, reversedBefore: 100 },
      { campaignId: 'a', points: 100, reversedBefore: 50 },
    ];
    expect(
      campaignClawbackShares({
        total: 400,
        amountMinor: 10_000,
        refundedTotalMinor: 10_000,
        campaigns: after,
      }),
    ).toEqual([
      { campaignId: 'a', points: 50 },
      { campaignId: 'b', points: 101 },
    ]);
  });

  it('never more than the refund claws back in all', () => {
    expect(
      campaignClawbackShares({
        total: 30,
        amountMinor: 100,
        refundedTotalMinor: 100,
        campaigns: [{ campaignId: 'a', points: 80, reversedBefore: 0 }],
      }),
    ).toEqual([{ campaignId: 'a', points: 30 }]);
    expect(
      campaignClawbackShares({
        total: 0,
        amountMinor: 100,
        refundedTotalMinor: 50,
        campaigns: [{ campaignId: 'a', points: 80, reversedBefore: 0 }],
      }),
    ).toEqual([]);
  });
});
