import { NextResponse, type NextRequest } from 'next/server';
import { allowedOperation, forwardToApi } from '@/lib/server/api';
import { SESSION_COOKIE } from '@/lib/server/session';

/**
 * The browser's only way to the API. It names one of the dashboard's typed operations and its
 * variables; this server adds the session token from the httpOnly cookie, so no token ever
 * reaches page JavaScript. JSON only and same-origin only (with the SameSite cookie: no CSRF).
 */
export async function POST(request: NextRequest) {
  const origin = request.headers.get('origin');
  if (origin && hostOf(origin) !== request.headers.get('host'))
    return error(403, 'FORBIDDEN', 'Cross-origin requests are refused');
  if (!request.headers.get('content-type')?.includes('application/json'))
    return error(415, 'BAD_REQUEST', 'Send application/json');
  let body: { operationName?: unknown; variables?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return error(400, 'BAD_REQUEST', 'Malformed JSON');
  }
  const name = typeof body.operationName === 'string' ? body.operationName : '';
  const query = allowedOperation(name);
  if (!query) return error(400, 'BAD_REQUEST', `Unknown operation ${JSON.stringify(name)}`);
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (!token) return error(401, 'UNAUTHENTICATED', 'Not signed in');
  const { status, body: answer } = await forwardToApi(query, body.variables ?? {}, token, name);
  const response = NextResponse.json(answer, { status, headers: { 'cache-control': 'no-store' } });
  // an expired or revoked session: forget it, the page goes back to the sign-in form
  if (answer.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
    response.cookies.delete(SESSION_COOKIE);
  return response;
}

function hostOf(origin: string) {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function error(status: number, code: string, message: string) {
  return NextResponse.json({ errors: [{ message, extensions: { code } }] }, { status });
}
