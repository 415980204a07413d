import { NextResponse, type NextRequest } from 'next/server';
import { dashboardConfig } from '@/lib/server/config';
import { SESSION_COOKIE } from '@/lib/server/session';

/** The API's CSV exports the dashboard links to; nothing else is passed through. */
const FILES = new Set(['metrics.csv', 'cost-monitor.csv']);

/**
 * Streams one of the API's `/export/*.csv` files with the session cookie's token as the bearer
 * (the token never reaches the page). The API checks the role, as for any read.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!FILES.has(file)) return NextResponse.json({ error: 'Unknown export' }, { status: 404 });
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (!token) return NextResponse.json({ error: 'Not signed in' }, { status: 401 });
  const url = new URL(`/export/${file}`, dashboardConfig().apiUrl);
  request.nextUrl.searchParams.forEach((value, key) => url.searchParams.set(key, value));
  let answer: Response;
  try {
    answer = await fetch(url, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    return NextResponse.json({ error: 'The API cannot be reached' }, { status: 502 });
  }
  const headers = new Headers({ 'cache-control': 'no-store' });
  for (const h of ['content-type', 'content-disposition']) {
    const v = answer.headers.get(h);
    if (v) headers.set(h, v);
  }
  if (!headers.has('content-disposition') && answer.ok)
    headers.set('content-disposition', `attachment; filename="${file}"`);
  return new NextResponse(answer.body, { status: answer.status, headers });
}
