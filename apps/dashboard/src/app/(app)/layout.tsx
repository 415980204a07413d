import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { Providers } from '@/components/shell/providers';
import { SessionProvider } from '@/components/shell/session-context';
import { readSession } from '@/lib/server/session';

// Every page reads the session (the cookie) on the server: who is signed in, and the program's
// currency and time zone, in one request before the first paint.
export const dynamic = 'force-dynamic';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await readSession();
  if (session.state === 'signed-out') redirect('/api/auth/expired');
  if (session.state === 'unreachable')
    return (
      <main className="mx-auto max-w-xl p-10">
        <div role="alert" className="rounded-lg border border-destructive/30 bg-destructive/5 p-5">
          <h1 className="text-lg font-semibold text-destructive">The Accrue API cannot be reached</h1>
          <p className="mt-2 text-sm">
            The dashboard is running, but its server could not get an answer from the API ({session.message}).
            Check that the API is running, then reload this page.
          </p>
        </div>
      </main>
    );
  return (
    <SessionProvider session={session.data}>
      <Providers>
        <AppShell>{children}</AppShell>
      </Providers>
    </SessionProvider>
  );
}
