/**
 * Paid extension of expiring points: marketing or admin set the terms (fee, days, window); a member
 * pays the fee (the storefront or an integration takes the payment and posts it by key) to extend
 * every lot expiring within the window, once per lot. The fee is recorded in points_extension
 * (revenue the metrics read); each lot's extension in lot_extension, keyed by the lot.
 */
import { DomainError, extensionTermsProblem, planPaidExtension, type PaidExtensionTerms } from '@accrue/core';
import { LotRow } from '../../db/entities/points';
import { type MemberRow } from '../../db/entities/members';
import { fingerprint, newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { lockMember, requireActive, type MemberRef } from '../../services/members';
import { outboxEvent } from '../../services/outbox';
import { bad, int, key } from '../../services/validate';
import { addDays } from '@accrue/core';
import { LotExtensionRow, PaidExtensionTermsRow, PointsExtensionRow } from '../../db/entities/engagement';

const f = (n: string) => ['input', n];
export const PAID_EXTENSION_ID = 'pex';
/** until marketing sets them: offered at 10.00 for 90 more days, to lots expiring within 30 days */
export const DEFAULT_EXTENSION_TERMS = { feeMinor: 1000, extendDays: 90, windowDays: 30, active: false };

export async function configurePaidExtension(
  app: App,
  actor: Actor,
  input: { [K in keyof PaidExtensionTerms]?: number | null } & { active?: boolean | null },
): Promise<PaidExtensionTermsRow> {
  const now = app.clock.now();
  return inTransaction(app, async (em) => {
    let row = await em.findOne(PaidExtensionTermsRow, { id: 1 });
    const before = row ? { ...row } : null;
    if (!row) row = em.create(PaidExtensionTermsRow, { id: 1, ...DEFAULT_EXTENSION_TERMS, updatedAt: now });
    if (input.feeMinor != null) row.feeMinor = int(input.feeMinor, f('feeMinor'))!;
    if (input.extendDays != null) row.extendDays = int(input.extendDays, f('extendDays'))!;
    if (input.windowDays != null) row.windowDays = int(input.windowDays, f('windowDays'))!;
    if (input.active != null) row.active = input.active;
    const problem = extensionTermsProblem(row);
    if (problem) bad(f(problem[0]), problem[1]);
    row.updatedAt = now;
    audit(em, actor, 'paid-extension.configure', 'paid-extension', before, { ...row }, now);
    return row;
  });
}

export interface ExtendExpiringPointsInput {
  member: MemberRef;
  key: string;
  /** the fee the member paid: must be the configured fee */
  feeMinor: number;
}

export async function extendExpiringPoints(
  app: App,
  input: ExtendExpiringPointsInput,
): Promise<{ member: MemberRow; extension: PointsExtensionRow; lots: LotExtensionRow[] }> {
  const now = app.clock.now();
  const k = key(input.key, f('key'));
  const feeMinor = int(input.feeMinor, f('feeMinor'), { min: 0 })!;
  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const print = fingerprint({ memberId: member.id, feeMinor });
    const seen = await em.findOne(PointsExtensionRow, { key: k });
    if (seen) {
      if (seen.fingerprint !== print)
        throw new DomainError(
          'IDEMPOTENCY_CONFLICT',
          `input.key "${k}" was already used for a different extension`,
          f('key'),
        );
      return { member, extension: seen, lots: await em.find(LotExtensionRow, { extensionId: seen.id }) };
    }
    requireActive(member);
    const terms = await em.findOne(PaidExtensionTermsRow, { id: 1 });
    if (!terms?.active)
      throw new DomainError('EXTENSION_NOT_OFFERED', 'The program does not offer paid extensions');
    if (feeMinor !== terms.feeMinor)
      throw new DomainError('FEE_MISMATCH', `The fee is ${terms.feeMinor}, not ${feeMinor}`, f('feeMinor'));
    const candidates = await em.find(LotRow, {
      memberId: member.id,
      remaining: { $gt: 0 },
      expiresAt: { $gt: now, $lte: addDays(now, terms.windowDays) },
    });
    const done = candidates.length
      ? new Set(
          (await em.find(LotExtensionRow, { lotId: { $in: candidates.map((l) => l.id) } })).map(
            (x) => x.lotId,
          ),
        )
      : new Set<string>();
    const plan = planPaidExtension(
      candidates.map((l) => ({
        id: l.id,
        remaining: l.remaining,
        expiresAt: l.expiresAt ?? null,
        extended: done.has(l.id),
      })),
      now,
      terms,
    );
    if (!plan.length)
      throw new DomainError(
        'NOTHING_TO_EXTEND',
        `No points expire within ${terms.windowDays} days that were not extended before`,
      );
    const { rules } = await app.program.get(em);
    const extension = em.create(PointsExtensionRow, {
      id: newId(PAID_EXTENSION_ID),
      memberId: member.id,
      key: k,
      fingerprint: print,
      feeMinor,
      currency: rules.currency,
      extendDays: terms.extendDays,
      lotCount: plan.length,
      pointsExtended: plan.reduce((s, p) => s + p.points, 0),
      createdAt: now,
    });
    const lots = plan.map((p) => {
      const lot = candidates.find((l) => l.id === p.lotId)!;
      lot.expiresAt = p.to;
      lot.reminderStage = 0; // reminders start again before the new expiry
      return em.create(LotExtensionRow, {
        lotId: p.lotId,
        extensionId: extension.id,
        memberId: member.id,
        points: p.points,
        expiresBefore: p.from,
        expiresAfter: p.to,
        createdAt: now,
      });
    });
    outboxEvent(
      em,
      'points.extended',
      member.id,
      {
        memberId: member.id,
        extensionId: extension.id,
        feeMinor,
        points: extension.pointsExtended,
        lots: plan.map((p) => ({ lotId: p.lotId, expiresAt: p.to.toISOString() })),
      },
      now,
    );
    return { member, extension, lots };
  });
}
