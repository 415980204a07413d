'use client';

import dynamic from 'next/dynamic';
import type { CampaignResultsQuery } from '@accrue/sdk/src/generated/graphql';
import { useSession } from '@/components/shell/session-context';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import { NumbersTable } from '@/features/cost/numbers-table';
import { formatDate, minorPerUnit } from '@/lib/format';

const RevenueOverTimeChart = dynamic(() => import('./revenue-over-time-chart'), {
  ssr: false,
  loading: () => <Skeleton className="h-64 w-full" />,
});

type Day = NonNullable<CampaignResultsQuery['campaign']>['results']['daily'][number];

/** Cumulative revenue per member over time, per arm: a line chart and, under it, the same numbers. */
export function RevenueOverTimeCard({
  daily,
  armLabel,
}: {
  daily: Day[];
  armLabel: (key: string) => string;
}) {
  const session = useSession();
  const tz = session.program.timezone;
  const unit = minorPerUnit(session.program.currency);
  const arms = [...new Set(daily.map((d) => d.arm))];
  const labels = arms.map(armLabel);
  const days = [...new Set(daily.map((d) => d.day))];
  const at = new Map(daily.map((d) => [`${d.day}|${d.arm}`, d]));
  const data = days.map((day) => ({
    day: formatDate(day, tz),
    ...Object.fromEntries(
      arms.map((arm, i) => {
        const v = at.get(`${day}|${arm}`)?.revenuePerMemberMinor;
        return [labels[i]!, v == null ? null : v / unit];
      }),
    ),
  }));
  const money = (major: number) => session.money(Math.round(major * unit));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Cumulative revenue per member</CardTitle>
        <CardDescription>
          Each arm’s net revenue since exposure, divided by the members exposed so far, at the end of each day
          ({tz}).
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {days.length ? (
          <>
            <RevenueOverTimeChart data={data} arms={labels} money={money} />
            <NumbersTable
              label="Cumulative revenue per member by day"
              columns={['Day', ...labels.map((l) => `${l} (members)`)]}
              rows={days.map((day, k) => [
                data[k]!.day as string,
                ...arms.map((arm) => {
                  const d = at.get(`${day}|${arm}`);
                  return d?.revenuePerMemberMinor == null
                    ? '—'
                    : `${session.money(Math.round(d.revenuePerMemberMinor))} (${d.members})`;
                }),
              ])}
            />
          </>
        ) : (
          <p className="text-sm text-muted-foreground">No member has been exposed yet.</p>
        )}
      </CardContent>
    </Card>
  );
}
