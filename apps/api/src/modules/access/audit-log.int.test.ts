/**
 * The audit log's server-side filters on each database: actor, action, kind of thing, one thing by
 * its id, a day range read in the program's time zone (Asia/Shanghai, UTC+8), all together, with
 * cursor pages that keep the filter; the facets that feed the dashboard's choices; bad input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLogDocument,
  AuditLogFacetsDocument,
  CreateRewardDocument,
  DashboardCreateApiKeyDocument,
  EnrollMemberDocument,
  UpdateRewardDocument,
  type AuditLogFilter,
} from '@accrue/sdk';
import { fixedClock, startTestApp, TEST_DATABASES, type TestApp } from '../../test/harness';

const HOUR = 3_600_000;

describe.each(TEST_DATABASES)('auditLog filters on %s', (kind) => {
  let t: TestApp;
  let marketing = '';
  let rewardId = '';
  let memberId = '';
  // 23:30 on 1 March in Shanghai (15:30 UTC)
  const clock = fixedClock(new Date('2026-03-01T15:30:00Z'));
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    marketing = (
      await t.ok(DashboardCreateApiKeyDocument, { input: { name: 'mk', role: 'MARKETING' as never } })
    ).createApiKey.key!;
    // 1 March (Shanghai): the bootstrap admin creates a reward and enrols a member
    rewardId = (
      await t.ok(CreateRewardDocument, {
        input: { name: 'Tote', type: 'ITEM' as never, pointsCost: 100, valueMinor: 500 },
      })
    ).createReward.reward!.id;
    memberId = (await t.ok(EnrollMemberDocument, { input: { externalId: `aud-${kind}` } })).enrollMember
      .member!.id;
    // 00:30 on 2 March in Shanghai, still 1 March in UTC: marketing edits the reward three times
    clock.advance(HOUR);
    for (const stock of [5, 4, 3])
      await t.ok(UpdateRewardDocument, { input: { id: rewardId, stock } }, marketing);
    // 3 March: the admin enrols another member
    clock.advance(24 * HOUR);
    await t.ok(EnrollMemberDocument, { input: { externalId: `aud2-${kind}` } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const page = async (filter: AuditLogFilter, first = 20, after?: string | null) =>
    (await t.ok(AuditLogDocument, { filter, first, after })).auditLog;
  const actions = async (filter: AuditLogFilter) => (await page(filter)).edges.map((e) => e.node.action);

  it('filters by actor, action, kind of thing and one thing', async () => {
    const mk = (await page({})).edges.find((e) => e.node.actor.startsWith('key:mk'))!.node.actor;
    expect(await actions({ actor: mk })).toEqual(['reward.update', 'reward.update', 'reward.update']);
    expect(await actions({ actor: 'bootstrap-admin', entityType: 'member' })).toEqual([
      'member.enroll',
      'member.enroll',
    ]);
    expect(await actions({ action: 'reward.create' })).toEqual(['reward.create']);
    expect(await actions({ entityType: 'reward' })).toEqual([
      'reward.update',
      'reward.update',
      'reward.update',
      'reward.create',
    ]);
    // by the bare id or by the target as written
    expect(await actions({ entityId: memberId })).toEqual(['member.enroll']);
    expect(await actions({ entityId: `reward:${rewardId}`, action: 'reward.create' })).toEqual([
      'reward.create',
    ]);
    expect((await page({ actor: 'nobody' })).totalCount).toBe(0);
  });

  it("reads days in the program's time zone, inclusive", async () => {
    // 1 March Shanghai: only what happened before 16:00 UTC on 1 March
    const first = await page({ fromDay: '2026-03-01', toDay: '2026-03-01' });
    expect(first.edges.map((e) => e.node.action).sort()).toEqual(
      expect.arrayContaining(['member.enroll', 'reward.create']),
    );
    expect(first.edges.some((e) => e.node.action === 'reward.update')).toBe(false);
    // 2 March Shanghai holds the three edits, made on 1 March UTC
    expect(await actions({ fromDay: '2026-03-02', toDay: '2026-03-02' })).toEqual([
      'reward.update',
      'reward.update',
      'reward.update',
    ]);
    expect(await actions({ fromDay: '2026-03-03' })).toEqual(['member.enroll']);
    expect(await actions({ toDay: '2026-03-02', entityType: 'member' })).toEqual(['member.enroll']);
  });

  it('pages with cursors under the filter, newest first', async () => {
    const one = await page({ entityType: 'reward' }, 3);
    expect(one.totalCount).toBe(4);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await page({ entityType: 'reward' }, 3, one.pageInfo.endCursor);
    expect(two.edges.map((e) => e.node.action)).toEqual(['reward.create']);
    expect(two.pageInfo.hasNextPage).toBe(false);
    const stocks = one.edges.map((e) => JSON.parse(e.node.after!).stock);
    expect(stocks).toEqual([3, 4, 5]);
  });

  it('lists the actors and actions to choose from', async () => {
    const facets = (await t.ok(AuditLogFacetsDocument, {})).auditLogFacets;
    expect(facets.actions).toEqual(
      expect.arrayContaining(['member.enroll', 'reward.create', 'reward.update']),
    );
    expect(facets.actors).toContain('bootstrap-admin');
    expect(facets.actors.some((a) => a.startsWith('key:mk'))).toBe(true);
    expect((await t.gql(AuditLogFacetsDocument, {}, marketing)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses malformed days and a range that ends before it starts', async () => {
    for (const [filter, field] of [
      [{ fromDay: '2026-3-1' }, 'fromDay'],
      [{ toDay: 'yesterday' }, 'toDay'],
      [{ fromDay: '2026-03-02', toDay: '2026-03-01' }, 'toDay'],
      [{ entityType: 'reward%' }, 'entityType'],
    ] as const) {
      const r = await t.gql(AuditLogDocument, { filter, first: 5 });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toEqual(['filter', field]);
    }
  });
});
