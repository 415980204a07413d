#!/usr/bin/env node
/**
 * Recomputes a points draw's winners from its revealed seed, independently of the API's code (only
 * node:crypto), and checks them against the published ones.
 *
 *   node bench/verify-draw.mjs --url http://localhost:4000/graphql --token <key> --draw drw_...
 *   node bench/verify-draw.mjs --file draw.json      (a saved `pointsDraw` answer)
 *
 * The rule (packages/core/src/engagement/draws.ts):
 * 1. SHA-256(seed) must equal the seedHash published when the draw opened.
 * 2. Tickets: the active entries in id order, each expanded into `count` tickets "<entryId>#<i>".
 * 3. Fisher-Yates from the last position down: for i = n-1 .. 1, r = first 13 hex digits of
 *    SHA-256("<seed>:<i>") as an integer, j = r mod (i+1), swap i and j.
 * 4. Prize units: prizes in position order, each repeated `stock` times; walk the shuffled tickets,
 *    a member who has not won yet takes the next unit.
 * Exit 0 when everything agrees, 1 otherwise.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const sha = (s) => createHash('sha256').update(s, 'utf8').digest('hex');

const QUERY = `query($id: ID!) { pointsDraw(id: $id) { id seedHash seed prizes { id position stock }
  winners { position prizeId ticket memberId } entries { id memberId count } } }`;

async function load() {
  if (args.file) {
    const j = JSON.parse(readFileSync(args.file, 'utf8'));
    return j.data?.pointsDraw ?? j.pointsDraw ?? j;
  }
  const res = await fetch(args.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${args.token}` },
    body: JSON.stringify({ query: QUERY, variables: { id: args.draw } }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.pointsDraw;
}

const draw = await load();
const problems = [];
if (!draw?.seed) problems.push('the seed is not revealed yet (the draw is not drawn)');
else {
  if (sha(draw.seed) !== draw.seedHash)
    problems.push(`SHA-256(seed) = ${sha(draw.seed)} ≠ published ${draw.seedHash}`);
  const tickets = [...draw.entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .flatMap((e) =>
      Array.from({ length: e.count }, (_, i) => ({ ticket: `${e.id}#${i}`, memberId: e.memberId })),
    );
  for (let i = tickets.length - 1; i >= 1; i--) {
    const j = parseInt(sha(`${draw.seed}:${i}`).slice(0, 13), 16) % (i + 1);
    [tickets[i], tickets[j]] = [tickets[j], tickets[i]];
  }
  const units = [...draw.prizes]
    .sort((a, b) => a.position - b.position)
    .flatMap((p) => Array.from({ length: p.stock }, () => p.id));
  const won = new Set();
  const expected = [];
  for (const t of tickets) {
    if (expected.length >= units.length) break;
    if (won.has(t.memberId)) continue;
    won.add(t.memberId);
    expected.push({
      position: expected.length + 1,
      prizeId: units[expected.length],
      ticket: t.ticket,
      memberId: t.memberId,
    });
  }
  const published = JSON.stringify(draw.winners);
  if (JSON.stringify(expected) !== published)
    problems.push(`winners differ:\n  recomputed ${JSON.stringify(expected)}\n  published  ${published}`);
  else
    console.log(
      `draw ${draw.id}: seed matches its hash; ${expected.length} winners recomputed from ${tickets.length} tickets agree`,
    );
}
if (problems.length) {
  console.error(`draw ${draw?.id}: NOT VERIFIED\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
