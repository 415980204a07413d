'use client';

import type { ReactNode } from 'react';
import { AlertTriangleIcon, InboxIcon, LockIcon, RotateCwIcon } from 'lucide-react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError, UserErrorsError } from '@/lib/graphql-client';
import { ROLE_LABEL } from '@/lib/permissions';
import { useSession } from '@/components/shell/session-context';

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function LoadingRows({ label = 'Loading', rows = 5 }: { label?: string; rows?: number }) {
  return (
    <div role="status" aria-label={label} className="grid gap-2">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-9 w-full" />
      ))}
      <span className="sr-only">{label}…</span>
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed px-6 py-10 text-center">
      <InboxIcon aria-hidden className="size-6 text-muted-foreground" />
      <p className="font-medium">{title}</p>
      {children ? <div className="max-w-md text-sm text-muted-foreground">{children}</div> : null}
    </div>
  );
}

/** What a failed read says: who may see it, the API unreachable, or the API's own message. */
export function ErrorState({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  if (error instanceof ApiError && error.forbidden) return <Forbidden what="this" />;
  let title = 'Something went wrong';
  let detail = error.message;
  if (error instanceof ApiError && error.unreachable) {
    title = 'The API cannot be reached';
    detail =
      'The dashboard could not get an answer from the Accrue API. Check that it is running, then retry.';
  } else if (error instanceof ApiError) {
    title = 'The API refused this request';
  }
  return (
    <Alert variant="destructive" data-testid="error-state">
      <AlertTriangleIcon aria-hidden />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{detail}</p>
        {onRetry ? (
          <Button variant="outline" size="sm" className="mt-2 text-foreground" onClick={onRetry}>
            <RotateCwIcon aria-hidden /> Retry
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}

/** A page or section the signed-in role may not open: says so, and who may. */
export function Forbidden({ what, who }: { what: string; who?: string }) {
  const { viewer } = useSession();
  return (
    <Alert data-testid="forbidden">
      <LockIcon aria-hidden />
      <AlertTitle>Your role cannot open {what}</AlertTitle>
      <AlertDescription>
        <p>
          You are signed in as {ROLE_LABEL[viewer.role]}. {who ? `${who} may open it; ` : ''}ask an
          administrator if you need access.
        </p>
      </AlertDescription>
    </Alert>
  );
}

/** The message of a failed mutation, for a toast. */
export function errorMessage(error: unknown): string {
  if (error instanceof UserErrorsError || error instanceof ApiError || error instanceof Error)
    return error.message;
  return 'Something went wrong';
}
