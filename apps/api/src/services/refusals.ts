import { createRow, type RowSink } from '../db/batch';
import type { Refusal } from '@accrue/core';
import { RefusalRow } from '../db/entities/idempotency';
import { ID_PREFIX, newId } from '../ids';

/** Records points the rules refused (caps): nothing is issued, but finance and support can see why. */
export function recordRefusals(
  sink: RowSink,
  memberId: string,
  refusals: Refusal[],
  occurredAt: Date,
  context: string,
  now: Date,
) {
  for (const r of refusals) {
    createRow(sink, RefusalRow, {
      id: newId(ID_PREFIX.refusal),
      memberId,
      source: r.source,
      reason: r.reason,
      points: r.points,
      campaignId: r.campaignId ?? null,
      context,
      occurredAt,
      createdAt: now,
    });
  }
}
