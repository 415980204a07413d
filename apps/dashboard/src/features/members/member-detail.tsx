'use client';

import Link from 'next/link';
import { ArrowLeftIcon, FlagIcon } from 'lucide-react';
import { toast } from 'sonner';
import {
  DashboardClearReviewFlagDocument,
  DashboardMemberDocument,
  DashboardMembersDocument,
  DashboardAuditLogDocument,
  type DashboardMemberQuery,
} from '@accrue/sdk/src/generated/graphql';
import {
  EmptyState,
  ErrorState,
  Forbidden,
  LoadingRows,
  PageHeader,
  errorMessage,
} from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { SOURCE_LABEL, formatNumber } from '@/lib/format';
import { requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';
import { AdjustPointsForm } from './adjust-points-form';
import { MemberLedger } from './member-ledger';
import { MemberRedemptions } from './member-redemptions';

type Member = NonNullable<DashboardMemberQuery['member']>;

export function MemberDetail({ id }: { id: string }) {
  const session = useSession();
  const query = useGqlQuery(DashboardMemberDocument, { id });
  const back = (
    <Button asChild variant="ghost" size="sm" className="-ml-2 mb-2">
      <Link href="/members">
        <ArrowLeftIcon aria-hidden /> Members
      </Link>
    </Button>
  );
  if (query.isPending)
    return (
      <>
        {back}
        <LoadingRows label="Loading the member" rows={8} />
      </>
    );
  if (query.error)
    return (
      <>
        {back}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  const member = query.data.member;
  if (!member)
    return (
      <>
        {back}
        <EmptyState title="No such member">
          The member may have been removed, or the link is wrong.
        </EmptyState>
      </>
    );

  const title = session.personalData ? (member.name ?? member.externalId) : member.externalId;
  return (
    <>
      {back}
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            {session.personalData && member.email ? (
              <span data-testid="member-email">{member.email}</span>
            ) : null}
            <span>
              External id <code className="text-xs">{member.externalId}</code>
            </span>
            <span>Enrolled {session.date(member.enrolledAt)}</span>
          </span>
        }
        actions={
          <>
            <Badge variant="default">{member.tier.name}</Badge>
            <Badge variant={member.status === 'ACTIVE' ? 'success' : 'secondary'}>
              {member.status.toLowerCase()}
            </Badge>
            {member.flaggedForReview ? <Badge variant="warning">flagged for review</Badge> : null}
          </>
        }
      />
      {member.flaggedForReview ? <ReviewFlag member={member} /> : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_340px]">
        <div className="grid min-w-0 gap-6">
          <Balances member={member} />
          <TierProgress member={member} />
          {session.can('ledger:read') ? (
            <>
              <MemberLedger memberId={member.id} />
              <MemberRedemptions memberId={member.id} />
            </>
          ) : (
            <Forbidden what="this member's ledger and redemptions" who="Support, Finance and Admin" />
          )}
          <Lots member={member} />
        </div>
        <div className="grid content-start gap-6">
          {session.can('points:adjust') ? (
            <AdjustPointsForm memberId={member.id} available={member.balance.available} />
          ) : null}
          <Details member={member} />
        </div>
      </div>
    </>
  );
}

function Figure({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  testId?: string;
}) {
  return (
    <div className="rounded-lg border bg-card p-4">
      <p className="text-xs font-medium tracking-wide text-muted-foreground uppercase">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
      {hint ? <p className="mt-0.5 text-xs text-muted-foreground">{hint}</p> : null}
    </div>
  );
}

function Balances({ member }: { member: Member }) {
  const { balance } = member;
  return (
    <section aria-label="Balance" className="grid grid-cols-2 gap-3 md:grid-cols-4">
      <Figure
        label="Available"
        value={formatNumber(balance.available)}
        hint="points to spend now"
        testId="balance-available"
      />
      <Figure
        label="Pending"
        value={formatNumber(balance.pending)}
        hint="in the return window"
        testId="balance-pending"
      />
      <Figure
        label="Expiring ≤ 30 days"
        value={formatNumber(balance.expiringWithin30Days)}
        hint="soonest spent first"
        testId="balance-expiring"
      />
      <Figure
        label={balance.negative > 0 ? 'Owed (negative)' : 'Lifetime earned'}
        value={formatNumber(balance.negative > 0 ? balance.negative : balance.lifetimeEarned)}
        hint={
          balance.negative > 0
            ? 'paid off by the next earnings'
            : `${formatNumber(balance.lifetimeRedeemed)} redeemed · ${formatNumber(balance.lifetimeExpired)} expired`
        }
      />
    </section>
  );
}

function TierProgress({ member }: { member: Member }) {
  const session = useSession();
  const p = member.tierProgress;
  const target = p.next?.qualifyingSpendMinor ?? 0;
  const share =
    p.next && target > 0 ? Math.min(100, Math.round((p.qualifyingSpendMinor / target) * 100)) : 100;
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Tier progress</CardTitle>
          <CardDescription>
            Qualifying spend over the last 12 months: {session.money(p.qualifyingSpendMinor)}.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent className="grid gap-3">
        <div className="flex items-center justify-between text-sm font-medium">
          <span>{p.current.name}</span>
          <span>{p.next ? p.next.name : 'Top tier'}</span>
        </div>
        <div
          role="progressbar"
          aria-label={p.next ? `Progress to ${p.next.name}` : 'Top tier reached'}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={share}
          className="h-2.5 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full rounded-full bg-primary" style={{ width: `${share}%` }} />
        </div>
        <p className="text-sm text-muted-foreground">
          {p.next && p.spendToNextMinor != null
            ? `Spend ${session.money(p.spendToNextMinor)} more for ${p.next.name}.`
            : 'The highest tier: nothing more to reach.'}
          {p.retainedUntil ? ` ${p.current.name} is kept until ${session.date(p.retainedUntil)}.` : ''}
        </p>
      </CardContent>
    </Card>
  );
}

function Lots({ member }: { member: Member }) {
  const session = useSession();
  return (
    <Card>
      <CardHeader>
        <div>
          <CardTitle>Lots</CardTitle>
          <CardDescription>
            Open lots, each with its own expiry; the soonest-expiring are spent first.
          </CardDescription>
        </div>
      </CardHeader>
      <CardContent>
        {member.lots.length === 0 ? (
          <EmptyState title="No open lots" />
        ) : (
          <div className="rounded-lg border">
            <Table aria-label="Lots">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Source</TableHead>
                  <TableHead>Earned</TableHead>
                  <TableHead>Expires</TableHead>
                  <TableHead className="text-right">Points</TableHead>
                  <TableHead className="text-right">Remaining</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {member.lots.map((lot) => (
                  <TableRow key={lot.id}>
                    <TableCell>
                      {SOURCE_LABEL[lot.source] ?? lot.source}
                      {new Date(lot.availableAt) > new Date() ? (
                        <Badge variant="warning" className="ml-2">
                          pending until {session.date(lot.availableAt)}
                        </Badge>
                      ) : null}
                    </TableCell>
                    <TableCell className="whitespace-nowrap">{session.date(lot.earnedAt)}</TableCell>
                    <TableCell className="whitespace-nowrap">
                      {lot.expiresAt ? session.date(lot.expiresAt) : 'never'}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{formatNumber(lot.points)}</TableCell>
                    <TableCell className="text-right font-medium tabular-nums">
                      {formatNumber(lot.remaining)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function Details({ member }: { member: Member }) {
  const session = useSession();
  const rows: [string, string][] = [
    ['Referral code', member.referralCode],
    ['Referred by', member.referredBy?.externalId ?? '—'],
  ];
  if (session.personalData) {
    rows.unshift(['Birthday', member.birthday ?? '—']);
    rows.unshift(['Email', member.email ?? '—']);
    rows.unshift(['Name', member.name ?? '—']);
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 text-sm">
          {rows.map(([k, v]) => (
            <div key={k} className="grid grid-cols-[120px_1fr] gap-2">
              <dt className="text-muted-foreground">{k}</dt>
              <dd className="min-w-0 break-words">{v}</dd>
            </div>
          ))}
        </dl>
        {!session.personalData ? (
          <p className="mt-3 text-xs text-muted-foreground">
            Name, email and birthday are hidden from your role.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}

function ReviewFlag({ member }: { member: Member }) {
  const session = useSession();
  const clear = useGqlMutation(DashboardClearReviewFlagDocument, {
    select: (d) => requireNoUserErrors(d.updateMember),
    invalidates: [DashboardMemberDocument, DashboardMembersDocument, DashboardAuditLogDocument],
    onSuccess: () => toast.success('Review flag cleared'),
  });
  return (
    <Alert variant="warning" className="mb-6">
      <FlagIcon aria-hidden />
      <AlertTitle>Flagged for review</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {member.reviewReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {session.can('member:update') ? (
          <Button
            size="sm"
            variant="outline"
            className="mt-2"
            disabled={clear.isPending}
            onClick={() =>
              clear.mutate(
                { id: member.id },
                { onError: (e) => toast.error('Not cleared', { description: errorMessage(e) }) },
              )
            }
          >
            {clear.isPending ? 'Clearing…' : 'Mark reviewed and clear the flag'}
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
