import { addDays } from './time';
import type { Grant, PointsSource } from './types';

/**
 * Floors a computed point amount, guarding binary floating error: 100 * (1.2 - 1) is
 * 19.999999999999996 and must give 20. The tolerance is far below any real fraction of a point.
 */
export function floorPoints(x: number): number {
  return Math.floor(x + Math.max(1e-9, Math.abs(x) * 1e-12));
}

/** A grant at `occurredAt`, available after `pendingDays`, expiring `expireInDays` after occurredAt (null = never). */
export function makeGrant(g: {
  source: PointsSource;
  reason: string;
  points: number;
  occurredAt: Date;
  expireInDays: number | null;
  pendingDays?: number;
  bonus: boolean;
  campaignId?: string | null;
}): Grant {
  const grant: Grant = {
    source: g.source,
    points: g.points,
    reason: g.reason,
    availableAt: addDays(g.occurredAt, g.pendingDays ?? 0),
    expiresAt: g.expireInDays === null ? null : addDays(g.occurredAt, g.expireInDays),
    bonus: g.bonus,
  };
  if (g.campaignId !== undefined) grant.campaignId = g.campaignId;
  return grant;
}
