/**
 * Points draws (product.md, Engagement): verifiable with a commit and reveal. When the draw opens,
 * SHA-256(seed) is published; after it closes the seed is revealed, and anyone recomputes the winners
 * from the seed and the ordered ticket list with this function (bench/verify-draw.mjs does it again
 * on its own, with node:crypto).
 *
 * The rule, exactly:
 * 1. Tickets: every active (not cancelled) entry purchase in id order, each expanded into `count`
 *    tickets "<entryId>#<i>" (i = 0..count-1), in that order.
 * 2. Shuffle (Fisher-Yates, from the last position down): for i = n-1 .. 1,
 *    r = the first 13 hex digits of SHA-256("<seed>:<i>") read as an integer (52 bits),
 *    j = r mod (i+1), swap positions i and j.
 * 3. Prize units: each prize, in position order, repeated `stock` times.
 * 4. Walk the shuffled tickets; a ticket whose member has not won yet takes the next prize unit,
 *    until the units or the tickets run out. A member wins at most once.
 */
import { sha256Hex } from './sha256';

export interface DrawTicket {
  /** "<entryId>#<i>" */
  ticket: string;
  memberId: string;
}

export interface DrawPrizeUnit {
  prizeId: string;
  stock: number;
}

export interface DrawWinner {
  /** 1-based, in the order prizes were handed out */
  position: number;
  prizeId: string;
  ticket: string;
  memberId: string;
}

export const seedCommitment = (seed: string) => sha256Hex(seed);

/** Step 1: entry purchases (active ones, sorted by id) as tickets. */
export function drawTickets(
  entries: readonly { id: string; memberId: string; count: number }[],
): DrawTicket[] {
  return [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((e) =>
      Array.from({ length: e.count }, (_, i) => ({ ticket: `${e.id}#${i}`, memberId: e.memberId })),
    );
}

/** Step 2: the seed's shuffle of the tickets. */
export function shuffleTickets<T>(seed: string, tickets: readonly T[]): T[] {
  const out = [...tickets];
  for (let i = out.length - 1; i >= 1; i--) {
    const r = parseInt(sha256Hex(`${seed}:${i}`).slice(0, 13), 16);
    const j = r % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Steps 2 to 4: the winners of a draw. */
export function drawWinners(
  seed: string,
  tickets: readonly DrawTicket[],
  prizes: readonly DrawPrizeUnit[],
): DrawWinner[] {
  const units = prizes.flatMap((p) => Array.from({ length: Math.max(0, p.stock) }, () => p.prizeId));
  const won = new Set<string>();
  const winners: DrawWinner[] = [];
  for (const t of shuffleTickets(seed, tickets)) {
    if (winners.length >= units.length) break;
    if (won.has(t.memberId)) continue;
    won.add(t.memberId);
    winners.push({
      position: winners.length + 1,
      prizeId: units[winners.length],
      ticket: t.ticket,
      memberId: t.memberId,
    });
  }
  return winners;
}

/** A draw's phase at `now`: entries may be bought and cancelled only while OPEN. */
export function drawPhase(d: { opensAt: Date; closesAt: Date; drawnAt?: Date | null }, now: Date) {
  if (d.drawnAt) return 'DRAWN' as const;
  if (now < d.opensAt) return 'SCHEDULED' as const;
  if (now < d.closesAt) return 'OPEN' as const;
  return 'CLOSED' as const;
}

/**
 * Bonus points the monthly cap refused, as entries of the program's over-cap draw (product.md:
 * "bonus points beyond the monthly cap may turn into draw entries"): one entry per full entry cost;
 * the remainder stays refused.
 */
export function overCapEntries(
  refusedPoints: number,
  entryCostPoints: number,
): { entries: number; points: number } {
  if (entryCostPoints <= 0 || refusedPoints <= 0) return { entries: 0, points: 0 };
  const entries = Math.floor(refusedPoints / entryCostPoints);
  return { entries, points: entries * entryCostPoints };
}
