/**
 * Points draws: marketing creates a draw (its seed drawn here, its SHA-256 published at once);
 * members buy entries with points while it is open (a debit through the lot machinery: the lot
 * allocations carry the entry's id) and may cancel them until it closes (the points return to
 * their original lots); after it closes, drawing the winners (core drawWinners) reveals the seed.
 * Drawing is idempotent: a second call answers the first result.
 */
import { randomBytes } from 'node:crypto';
import { DomainError, drawPhase, drawTickets, drawWinners, seedCommitment } from '@accrue/core';
import { LockMode, type EntityManager } from '@mikro-orm/core';
import { type MemberRow } from '../../db/entities/members';
import { fingerprint, newId } from '../../ids';
import type { Actor } from '../../services/actor';
import { inTransaction, type App } from '../../services/app';
import { audit } from '../../services/audit';
import { isPostgres, lockMember, requireActive, type MemberRef } from '../../services/members';
import { PointsBook, restoreDebit } from '../../services/points-book';
import { bad, int, key, MAX_POINTS, str } from '../../services/validate';
import { DrawEntryRow, DrawPrizeRow, DrawWinnerRow, PointsDrawRow } from '../../db/entities/engagement';

const f = (n: string) => ['input', n];
export const DRAW_ID = { draw: 'drw', prize: 'dpz', entry: 'dre' } as const;

/** The draw row, locked: FOR UPDATE to draw it, FOR SHARE to buy or cancel (SQLite has one writer). */
async function lockDraw(em: EntityManager, id: string, mode: 'update' | 'share', field: string[]) {
  const draw = await em.findOne(
    PointsDrawRow,
    { id },
    isPostgres(em)
      ? {
          lockMode: mode === 'update' ? LockMode.PESSIMISTIC_WRITE : LockMode.PESSIMISTIC_READ,
          refresh: true,
        }
      : { refresh: true },
  );
  if (!draw) throw new DomainError('NOT_FOUND', `No draw with id "${id}"`, field);
  return draw;
}

export interface CreateDrawInput {
  name: string;
  entryCostPoints: number;
  maxEntriesPerMember?: number | null;
  opensAt: Date;
  closesAt: Date;
  prizes: { name: string; stock: number }[];
}

export async function createDraw(app: App, actor: Actor, input: CreateDrawInput) {
  const now = app.clock.now();
  const name = str(input.name, f('name'), { max: 200, required: true })!;
  const entryCostPoints = int(input.entryCostPoints, f('entryCostPoints'), { min: 1, max: MAX_POINTS })!;
  const maxEntriesPerMember =
    int(input.maxEntriesPerMember, f('maxEntriesPerMember'), { min: 1, max: 1_000_000 }) ?? null;
  if (!(input.closesAt > input.opensAt)) bad(f('closesAt'), 'must be after opensAt');
  if (!input.prizes.length || input.prizes.length > 100) bad(f('prizes'), 'must hold 1 to 100 prizes');
  const prizes = input.prizes.map((p, i) => ({
    name: str(p.name, ['input', 'prizes', String(i), 'name'], { max: 200, required: true })!,
    stock: int(p.stock, ['input', 'prizes', String(i), 'stock'], { min: 1, max: 100_000 })!,
  }));
  const seed = randomBytes(32).toString('hex');
  return inTransaction(app, async (em) => {
    const draw = em.create(PointsDrawRow, {
      id: newId(DRAW_ID.draw),
      name,
      entryCostPoints,
      maxEntriesPerMember,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      seedHash: seedCommitment(seed),
      seed,
      drawnAt: null,
      createdAt: now,
    });
    prizes.forEach((p, i) =>
      em.create(DrawPrizeRow, { id: newId(DRAW_ID.prize), drawId: draw.id, position: i + 1, ...p }),
    );
    audit(
      em,
      actor,
      'draw.create',
      `draw:${draw.id}`,
      null,
      { name, entryCostPoints, seedHash: draw.seedHash, prizes },
      now,
    );
    return draw;
  });
}

export interface BuyDrawEntriesInput {
  member: MemberRef;
  drawId: string;
  count: number;
  key: string;
}

export async function buyDrawEntries(
  app: App,
  input: BuyDrawEntriesInput,
  opts: { createdBy?: string | null } = {},
): Promise<{ entry: DrawEntryRow; member: MemberRow }> {
  const k = key(input.key, f('key'));
  const drawId = str(input.drawId, f('drawId'), { max: 40, required: true })!;
  const count = int(input.count, f('count'), { min: 1, max: 10_000 })!;
  return inTransaction(app, async (em) => {
    const member = await lockMember(em, input.member);
    const print = fingerprint({ memberId: member.id, drawId, count });
    const seen = await em.findOne(DrawEntryRow, { key: k });
    if (seen) {
      if (seen.fingerprint !== print || (opts.createdBy && seen.createdBy !== opts.createdBy))
        throw new DomainError(
          'IDEMPOTENCY_CONFLICT',
          `input.key "${k}" was already used for other entries`,
          f('key'),
        );
      return { entry: seen, member };
    }
    requireActive(member);
    const draw = await lockDraw(em, drawId, 'share', f('drawId'));
    const now = app.clock.now();
    if (drawPhase(draw, now) !== 'OPEN')
      throw new DomainError('INVALID_TRANSITION', `Draw "${draw.name}" is not open for entries`, f('drawId'));
    if (draw.maxEntriesPerMember) {
      const held = (await em.find(DrawEntryRow, { drawId, memberId: member.id, status: 'ACTIVE' })).reduce(
        (s, e) => s + e.count,
        0,
      );
      if (held + count > draw.maxEntriesPerMember)
        throw new DomainError(
          'REWARD_LIMIT_REACHED',
          `A member may hold at most ${draw.maxEntriesPerMember} entries of this draw (holds ${held})`,
          f('count'),
        );
    }
    const points = draw.entryCostPoints * count;
    const book = await PointsBook.open(em, member, now);
    if (book.balance().available < points)
      throw new DomainError(
        'INSUFFICIENT_POINTS',
        `${points} points needed, ${book.balance().available} available`,
        f('count'),
      );
    const entry = em.create(DrawEntryRow, {
      id: newId(DRAW_ID.entry),
      drawId,
      memberId: member.id,
      key: k,
      fingerprint: print,
      count,
      points,
      status: 'ACTIVE',
      createdBy: opts.createdBy ?? null,
      createdAt: now,
      cancelledAt: null,
    });
    book.spend(points, 'REDEEM', 'DRAW', {
      occurredAt: now,
      redemptionId: entry.id,
      reason: `${count} entries of draw ${draw.id}`,
    });
    book.expireDue();
    book.event('points.redeemed', { memberId: member.id, drawEntryId: entry.id, drawId, points });
    return { entry, member };
  });
}

/** Cancels entries while the draw is open: the points return to the lots they came from. A retry changes nothing. */
export async function cancelDrawEntry(
  app: App,
  input: { entryId: string },
  opts: { createdBy?: string | null } = {},
): Promise<{ entry: DrawEntryRow; member: MemberRow }> {
  const id = str(input.entryId, f('entryId'), { max: 40, required: true })!;
  return inTransaction(app, async (em) => {
    const found = await em.findOne(DrawEntryRow, { id });
    if (!found || (opts.createdBy && found.createdBy !== opts.createdBy))
      throw new DomainError('NOT_FOUND', `No draw entry with id "${id}"`, f('entryId'));
    const member = await lockMember(em, { id: found.memberId });
    const entry = await em.findOneOrFail(DrawEntryRow, { id }, { refresh: true });
    if (entry.status === 'CANCELLED') return { entry, member };
    const draw = await lockDraw(em, entry.drawId, 'share', f('entryId'));
    const now = app.clock.now();
    if (drawPhase(draw, now) !== 'OPEN')
      throw new DomainError(
        'INVALID_TRANSITION',
        `Draw "${draw.name}" is closed: its entries stand`,
        f('entryId'),
      );
    const { book } = await restoreDebit(em, member, now, id, { reason: `draw entries ${id} cancelled` });
    entry.status = 'CANCELLED';
    entry.cancelledAt = now;
    book.event('points.redemption_cancelled', { memberId: member.id, drawEntryId: id, points: entry.points });
    return { entry, member };
  });
}

/** Draws the winners of a closed draw and reveals its seed; a second call answers the first result. */
export async function drawDrawWinners(app: App, actor: Actor, input: { drawId: string }) {
  const drawId = str(input.drawId, f('drawId'), { max: 40, required: true })!;
  return inTransaction(app, async (em) => {
    const draw = await lockDraw(em, drawId, 'update', f('drawId'));
    const now = app.clock.now();
    if (draw.drawnAt) return draw;
    if (drawPhase(draw, now) !== 'CLOSED')
      throw new DomainError('INVALID_TRANSITION', `Draw "${draw.name}" has not closed yet`, f('drawId'));
    const entries = await em.find(DrawEntryRow, { drawId, status: 'ACTIVE' });
    const prizes = await em.find(DrawPrizeRow, { drawId }, { orderBy: { position: 'asc' } });
    const winners = drawWinners(
      draw.seed,
      drawTickets(entries),
      prizes.map((p) => ({ prizeId: p.id, stock: p.stock })),
    );
    for (const w of winners) em.create(DrawWinnerRow, { drawId, ...w });
    draw.drawnAt = now;
    audit(em, actor, 'draw.draw', `draw:${draw.id}`, null, { seed: draw.seed, winners: winners.length }, now);
    return draw;
  });
}
