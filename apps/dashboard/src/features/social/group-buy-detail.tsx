'use client';

import { createColumnHelper } from '@tanstack/react-table';
import { GroupBuyDocument, type GroupBuyFieldsFragment } from '@accrue/sdk/src/generated/graphql';
import { DataTable } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { formatNumber, formatPoints } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { groupFigures } from './figures';
import { groupStatus, holdStatus } from './labels';
import { MemberCell } from './member-cell';
import { BackButton, DetailStates, Figures, StatusBadge } from './social-detail';

type Participant = GroupBuyFieldsFragment['participants'][number];
const column = createColumnHelper<Participant>();

export function GroupBuyDetail({ id }: { id: string }) {
  const group = useGqlQuery(GroupBuyDocument, { id });
  return (
    <DetailStates
      title="Group buy"
      query={group}
      pick={group.data?.groupBuy}
      back={{ href: '/group-buys', label: 'All group buys' }}
    >
      {(g) => <GroupBuyView group={g} />}
    </DetailStates>
  );
}

function GroupBuyView({ group: g }: { group: GroupBuyFieldsFragment }) {
  const session = useSession();
  const f = groupFigures(g);
  const filledWhen =
    g.status === 'FILLED'
      ? `filled ${session.dateTime(g.closedAt)}`
      : g.status === 'EXPIRED'
        ? `expired ${session.dateTime(g.closedAt ?? g.deadline)} without filling`
        : `open until ${session.dateTime(g.deadline)}`;
  const columns = [
    column.accessor('seat', {
      header: 'Seat',
      meta: { className: 'w-16 tabular-nums' },
      cell: (c) => (c.getValue() === 1 ? '1 (opened it)' : formatNumber(c.getValue())),
    }),
    column.accessor('memberId', {
      header: 'Member',
      cell: (c) => (
        <MemberCell id={c.getValue()} member={c.row.original.member} label={`seat ${c.row.original.seat}`} />
      ),
    }),
    column.accessor('createdAt', { header: 'Joined', cell: (c) => session.dateTime(c.getValue()) }),
    column.accessor('newCustomer', {
      header: 'Customer',
      cell: (c) => (c.getValue() ? 'new' : 'returning'),
    }),
    column.accessor('pointsHeld', {
      header: 'Points toward the price',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.accessor('holdStatus', {
      header: 'Those points',
      cell: (c) => <StatusBadge status={holdStatus(c.getValue())} />,
    }),
    column.accessor('bonusAwarded', {
      header: 'Bonus',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
  ];
  return (
    <>
      <PageHeader
        title={g.productName}
        description={`Group ${g.code} for ${session.money(g.priceMinor)} · ${formatNumber(g.size)} seats · ${filledWhen} (${session.zoneLabel}).`}
        actions={
          <>
            <StatusBadge status={groupStatus(g.status)} testId="group-status" />
            <BackButton href="/group-buys" label="All group buys" />
          </>
        }
      />
      <div className="grid gap-6">
        <Figures
          title="Participation and points"
          description="The bonus is issued once, to every participant, when the last seat is taken (each within the monthly bonus cap). Points new customers hold toward the price are spent when the group fills and released if it does not."
          items={[
            {
              label: 'Seats filled',
              value: `${formatNumber(g.participants.length)} of ${formatNumber(g.size)}`,
            },
            { label: 'Bonus per participant', value: formatPoints(g.bonusPoints) },
            { label: 'Bonus issued', value: formatPoints(f.bonusIssued) },
            { label: 'New customers', value: formatNumber(f.newCustomers) },
            { label: 'Points held', value: formatPoints(f.held) },
            {
              label: g.status === 'EXPIRED' ? 'Points released' : 'Points spent on the order',
              value: formatPoints(g.status === 'EXPIRED' ? f.released : f.spent),
            },
          ]}
        />
        <Card>
          <CardHeader>
            <CardTitle>Participants</CardTitle>
            <CardDescription>
              {session.personalData
                ? 'In the order they joined.'
                : 'In the order they joined. Names and emails are hidden for your role; the external id identifies each member.'}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DataTable
              label="Participants"
              columns={columns}
              rows={g.participants}
              rowKey={(r) => r.id}
              isPending={false}
              empty={<EmptyState title="Nobody has joined yet" />}
            />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
