import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { readSession } from '@/lib/server/session';
import { SignInForm } from '@/features/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const REASONS: Record<string, string> = {
  expired: 'Your session ended (it expired, or was signed out elsewhere). Sign in again to continue.',
  'signed-out': 'You are signed out.',
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; reason?: string }>;
}) {
  const { next, reason } = await searchParams;
  const session = await readSession();
  if (session.state === 'signed-in') redirect(next?.startsWith('/') && !next.startsWith('//') ? next : '/');
  return (
    <main className="grid min-h-screen place-items-center bg-muted/60 px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2">
          <span
            aria-hidden
            className="grid size-8 place-items-center rounded-md bg-primary font-bold text-primary-foreground"
          >
            A
          </span>
          <span className="text-xl font-semibold tracking-tight">Accrue</span>
        </div>
        <div className="rounded-xl border bg-card p-6 shadow-sm">
          <h1 className="text-lg font-semibold">Sign in to the dashboard</h1>
          <p className="mt-1 mb-5 text-sm text-muted-foreground">
            Staff accounts only. Your administrator creates them.
          </p>
          {reason && REASONS[reason] ? (
            <p role="status" className="mb-4 rounded-md bg-accent px-3 py-2 text-sm text-accent-foreground">
              {REASONS[reason]}
            </p>
          ) : null}
          <SignInForm next={next} />
        </div>
      </div>
    </main>
  );
}
