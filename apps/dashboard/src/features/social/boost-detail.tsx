'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { BoostDocument, type BoostFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { DataTable } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatNumber, formatPoints } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { boostFigures } from './figures';
import { boostStatus, contributionStatus } from './labels';
import { MemberCell } from './member-cell';
import { useRewardName } from './reward-name';
import { BackButton, DetailStates, Figures, StatusBadge } from './social-detail';

type Contribution = BoostFieldsFragment['contributions'][number];
const column = createColumnHelper<Contribution>();

export function BoostDetail({ id }: { id: string }) {
  const boost = useGqlQuery(BoostDocument, { id });
  return (
    <DetailStates
      title="Boost"
      query={boost}
      pick={boost.data?.boost}
      back={{ href: '/boosts', label: 'All boosts' }}
    >
      {(b) => <BoostView boost={b} />}
    </DetailStates>
  );
}

function BoostView({ boost: b }: { boost: BoostFieldsFragment }) {
  const session = useSession();
  const rewardName = useRewardName();
  const f = boostFigures(b);
  const when =
    b.status === 'OPEN'
      ? `open until ${session.dateTime(b.expiresAt)}`
      : `expires ${session.dateTime(b.expiresAt)}`;
  const columns = [
    column.accessor('memberId', {
      header: 'Friend',
      cell: (c) => <MemberCell id={c.getValue()} member={c.row.original.member} label="contributor" />,
    }),
    column.accessor('createdAt', { header: 'Contributed', cell: (c) => session.dateTime(c.getValue()) }),
    column.accessor('points', {
      header: 'Points',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.accessor('status', {
      header: 'Those points',
      cell: (c) => <StatusBadge status={contributionStatus(c.getValue())} />,
    }),
  ];
  return (
    <>
      <PageHeader
        title={`Boost for ${rewardName(b.rewardId)}`}
        description={`Requested ${session.dateTime(b.createdAt)} · ${when} (${session.zoneLabel}).`}
        actions={
          <>
            <StatusBadge status={boostStatus(b.status)} testId="boost-status" />
            <BackButton href="/boosts" label="All boosts" />
          </>
        }
      />
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <Figures
              title="Progress"
              description="Contributions are held until the target is reached (then spent on the reward) or the request expires (then returned to each friend’s original points)."
              items={[
                { label: 'Target', value: formatPoints(b.targetPoints) },
                { label: 'Collected', value: formatPoints(b.collectedPoints) },
                { label: 'Friends who chipped in', value: formatNumber(f.contributors) },
                { label: 'Points held', value: formatPoints(f.held) },
                { label: 'Spent on the reward', value: formatPoints(f.spent) },
                { label: 'Returned', value: formatPoints(f.returned) },
              ]}
            />
          </div>
          <Card>
            <CardHeader>
              <CardTitle>Requester</CardTitle>
              <CardDescription>
                {b.redemptionId
                  ? 'The reward was redeemed for this member when the target was reached.'
                  : 'The reward is redeemed for this member once the target is reached.'}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <MemberCell id={b.requesterId} member={b.requester} label="requester" />
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>Contributions</CardTitle>
            <CardDescription>
              {session.personalData
                ? 'Each friend contributes once.'
                : 'Each friend contributes once. Names and emails are hidden for your role; the external id identifies each member.'}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DataTable
              label="Contributions"
              columns={columns}
              rows={b.contributions}
              rowKey={(r) => r.id}
              isPending={false}
              empty={
                <EmptyState title="No contributions yet">Friends chip in with the boost’s link.</EmptyState>
              }
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
