import { NextResponse, type NextRequest } from 'next/server';

/** Pages need a session cookie; without one, the sign-in page (which comes back here after). */
export function middleware(request: NextRequest) {
  if (request.cookies.has('accrue_session')) return NextResponse.next();
  const url = new URL('/sign-in', request.nextUrl.origin);
  const path = request.nextUrl.pathname + request.nextUrl.search;
  if (path !== '/') url.searchParams.set('next', path);
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!sign-in|api/|_next/|favicon.ico).*)'],
};
