'use client';

import dynamic from 'next/dynamic';
import { createColumnHelper } from '@tanstack/react-table';
import { PlusIcon } from 'lucide-react';
import {
  DashboardTierOptionsDocument,
  EngagementTasksDocument,
  type EngagementTaskFieldsFragment,
} from '@accrue/sdk/src/generated/graphql';
import { DataTable, useCursorPage } from '@/components/data-table';
import { EmptyState, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { KIND_LABEL, PERIOD_LABEL, eventLabel, taskState } from './labels';

// the form (react-hook-form, zod) loads only for those who may configure engagement
const TaskDialog = dynamic(() => import('./task-dialog').then((m) => m.TaskDialog), {
  loading: () => (
    <Button disabled>
      <PlusIcon aria-hidden /> New task
    </Button>
  ),
});

type Task = EngagementTaskFieldsFragment;
const column = createColumnHelper<Task>();

/** What a task asks of a member, in words: "3 browse product events (shoes), every day". */
export function goalText(t: Task, money: (minor: number) => string) {
  const what =
    t.measure === 'EVENT_COUNT'
      ? `${formatNumber(t.target)} × ${eventLabel(t.eventType)}`
      : t.measure === 'EVENT_STREAK_DAYS'
        ? `${eventLabel(t.eventType)} ${formatNumber(t.target)} days in a row`
        : t.measure === 'PURCHASE_COUNT'
          ? `${formatNumber(t.target)} order${t.target === 1 ? '' : 's'}`
          : `spend ${money(t.target)}`;
  return `${what}${t.category ? ` (${t.category})` : ''}, ${PERIOD_LABEL[t.period]}`;
}

export function TasksList() {
  const session = useSession();
  const cursor = useCursorPage('', 25);
  const tasks = useGqlQuery(EngagementTasksDocument, cursor.variables, { keepPrevious: true });
  const tiers = useGqlQuery(DashboardTierOptionsDocument, {});
  const tierName = (id: string) => tiers.data?.tiers.find((t) => t.id === id)?.name ?? 'a removed tier';
  const writer = session.can('engagement:write');
  const columns = [
    column.accessor('name', {
      header: 'Task',
      cell: (c) => (
        <div className="grid max-w-72 gap-0.5">
          <span className="font-medium">{c.getValue()}</span>
          <span className="text-xs text-muted-foreground">
            {KIND_LABEL[c.row.original.kind]} · {goalText(c.row.original, session.money)}
          </span>
        </div>
      ),
    }),
    column.display({
      id: 'status',
      header: 'Status',
      cell: (c) => {
        const s = taskState(c.row.original);
        return <Badge variant={s.variant}>{s.label}</Badge>;
      },
    }),
    column.display({
      id: 'window',
      header: 'Window',
      cell: (c) => (
        <span className="text-sm">
          {session.date(c.row.original.startsAt)} – {session.date(c.row.original.endsAt)}
        </span>
      ),
    }),
    column.accessor('audienceTierIds', {
      header: 'Audience',
      cell: (c) => (c.getValue().length ? c.getValue().map(tierName).join(', ') : <span>every member</span>),
    }),
    column.accessor('points', {
      header: 'Points',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.getValue()),
    }),
    column.display({
      id: 'members',
      header: 'Taking part',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.row.original.participation.members),
    }),
    column.display({
      id: 'completions',
      header: 'Completions',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => {
        const p = c.row.original.participation;
        return (
          <div className="grid justify-items-end">
            <span>{formatNumber(p.completions)}</span>
            <span className="text-xs text-muted-foreground">
              {formatNumber(p.membersCompleted)} member{p.membersCompleted === 1 ? '' : 's'}
            </span>
          </div>
        );
      },
    }),
    column.display({
      id: 'earned',
      header: 'Points earned',
      meta: { className: 'text-right tabular-nums' },
      cell: (c) => formatNumber(c.row.original.participation.completionPoints),
    }),
    ...(writer
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            cell: (c) => <TaskDialog task={c.row.original} />,
          }),
        ]
      : []),
  ];
  const connection = tasks.data?.engagementTasks;
  return (
    <>
      <PageHeader
        title="Tasks & challenges"
        description={`Goals over member events and purchases, with bonus points, a window and an audience. Points earned are completions × points, before the monthly bonus cap and refunds. Times in ${session.zoneLabel}.`}
        actions={writer ? <TaskDialog /> : null}
      />
      <DataTable
        label="Tasks and challenges"
        columns={columns}
        rows={connection?.edges.map((e) => e.node)}
        rowKey={(r) => r.id}
        isPending={tasks.isPending}
        fetching={tasks.isFetching && !tasks.isPending}
        error={tasks.error}
        onRetry={() => void tasks.refetch()}
        page={cursor.pager(connection)}
        empty={
          <EmptyState title="No tasks or challenges yet">
            {writer ? 'Create one with “New task”.' : 'Marketing sets them up.'}
          </EmptyState>
        }
      />
    </>
  );
}
