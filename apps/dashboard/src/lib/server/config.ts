import 'server-only';
import { z } from 'zod';

/**
 * The dashboard server's configuration, read and checked once. Nothing here reaches the browser:
 * the browser talks only to this server's /api/graphql, which adds the session token itself.
 */
const schema = z.object({
  ACCRUE_API_URL: z
    .url({ message: 'ACCRUE_API_URL must be the API’s GraphQL URL' })
    .default('http://127.0.0.1:4000/graphql'),
  /** auto: Secure cookies when the request came over https (x-forwarded-proto); always; never */
  ACCRUE_DASHBOARD_SECURE_COOKIES: z.enum(['auto', 'always', 'never']).default('auto'),
});

export type DashboardConfig = { apiUrl: string; secureCookies: 'auto' | 'always' | 'never' };

let cached: DashboardConfig | undefined;

export function dashboardConfig(): DashboardConfig {
  if (cached) return cached;
  const parsed = schema.safeParse({
    ACCRUE_API_URL: process.env.ACCRUE_API_URL || undefined,
    ACCRUE_DASHBOARD_SECURE_COOKIES: process.env.ACCRUE_DASHBOARD_SECURE_COOKIES || undefined,
  });
  if (!parsed.success)
    throw new Error(
      `Bad dashboard configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  cached = {
    apiUrl: parsed.data.ACCRUE_API_URL,
    secureCookies: parsed.data.ACCRUE_DASHBOARD_SECURE_COOKIES,
  };
  return cached;
}
