import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { DashboardSessionDocument, type DashboardSessionQuery } from '@accrue/sdk/src/generated/graphql';
import { dashboardConfig } from './config';
import { errorCodes, serverRequest } from './api';

/** The httpOnly cookie holding the API session token; page JavaScript never sees it. */
export const SESSION_COOKIE = 'accrue_session';

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}

export async function secureCookies(): Promise<boolean> {
  const mode = dashboardConfig().secureCookies;
  if (mode !== 'auto') return mode === 'always';
  const h = await headers();
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return proto === 'https';
}

/**
 * A browser-session cookie: the API decides when the session ends (ACCRUE_SESSION_TTL_HOURS, logout,
 * a disabled user), and the dashboard answers its UNAUTHENTICATED by going back to sign-in. (An
 * Expires taken from the API's clock could be wrong on this server's or the browser's.)
 */
export async function setSessionCookie(token: string) {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await secureCookies(),
    path: '/',
  });
}

export async function clearSessionCookie() {
  (await cookies()).delete(SESSION_COOKIE);
}

export type Session =
  | {
      state: 'signed-in';
      data: DashboardSessionQuery & { viewer: NonNullable<DashboardSessionQuery['viewer']> };
    }
  | { state: 'signed-out' }
  | { state: 'unreachable'; message: string };

/** Who is signed in, and the program's name, currency and time zone: one request, on the server. */
export const readSession = cache(readSessionOnce);

async function readSessionOnce(): Promise<Session> {
  const token = await sessionToken();
  if (!token) return { state: 'signed-out' };
  const response = await serverRequest(DashboardSessionDocument, {}, token);
  const codes = errorCodes(response);
  if (codes.includes('UNAUTHENTICATED') || (response.data && !response.data.viewer))
    return { state: 'signed-out' };
  if (!response.data?.viewer)
    return { state: 'unreachable', message: response.errors?.[0]?.message ?? 'The API did not answer' };
  return { state: 'signed-in', data: response.data as Extract<Session, { state: 'signed-in' }>['data'] };
}
