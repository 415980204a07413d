import { defineConfig } from '@playwright/test';
import { ADMIN_SECRET, API_PORT, API_URL, CLOCK_START, DASHBOARD_PORT } from './e2e/env';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${DASHBOARD_PORT}`,
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 800 },
    headless: true,
    // axe reads colours mid-animation otherwise (a toast fading in has no contrast yet); the app's
    // transitions honour prefers-reduced-motion
    reducedMotion: 'reduce',
    // No browser can be downloaded here: Debian's Chromium (scripts/ensure-chromium.sh).
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
  projects: [
    // signs in once per role and keeps each session (e2e/.auth/<role>.json)
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts/,
      dependencies: ['setup'],
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
  // Both servers run what the build made: the API from apps/api/dist, the dashboard's `next start`.
  webServer: [
    {
      command: 'bash e2e/start-api.sh',
      url: `http://127.0.0.1:${API_PORT}/health`,
      env: {
        HOST: '127.0.0.1',
        PORT: String(API_PORT),
        ACCRUE_ADMIN_SECRET: ADMIN_SECRET,
        ACCRUE_CLOCK_START: CLOCK_START,
        ACCRUE_SQLITE_WRITER: 'inline',
        ACCRUE_EXPIRY_INTERVAL_SECONDS: '0',
        ACCRUE_WEBHOOK_INTERVAL_MS: '500',
        ACCRUE_WEBHOOK_RETRY_SCHEDULE: '3600',
        ACCRUE_RATE_LIMIT_PER_MINUTE: '0',
        ACCRUE_CREDENTIAL_CACHE_SECONDS: '0',
      },
      reuseExistingServer: false,
      // seeding 240 members through the real use cases takes two minutes or more on a busy machine
      timeout: 360_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'pnpm start',
      url: `http://127.0.0.1:${DASHBOARD_PORT}/sign-in`,
      env: { PORT: String(DASHBOARD_PORT), NEXT_TELEMETRY_DISABLED: '1', ACCRUE_API_URL: API_URL },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
