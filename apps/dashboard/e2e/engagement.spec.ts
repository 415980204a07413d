import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { authFile } from './env';
import { api, createMember, expectAccessible, screenshot, settled } from './helpers';

// Issue 19, item 7: tasks and challenges (MARKETING creates and edits one), points draws (the seed
// hash while open; the revealed seed, the winners and the in-browser recomputation once drawn),
// leaderboards (live standings against the API's, a past period's prizes awarded), the
// participation and cost overview, and what FINANCE and VIEWER may not do. axe on every new page;
// screenshots kept.

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Toasts fade on their own; axe runs on the page once they are gone. */
async function toastsGone(page: Page) {
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 20_000 });
}

async function heading(page: Page, path: string, text: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await settled(page);
}

/** The API's clock (it starts at CLOCK_START and runs on): when a member it just enrolled joined. */
async function apiNow(request: APIRequestContext, memberId: string) {
  const r = await api<{ member: { enrolledAt: string } }>(
    request,
    `query($id: ID!) { member(ref: { id: $id }) { enrolledAt } }`,
    { id: memberId },
  );
  return new Date(r.member.enrolledAt).getTime();
}

test.describe('as marketing', () => {
  test.use({ storageState: authFile('MARKETING') });

  test('creates a task, sees it listed with its participation, and edits it', async ({ page, request }) => {
    const name = unique('Sign in 3 days');
    await heading(page, '/tasks', 'Tasks & challenges');
    await expectAccessible(page, 'tasks');
    await page.getByRole('button', { name: 'New task' }).click();
    const form = page.getByRole('form', { name: 'New task or challenge' });
    await form.getByRole('button', { name: 'Create task' }).click();
    await expect(form.getByText('Name the task')).toBeVisible();
    await expect(form.getByText('When the task starts')).toBeVisible();
    await expectAccessible(page, 'new task form with errors');
    await screenshot(page, 'engagement-new-task-errors', false);

    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Event', { exact: true }).fill('SIGN_IN');
    await form.getByLabel('Target (events)').fill('3');
    await form.getByLabel('Bonus points').fill('50');
    await form.getByLabel(/^Starts/).fill('2026-11-30T00:00');
    await form.getByLabel(/^Ends/).fill('2026-12-31T23:00');
    await form.getByRole('button', { name: 'Create task' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toBeVisible();
    await expect(row).toContainText('3 × sign in, every day');
    await expect(row).toContainText('every member');
    await expect(row).toContainText('live');
    await screenshot(page, 'engagement-tasks');

    // the API holds what the form sent, in the program's zone
    const r = await api<{
      engagementTasks: { edges: { node: { id: string; name: string; points: number; eventType: string } }[] };
    }>(request, `{ engagementTasks(first: 100) { edges { node { id name points eventType } } } }`);
    const created = r.engagementTasks.edges.map((e) => e.node).find((t) => t.name === name);
    expect(created).toMatchObject({ points: 50, eventType: 'SIGN_IN' });

    // a member's events complete it: the list shows the completion and the points earned
    const member = await createMember(request, 'task');
    const now = await apiNow(request, member.id);
    for (const [i, minutesAgo] of [0, 1, 2].entries())
      await api(
        request,
        `mutation($i: RecordMemberEventInput!) { recordMemberEvent(input: $i) { userErrors { message } } }`,
        {
          i: {
            member: { id: member.id },
            key: `e2e-${member.id}-${i}`,
            type: 'SIGN_IN',
            occurredAt: new Date(now - minutesAgo * 60_000).toISOString(),
          },
        },
      );
    await page.reload();
    await settled(page);
    await expect(row.getByRole('cell').nth(5)).toHaveText('1');
    await expect(row).toContainText('1 member');

    await row.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('form', { name: `Edit “${name}”` });
    await expect(edit.getByLabel('Target (events)')).toBeDisabled();
    await edit.getByLabel('Bonus points').fill('60');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(row.getByRole('cell').nth(4)).toHaveText('60');
  });

  test('creates a draw and sees its published seed hash', async ({ page, request }) => {
    const name = unique('Christmas draw');
    await heading(page, '/draws', 'Points draws');
    await expectAccessible(page, 'draws');
    await page.getByRole('button', { name: 'New draw' }).click();
    const form = page.getByRole('form', { name: 'New points draw' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Entry cost (points)').fill('100');
    await form.getByLabel('Entries per member').fill('5');
    await form.getByLabel(/^Opens/).fill('2026-11-30T00:00');
    await form.getByLabel(/^Closes/).fill('2026-12-24T20:00');
    await form.getByLabel('Prize 1', { exact: true }).fill('Gift card');
    await form.getByLabel('Stock of prize 1').fill('3');
    await form.getByRole('button', { name: 'Add prize' }).click();
    await form.getByRole('button', { name: 'Create draw' }).click();
    await expect(form.getByText('Name the prize')).toBeVisible();
    await expectAccessible(page, 'new draw form with errors');
    await form.getByLabel('Prize 2', { exact: true }).fill('Tote bag');
    await form.getByLabel('Stock of prize 2').fill('10');
    await screenshot(page, 'engagement-new-draw', false);
    await form.getByRole('button', { name: 'Create draw' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await settled(page);
    const id = decodeURIComponent(page.url().split('/draws/')[1]);
    const r = await api<{ pointsDraw: { seedHash: string; seed: string | null; phase: string } }>(
      request,
      `query($id: ID!) { pointsDraw(id: $id) { seedHash seed phase } }`,
      { id },
    );
    expect(r.pointsDraw.seed).toBeNull();
    await expect(page.getByTestId('seed-hash')).toHaveText(r.pointsDraw.seedHash);
    expect(r.pointsDraw.seedHash).toMatch(/^[0-9a-f]{64}$/);
    await expect(page.getByTestId('draw-phase')).toHaveText('open');
    await expect(page.getByTestId('seed')).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Prizes' })).toContainText('Tote bag');
    await expect(page.getByText('bench/verify-draw.mjs')).toBeVisible();
    await toastsGone(page);
    await expectAccessible(page, 'open draw');
    await screenshot(page, 'engagement-draw-open');

    await page.goto('/draws');
    await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText(
      'Gift card ×3, Tote bag ×10',
    );
  });

  test('creates a leaderboard, follows its live standings, and awards a past period', async ({
    page,
    request,
  }) => {
    const name = unique('Weekly top earners');
    await createMember(request, 'board'); // earns points this week
    await heading(page, '/leaderboards', 'Leaderboards');
    await expectAccessible(page, 'leaderboards');
    await page.getByRole('button', { name: 'New leaderboard' }).click();
    const form = page.getByRole('form', { name: 'New leaderboard' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Ranks shown and awarded').fill('2');
    await form.getByLabel('Prize points by rank').fill('500, 300, 100');
    await form.getByRole('button', { name: 'Create leaderboard' }).click();
    await expect(form.getByText('More prizes than ranks awarded')).toBeVisible();
    await form.getByLabel('Prize points by rank').fill('500, 300');
    await form.getByRole('button', { name: 'Create leaderboard' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await settled(page);
    const id = decodeURIComponent(page.url().split('/leaderboards/')[1].split('?')[0]);
    const live = await api<{
      leaderboardStandings: { standings: { rank: number; displayName: string; points: number }[] };
    }>(
      request,
      `query($id: ID!) { leaderboardStandings(leaderboardId: $id) { standings { rank displayName points } } }`,
      { id },
    );
    const table = page.getByRole('table', { name: /^Standings/ });
    await expect(table.getByRole('row')).toHaveCount(live.leaderboardStandings.standings.length + 1);
    const first = live.leaderboardStandings.standings[0];
    expect(first, 'members earned points this week').toBeTruthy();
    await expect(table.getByRole('row').nth(1)).toContainText(first.points.toLocaleString('en-GB'));
    await expect(table.getByRole('row').nth(1)).toContainText('500 pts');
    await expect(page.getByText('live', { exact: true })).toBeVisible();
    await expectAccessible(page, 'leaderboard standings');
    await screenshot(page, 'engagement-leaderboard-live');

    await page.getByRole('button', { name: 'Previous period' }).click();
    await expect(page.getByText('ended, prizes not awarded yet')).toBeVisible();
    await page.getByRole('button', { name: 'Award prizes' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Award prizes' }).click();
    await expect(page.getByText('closed, prizes awarded')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Award prizes' })).toHaveCount(0);
    await toastsGone(page);
    await expectAccessible(page, 'closed leaderboard period');
    await screenshot(page, 'engagement-leaderboard-closed');
  });

  test('sees participation but not the cost figures on the overview', async ({ page }) => {
    await heading(page, '/engagement', 'Engagement');
    await expect(page.getByRole('table', { name: 'Points issued by engagement source' })).toHaveCount(0);
    await expect(page.getByText(/shown to the Admin, Finance and Viewer roles/)).toBeVisible();
    await expectAccessible(page, 'engagement overview (marketing)');
  });
});

test.describe('as admin', () => {
  test.use({ storageState: authFile('ADMIN') });

  test('draws a closed draw: the revealed seed matches its hash and the browser recomputes the winners', async ({
    page,
    request,
  }) => {
    const members = [await createMember(request, 'draw-a'), await createMember(request, 'draw-b')];
    for (const m of members)
      await api(
        request,
        `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { entry { id } } }`,
        { input: { member: { id: m.id }, points: 100, reason: 'e2e: draw entries', key: `draw-${m.id}` } },
      );
    const now = await apiNow(request, members[1].id);
    const created = await api<{ createPointsDraw: { draw: { id: string } } }>(
      request,
      `mutation($i: CreatePointsDrawInput!) { createPointsDraw(input: $i) { draw { id } userErrors { message } } }`,
      {
        i: {
          name: unique('Flash draw'),
          entryCostPoints: 10,
          opensAt: new Date(now - 3_600_000).toISOString(),
          closesAt: new Date(now + 6_000).toISOString(),
          prizes: [
            { name: 'Headphones', stock: 1 },
            { name: 'Mug', stock: 1 },
          ],
        },
      },
    );
    const id = created.createPointsDraw.draw.id;
    for (const [i, m] of members.entries())
      await api(
        request,
        `mutation($i: BuyDrawEntriesInput!) { buyDrawEntries(input: $i) { entry { id } userErrors { message } } }`,
        { i: { member: { id: m.id }, drawId: id, count: i + 1, key: `buy-${id}-${i}` } },
      );
    await expect
      .poll(
        async () =>
          (
            await api<{ pointsDraw: { phase: string } }>(
              request,
              `query($id: ID!) { pointsDraw(id: $id) { phase } }`,
              { id },
            )
          ).pointsDraw.phase,
        { timeout: 20_000 },
      )
      .toBe('CLOSED');

    await page.goto(`/draws/${encodeURIComponent(id)}`);
    await settled(page);
    await expect(page.getByTestId('draw-phase')).toHaveText('closed, to be drawn');
    await page.getByRole('button', { name: 'Draw winners' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Draw winners' }).click();
    await expect(page.getByTestId('draw-phase')).toHaveText('drawn');
    const seed = (await page.getByTestId('seed').textContent())!;
    const hash = (await page.getByTestId('seed-hash').textContent())!;
    expect(createHash('sha256').update(seed, 'utf8').digest('hex')).toBe(hash);
    const winners = page.getByRole('table', { name: 'Winners' });
    await expect(winners.getByRole('row')).toHaveCount(3);
    await expect(page.getByText(/from 3 tickets bought by 2 members/)).toBeVisible();
    await page.getByRole('button', { name: 'Recompute in this browser' }).click();
    await expect(page.getByTestId('verification')).toContainText('Verified');
    await toastsGone(page);
    await expectAccessible(page, 'drawn draw');
    await screenshot(page, 'engagement-draw-drawn');
  });

  for (const viewport of [
    { name: 'laptop', width: 1366, height: 860 },
    { name: 'tablet', width: 820, height: 1180 },
  ])
    test(`the participation and cost overview at ${viewport.name} width`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await heading(page, '/engagement', 'Engagement');
      await expect(page.getByRole('table', { name: 'Points issued by engagement source' })).toBeVisible();
      await expect(page.getByRole('cell', { name: 'Task', exact: true })).toBeVisible();
      await expect(page.getByRole('cell', { name: 'Points draw', exact: true })).toBeVisible();
      await page.getByLabel('Window').click();
      await page.getByRole('option', { name: 'Last 7 days' }).click();
      await expect(page).toHaveURL(/days=7/);
      await settled(page);
      await expectAccessible(page, `engagement overview at ${viewport.name}`);
      await screenshot(page, `engagement-overview-${viewport.name}`);
    });
});

for (const role of ['FINANCE', 'VIEWER'] as const)
  test.describe(`as ${role.toLowerCase()}`, () => {
    test.use({ storageState: authFile(role) });

    test('reads every engagement page but cannot create or change anything', async ({ page }) => {
      await heading(page, '/tasks', 'Tasks & challenges');
      await expect(page.getByRole('button', { name: 'New task' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
      await expectAccessible(page, `tasks as ${role}`);
      await screenshot(page, `engagement-${role.toLowerCase()}-tasks`);

      await heading(page, '/leaderboards', 'Leaderboards');
      await expect(page.getByRole('button', { name: 'New leaderboard' })).toHaveCount(0);
      const board = page.getByRole('table', { name: 'Leaderboards' }).getByRole('link').first();
      if (await board.count()) {
        await board.click();
        await settled(page);
        await page.getByRole('button', { name: 'Previous period' }).click();
        await settled(page);
        await expect(page.getByRole('button', { name: 'Award prizes' })).toHaveCount(0);
        await expectAccessible(page, `leaderboard as ${role}`);
      }

      await heading(page, '/draws', 'Points draws');
      await expect(page.getByRole('button', { name: 'New draw' })).toHaveCount(0);
      await expectAccessible(page, `draws as ${role}`);

      await heading(page, '/engagement', 'Engagement');
      await expectAccessible(page, `engagement overview as ${role}`);
      await screenshot(page, `engagement-${role.toLowerCase()}-overview`);

      // and the API refuses it through the dashboard's own proxy
      const refused = await page.request.post('/api/graphql', {
        data: {
          operationName: 'CreateEngagementTask',
          variables: {
            input: {
              name: 'not allowed',
              kind: 'TASK',
              period: 'DAILY',
              measure: 'EVENT_COUNT',
              eventType: 'SIGN_IN',
              target: 1,
              points: 1,
              startsAt: '2026-12-01T00:00:00Z',
              endsAt: '2026-12-31T00:00:00Z',
            },
          },
        },
      });
      const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
