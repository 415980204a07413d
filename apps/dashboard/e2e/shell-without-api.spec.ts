import { expect, test } from '@playwright/test';
import { CLOSED_API_URL, E2E_DEV_TOKEN } from './env';

// This spec runs against the built dashboard alone, started with NEXT_PUBLIC_API_URL at a port where
// nothing listens. A second spec covers the Overview against the real API, started beside the
// dashboard by its own webServer entry.

const NAV = [
  { label: 'Overview', path: '/', heading: 'Overview' },
  { label: 'Campaigns', path: '/campaigns', heading: 'Campaigns' },
  { label: 'Cost monitoring', path: '/cost-monitoring', heading: 'Cost monitoring' },
  { label: 'Members', path: '/members', heading: 'Members' },
  { label: 'Tiers & rules', path: '/tiers', heading: 'Tiers & rules' },
  { label: 'Rewards', path: '/rewards', heading: 'Rewards' },
  { label: 'Audit log', path: '/audit-log', heading: 'Audit log' },
];

test('the layout shows the product name and every section in the nav', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.brand')).toHaveText('Accrue');
  await expect(page).toHaveTitle(/Accrue/);

  const nav = page.getByRole('navigation', { name: 'Main' });
  const links = nav.getByRole('link');
  await expect(links).toHaveText(NAV.map((item) => item.label));
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
});

test('each nav link leads to its page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const item of NAV.slice(1)) {
    await nav.getByRole('link', { name: item.label, exact: true }).click();
    await expect(page).toHaveURL(item.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.heading);
    await expect(page.getByText('Coming soon.')).toBeVisible();
    await expect(nav.getByRole('link', { name: item.label, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('the Overview explains that the API cannot be reached', async ({ page }) => {
  const requests: { url: string; method: string; authorization: string | null; body: string | null }[] = [];
  page.on('request', (request) => {
    if (request.url() === CLOSED_API_URL && request.method() === 'POST') {
      requests.push({
        url: request.url(),
        method: request.method(),
        authorization: request.headers()['authorization'] ?? null,
        body: request.postData(),
      });
    }
  });

  await page.goto('/');
  // Next also renders an empty role=alert route announcer; address the error panel itself.
  const alert = page.getByTestId('api-error');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Cannot reach the API');
  await expect(alert).toContainText(CLOSED_API_URL);
  await expect(page.getByRole('table', { name: 'Tiers' })).toHaveCount(0);

  expect(requests.length).toBeGreaterThan(0);
  expect(requests[0].authorization).toBe(`Bearer ${E2E_DEV_TOKEN}`);
  expect(requests[0].body).toContain('programSettings');

  // Retrying keeps the same clear state.
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('api-error')).toContainText('Cannot reach the API');
});

test('a staff token in localStorage takes precedence over the dev token', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('accrue.token', 'staff-session-token'));
  const request = page.waitForRequest((r) => r.url() === CLOSED_API_URL && r.method() === 'POST');
  await page.goto('/');
  expect((await request).headers()['authorization']).toBe('Bearer staff-session-token');
  await expect(page.getByTestId('api-error')).toContainText('Cannot reach the API');
});
