/**
 * The purchase pipeline's host on both databases (SQLite inline here, so that a step registered by
 * the test runs; PostgreSQL in group commits): a step's reads join the purchase's, its increments of
 * shared rows are summed per commit and applied once, a conditional budget claim never overspends
 * under concurrent purchases, a step that changes a member column it did not declare fails (tests
 * only), and purchases of one member by id and by externalId in one group stay correct.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerEntryRow, LotRow } from '../db/entities/points';
import { MemberRow } from '../db/entities/members';
import { PurchaseRow } from '../db/entities/purchases';
import { emSql } from '../db/sql/queries';
import { toNum } from '../db/sql/codecs';
import { recordPurchase } from '../modules/purchases/record-purchase';
import { enrollMember } from '../modules/members/enroll-member';
import { startTestApp, TEST_DATABASES, type TestApp } from '../test/harness';
import { budgetSlicesQuery, claimFromBudget, type BudgetTable } from './budget';
import type { PurchaseStep } from './step';

const BUDGET: BudgetTable = {
  table: 't_budget_slice',
  budget: 'budget_id',
  slice: 'slice',
  used: 'used',
  cap: 'cap',
};

/** A test step: claims 7 points of budget b1 and counts purchases and claims in a daily rollup row. */
const probe: PurchaseStep = {
  name: 'probe',
  reads: () => ({ slices: budgetSlicesQuery(BUDGET, 'b1') }),
  decide(d, rows) {
    const granted = claimFromBudget(d, BUDGET, 'b1', rows.slices, 7);
    d.facts.probeGranted = granted;
  },
  observe(p) {
    p.increment({
      table: 't_rollup',
      key: { day: p.job.occurredAt.toISOString().slice(0, 10) },
      add: { purchases: 1, claimed: p.facts.probeGranted as number },
      create: true,
    });
  },
};

describe.each(TEST_DATABASES)('the purchase pipeline on %s', (kind) => {
  let t: TestApp;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { ACCRUE_SQLITE_WRITER: 'inline' } });
    const sql = emSql(t.app.orm.em.fork());
    await sql.run(
      `create table "t_budget_slice" ("budget_id" varchar(40) not null, "slice" int not null, "used" bigint not null default 0, "cap" bigint not null, primary key ("budget_id", "slice"), check ("used" <= "cap"))`,
    );
    await sql.run(
      `create table "t_rollup" ("day" varchar(10) not null primary key, "purchases" bigint not null default 0, "claimed" bigint not null default 0)`,
    );
    // a budget of 100 points in 4 slices of 25
    for (let s = 0; s < 4; s++)
      await sql.run(
        `insert into "t_budget_slice" ("budget_id", "slice", "used", "cap") values ('b1', ?, 0, 25)`,
        [s],
      );
    for (let i = 0; i < 20; i++) ids.push((await enrollMember(t.app, { externalId: `p-${i}` })).id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sums increments per commit and never overspends a budget under concurrent purchases', async () => {
    const steps = t.app.pipeline.steps as PurchaseStep[];
    steps.splice(steps.length - 1, 0, probe);
    try {
      // 40 purchases at once (two per member): 280 points asked of a budget of 100
      const results = await Promise.all(
        ids.flatMap((id, i) =>
          [0, 1].map((o) =>
            recordPurchase(t.app, { member: { id }, orderId: `b-${i}-${o}`, amountMinor: 1000 }),
          ),
        ),
      );
      expect(results).toHaveLength(40);
    } finally {
      steps.splice(steps.indexOf(probe), 1);
    }
    const sql = emSql(t.app.orm.em.fork());
    const slices = await sql.all<{ used: unknown; cap: unknown }>(
      `select "used", "cap" from "t_budget_slice"`,
    );
    for (const s of slices) expect(toNum(s.used)).toBeLessThanOrEqual(toNum(s.cap));
    const used = slices.reduce((a, s) => a + toNum(s.used), 0);
    const [rollup] = await sql.all<{ purchases: unknown; claimed: unknown }>(`select * from "t_rollup"`);
    expect(toNum(rollup.purchases)).toBe(40);
    // what the purchases were granted is exactly what the budget recorded as used: all of it
    expect(toNum(rollup.claimed)).toBe(used);
    expect(used).toBe(100);
  });

  it('fails a step that changes a member column it did not declare (a test-only check)', async () => {
    const sneaky: PurchaseStep = {
      name: 'sneaky',
      decide(d) {
        d.member.name = 'changed';
      },
    };
    const steps = t.app.pipeline.steps as PurchaseStep[];
    steps.push(sneaky);
    try {
      await expect(
        recordPurchase(t.app, { member: { id: ids[0] }, orderId: 'sneaky-1', amountMinor: 1000 }),
      ).rejects.toThrow(/purchase step "sneaky" changed member.name without declaring it/);
    } finally {
      steps.pop();
    }
    expect(await t.app.orm.em.fork().count(PurchaseRow, { orderId: 'sneaky-1' })).toBe(0);
  });

  it('keeps one member right when purchases by id and by externalId arrive together (one group)', async () => {
    const member = await enrollMember(t.app, { externalId: 'both-ways' });
    const welcome = member.pointsBalance;
    const out = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        recordPurchase(t.app, {
          member: i % 2 ? { id: member.id } : { externalId: 'both-ways' },
          orderId: `both-${i}`,
          amountMinor: 1000 + i,
        }),
      ),
    );
    const em = t.app.orm.em.fork();
    const m = await em.findOneOrFail(MemberRow, { id: member.id });
    const entries = await em.find(LedgerEntryRow, { memberId: member.id });
    const lots = await em.find(LotRow, { memberId: member.id });
    const awarded = out.reduce((s, r) => s + r.pointsAwarded, 0);
    expect(await em.count(PurchaseRow, { memberId: member.id })).toBe(16);
    expect(m.pointsBalance).toBe(entries.reduce((s, e) => s + e.points, 0));
    expect(m.pointsBalance).toBe(lots.reduce((s, l) => s + l.remaining, 0));
    expect(m.pointsBalance).toBe(welcome + awarded);
    // running balances: one entry after another, none lost to a concurrent write
    expect(new Set(entries.map((e) => e.balanceAfter)).size).toBe(entries.length);
  });

  it('answers MEMBER_NOT_FOUND for an unknown externalId, on the same path', async () => {
    await expect(
      recordPurchase(t.app, { member: { externalId: 'nobody' }, orderId: 'nf-1', amountMinor: 1000 }),
    ).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND', field: ['input', 'member'] });
  });
});
