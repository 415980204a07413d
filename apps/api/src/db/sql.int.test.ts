/**
 * The plain-SQL path (db/sql.ts, db/batch.ts) against real databases: rows written through a
 * WriteBatch read back identical through the ORM, through a prepared read and through readMany's
 * JSON path, whatever the strings hold (quotes, backslashes, unicode: the PostgreSQL path inlines the
 * first and last statements of a transaction as literals); and a group commit on SQLite keeps a failing
 * transaction from taking its neighbours down, or leaving anything behind.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@accrue/core';
import { WriteBatch } from './batch';
import { PurchaseRow } from './entities/purchases';
import { readMany } from './sql/queries';
import { type Increment, type Row } from './sql/types';
import { ID_PREFIX, newId } from '../ids';
import { recordPurchase } from '../modules/purchases/record-purchase';
import { enrollMember } from '../modules/members/enroll-member';
import { lockMemberQuery } from '../services/members';
import { startTestApp, TEST_DATABASES, type TestApp } from '../test/harness';

// text as an order system might send it, with the characters that break naive quoting
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(`it's`, `back\\slash`, `"quoted"`, `$1 ? ?? :x`, `e'\\x00'`, `品类-电子`, `emoji 🎉`, `--`),
);
const instant = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

describe.each(TEST_DATABASES)('plain SQL on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('writes rows that read back identical through the ORM, a prepared read and readMany', async () => {
    const codec = t.app.codecs.of(PurchaseRow);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          orderId: text,
          memberId: text,
          amountMinor: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
          currency: fc.constantFrom('CNY', 'EUR'),
          refundedMinor: fc.integer({ min: 0, max: 1_000_000 }),
          occurredAt: instant,
          pointsAwarded: fc.integer({ min: -1_000_000, max: 1_000_000 }),
          items: fc.option(
            fc.array(fc.record({ sku: text, category: fc.option(text), amountMinor: fc.nat() }), {
              maxLength: 3,
            }),
          ),
          createdAt: instant,
        }),
        async (data) => {
          const row: PurchaseRow = {
            ...data,
            id: newId(ID_PREFIX.purchase),
            orderId: `${data.orderId}-${newId('o')}`,
            pointsReversed: 0,
          };
          await t.app.sql.transaction(async (tx) => {
            const batch = new WriteBatch(t.app.codecs);
            batch.insert(PurchaseRow, row);
            await batch.flush(tx, { last: true });
          });
          const viaOrm = await t.app.orm.em.fork().findOneOrFail(PurchaseRow, { id: row.id });
          expect({ ...viaOrm }).toEqual(row);
          const [viaSql, viaJson] = await t.app.sql.transaction(async (tx) => {
            const [prepared] = await tx.all('select * from "purchase" where "id" = ?', [row.id]);
            // a second statement, so the prepared (not the inlined first) path is tested as well
            const [again] = await tx.all('select * from "purchase" where "id" = ?', [row.id]);
            const many = await readMany(tx, {
              one: { sql: 'select * from "purchase" where "id" = ?', params: [row.id] },
              none: { sql: 'select * from "purchase" where "id" = ?', params: ['nothing'] },
            });
            expect(many.none).toEqual([]);
            expect(codec.fromRow(again)).toEqual(codec.fromRow(prepared));
            return [codec.fromRow(prepared), codec.fromRow(many.one[0])];
          });
          expect(viaSql).toEqual(row);
          expect(viaJson).toEqual(row);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('rolls back a transaction that throws, and nothing of it remains', async () => {
    const id = newId(ID_PREFIX.purchase);
    await expect(
      t.app.sql.transaction(async (tx) => {
        const batch = new WriteBatch(t.app.codecs);
        batch.insert(PurchaseRow, {
          id,
          orderId: id,
          memberId: 'm',
          amountMinor: 1,
          currency: 'CNY',
          refundedMinor: 0,
          occurredAt: new Date(),
          pointsAwarded: 0,
          pointsReversed: 0,
          items: null,
          createdAt: new Date(),
        });
        await batch.flush(tx);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await t.app.orm.em.fork().findOne(PurchaseRow, { id })).toBeNull();
  });

  it('commits concurrent purchases together while the failing ones leave nothing', async () => {
    const a = await enrollMember(t.app, { externalId: `gc-a-${kind}` });
    const b = await enrollMember(t.app, { externalId: `gc-b-${kind}` });
    // b owns order gc-taken; a's attempts to reuse it fail inside the transaction, after the lock
    await recordPurchase(t.app, { member: { id: b.id }, orderId: 'gc-taken', amountMinor: 1000 });
    const attempts = Array.from({ length: 30 }, (_, i) =>
      recordPurchase(t.app, {
        member: { id: a.id },
        orderId: i % 3 === 0 ? 'gc-taken' : `gc-${i}`,
        amountMinor: 10_000 + i,
      }).then(
        (r) => ({ ok: true as const, points: r.pointsAwarded }),
        (e: unknown) => ({ ok: false as const, code: e instanceof DomainError ? e.code : String(e) }),
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.code))).toEqual(
      Array(10).fill('IDEMPOTENCY_CONFLICT'),
    );
    const em = t.app.orm.em.fork();
    const purchases = await em.find(PurchaseRow, { memberId: a.id }, { orderBy: { orderId: 'asc' } });
    expect(purchases).toHaveLength(20);
    const member = await em.findOneOrFail('MemberRow', { id: a.id });
    const awarded = results.reduce((s, r) => s + (r.ok ? r.points : 0), 0);
    // welcome 50 + everything the 20 purchases awarded, nothing from the 10 refusals
    expect((member as { pointsBalance: number }).pointsBalance).toBe(50 + awarded);
    expect(purchases.reduce((s, p) => s + p.pointsAwarded, 0)).toBe(awarded);
  });

  it('pipelined statements run after the lock before them is granted, and see what its holder committed', async () => {
    const m = await enrollMember(t.app, { externalId: `pipe-${kind}` });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const lockHeld = new Promise<void>((r) => (locked = r));
    const holder = t.app.sql.transaction(async (tx) => {
      const lock = lockMemberQuery(tx.dialect, t.app.codecs, { id: m.id }, ['member']);
      await tx.all(lock.sql, lock.params);
      await tx.run('update "member" set "points_balance" = ? where "id" = ?', [777, m.id]);
      locked();
      await gate;
      await tx.finish('update "member" set "lifetime_earned" = ? where "id" = ?', [778, m.id]);
    });
    await lockHeld;
    const waiter = t.app.sql.transaction((tx) =>
      tx.pipeline([
        lockMemberQuery(tx.dialect, t.app.codecs, { id: m.id }, ['member']),
        { sql: 'select "points_balance", "lifetime_earned" from "member" where "id" = ?', params: [m.id] },
      ]),
    );
    await new Promise((r) => setTimeout(r, 150));
    release();
    await holder;
    const [lockRows, [row]] = await waiter;
    expect(lockRows).toHaveLength(1);
    // a read planned before the lock was granted would still see 50 and 50
    expect([Number(row.points_balance), Number(row.lifetime_earned)]).toEqual([777, 778]);
  });

  it('keeps working after a statement fails in the message that prepared the one before it', async () => {
    const probe = {
      sql: `select "id" from "member" where "external_id" = ? /* ${kind} retire */`,
      params: ['x'],
    };
    await expect(
      t.app.sql.transaction((tx) =>
        tx.pipeline([probe, { sql: 'select * from "no_such_table"', params: [] }]),
      ),
    ).rejects.toThrow(/no_such_table/);
    // every pooled connection, the one that failed included, can still prepare and run the statement
    const runs = await Promise.all(
      Array.from({ length: 12 }, () => t.app.sql.transaction((tx) => tx.pipeline([probe, probe]))),
    );
    for (let i = 0; i < 12; i++)
      expect(await t.app.sql.transaction((tx) => tx.pipeline([probe]))).toEqual([[] as Row[]]);
    expect(runs).toEqual(Array(12).fill([[], []]));
  });

  it.runIf(kind === 'postgresql')(
    'prepares a bounded number of statements per connection, and inlines the rest',
    async () => {
      const statements = Array.from({ length: 260 }, (_, n) => ({
        sql: `select cast(? as integer) + ${n} as "v" /* cap ${n} */`,
        params: [1000],
      }));
      const [results, [[{ prepared }]]] = await t.app.sql.transaction(async (tx) => [
        await tx.pipeline(statements),
        await tx.pipeline([
          {
            sql: `select count(*)::int as "prepared" from pg_prepared_statements where name like 'accx%'`,
            params: [],
          },
        ]),
      ]);
      expect(results.map((rows) => rows[0].v)).toEqual(statements.map((_, n) => 1000 + n));
      expect(prepared).toBeGreaterThan(0);
      expect(prepared).toBeLessThanOrEqual(200);
    },
  );

  describe('transactions that run together (group commit)', () => {
    const bump = (id: string) => ({
      sql: 'update "member" set "lifetime_earned" = "lifetime_earned" + 1 where "id" = ?',
      params: [id],
    });
    const lock = (id: string) => lockMemberQuery(kind, t.app.codecs, { id }, ['member']);
    const earned = async (ids: string[]) => {
      const rows = await t.app.orm.em
        .fork()
        .getConnection()
        .execute(
          `select "id", "lifetime_earned" from "member" where "id" in (${ids.map(() => '?').join(', ')})`,
          ids,
        );
      return new Map<string, number>(rows.map((r: Row) => [r.id as string, Number(r.lifetime_earned)]));
    };
    const members = async (tag: string, n: number) =>
      Promise.all(
        Array.from({ length: n }, (_, i) => enrollMember(t.app, { externalId: `${tag}-${kind}-${i}` })),
      ).then((ms) => ms.map((m) => m.id));

    it('loses no update when the same member comes twice, and commits every member once', async () => {
      const ids = await members('grp', 6);
      const before = await earned(ids);
      // each transaction reads the member after locking it and writes what it read + 1
      const order = [...ids, ...Array<string>(12).fill(ids[0]), ids[3]];
      await Promise.all(
        order.map((id) =>
          t.app.sql.transaction(async (tx) => {
            const [, [row]] = await tx.pipeline([
              lock(id),
              { sql: 'select "lifetime_earned" from "member" where "id" = ?', params: [id] },
            ]);
            await tx.finish('update "member" set "lifetime_earned" = ? where "id" = ?', [
              Number(row.lifetime_earned) + 1,
              id,
            ]);
          }),
        ),
      );
      const after = await earned(ids);
      for (const id of ids)
        expect(after.get(id)! - before.get(id)!).toBe(order.filter((o) => o === id).length);
    });

    it('a transaction that fails in the database leaves the others of its group committed', async () => {
      const ids = await members('grpfail', 5);
      const before = await earned(ids);
      const results = await Promise.allSettled(
        ids.map((id, i) =>
          t.app.sql.transaction(async (tx) => {
            await tx.pipeline([lock(id)]);
            if (i === 2) await tx.finish('insert into "no_such_table" ("id") values (?)', [id]);
            else await tx.finish(bump(id).sql, bump(id).params);
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
      const after = await earned(ids);
      expect(ids.map((id) => after.get(id)! - before.get(id)!)).toEqual([1, 1, 0, 1, 1]);
    });

    it("a transaction that also locks another member of its group loses none of that member's updates", async () => {
      const [x, y, z] = await members('grpref', 3);
      const before = await earned([x, y, z]);
      const readThenWrite = (id: string, also?: string) =>
        t.app.sql.transaction(async (tx) => {
          const [, [row]] = await tx.pipeline([
            lock(id),
            { sql: 'select "lifetime_earned" from "member" where "id" = ?', params: [id] },
          ]);
          if (also) {
            // like a referred member's first purchase rewarding the referrer
            const [[other]] = await tx.pipeline([lock(also)]);
            await tx.run('update "member" set "lifetime_earned" = ? where "id" = ?', [
              Number(other.lifetime_earned) + 10,
              also,
            ]);
          }
          await tx.finish('update "member" set "lifetime_earned" = ? where "id" = ?', [
            Number(row.lifetime_earned) + 1,
            id,
          ]);
        });
      await Promise.all([readThenWrite(x), readThenWrite(y, x), readThenWrite(z)]);
      const after = await earned([x, y, z]);
      expect([x, y, z].map((id) => after.get(id)! - before.get(id)!)).toEqual([11, 1, 1]);
    });

    it('sums the increments of shared rows over the group: a transaction that fails adds nothing, and a bad increment fails only its own', async () => {
      const ids = await members('grpinc', 8);
      const before = await earned(ids);
      const day = kind === 'sqlite' ? '1990-01-01' : '1990-01-02';
      const row = async () => {
        const [r] = (await t.app.orm.em
          .fork()
          .getConnection()
          .execute(
            `select sum("orders") as "o", sum("sales_minor") as "s" from "metrics_daily" where "day" = ?`,
            [day],
          )) as Row[];
        return [Number(r.o), Number(r.s)];
      };
      const results = await Promise.allSettled(
        ids.map((id, i) =>
          t.app.sql.transaction(async (tx) => {
            await tx.pipeline([lock(id)]);
            const shared: Increment[] = [
              // rows in either shard, so the group writes both in one statement
              {
                table: 'metrics_daily',
                key: { day, campaign_id: '', shard: i % 2 },
                add: { orders: 1 },
                create: true,
              },
              {
                table: 'metrics_daily',
                key: { shard: 0, campaign_id: '', day },
                add: { sales_minor: 100 + i },
                create: true,
              },
            ];
            // 5: an increment the database refuses; 6: a transaction that fails after its last statement
            if (i === 5)
              shared.push({
                table: 'no_such_table',
                key: { day, campaign_id: '', shard: 0 },
                add: { orders: 1 },
                create: true,
              });
            await tx.finish(bump(id).sql, bump(id).params, shared);
            if (i === 6) throw new Error('changed my mind');
          }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(
        ids.map((_, i) => (i === 5 || i === 6 ? 'rejected' : 'fulfilled')),
      );
      expect(String((results[5] as PromiseRejectedResult).reason)).toMatch(/no_such_table/);
      // on PostgreSQL the last statement carries the COMMIT, so 6 failing after it undoes nothing; on
      // SQLite the group commits later, and 6's savepoint (its increments with it) is rolled back
      const kept = kind === 'sqlite' ? [0, 1, 2, 3, 4, 7] : [0, 1, 2, 3, 4, 6, 7];
      expect(await row()).toEqual([kept.length, kept.reduce((s, i) => s + 100 + i, 0)]);
      const after = await earned(ids);
      expect(ids.map((id) => after.get(id)! - before.get(id)!)).toEqual(
        ids.map((_, i) => (kept.includes(i) ? 1 : 0)),
      );
    });

    it('one orderId posted for several members at once: one purchase, the others IDEMPOTENCY_CONFLICT', async () => {
      const ids = await members('grpdup', 6);
      const results = await Promise.all(
        ids.map((id) =>
          recordPurchase(t.app, { member: { id }, orderId: `grpdup-${kind}`, amountMinor: 5000 }).then(
            () => 'ok',
            (e: unknown) => (e instanceof DomainError ? e.code : String(e)),
          ),
        ),
      );
      expect(results.filter((r) => r === 'ok')).toHaveLength(1);
      expect(results.filter((r) => r !== 'ok')).toEqual(Array(5).fill('IDEMPOTENCY_CONFLICT'));
      const rows = await t.app.orm.em.fork().find(PurchaseRow, { orderId: `grpdup-${kind}` });
      expect(rows).toHaveLength(1);
    });

    it.runIf(kind === 'postgresql')('shares one database transaction between concurrent ones', async () => {
      const ids = await members('grptx', 5);
      const txids = await Promise.all(
        ids.map((id) =>
          t.app.sql.transaction(async (tx) => {
            const [, [row]] = await tx.pipeline([
              lock(id),
              { sql: 'select txid_current() as "x"', params: [] },
            ]);
            await tx.finish(bump(id).sql, bump(id).params);
            return String(row.x);
          }),
        ),
      );
      expect(new Set(txids).size).toBeLessThan(ids.length);
    });
  });
});
