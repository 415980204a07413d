'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { EmptyState, ErrorState, LoadingRows, PageHeader } from '@/components/states';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { StatusWords } from './labels';

/** The states a group buy's or a boost's page goes through before its data: error, loading, not found. */
export function DetailStates<T>({
  title,
  query,
  pick,
  back,
  children,
}: {
  title: string;
  query: { data: unknown; error: Error | null; refetch: () => unknown };
  pick: T | null | undefined;
  back: { href: string; label: string };
  children: (value: T) => ReactNode;
}) {
  if (query.error && !query.data)
    return (
      <>
        <PageHeader title={title} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  if (!query.data)
    return (
      <>
        <PageHeader title={title} />
        <LoadingRows label={`Loading the ${title.toLowerCase()}`} />
      </>
    );
  if (!pick)
    return (
      <>
        <PageHeader title={title} />
        <EmptyState title={`No such ${title.toLowerCase()}`}>
          It may belong to another program. <Link href={back.href}>{back.label}</Link>
        </EmptyState>
      </>
    );
  return <>{children(pick)}</>;
}

export function BackButton({ href, label }: { href: string; label: string }) {
  return (
    <Button variant="outline" asChild>
      <Link href={href}>{label}</Link>
    </Button>
  );
}

export function StatusBadge({ status, testId }: { status: StatusWords; testId?: string }) {
  return (
    <Badge variant={status.variant} data-testid={testId}>
      {status.label}
    </Badge>
  );
}

/** A card of labelled figures (points, seats, money). */
export function Figures({
  title,
  description,
  items,
}: {
  title: string;
  description: string;
  items: { label: string; value: string }[];
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {items.map((i) => (
            <div key={i.label} className="grid gap-1">
              <dt className="text-sm text-muted-foreground">{i.label}</dt>
              <dd className="text-lg font-semibold tabular-nums">{i.value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
