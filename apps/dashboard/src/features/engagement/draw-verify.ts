/**
 * The published rule of a points draw, recomputed in the browser with nothing but Web Crypto
 * (the same steps as bench/verify-draw.mjs; the API's own code is not used):
 * 1. SHA-256(seed) equals the seed hash published when the draw opened.
 * 2. Tickets: the active entries in id order, each expanded into `count` tickets "<entryId>#<i>".
 * 3. Fisher-Yates from the last position down: r = first 13 hex digits of SHA-256("<seed>:<i>"),
 *    j = r mod (i+1), swap i and j.
 * 4. Prizes in position order, each repeated `stock` times; walk the shuffled tickets, a member who
 *    has not won yet takes the next prize.
 */
export interface VerifiableDraw {
  seedHash: string;
  seed?: string | null;
  prizes: { id: string; position: number; stock: number }[];
  winners: { position: number; prizeId: string; ticket: string; memberId: string }[];
  entries: { id: string; memberId: string; count: number }[];
}

export interface Verification {
  hashMatches: boolean;
  winnersMatch: boolean;
  tickets: number;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function verifyDraw(d: VerifiableDraw): Promise<Verification> {
  const seed = d.seed ?? '';
  const hashMatches = (await sha256(seed)) === d.seedHash;
  const tickets = [...d.entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((e) =>
      Array.from({ length: e.count }, (_, i) => ({ ticket: `${e.id}#${i}`, memberId: e.memberId })),
    );
  for (let i = tickets.length - 1; i >= 1; i--) {
    const j = parseInt((await sha256(`${seed}:${i}`)).slice(0, 13), 16) % (i + 1);
    [tickets[i], tickets[j]] = [tickets[j], tickets[i]];
  }
  const units = [...d.prizes]
    .sort((a, b) => a.position - b.position)
    .flatMap((p) => Array.from({ length: p.stock }, () => p.id));
  const won = new Set<string>();
  const winners: VerifiableDraw['winners'] = [];
  for (const t of tickets) {
    if (winners.length >= units.length) break;
    if (won.has(t.memberId)) continue;
    won.add(t.memberId);
    winners.push({ position: winners.length + 1, prizeId: units[winners.length], ...t });
  }
  const published = [...d.winners].sort((a, b) => a.position - b.position);
  const winnersMatch =
    published.length === winners.length &&
    published.every(
      (w, i) =>
        w.prizeId === winners[i].prizeId &&
        w.ticket === winners[i].ticket &&
        w.memberId === winners[i].memberId,
    );
  return { hashMatches, winnersMatch, tickets: tickets.length };
}
