import { expect, test, type Page } from '@playwright/test';
import { authFile } from './env';
import { expectAccessible, screenshot, settled } from './helpers';

// Issue 19, item 7: group buys and boosts, watched from the dashboard. The demo data
// (apps/api/src/cli/seed-demo-engagement.ts) holds one filled group buy (a clay teapot, three seats)
// and one open boost toward “Plant a tree” with two friends' contributions. Each is listed with
// its status in words and opens on its detail; the Viewer sees members by external id only, never
// an email. axe on every page; screenshots kept.

async function heading(page: Page, path: string, text: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await settled(page);
}

async function openGroup(page: Page) {
  await heading(page, '/group-buys', 'Group buys');
  const row = page
    .getByRole('table', { name: 'Group buys' })
    .getByRole('row')
    .filter({ hasText: 'Clay teapot' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('filled');
  await expect(row).toContainText('3 of 3');
  return row;
}

async function openBoost(page: Page) {
  await heading(page, '/boosts', 'Boosts');
  const row = page
    .getByRole('table', { name: 'Boost requests' })
    .getByRole('row')
    .filter({ hasText: 'Plant a tree' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('open');
  await expect(row).toContainText('50 pts');
  return row;
}

test.describe('as admin', () => {
  test.use({ storageState: authFile('ADMIN') });

  test('lists the filled group buy and opens it: three participants with their emails and the bonus issued', async ({
    page,
  }) => {
    const row = await openGroup(page);
    await expectAccessible(page, 'group buys');
    await screenshot(page, 'social-admin-group-buys');

    await row.getByRole('link', { name: /Clay teapot/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clay teapot');
    await settled(page);
    await expect(page.getByTestId('group-status')).toHaveText('filled');
    const participants = page.getByRole('table', { name: 'Participants' });
    await expect(participants.getByRole('row')).toHaveCount(4); // header + three seats
    await expect(participants.getByTestId('member-email')).toHaveCount(3);
    await expect(participants.getByTestId('member-email').first()).toContainText('@example.com');
    await expect(page.getByText('Seats filled')).toBeVisible();
    await expectAccessible(page, 'group buy');
    await screenshot(page, 'social-admin-group-buy');
  });

  test('lists the open boost and opens it: two contributions held toward the target', async ({ page }) => {
    const row = await openBoost(page);
    await expectAccessible(page, 'boosts');
    await screenshot(page, 'social-admin-boosts');

    await row.getByRole('link', { name: /Plant a tree/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boost for Plant a tree');
    await settled(page);
    await expect(page.getByTestId('boost-status')).toHaveText('open');
    const contributions = page.getByRole('table', { name: 'Contributions' });
    await expect(contributions.getByRole('row')).toHaveCount(3); // header + two friends
    await expect(contributions.getByRole('row').filter({ hasText: 'held' })).toHaveCount(2);
    await expect(contributions.getByTestId('member-email')).toHaveCount(2);
    await expectAccessible(page, 'boost');
    await screenshot(page, 'social-admin-boost');
  });

  test('the engagement overview counts the open boost', async ({ page }) => {
    await heading(page, '/engagement', 'Engagement');
    const participation = page.getByRole('region', { name: 'Participation' });
    await expect(participation.getByRole('link', { name: /Open boosts/ })).toContainText('1');
    await expect(participation.getByRole('link', { name: /Open group buys/ })).toBeVisible();
  });
});

test.describe('as viewer', () => {
  test.use({ storageState: authFile('VIEWER') });

  test('sees group buys and boosts with members by external id, never an email', async ({ page }) => {
    const groupRow = await openGroup(page);
    await groupRow.getByRole('link', { name: /Clay teapot/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clay teapot');
    await settled(page);
    const participants = page.getByRole('table', { name: 'Participants' });
    await expect(participants.getByRole('row')).toHaveCount(4);
    await expect(participants.getByRole('link').first()).not.toHaveText(/Loading/);
    await expect(page.getByTestId('member-email')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('@example.com');
    await expect(page.locator('main')).not.toContainText('***');
    await expectAccessible(page, 'group buy as viewer');
    await screenshot(page, 'social-viewer-group-buy');

    const boostRow = await openBoost(page);
    await expect(page.locator('main')).not.toContainText('@example.com');
    await expectAccessible(page, 'boosts as viewer');
    await screenshot(page, 'social-viewer-boosts');
    await boostRow.getByRole('link', { name: /Plant a tree/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boost for Plant a tree');
    await settled(page);
    const contributions = page.getByRole('table', { name: 'Contributions' });
    await expect(contributions.getByRole('row')).toHaveCount(3);
    await expect(contributions.getByRole('link').first()).not.toHaveText(/Loading/);
    await expect(page.getByTestId('member-email')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('@example.com');
    await expectAccessible(page, 'boost as viewer');
    await screenshot(page, 'social-viewer-boost');
  });
});
