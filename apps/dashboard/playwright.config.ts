import { defineConfig, devices } from '@playwright/test';

import { CLOSED_API_URL, DASHBOARD_PORT, E2E_DEV_TOKEN } from './e2e/env';

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${DASHBOARD_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        headless: true,
        // No browser can be downloaded here: use Debian's Chromium (scripts/ensure-chromium.sh).
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  // The built dashboard (`pnpm build` first). The API URL is read by the server at request time,
  // so this one build serves every configuration.
  webServer: [
    {
      command: 'pnpm start',
      url: `http://127.0.0.1:${DASHBOARD_PORT}/`,
      env: {
        PORT: String(DASHBOARD_PORT),
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_PUBLIC_API_URL: CLOSED_API_URL,
        NEXT_PUBLIC_API_TOKEN: E2E_DEV_TOKEN,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
