/* eslint-disable @typescript-eslint/no-explicit-any -- untyped GraphQL answers */
/**
 * The demo data (`seed-demo`, what `npm start` loads): its campaigns come out of the real pipeline:
 * one running, one whose budget ran out, one finished A/B test whose results name a winner.
 * (SQLite only: the demo runs on the embedded database.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_DATABASES, type TestApp } from '../test/harness';
import { seedDemo } from './seed-demo';

describe.each(TEST_DATABASES.filter((k) => k === 'sqlite'))('the demo on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await seedDemo(t.app, { members: 300, log: () => {} });
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  it('has a running campaign, one whose budget ran out, and a finished A/B test with a winner', async () => {
    const r = await t.ok<
      any,
      any
    >(`{ campaigns(first: 10) { edges { node { key status pointsIssued budgetExhausted
      results { winner missing srmStatus variants { key members upliftVsHoldout pValue } } } } } }`);
    const byKey = Object.fromEntries(r.campaigns.edges.map((e: any) => [e.node.key, e.node]));
    expect(byKey['demo-double-wednesday']).toMatchObject({ status: 'ACTIVE', budgetExhausted: false });
    expect(byKey['demo-double-wednesday'].pointsIssued).toBeGreaterThan(0);
    expect(byKey['demo-beauty-bonus']).toMatchObject({
      status: 'ACTIVE',
      budgetExhausted: true,
      pointsIssued: 1000,
    });
    const ab = byKey['demo-ab-2x'];
    expect(ab.status).toBe('ENDED');
    expect(ab.results.srmStatus).not.toBe('MISMATCH');
    expect(ab.results).toMatchObject({ winner: 'x2', missing: [] });
  }, 120_000);
});
