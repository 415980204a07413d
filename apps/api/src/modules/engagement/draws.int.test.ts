/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * Points draws over HTTP on each database: entries bought with points while open (idempotent by key,
 * cancellable: the points return to their original lots and expiry), refused once closed; drawing
 * reveals the seed whose hash was published, is idempotent, and an independent script
 * (bench/verify-draw.mjs) recomputes the winners.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const CREATE = `mutation($i: CreatePointsDrawInput!) { createPointsDraw(input: $i) { draw { id phase seedHash seed prizes { id } } userErrors { code field } } }`;
const BUY = `mutation($i: BuyDrawEntriesInput!) { buyDrawEntries(input: $i) { entry { id count points status } member { balance { available } } userErrors { code message field } } }`;
const CANCEL = `mutation($i: CancelDrawEntryInput!) { cancelDrawEntry(input: $i) { entry { id status } member { balance { available } } userErrors { code message } } }`;
const DRAW = `mutation($i: DrawWinnersInput!) { drawPointsDrawWinners(input: $i) { draw { id phase seed seedHash winners { position prizeId ticket memberId } entries { id memberId count } } userErrors { code message } } }`;
const ENROL = `mutation($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } } }`;
const PURCHASE = `mutation($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded } }`;
const LOTS = `query($r: MemberRefInput!) { member(ref: $r) { lots { id remaining expiresAt } } }`;
const run = promisify(execFile);

describe.each(TEST_DATABASES)('points draws on %s', (kind) => {
  let t: TestApp;
  let shop: string;
  const start = new Date('2026-12-01T00:00:00Z');
  const clock = fixedClock(start);
  let drawId = '';
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { ACCRUE_RATE_LIMIT_PER_MINUTE: '0' } });
    shop = (
      await t.ok<any, any>(`mutation { createApiKey(input: { name: "shop", role: STOREFRONT }) { key } }`)
    ).createApiKey.key;
    for (let i = 1; i <= 6; i++) {
      await t.ok(ENROL, { i: { externalId: `m${i}` } });
      await t.ok(PURCHASE, { i: { member: { externalId: `m${i}` }, orderId: `o${i}`, amountMinor: 100000 } });
    }
  });
  afterAll(async () => {
    await t?.close();
  });
  const buy = async (m: string, key: string, count: number) =>
    (await t.ok<any, any>(BUY, { i: { member: { externalId: m }, drawId, count, key } }, shop))
      .buyDrawEntries;

  it('publishes the seed hash only, sells entries with points once per key, and cancels them back to their lots', async () => {
    const c = (
      await t.ok<any, any>(CREATE, {
        i: {
          name: 'December draw',
          entryCostPoints: 100,
          maxEntriesPerMember: 5,
          opensAt: start.toISOString(),
          closesAt: '2026-12-08T00:00:00Z',
          prizes: [
            { name: 'phone', stock: 1 },
            { name: 'mug', stock: 2 },
          ],
        },
      })
    ).createPointsDraw;
    expect(c.userErrors).toEqual([]);
    expect(c.draw).toMatchObject({ phase: 'OPEN', seed: null });
    expect(c.draw.seedHash).toMatch(/^[0-9a-f]{64}$/);
    drawId = c.draw.id;
    const before = JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: 'm1' } })).member.lots);
    const first = await buy('m1', 'k1', 3);
    expect(first.entry).toMatchObject({ count: 3, points: 300, status: 'ACTIVE' });
    const available = first.member.balance.available;
    expect((await buy('m1', 'k1', 3)).entry.id).toBe(first.entry.id); // a retry
    expect((await buy('m1', 'k1', 2)).userErrors).toMatchObject([{ code: 'IDEMPOTENCY_CONFLICT' }]);
    expect((await buy('m1', 'k2', 3)).userErrors).toMatchObject([{ code: 'REWARD_LIMIT_REACHED' }]);
    await t.ok(ENROL, { i: { externalId: 'poor' } }); // 50 welcome points
    expect((await buy('poor', 'k3', 1)).userErrors[0].code).toBe('INSUFFICIENT_POINTS');
    const cancelled = (await t.ok<any, any>(CANCEL, { i: { entryId: first.entry.id } }, shop))
      .cancelDrawEntry;
    expect(cancelled.entry.status).toBe('CANCELLED');
    expect(cancelled.member.balance.available).toBe(available + 300);
    expect(JSON.stringify((await t.ok<any, any>(LOTS, { r: { externalId: 'm1' } })).member.lots)).toBe(
      before,
    );
    for (let i = 1; i <= 6; i++) expect((await buy(`m${i}`, `e${i}`, i <= 3 ? 2 : 1)).userErrors).toEqual([]);
  });

  it('refuses entries and cancellation once closed, draws once, and the script recomputes the winners', async () => {
    const early = (await t.ok<any, any>(DRAW, { i: { drawId } })).drawPointsDrawWinners;
    expect(early.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    clock.set(new Date('2026-12-08T00:00:00Z'));
    expect((await buy('m1', 'late', 1)).userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    const drawn = (await t.ok<any, any>(DRAW, { i: { drawId } })).drawPointsDrawWinners;
    expect(drawn.userErrors).toEqual([]);
    expect(drawn.draw.phase).toBe('DRAWN');
    expect(drawn.draw.winners).toHaveLength(3);
    expect(new Set(drawn.draw.winners.map((w: any) => w.memberId)).size).toBe(3);
    expect(drawn.draw.entries.map((e: any) => e.count)).toEqual([2, 2, 2, 1, 1, 1]);
    const late = (await t.ok<any, any>(CANCEL, { i: { entryId: drawn.draw.entries[0].id } }, shop))
      .cancelDrawEntry;
    expect(late.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    const again = (await t.ok<any, any>(DRAW, { i: { drawId } })).drawPointsDrawWinners;
    expect(again.draw).toEqual(drawn.draw);
    const script = join(__dirname, '../../../../../bench/verify-draw.mjs');
    const { stdout } = await run(process.execPath, [
      script,
      '--url',
      t.url,
      '--token',
      shop,
      '--draw',
      drawId,
    ]);
    expect(stdout).toContain('3 winners recomputed from 9 tickets agree');
    // a tampered answer is caught
    const tampered = { ...drawn.draw, winners: [...drawn.draw.winners].reverse(), prizes: [] as any[] };
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${shop}` },
      body: JSON.stringify({ query: `{ pointsDraw(id: "${drawId}") { prizes { id position stock } } }` }),
    });
    tampered.prizes = ((await res.json()) as any).data.pointsDraw.prizes;
    const file = join(__dirname, `../../../node_modules/.cache-draw-${kind}.json`);
    const { writeFileSync, rmSync } = await import('node:fs');
    writeFileSync(file, JSON.stringify(tampered));
    await expect(run(process.execPath, [script, '--file', file])).rejects.toMatchObject({ code: 1 });
    rmSync(file);
  });
});
