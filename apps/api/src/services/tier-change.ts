import { evaluateTier } from '@accrue/core';
import type { RowSink } from '../db/batch';
import type { MemberRow } from '../db/entities/members';
import { outboxEvent } from './outbox';
import type { Program } from './program';

/**
 * Brings the member's tier up to `at` by the rules (upgrade at once, renew, step down after the
 * grace) and records a `tier.changed` event when it moves. Returns whether it moved.
 */
export function applyTierAt(
  sink: RowSink,
  program: Program,
  member: MemberRow,
  at: Date,
  spendAt: (t: Date) => number,
  now: Date,
): boolean {
  const ev = evaluateTier({
    tiers: program.tierDefs,
    current: { tierId: member.tierId, retainedUntil: member.tierRetainedUntil ?? null },
    at,
    spendAt,
    graceMonths: program.rules.tierGraceMonths,
  });
  member.tierRetainedUntil = ev.retainedUntil;
  if (ev.tierId === member.tierId) return false;
  const payload = { memberId: member.id, from: member.tierId, to: ev.tierId, change: ev.change };
  outboxEvent(sink, 'tier.changed', member.id, payload, now);
  member.tierId = ev.tierId;
  return true;
}
