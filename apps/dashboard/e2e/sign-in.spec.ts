import { expect, test } from '@playwright/test';
import { API_URL, DEMO_PASSWORD, staffEmail } from './env';
import { expectAccessible, screenshot } from './helpers';

test('a visitor without a session is sent to sign-in, signs in, and signs out', async ({ page, context }) => {
  await page.goto('/members');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fmembers/);
  await expectAccessible(page, 'sign-in');
  await screenshot(page, 'sign-in');

  // a wrong password is refused next to the form, and no cookie is set
  await page.getByLabel('Email').fill(staffEmail('SUPPORT'));
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password' })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'accrue_session')).toBeUndefined();

  // an empty field is named next to the field
  await page.getByLabel('Password').fill('');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your password')).toBeVisible();

  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();

  // the session token lives in an httpOnly, SameSite cookie that page JavaScript cannot read
  const cookie = (await context.cookies()).find((c) => c.name === 'accrue_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  expect(cookie?.value).toMatch(/^acs_/);
  expect(await page.evaluate(() => document.cookie)).not.toContain('acs_');
  const html = await (await page.request.get('/members')).text();
  expect(html).not.toContain(cookie!.value);
  expect(html).not.toContain('e2e-bootstrap-secret');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out/);
  await expect(page.getByText('You are signed out.')).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'accrue_session')).toBeUndefined();

  // the token was revoked on the API too: putting it back does not sign anyone in
  await context.addCookies([{ ...cookie!, expires: -1 }]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?reason=expired/);
  await expect(page.getByText('Your session ended')).toBeVisible();
});

test('the /api/graphql proxy runs only the dashboard’s operations, for a signed-in user', async ({
  request,
}) => {
  const anonymous = await request.post('/api/graphql', {
    data: { operationName: 'DashboardSession', variables: {} },
  });
  expect(anonymous.status()).toBe(401);
  const raw = await request.post('/api/graphql', { data: { query: '{ staffUsers { email } }' } });
  expect(raw.status()).toBe(400);
  const login = await request.post('/api/graphql', { data: { operationName: 'StaffLogin', variables: {} } });
  expect(login.status()).toBe(400);
});

test('a session revoked while a page is open returns to sign-in at the next request', async ({
  page,
  context,
  request,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(staffEmail('SUPPORT'));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await page.goto('/members');
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();

  // the session ends on the API (as a logout elsewhere or its expiry would end it)
  const token = (await context.cookies()).find((c) => c.name === 'accrue_session')!.value;
  const logout = await request.post(API_URL, {
    headers: { authorization: `Bearer ${token}` },
    data: { query: 'mutation { logout { ok } }' },
  });
  expect(logout.status()).toBe(200);

  // the next read from the browser is refused, and the page goes to sign-in
  await page.getByLabel('Search').fill('demo-0002');
  await expect(page).toHaveURL(/\/sign-in\?reason=expired&next=%2Fmembers/);
  await expect(page.getByText('Your session ended')).toBeVisible();
});
