/**
 * Paid extension of expiring points (product.md, Engagement): a member pays the configured fee to
 * push back the expiry of the lots that expire within the window (30 days), by a set number of
 * days, once per lot. Pure: the caller passes the lots, which were already extended, and now.
 */
import { addDays } from '../time';

export interface PaidExtensionTerms {
  feeMinor: number;
  /** how far the expiry moves */
  extendDays: number;
  /** lots expiring within this many days may be extended */
  windowDays: number;
}

export interface ExtendableLot {
  id: string;
  remaining: number;
  expiresAt: Date | null;
  /** extended before (a lot is extended once) */
  extended: boolean;
}

export interface LotExtension {
  lotId: string;
  points: number;
  from: Date;
  to: Date;
}

/** Whether a lot may be extended at `now`: holds points, not expired yet, expires within the window, never extended. */
export function isExtendable(lot: ExtendableLot, now: Date, windowDays: number): boolean {
  return (
    !lot.extended &&
    lot.remaining > 0 &&
    lot.expiresAt !== null &&
    lot.expiresAt > now &&
    lot.expiresAt <= addDays(now, windowDays)
  );
}

/** The extensions one paid request makes: every extendable lot, by `extendDays`, in expiry order. */
export function planPaidExtension(
  lots: readonly ExtendableLot[],
  now: Date,
  terms: PaidExtensionTerms,
): LotExtension[] {
  return lots
    .filter((l) => isExtendable(l, now, terms.windowDays))
    .sort((a, b) => a.expiresAt!.getTime() - b.expiresAt!.getTime() || (a.id < b.id ? -1 : 1))
    .map((l) => ({
      lotId: l.id,
      points: l.remaining,
      from: l.expiresAt!,
      to: addDays(l.expiresAt!, terms.extendDays),
    }));
}

/** Checks the terms; the first problem as [field, message], or null. */
export function extensionTermsProblem(t: PaidExtensionTerms): [string, string] | null {
  if (!Number.isSafeInteger(t.feeMinor) || t.feeMinor < 0)
    return ['feeMinor', 'must be a whole amount of at least 0'];
  if (!Number.isSafeInteger(t.extendDays) || t.extendDays < 1 || t.extendDays > 3660)
    return ['extendDays', 'must be between 1 and 3660'];
  if (!Number.isSafeInteger(t.windowDays) || t.windowDays < 1 || t.windowDays > 366)
    return ['windowDays', 'must be between 1 and 366'];
  return null;
}
