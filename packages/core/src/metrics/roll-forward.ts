/**
 * The points roll-forward: closing outstanding = opening + issued − redeemed − expired − reversed.
 * A check function: it says whether two independently obtained figures (e.g. the rollups and the
 * ledger) tell the same story, and by how much they differ when they do not.
 */
import { netPoints, pointsIssued, type RollupDeltas } from './rollup';

export interface RollForward {
  opening: number;
  issued: number;
  redeemed: number;
  expired: number;
  reversed: number;
  closing: number;
}

export const expectedClosing = (r: Omit<RollForward, 'closing'>): number =>
  r.opening + r.issued - r.redeemed - r.expired - r.reversed;

export interface RollForwardCheck {
  holds: boolean;
  expectedClosing: number;
  /** closing − expected closing: the points the movements do not explain */
  difference: number;
}

export function checkRollForward(r: RollForward): RollForwardCheck {
  const expected = expectedClosing(r);
  return { holds: expected === r.closing, expectedClosing: expected, difference: r.closing - expected };
}

/** The roll-forward of a window of rollups, given the outstanding points at its start. */
export function rollForwardOf(opening: number, window: RollupDeltas): RollForward {
  return {
    opening,
    issued: pointsIssued(window),
    redeemed: window.redeemed ?? 0,
    expired: window.expired ?? 0,
    reversed: window.reversed ?? 0,
    closing: opening + netPoints(window),
  };
}
