'use server';

import { redirect } from 'next/navigation';
import { StaffLoginDocument, StaffLogoutDocument } from '@accrue/sdk/src/generated/graphql';
import { errorCodes, serverRequest } from '@/lib/server/api';
import { clearSessionCookie, sessionToken, setSessionCookie } from '@/lib/server/session';
import { signInSchema } from './schema';

export type SignInResult = { ok: false; message: string; field?: 'email' | 'password' } | undefined;

/** Calls the API's login on this server and keeps the session token in an httpOnly cookie. */
export async function signIn(values: unknown, next?: string): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: 'Enter your email and password' };
  const response = await serverRequest(StaffLoginDocument, { input: parsed.data }, undefined);
  const codes = errorCodes(response);
  if (codes.includes('API_UNREACHABLE'))
    return { ok: false, message: 'The dashboard cannot reach the Accrue API. Try again in a moment.' };
  if (codes.includes('RATE_LIMITED'))
    return { ok: false, message: response.errors?.[0]?.message ?? 'Too many attempts; wait and retry' };
  const login = response.data?.login;
  if (!login?.token) {
    const error = login?.userErrors[0];
    return { ok: false, message: error?.message ?? response.errors?.[0]?.message ?? 'Sign-in failed' };
  }
  await setSessionCookie(login.token);
  redirect(safeNext(next));
}

/** Ends the session on the API (logout), then forgets the cookie. */
export async function signOut(): Promise<void> {
  const token = await sessionToken();
  if (token) await serverRequest(StaffLogoutDocument, {}, token);
  await clearSessionCookie();
  redirect('/sign-in?reason=signed-out');
}

/** Only a path on this dashboard: never an open redirect to another site. */
function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
