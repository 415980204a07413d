/**
 * Upgrading a database that has a ledger but not yet the lot-cohort and active-gap tables: the boot
 * that applies their migration folds the existing ledger into them, so the reports are right at
 * once (not empty until someone runs `accrue rebuild-rollups`). On each database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnrollMemberDocument, MetricsDocument, RecordPurchaseDocument } from '@accrue/sdk';
import { bootApp } from '../../bootstrap';
import { emSql } from '../../db/sql/queries';
import { closeApp } from '../../services/app';
import { startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';
import { reconcileRollups } from './rebuild';
import { distinctActiveMembers } from './read';

describe.each(TEST_DATABASES)('upgrading to the lot cohorts on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the boot that adds the tables fills them from the ledger', async () => {
    for (const m of ['u-1', 'u-2']) {
      await t.ok(EnrollMemberDocument, { input: { externalId: m } });
      await t.ok(RecordPurchaseDocument, {
        input: { member: { externalId: m }, orderId: `u-o-${m}`, amountMinor: 25_000 },
      });
    }
    const day = new Date().toISOString();
    const before = (
      await t.ok(MetricsDocument, {
        from: new Date(Date.now() - 86_400_000).toISOString(),
        to: day,
        granularity: 'MONTH' as never,
      })
    ).metrics.totals;
    expect(before.activeMembers).toBe(2);
    // the database as it was before the cohorts (and the rollup keys after them): markers by day,
    // no kept latest active day
    const tx = emSql(t.app.orm.em.fork());
    await tx.run(`drop table "lot_cohort_daily"`);
    await tx.run(`drop table "member_active_gap"`);
    await tx.run(
      `create table "member_active_day" ("day" varchar(10) not null, "member_id" varchar(40) not null, primary key ("day", "member_id"))`,
    );
    await tx.run(`alter table "member" drop column "last_active_day"`);
    await tx.run(
      `delete from "mikro_orm_migrations" where "name" in ('Migration20261206190000_cohorts', 'Migration20261207010000_rollupkeys')`,
    );

    const upgraded = await bootApp(t.app.config);
    try {
      const check = await reconcileRollups(upgraded);
      expect(check.differences).toEqual([]);
      expect(check.ok).toBe(true);
      const [cohorts] = await emSql(upgraded.orm.em.fork()).all<{ n: number }>(
        `select count(*) as "n" from "lot_cohort_daily"`,
      );
      expect(Number(cohorts.n)).toBeGreaterThan(0);
      const span = { first: '2000-01-01', last: '2099-12-31' };
      expect((await distinctActiveMembers(emSql(upgraded.orm.em.fork()), [span])).total).toBe(2);
    } finally {
      await closeApp(upgraded);
    }
  });
});
