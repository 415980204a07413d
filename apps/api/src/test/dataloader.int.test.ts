/**
 * A page of members with tier, tier progress, balance and their last 5 ledger entries costs a constant number of
 * SQL statements, whatever the page size (per-request DataLoaders, one window query for the ledger).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MembersPageDocument } from '@accrue/sdk';
import { enrollMember } from '../modules/members/enroll-member';
import { recordPurchase } from '../modules/purchases/record-purchase';
import { startTestApp, TEST_DATABASES, type TestApp } from './harness';

describe.each(TEST_DATABASES)('member pages on %s', (kind) => {
  let t: TestApp;
  let statements = 0;
  beforeAll(async () => {
    // a cache that outlives the test: a slow machine must not see it expire between two counts
    t = await startTestApp(kind, { env: { ACCRUE_PROGRAM_CACHE_SECONDS: '300' } });
    for (let i = 0; i < 100; i++) {
      const m = await enrollMember(t.app, { externalId: `page-${i}` });
      for (let o = 0; o < 3; o++)
        await recordPurchase(t.app, {
          member: { id: m.id },
          orderId: `page-${i}-${o}`,
          amountMinor: 1000 * (o + 1),
        });
    }
    const knex = (
      t.app.orm.em.getConnection() as unknown as { getKnex(): { on(event: 'query', fn: () => void): void } }
    ).getKnex();
    knex.on('query', () => statements++);
  });
  afterAll(async () => {
    await t?.close();
  });

  const count = async (first: number) => {
    statements = 0;
    const page = await t.ok(MembersPageDocument, { first, ledgerFirst: 5 });
    expect(page.members.edges).toHaveLength(first);
    for (const e of page.members.edges) {
      expect(e.node.ledger.edges.length).toBe(5);
      // 10.00 + 20.00 + 30.00 in the last 12 months; Silver needs 1,000.00
      expect(e.node.tierProgress).toEqual({
        qualifyingSpendMinor: 6000,
        spendToNextMinor: 94_000,
        next: { name: 'Silver' },
      });
    }
    return statements;
  };

  it('does not grow with the page size', async () => {
    const small = await count(10);
    const large = await count(100);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it('reads the program once per page when its cache is cold (after boot or a save)', async () => {
    const warm = await count(100);
    t.app.program.invalidate();
    // the settings row, the tiers and the launched campaigns, once: not once per member and field
    expect(await count(100)).toBe(warm + 3);
  });
});
