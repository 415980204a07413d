/**
 * Contracts between the decisions that still have an ORM and a plain-SQL implementation: run both on
 * the same data and compare. Due lots (the ORM's PointsBook.openForEarning, the purchase path's
 * dueLotsQuery by id and by externalId, and core's isDueLot that refunds use), and the member lock
 * with its MEMBER_NOT_FOUND (lockMember on the ORM, lockMemberSql on plain SQL).
 */
import { isDueLot } from '@accrue/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { emSql } from '../db/sql/queries';
import { ID_PREFIX, newId } from '../ids';
import { lockMember, lockMemberSql, memberMatch } from '../services/members';
import { PointsBook } from '../services/points-book';
import { enrollMember } from '../modules/members/enroll-member';
import { startTestApp, TEST_DATABASES, type TestApp } from '../test/harness';

const T0 = new Date('2026-01-01T00:00:00Z').getTime();
const DAY = 86_400_000;

describe.each(TEST_DATABASES)('ORM and plain SQL agree on %s', (kind) => {
  let t: TestApp;
  let member: MemberRow;
  beforeAll(async () => {
    t = await startTestApp(kind);
    member = await enrollMember(t.app, { externalId: 'contract' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('on the lots due at any instant (ORM, SQL by id and by externalId, core predicate)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            remaining: fc.integer({ min: 0, max: 3 }),
            expiresDay: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
          }),
          { maxLength: 8 },
        ),
        fc.integer({ min: 0, max: 6 }),
        async (lots, nowDay) => {
          const em = t.app.orm.em.fork();
          await em.nativeDelete(LotRow, { memberId: member.id });
          const rows = lots.map((l) =>
            em.create(LotRow, {
              id: newId(ID_PREFIX.lot),
              memberId: member.id,
              source: 'PURCHASE',
              points: 3,
              remaining: l.remaining,
              earnedAt: new Date(T0),
              availableAt: new Date(T0),
              expiresAt: l.expiresDay === null ? null : new Date(T0 + l.expiresDay * DAY),
              orderId: null,
              campaignId: null,
              reminderStage: 0,
            }),
          );
          // lots are written only inside a transaction (their rollups commit with them)
          await em.begin();
          await em.flush();
          await em.commit();
          const now = new Date(T0 + nowDay * DAY);
          const ids = (list: { id: string }[]) => list.map((l) => l.id).sort();
          const expected = ids(rows.filter((r) => isDueLot(r, now)));
          const orm = await t.app.orm.em.transactional(async (tem) => {
            const m = await tem.findOneOrFail(MemberRow, { id: member.id });
            return ids(await ormDueLots(tem, m, now));
          });
          const sql = emSql(t.app.orm.em.fork());
          const run = async (q: { sql: string; params: unknown[] }) =>
            ids((await sql.all<{ id: string }>(q.sql, q.params)) as { id: string }[]);
          const byId = await run(PointsBook.dueLotsQuery(t.app.codecs, member.id, now));
          const byExt = await run(
            PointsBook.dueLotsQuery(
              t.app.codecs,
              memberMatch(t.app.codecs, { externalId: 'contract' }, []),
              now,
            ),
          );
          expect(orm).toEqual(expected);
          expect(byId).toEqual(expected);
          expect(byExt).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('on the member a lock finds, and on MEMBER_NOT_FOUND', async () => {
    for (const ref of [
      { id: member.id },
      { externalId: 'contract' },
      { id: 'mem_nobody' },
      { externalId: 'nobody' },
    ]) {
      const orm = await t.app.orm.em
        .fork()
        .transactional((em) => lockMember(em, ref))
        .then(
          (m) => ({ id: m.id, balance: m.pointsBalance }),
          (e: { code?: string; message: string; field?: string[] }) => ({ e: [e.code, e.message, e.field] }),
        );
      const sql = await t.app.sql
        .transaction((tx) => lockMemberSql(tx, t.app.codecs, ref))
        .then(
          (m) => ({ id: m.id, balance: m.pointsBalance }),
          (e: { code?: string; message: string; field?: string[] }) => ({ e: [e.code, e.message, e.field] }),
        );
      expect(sql).toEqual(orm);
    }
  });
});

/** PointsBook.openForEarning's lots (the ORM's query), read off the book it builds. */
async function ormDueLots(em: Parameters<typeof PointsBook.openForEarning>[0], m: MemberRow, now: Date) {
  const book = await PointsBook.openForEarning(em, m, now);
  return [...(book as unknown as { rows: Map<string, LotRow> }).rows.values()];
}
