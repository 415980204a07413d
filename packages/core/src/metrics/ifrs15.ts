/**
 * The IFRS 15 deferred-revenue view of points (IFRS 15 B39–B43, Illustrative Example 52).
 *
 * Points earned with a purchase are a material right: a separate performance obligation. The
 * transaction price is allocated between the goods and the points in proportion to their
 * stand-alone selling prices; the points' stand-alone selling price is their redemption value times
 * the likelihood of redemption. The amount allocated to the points is a contract liability
 * (deferred revenue), recognised as revenue as points are redeemed, in proportion to the points
 * redeemed so far over the points now expected to be redeemed in total; a change of that estimate
 * is a cumulative catch-up.
 */
import { DomainError } from '../errors';

export interface PointsAllocationInput {
  /** the transaction price (the sales), minor units */
  transactionPriceMinor: number;
  /** stand-alone selling price of the goods, minor units (usually the transaction price) */
  goodsStandAloneMinor: number;
  points: number;
  pointValueMinor: number;
  expectedRedemptionRate: number;
  /**
   * Decimal places the selling-price ratio is rounded to before allocating; null = exact. The
   * standard's Example 52 rounds the ratio to whole percent (0.09 = 2 places): 9,700 / 109,700
   * = 8.84% shown as 9%, which allocates 9,000 rather than the exact 8,842.
   */
  ratioDecimals?: number | null;
}

export interface PointsAllocation {
  pointsStandAloneMinor: number;
  /** the share of the transaction price that goes to the points */
  pointsRatio: number;
  allocatedToPointsMinor: number;
  allocatedToGoodsMinor: number;
}

/** Relative stand-alone selling price allocation (IFRS 15.74–80). */
export function allocateToPoints(i: PointsAllocationInput): PointsAllocation {
  if (!(i.expectedRedemptionRate >= 0 && i.expectedRedemptionRate <= 1)) {
    throw new DomainError('INVALID_INPUT', 'expectedRedemptionRate must be between 0 and 1', [
      'input',
      'expectedRedemptionRate',
    ]);
  }
  const pointsStandAloneMinor = Math.round(i.points * i.pointValueMinor * i.expectedRedemptionRate);
  const total = i.goodsStandAloneMinor + pointsStandAloneMinor;
  let pointsRatio = total === 0 ? 0 : pointsStandAloneMinor / total;
  if (i.ratioDecimals != null) {
    const f = 10 ** i.ratioDecimals;
    pointsRatio = Math.round(pointsRatio * f) / f;
  }
  const allocatedToPointsMinor = Math.round(i.transactionPriceMinor * pointsRatio);
  return {
    pointsStandAloneMinor,
    pointsRatio,
    allocatedToPointsMinor,
    allocatedToGoodsMinor: i.transactionPriceMinor - allocatedToPointsMinor,
  };
}

/**
 * Revenue recognised on points up to now: allocated × (points redeemed so far / points expected
 * to be redeemed in total), never more than allocated. Rounded to the minor unit.
 */
export function cumulativePointsRevenue(
  allocatedMinor: number,
  cumulativeRedeemed: number,
  expectedTotalRedeemed: number,
): number {
  if (expectedTotalRedeemed <= 0) return 0;
  const share = Math.min(1, cumulativeRedeemed / expectedTotalRedeemed);
  return Math.round(allocatedMinor * share);
}

export interface RecognitionPeriod {
  /** points redeemed in the period */
  redeemed: number;
  /** points expected to be redeemed in total, as estimated at the period's end */
  expectedTotalRedeemed: number;
}

export interface RecognisedPeriod {
  cumulativeRedeemed: number;
  recognisedMinor: number;
  cumulativeRecognisedMinor: number;
  /** the contract liability left: allocated − recognised so far */
  deferredMinor: number;
}

/**
 * Period by period: each period recognises the cumulative figure at its end (with its own
 * estimate) minus what earlier periods recognised, so a change of estimate is caught up at once.
 */
export function recognisePointsRevenue(
  allocatedMinor: number,
  periods: readonly RecognitionPeriod[],
): RecognisedPeriod[] {
  let cumulativeRedeemed = 0;
  let cumulativeRecognisedMinor = 0;
  return periods.map((p) => {
    cumulativeRedeemed += p.redeemed;
    const cumulative = cumulativePointsRevenue(allocatedMinor, cumulativeRedeemed, p.expectedTotalRedeemed);
    const recognisedMinor = cumulative - cumulativeRecognisedMinor;
    cumulativeRecognisedMinor = cumulative;
    return {
      cumulativeRedeemed,
      recognisedMinor,
      cumulativeRecognisedMinor,
      deferredMinor: allocatedMinor - cumulativeRecognisedMinor,
    };
  });
}

export interface DeferredRevenueMonthInput {
  /** sales of the month, net of refunds */
  salesMinor: number;
  /** points issued with those sales (purchase, tier bonus and campaign points) */
  pointsWithSales: number;
  /** points redeemed in the month (net of cancellations) */
  redeemed: number;
}

export interface DeferredRevenueMonth {
  allocatedMinor: number;
  recognisedMinor: number;
  /** the contract liability at the month's end */
  deferredMinor: number;
}

/**
 * The program's deferred-revenue schedule as one portfolio (IFRS 15's practical expedient for
 * similar contracts), month by month from the program's first month: each month's sales are
 * allocated between goods and the points issued with them (relative stand-alone selling prices,
 * exact ratio); revenue recognised to date = points allocated to date × (points redeemed to date ÷
 * points expected to be redeemed: issued to date × the expected rate), never above what was
 * allocated; each month recognises the change. Points given without a sale (welcome, activities,
 * referrals, staff) are a marketing cost, not a share of a sale, and do not enter it.
 */
export function deferredRevenueSchedule(
  months: readonly DeferredRevenueMonthInput[],
  pointValueMinor: number,
  expectedRedemptionRate: number,
): DeferredRevenueMonth[] {
  let allocated = 0;
  let issued = 0;
  let redeemed = 0;
  let recognised = 0;
  return months.map((m) => {
    const a =
      m.salesMinor > 0 && m.pointsWithSales > 0
        ? allocateToPoints({
            transactionPriceMinor: m.salesMinor,
            goodsStandAloneMinor: m.salesMinor,
            points: m.pointsWithSales,
            pointValueMinor,
            expectedRedemptionRate,
          }).allocatedToPointsMinor
        : 0;
    allocated += a;
    issued += Math.max(0, m.pointsWithSales);
    redeemed += m.redeemed;
    const cumulative = cumulativePointsRevenue(
      allocated,
      Math.max(0, redeemed),
      issued * expectedRedemptionRate,
    );
    const month = {
      allocatedMinor: a,
      recognisedMinor: cumulative - recognised,
      deferredMinor: allocated - cumulative,
    };
    recognised = cumulative;
    return month;
  });
}
