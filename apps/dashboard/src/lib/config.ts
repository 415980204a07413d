export const DEFAULT_API_URL = 'http://localhost:4000/graphql';

/** What the browser needs to talk to the API. Resolved on the server for every request. */
export interface PublicConfig {
  apiUrl: string;
  /** Dev bootstrap token; a staff token in localStorage (`accrue.token`) takes precedence. */
  apiToken: string;
}

/**
 * Reads NEXT_PUBLIC_API_URL / NEXT_PUBLIC_API_TOKEN when the server handles a request, so one build
 * can be pointed at any API by the environment of `next start` (containers, e2e). Next inlines
 * `process.env.NEXT_PUBLIC_*` at build time; the computed key below keeps the read at run time, and
 * the build-time value remains the fallback.
 */
export function readPublicConfig(): PublicConfig {
  const runtime = (name: string): string | undefined => {
    const value = process.env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const urlKey = 'NEXT_PUBLIC_API_URL';
  const tokenKey = 'NEXT_PUBLIC_API_TOKEN';
  return {
    apiUrl: runtime(urlKey) ?? (process.env.NEXT_PUBLIC_API_URL || DEFAULT_API_URL),
    apiToken: runtime(tokenKey) ?? (process.env.NEXT_PUBLIC_API_TOKEN || ''),
  };
}
