import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPhase, drawTickets, drawWinners, seedCommitment, shuffleTickets } from './draws';
import { sha256Hex } from './sha256';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('points draws', () => {
  it('hashes like node:crypto', () => {
    for (const s of [
      '',
      'abc',
      'a'.repeat(55),
      'b'.repeat(56),
      'c'.repeat(64),
      '积分抽奖 seed:12',
      'x'.repeat(1000),
    ])
      expect(sha256Hex(s)).toBe(nodeSha(s));
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => sha256Hex(s) === nodeSha(s)));
    expect(seedCommitment('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('expands entries into tickets in id order and draws each member at most once', () => {
    const tickets = drawTickets([
      { id: 'dre_2', memberId: 'm2', count: 1 },
      { id: 'dre_1', memberId: 'm1', count: 3 },
      { id: 'dre_3', memberId: 'm3', count: 2 },
    ]);
    expect(tickets.map((t) => t.ticket)).toEqual([
      'dre_1#0',
      'dre_1#1',
      'dre_1#2',
      'dre_2#0',
      'dre_3#0',
      'dre_3#1',
    ]);
    const winners = drawWinners('seed-1', tickets, [
      { prizeId: 'p1', stock: 1 },
      { prizeId: 'p2', stock: 5 },
    ]);
    expect(winners).toHaveLength(3);
    expect(new Set(winners.map((w) => w.memberId)).size).toBe(3);
    expect(winners.map((w) => w.prizeId)).toEqual(['p1', 'p2', 'p2']);
    expect(drawWinners('seed-1', tickets, [{ prizeId: 'p1', stock: 1 }])).toEqual(winners.slice(0, 1));
  });

  it('property: the shuffle is a permutation fixed by the seed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.array(fc.integer(), { maxLength: 40 }), (seed, xs) => {
        const a = shuffleTickets(seed, xs);
        expect([...a].sort()).toEqual([...xs].sort());
        expect(shuffleTickets(seed, xs)).toEqual(a);
      }),
    );
  });

  it('names the phase', () => {
    const d = { opensAt: new Date(10), closesAt: new Date(20), drawnAt: null };
    expect([5, 10, 19, 20].map((t) => drawPhase(d, new Date(t)))).toEqual([
      'SCHEDULED',
      'OPEN',
      'OPEN',
      'CLOSED',
    ]);
    expect(drawPhase({ ...d, drawnAt: new Date(21) }, new Date(25))).toBe('DRAWN');
  });
});
