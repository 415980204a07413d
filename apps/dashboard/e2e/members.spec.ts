import { expect, test } from '@playwright/test';
import { authFile } from './env';
import { createMember, settled } from './helpers';

test.describe('support staff', () => {
  test.use({ storageState: authFile('SUPPORT') });

  test('find a member, adjust points, and see the balance and the ledger change; the audit log shows it', async ({
    page,
    request,
    browser,
  }) => {
    test.slow(); // two browser contexts and three pages
    const member = await createMember(request, 'adjust');

    await page.goto('/members');
    await page.getByLabel('Search').fill(member.externalId);
    const row = page
      .getByRole('table', { name: 'Members' })
      .getByRole('row')
      .filter({ hasText: member.externalId });
    await expect(row).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`q=${member.externalId}`));
    await row.getByRole('link').click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('E2E adjust');
    await expect(page.getByTestId('member-email')).toHaveText(member.email);
    await expect(page.getByTestId('balance-available')).toHaveText(member.available.toLocaleString('en-GB'));
    await settled(page);

    // the reason is mandatory, and said so next to the field
    const form = page.getByRole('form', { name: 'Adjust points' });
    await form.getByLabel('Points').fill('250');
    await form.getByRole('button', { name: 'Apply adjustment' }).click();
    await expect(form.getByText('Say why')).toBeVisible();

    const reason = `goodwill ${member.externalId}`;
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Apply adjustment' }).click();
    await expect(page.getByText('+250 points applied')).toBeVisible();

    const after = member.available + 250;
    await expect(page.getByTestId('balance-available')).toHaveText(after.toLocaleString('en-GB'));
    const ledger = page.getByRole('table', { name: 'Ledger' });
    const first = ledger.getByRole('row').nth(1);
    await expect(first).toContainText('Manual adjustment');
    await expect(first).toContainText(reason);
    await expect(first).toContainText('+250');
    await expect(first).toContainText(after.toLocaleString('en-GB'));

    // the audit log (Admin) records who made it, with the reason
    const admin = await browser.newContext({ storageState: authFile('ADMIN') });
    const auditPage = await admin.newPage();
    await auditPage.goto(`/audit-log?action=points.adjust&entity=${encodeURIComponent(member.id)}`);
    const entry = auditPage.getByRole('table', { name: 'Audit log' }).getByRole('row').nth(1);
    await expect(entry).toContainText('support@demo.accrue.test');
    await expect(entry).toContainText(/adjust/i);
    await entry.getByText(/changed|created/).click();
    await expect(entry).toContainText(reason);
    await admin.close();
  });

  test('the list and a member arrive with their data in the first HTML (read on the server)', async ({
    page,
    request,
  }) => {
    const member = await createMember(request, 'prefetch');
    const list = await (await page.request.get(`/members?q=${member.externalId}`)).text();
    expect(list).toContain(member.email);
    const detail = await (await page.request.get(`/members/${encodeURIComponent(member.id)}`)).text();
    expect(detail).toContain(member.email);
    expect(detail).toContain('TASK_FIRST_PURCHASE'); // the ledger's first page
  });

  test('search finds members by email and name too, and filters by review flag', async ({
    page,
    request,
  }) => {
    const member = await createMember(request, 'search');
    await page.goto(`/members?q=${encodeURIComponent(member.email)}`);
    await expect(
      page.getByRole('table', { name: 'Members' }).getByRole('row').filter({ hasText: member.externalId }),
    ).toHaveCount(1);

    await page.goto('/members?flagged=true');
    await settled(page);
    await expect(page.getByLabel('Flagged for review')).toBeChecked();
    const rows = page.getByRole('table', { name: 'Members' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('review');
  });
});

test.describe('a viewer', () => {
  test.use({ storageState: authFile('VIEWER') });

  test('sees no adjustment form and no personal data', async ({ page, request }) => {
    const member = await createMember(request, 'viewer');
    await page.goto(`/members?q=${member.externalId}`);
    const row = page
      .getByRole('table', { name: 'Members' })
      .getByRole('row')
      .filter({ hasText: member.externalId });
    await expect(row).toHaveCount(1);
    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(member.externalId);
    await settled(page);
    await expect(page.getByRole('form', { name: 'Adjust points' })).toHaveCount(0);
    await expect(page.getByText('Adjust points')).toHaveCount(0);
    await expect(page.getByText('Name, email and birthday are hidden from your role.')).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(member.email);
    expect(text).not.toContain('@e2e.example.com');
    expect(text).not.toContain('E2E viewer');
    // nor in what the page received
    expect(await page.content()).not.toContain(member.email);
  });

  test('is told the audit log is not for their role', async ({ page }) => {
    await page.goto('/audit-log');
    await expect(page.getByTestId('forbidden')).toContainText('Your role cannot open the audit log');
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }),
    ).toHaveCount(0);
  });
});
