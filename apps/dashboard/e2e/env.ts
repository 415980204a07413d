// Shared by playwright.config.ts and the specs.

export const DASHBOARD_PORT = 3100;

// Nothing listens here: a dashboard pointed at it must show its "cannot reach the API" state.
export const CLOSED_API_URL = process.env.E2E_CLOSED_API_URL ?? 'http://127.0.0.1:4599/graphql';

export const E2E_DEV_TOKEN = 'e2e-dev-token';
