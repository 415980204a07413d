import { expect, test } from '@playwright/test';
import { authFile } from './env';
import { settled } from './helpers';

test.describe('marketing', () => {
  test.use({ storageState: authFile('MARKETING') });

  test('edits a tier after seeing what the change does', async ({ page }) => {
    await page.goto('/tiers');
    await settled(page);
    const editor = page.getByRole('form', { name: 'Edit tiers' });
    const silver = editor.getByRole('group', { name: 'Silver' });
    await silver.getByLabel('Earn ×').fill('1.3');
    await editor.getByRole('button', { name: 'Review changes' }).click();

    const dialog = page.getByRole('dialog', { name: 'What this change does' });
    const silverRow = dialog.getByRole('row').filter({ hasText: 'Silver' });
    await expect(silverRow).toContainText('×1.2');
    await expect(silverRow).toContainText('×1.3');
    // a 300.00 order: 300 base + 50 threshold bonus; the tier multiplier adds 60 now, 90 after
    await expect(silverRow).toContainText('410');
    await expect(silverRow).toContainText('440');
    await dialog.getByRole('button', { name: 'Save tiers' }).click();
    await expect(page.getByText('Tiers saved')).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Tiers' }).getByRole('row').filter({ hasText: 'Silver' }),
    ).toContainText('×1.3');

    // a bad value is named next to its field, before anything is sent
    await silver.getByLabel('Earn ×').fill('0.5');
    await editor.getByRole('button', { name: 'Review changes' }).click();
    await expect(silver.getByText('multiplier must be at least 1')).toBeVisible();
  });

  test('creates a reward', async ({ page }) => {
    const name = `E2E tote ${Date.now().toString(36)}`;
    await page.goto('/rewards');
    await settled(page);
    await page.getByRole('button', { name: 'New reward' }).click();
    const form = page.getByRole('form', { name: 'New reward' });
    await form.getByRole('button', { name: 'Create reward' }).click();
    await expect(form.getByText('Name the reward')).toBeVisible();
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Points cost').fill('1500');
    await form.getByLabel(/^Value/).fill('20');
    await form.getByLabel('Stock').fill('40');
    await form.getByLabel('Limit per member').fill('1');
    await form.getByRole('button', { name: 'Create reward' }).click();
    await expect(page.getByText(`Reward “${name}” created`)).toBeVisible();
    const row = page.getByRole('table', { name: 'Rewards' }).getByRole('row').filter({ hasText: name });
    await expect(row).toContainText('1,500');
    await expect(row).toContainText('40');
    await expect(row).toContainText('CN¥20.00');
  });
});

test.describe('an admin', () => {
  test.use({ storageState: authFile('ADMIN') });

  test('creates an API key, sees it once, and revokes it', async ({ page }) => {
    const name = `E2E POS ${Date.now().toString(36)}`;
    await page.goto('/access');
    await settled(page);
    await page.getByRole('button', { name: 'New API key' }).click();
    const form = page.getByRole('form', { name: 'New API key' });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create key' }).click();
    const secret = page.getByTestId('secret-value');
    await expect(secret).toHaveText(/^ack_/);
    const key = (await secret.textContent())!;
    await page.getByRole('button', { name: 'I have stored it' }).click();

    // the key works on the API until it is revoked
    const probe = () =>
      page.request.post(process.env.E2E_API_URL ?? 'http://127.0.0.1:4610/graphql', {
        headers: { authorization: `Bearer ${key}` },
        data: { query: '{ tiers { name } }' },
      });
    expect((await probe()).status()).toBe(200);

    const row = page.getByTestId(`api-key-${name}`);
    await expect(row).toContainText('active');
    await expect(page.getByText(key)).toHaveCount(0); // shown once only
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await expect(page.getByText(`Key “${name}” revoked`)).toBeVisible();
    await expect(row).toContainText('revoked');
    expect((await probe()).status()).toBe(401);
  });
});
