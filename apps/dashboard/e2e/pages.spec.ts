import { expect, test, type Page } from '@playwright/test';
import { authFile, type StaffRole } from './env';
import { api, createMember, expectAccessible, screenshot, settled } from './helpers';

// Every page, as the roles that use it, at laptop and tablet widths: axe finds no serious or
// critical violation, and a full-page screenshot is kept (test-results/screenshots/).

const PAGES: { path: string; name: string; heading: string }[] = [
  { path: '/', name: 'overview', heading: 'Overview' },
  { path: '/members', name: 'members', heading: 'Members' },
  { path: '/members/{member}', name: 'member', heading: '' },
  { path: '/tiers', name: 'tiers', heading: 'Tiers & rules' },
  { path: '/rewards', name: 'rewards', heading: 'Rewards' },
  { path: '/audit-log', name: 'audit-log', heading: 'Audit log' },
  { path: '/webhooks', name: 'webhooks', heading: 'Webhooks' },
  { path: '/access', name: 'access', heading: 'Staff & API keys' },
  { path: '/settings', name: 'settings', heading: 'Program settings' },
  { path: '/campaigns', name: 'campaigns', heading: 'Campaigns' },
  { path: '/cost-monitoring', name: 'cost-monitoring', heading: 'Cost monitoring' },
  { path: '/engagement', name: 'engagement', heading: 'Engagement' },
  { path: '/tasks', name: 'tasks', heading: 'Tasks & challenges' },
  { path: '/leaderboards', name: 'leaderboards', heading: 'Leaderboards' },
  { path: '/draws', name: 'draws', heading: 'Points draws' },
  { path: '/group-buys', name: 'group-buys', heading: 'Group buys' },
  { path: '/boosts', name: 'boosts', heading: 'Boosts' },
];

const VIEWPORTS = [
  { name: 'laptop', width: 1366, height: 860 },
  { name: 'tablet', width: 820, height: 1180 },
];

let memberId = '';
test.beforeAll(async ({ request }) => {
  memberId = (await createMember(request, 'pages')).id;
  // a receiver nothing listens on, so that deliveries show their failures and retries
  await api(
    request,
    `mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/accrue", events: ["*"], description: "e2e receiver (down)" }) { endpoint { id } } }`,
  );
  await api(
    request,
    `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { entry { id } } }`,
    {
      input: {
        member: { id: memberId },
        points: 120,
        reason: 'e2e: a webhook event',
        key: `pages-${memberId}`,
      },
    },
  );
});

async function visit(page: Page, path: string, heading: string) {
  await page.goto(path.replace('{member}', encodeURIComponent(memberId)));
  if (heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await settled(page);
}

// Admin and Viewer (the most and the least) see every page at both widths; the other roles the
// pages where what they see differs.
const ALL = PAGES.map((p) => p.name);
const ROLE_RUNS: { role: StaffRole; viewports: typeof VIEWPORTS; pages: string[] }[] = [
  { role: 'ADMIN', viewports: VIEWPORTS, pages: ALL },
  { role: 'VIEWER', viewports: VIEWPORTS, pages: ALL },
  { role: 'SUPPORT', viewports: [VIEWPORTS[0]], pages: ['members', 'member', 'tiers', 'audit-log'] },
  {
    role: 'MARKETING',
    viewports: [VIEWPORTS[0]],
    pages: ['member', 'tiers', 'rewards', 'settings', 'engagement', 'tasks'],
  },
  { role: 'FINANCE', viewports: [VIEWPORTS[0]], pages: ['member', 'audit-log', 'webhooks', 'access'] },
];

for (const { role, viewports, pages } of ROLE_RUNS) {
  for (const viewport of viewports) {
    test.describe(`${role} at ${viewport.name} width`, () => {
      test.use({
        storageState: authFile(role),
        viewport: { width: viewport.width, height: viewport.height },
      });
      for (const p of PAGES.filter((x) => pages.includes(x.name))) {
        test(`${p.name}`, async ({ page }) => {
          await visit(page, p.path, p.heading);
          await screenshot(page, `${role.toLowerCase()}-${viewport.name}-${p.name}`);
          await expectAccessible(page, `${p.name} as ${role}`);
        });
      }
    });
  }
}

test.describe('dialogs and previews', () => {
  test.use({ storageState: authFile('ADMIN') });

  test('the tier preview and the new-reward form are accessible', async ({ page }) => {
    await visit(page, '/tiers', 'Tiers & rules');
    await page.getByRole('form', { name: 'Earning rules' }).getByLabel('Return window (days)').fill('14');
    await page
      .getByRole('form', { name: 'Earning rules' })
      .getByRole('button', { name: 'Review changes' })
      .click();
    await expect(page.getByRole('dialog', { name: 'What this change does' })).toBeVisible();
    await expectAccessible(page, 'earning rules preview');
    await screenshot(page, 'admin-laptop-earning-rules-preview', false);
    await page.getByRole('button', { name: 'Keep editing' }).click();

    await visit(page, '/rewards', 'Rewards');
    await page.getByRole('button', { name: 'New reward' }).click();
    await page
      .getByRole('form', { name: 'New reward' })
      .getByRole('button', { name: 'Create reward' })
      .click();
    await expect(page.getByText('Name the reward')).toBeVisible();
    await expectAccessible(page, 'new reward form with errors');
    await screenshot(page, 'admin-laptop-new-reward-errors', false);
  });

  test('the keyboard reaches the navigation and the member search, with focus visible', async ({ page }) => {
    await visit(page, '/', 'Overview');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.goto('/members');
    await page.getByLabel('Search').focus();
    await page.keyboard.type('demo-0001');
    await expect(page).toHaveURL(/q=demo-0001/);
    const link = page.getByRole('table', { name: 'Members' }).getByRole('link').first();
    await link.focus();
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/members\/.+/);
  });
});
