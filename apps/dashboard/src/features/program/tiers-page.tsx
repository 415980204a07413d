'use client';

import { DashboardProgramDocument } from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows, PageHeader } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatMultiplier, formatNumber } from '@/lib/format';
import { useGqlQuery } from '@/lib/use-gql';
import { EarningRules } from './earning-rules';
import { TiersEditor } from './tiers-editor';

export function TiersPage() {
  const session = useSession();
  const query = useGqlQuery(DashboardProgramDocument, {});
  return (
    <>
      <PageHeader
        title="Tiers & rules"
        description={
          session.can('tiers:write')
            ? 'The tiers members climb and what every purchase earns. Changes are previewed before they are saved, and audited.'
            : 'The tiers members climb and what every purchase earns. Marketing and Admin can change them.'
        }
      />
      {query.isPending ? (
        <LoadingRows label="Loading tiers and rules" rows={6} />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <div>
                <CardTitle>Tiers</CardTitle>
                <CardDescription>Qualifying spend is counted over the last 12 months.</CardDescription>
              </div>
            </CardHeader>
            <CardContent>
              {query.data.tiers.length === 0 ? (
                <EmptyState title="No tiers yet" />
              ) : (
                <div className="rounded-lg border">
                  <Table aria-label="Tiers">
                    <TableHeader>
                      <TableRow className="hover:bg-transparent">
                        <TableHead>Tier</TableHead>
                        <TableHead className="text-right">Qualifying spend</TableHead>
                        <TableHead className="text-right">Earn</TableHead>
                        <TableHead className="text-right">Birthday</TableHead>
                        <TableHead className="hidden md:table-cell">Perks</TableHead>
                        <TableHead className="text-right">Members</TableHead>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {[...query.data.tiers]
                        .sort((a, b) => a.rank - b.rank)
                        .map((t) => (
                          <TableRow key={t.id}>
                            <TableCell className="font-medium">
                              {t.name} <Badge variant="outline">rank {t.rank}</Badge>
                            </TableCell>
                            <TableCell className="text-right tabular-nums">
                              {session.money(t.qualifyingSpendMinor)}
                            </TableCell>
                            <TableCell className="text-right tabular-nums">
                              {formatMultiplier(t.earnMultiplier)}
                            </TableCell>
                            <TableCell className="text-right tabular-nums">
                              {formatMultiplier(t.birthdayMultiplier)}
                            </TableCell>
                            <TableCell className="hidden max-w-72 text-muted-foreground md:table-cell">
                              {t.perks.join(' · ') || '—'}
                            </TableCell>
                            <TableCell className="text-right tabular-nums">
                              {formatNumber(t.memberCount)}
                            </TableCell>
                          </TableRow>
                        ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </CardContent>
          </Card>
          {session.can('tiers:write') ? (
            <TiersEditor key={JSON.stringify(query.data.tiers)} program={query.data} />
          ) : null}
          <EarningRules key={JSON.stringify(query.data.programSettings)} program={query.data} />
        </div>
      )}
    </>
  );
}
