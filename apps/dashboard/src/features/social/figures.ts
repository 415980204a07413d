import type { BoostFieldsFragment, GroupBuyFieldsFragment } from '@accrue/sdk/src/generated/graphql';

const total = <T>(rows: T[], points: (r: T) => number, keep: (r: T) => boolean = () => true) =>
  rows.filter(keep).reduce((s, r) => s + points(r), 0);

/** What a group buy issued and holds: bonus points issued, and points held toward the price by state. */
export function groupFigures(g: Pick<GroupBuyFieldsFragment, 'participants'>) {
  const p = g.participants;
  return {
    bonusIssued: total(p, (r) => r.bonusAwarded),
    held: total(
      p,
      (r) => r.pointsHeld,
      (r) => r.holdStatus === 'HELD',
    ),
    spent: total(
      p,
      (r) => r.pointsHeld,
      (r) => r.holdStatus === 'SPENT',
    ),
    released: total(
      p,
      (r) => r.pointsHeld,
      (r) => r.holdStatus === 'RELEASED',
    ),
    newCustomers: p.filter((r) => r.newCustomer).length,
  };
}

/** A boost's contributions by state, and how many distinct friends chipped in. */
export function boostFigures(b: Pick<BoostFieldsFragment, 'contributions'>) {
  const c = b.contributions;
  return {
    contributors: new Set(c.map((r) => r.memberId)).size,
    held: total(
      c,
      (r) => r.points,
      (r) => r.status === 'HELD',
    ),
    spent: total(
      c,
      (r) => r.points,
      (r) => r.status === 'SPENT',
    ),
    returned: total(
      c,
      (r) => r.points,
      (r) => r.status === 'RETURNED',
    ),
  };
}
