import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/server/session';

/** An expired or revoked session: forget the cookie and go to the sign-in page. */
export function GET(request: NextRequest) {
  const url = new URL('/sign-in', request.nextUrl.origin);
  url.searchParams.set('reason', 'expired');
  const next = request.nextUrl.searchParams.get('next');
  if (next?.startsWith('/') && !next.startsWith('//')) url.searchParams.set('next', next);
  const response = NextResponse.redirect(url, 303);
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
