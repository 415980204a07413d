/**
 * SQLite's purchase writer thread (pipeline/sqlite-writer.ts): purchases commit on a worker thread with
 * a connection of its own. The same scripted program, run once on the thread and once inline (on
 * the main thread), must answer and store exactly the same; errors keep their codes and fields;
 * the program crosses when staff change it; a failing purchase in a shared commit fails alone; the
 * ORM's writes interleave with the thread's commits; a dead thread is replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EnrollMemberDocument,
  RecordPurchaseDocument,
  RefundPurchaseDocument,
  UpdateProgramSettingsDocument,
} from '@accrue/sdk';
import type { Worker } from 'node:worker_threads';
import { LedgerEntryRow, LotRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { OutboxEventRow } from '../db/entities/outbox';
import { PurchaseRow } from '../db/entities/purchases';
import { fixedClock, startTestApp, type TestApp } from '../test/harness';
import type { PurchaseWriter } from './sqlite-writer';

const START = new Date('2025-03-03T04:00:00Z');

/** The scripted program: every answer, in order, with ids replaced by their order of appearance. */
async function script(t: TestApp, clock: ReturnType<typeof fixedClock>) {
  const answers: unknown[] = [];
  const say = (v: unknown) => answers.push(v);
  const buy = async (input: Record<string, unknown>) => {
    const r = await t.gql(RecordPurchaseDocument, { input: input as never });
    say({ data: r.data, errors: r.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.field]) });
  };
  const ann = await t.ok(EnrollMemberDocument, { input: { externalId: 'ann', birthday: '1990-03-14' } });
  await t.ok(EnrollMemberDocument, {
    input: { externalId: 'ben', referralCode: ann.enrollMember.member!.referralCode },
  });
  await buy({ member: { externalId: 'ann' }, orderId: 'o-1', amountMinor: 32_050 }); // birthday month
  await buy({
    member: { externalId: 'ben' }, // first purchase of a referred member: both sides rewarded
    orderId: 'o-2',
    amountMinor: 150_000,
    items: [
      { sku: 'a', category: 'beauty', quantity: 1, amountMinor: 100_000 },
      { sku: 'b', quantity: 2, amountMinor: 50_000 },
    ],
  });
  await buy({ member: { externalId: 'ben' }, orderId: 'o-2', amountMinor: 150_000 }); // other content
  await buy({ member: { externalId: 'ann' }, orderId: 'o-1', amountMinor: 32_050 }); // a retry
  await buy({ member: { externalId: 'ann' }, orderId: 'o-2', amountMinor: 150_000 }); // another member's order
  await buy({ member: { externalId: 'nobody' }, orderId: 'o-3', amountMinor: 100 });
  await buy({ member: { externalId: 'ann' }, orderId: 'o-4', amountMinor: 1_000, currency: 'USD' });
  await buy({
    member: { externalId: 'ann' },
    orderId: 'o-5',
    amountMinor: 5_000,
    occurredAt: '2024-04-01T00:00:00Z',
  });
  clock.advance(40 * 86_400_000);
  await buy({ member: { externalId: 'ann' }, orderId: 'o-6', amountMinor: 90_000 }); // Silver now
  say(
    await t.gql(RefundPurchaseDocument, { input: { orderId: 'o-6', refundId: 'r-1', amountMinor: 30_000 } }),
  );
  await buy({ member: { externalId: 'ann' }, orderId: 'o-7', amountMinor: 12_345 });

  const em = t.app.orm.em.fork();
  const strip = (rows: object[], ...keys: string[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));
  say(strip(await em.find(PurchaseRow, {}, { orderBy: { orderId: 'asc' } }), 'id', 'memberId', 'createdAt'));
  say(
    strip(
      await em.find(LedgerEntryRow, {}, { orderBy: { id: 'asc' } }),
      'id',
      'memberId',
      'lotId',
      'refundId',
      'createdAt',
    ),
  );
  say(strip(await em.find(LotRow, {}, { orderBy: { id: 'asc' } }), 'id', 'memberId'));
  say(
    strip(
      await em.find(MemberRow, {}, { orderBy: { externalId: 'asc' } }),
      'id',
      'referralCode',
      'referredById',
      'tierId',
      'createdAt',
    ),
  );
  // ids differ between runs (they are random): number them by first appearance instead
  const ids = new Map<string, string>();
  return JSON.parse(
    JSON.stringify(answers).replace(/\b[a-z]+_[0-9a-z]{26}\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
      return ids.get(id)!;
    }),
  ) as unknown[];
}

const writerOf = (t: TestApp) => t.app.purchaseWriter as PurchaseWriter;

describe('the SQLite purchase writer thread', () => {
  let thread: TestApp;
  let inline: TestApp;
  const threadClock = fixedClock(START);
  const inlineClock = fixedClock(START);
  beforeAll(async () => {
    thread = await startTestApp('sqlite', { clock: threadClock });
    inline = await startTestApp('sqlite', { clock: inlineClock, env: { ACCRUE_SQLITE_WRITER: 'inline' } });
  });
  afterAll(async () => {
    await thread?.close();
    await inline?.close();
  });

  it('answers and stores exactly what the inline path does, errors included', async () => {
    expect(inline.app.purchaseWriter).toBeNull();
    expect(writerOf(thread).stats.succeeded).toBe(0);
    const onThread = await script(thread, threadClock);
    const onMain = await script(inline, inlineClock);
    expect(onThread).toEqual(onMain);
    // the purchases really ran there: 6 answered (a retry among them), 3 failed in their transaction
    // (two conflicts, an unknown member); the unknown currency was refused before the thread
    expect(writerOf(thread).stats).toMatchObject({ succeeded: 6, failed: 3 });
    // and the answers are the rules' (a spot check that the comparison compares something)
    const unknown = onThread[5] as { errors: unknown[] };
    expect(JSON.stringify(unknown)).toMatch(/NOT_FOUND|UNKNOWN_MEMBER/);
    expect(JSON.stringify(onThread[2])).toContain('IDEMPOTENCY_CONFLICT');
  });

  it('earns by the program staff just saved (the program crosses to the thread)', async () => {
    await thread.ok(EnrollMemberDocument, { input: { externalId: 'cat' } });
    const buy = (orderId: string) =>
      thread.ok(RecordPurchaseDocument, {
        input: { member: { externalId: 'cat' }, orderId, amountMinor: 10_000 },
      });
    const before = await buy('p-1');
    await thread.ok(UpdateProgramSettingsDocument, { input: { pointsPerCurrencyUnit: 3 } });
    const after = await buy('p-2');
    const base = (r: typeof before) =>
      r.recordPurchase.purchase!.entries.find((e) => e.reason === 'BASE')!.points;
    expect(base(before)).toBe(100);
    expect(base(after)).toBe(300);
  });

  it('commits concurrent purchases together; a failing one fails alone; enrolments interleave', async () => {
    const members = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        thread
          .ok(EnrollMemberDocument, { input: { externalId: `m-${i}` } })
          .then((r) => r.enrollMember.member!.id),
      ),
    );
    const before = writerOf(thread).stats.succeeded;
    const orders = Array.from({ length: 60 }, (_, i) => ({
      id: members[i % 8],
      orderId: `c-${i}`,
      amount: 1_000 + i,
    }));
    orders.push({ id: 'mem_nobody', orderId: 'c-x', amount: 1 });
    const [results, late] = await Promise.all([
      Promise.all(
        orders.map((o) =>
          thread.gql(RecordPurchaseDocument, {
            input: { member: { id: o.id }, orderId: o.orderId, amountMinor: o.amount },
          }),
        ),
      ),
      // an ORM write on the main thread, between the writer's commits
      thread.gql(EnrollMemberDocument, { input: { externalId: 'late' } }),
    ]);
    const failed = results.filter((r) => r.errors?.length || r.data?.recordPurchase.userErrors.length);
    expect(failed).toEqual([results[60]]);
    expect(late.data!.enrollMember.member!.externalId).toBe('late');
    expect(writerOf(thread).stats.succeeded - before).toBe(60);
    // fewer messages than purchases: they crossed (and committed) in batches
    expect(writerOf(thread).stats.messages).toBeLessThan(writerOf(thread).stats.succeeded);
    const em = thread.app.orm.em.fork();
    const stored = await em.count(PurchaseRow, { orderId: { $like: 'c-%' } });
    expect(stored).toBe(60);
    const awarded = results.slice(0, 60).reduce((s, r) => s + r.data!.recordPurchase.pointsAwarded!, 0);
    const ledger = await em.find(LedgerEntryRow, { orderId: { $like: 'c-%' } });
    expect(ledger.reduce((s, e) => s + e.points, 0)).toBe(awarded);
  });

  it('replaces a writer thread that died', async () => {
    await thread.ok(EnrollMemberDocument, { input: { externalId: 'dee' } });
    const buy = (orderId: string) =>
      thread.ok(RecordPurchaseDocument, {
        input: { member: { externalId: 'dee' }, orderId, amountMinor: 2_000 },
      });
    await buy('d-1');
    const first = writerOf(thread).threadId;
    expect(first).not.toBeNull();
    await (writerOf(thread) as unknown as { worker: Worker }).worker.terminate();
    const r = await buy('d-2');
    expect(r.recordPurchase.pointsAwarded).toBe(60); // 20.00 at 3 points per unit (set above)
    expect(writerOf(thread).threadId).not.toBe(first);
    expect(writerOf(thread).threadId).not.toBeNull();
  });

  it('runs the steps of pipeline/steps.ts on the thread: one registration serves both threads', async () => {
    // (this replaces the check that purchases ran inline while a main-thread-only extension was
    // registered: extensions are gone, steps are registered once for every thread)
    await thread.ok(EnrollMemberDocument, { input: { externalId: 'eve' } });
    const before = { ...writerOf(thread).stats };
    const r = await thread.ok(RecordPurchaseDocument, {
      input: { member: { externalId: 'eve' }, orderId: 'e-1', amountMinor: 5_000 },
    });
    expect(writerOf(thread).stats.succeeded).toBe(before.succeeded + 1);
    // the observers ran there after the decision: the outbox step's event names the points awarded
    const em = thread.app.orm.em.fork();
    const entries = await em.find(LedgerEntryRow, { orderId: 'e-1' });
    expect(entries.reduce((s, e) => s + e.points, 0)).toBe(r.recordPurchase.pointsAwarded);
    const events = await em.find(OutboxEventRow, { type: 'points.earned' });
    expect(events.map((e) => e.payload).filter((p) => p.orderId === 'e-1')).toEqual([
      { memberId: r.recordPurchase.member!.id, orderId: 'e-1', points: r.recordPurchase.pointsAwarded },
    ]);
  });
});
