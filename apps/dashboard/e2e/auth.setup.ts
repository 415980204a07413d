import fs from 'node:fs';
import { expect, test as setup } from '@playwright/test';
import { AUTH_DIR, DEMO_PASSWORD, ROLES, authFile, staffEmail } from './env';

// Each role signs in once through the sign-in page; the specs reuse the saved cookie.
for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    fs.mkdirSync(AUTH_DIR, { recursive: true });
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(staffEmail(role));
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.context().storageState({ path: authFile(role) });
  });
}
