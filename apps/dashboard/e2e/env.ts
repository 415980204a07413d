// Shared by playwright.config.ts and the specs.
import path from 'node:path';

export const DASHBOARD_PORT = Number(process.env.E2E_DASHBOARD_PORT ?? 3100);
export const API_PORT = Number(process.env.E2E_API_PORT ?? 4610);
export const API_URL = `http://127.0.0.1:${API_PORT}/graphql`;
/** The bootstrap secret of the e2e API: tests use it to create their own members, never the browser. */
export const ADMIN_SECRET = 'e2e-bootstrap-secret-not-for-browsers';
/** The API's clock starts here (ACCRUE_CLOCK_START), so the demo program is the same on every run. */
export const CLOCK_START = '2026-12-01T02:00:00.000Z';
export const DATA_DIR = path.join(__dirname, '.data');
export const AUTH_DIR = path.join(__dirname, '.auth');
export const SCREENSHOT_DIR = path.join(__dirname, '..', 'test-results', 'screenshots');

export const ROLES = ['ADMIN', 'MARKETING', 'FINANCE', 'SUPPORT', 'VIEWER'] as const;
export type StaffRole = (typeof ROLES)[number];

// The demo staff of apps/api/src/cli/seed-demo.ts (DEMO_STAFF, DEMO_STAFF_PASSWORD).
export const DEMO_PASSWORD = 'accrue-demo-password';
export const staffEmail = (role: StaffRole) => `${role.toLowerCase()}@demo.accrue.test`;
export const authFile = (role: StaffRole) => path.join(AUTH_DIR, `${role.toLowerCase()}.json`);
