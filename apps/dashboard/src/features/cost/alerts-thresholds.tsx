'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import {
  AlertThresholdsDocument,
  CostMonitorDocument,
  DashboardOverviewDocument,
  UpdateAlertThresholdsDocument,
  type CostMonitorQuery,
} from '@accrue/sdk/src/generated/graphql';
import { EmptyState, ErrorState, LoadingRows, errorMessage } from '@/components/states';
import { useSession } from '@/components/shell/session-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { UserErrorsError, requireNoUserErrors } from '@/lib/graphql-client';
import { useGqlMutation, useGqlQuery } from '@/lib/use-gql';

type Alert = CostMonitorQuery['costMonitor']['alerts'][number];
const KIND: Record<string, string> = {
  COST_TO_SALES: 'Cost-to-sales',
  DAILY_ISSUANCE: 'Daily issuance',
  FLOW_RATIO: 'Flow ratio',
  ACCUMULATION_RATIO: 'Accumulation',
  CAMPAIGN_BUDGET: 'Campaign budget',
  POOL_CAP: 'Pool cap',
};

/** The alert's kind; a campaign's alert (CAMPAIGN_BUDGET) names its campaign, linked to its page. */
function AlertKindLabel({ alert: a }: { alert: Alert }) {
  const kind = KIND[a.kind] ?? a.kind;
  if (!a.campaign) return <>{kind}</>;
  return (
    <>
      {kind}:{' '}
      <Link
        href={`/campaigns/${encodeURIComponent(a.campaign.id)}`}
        className="text-primary underline underline-offset-2"
      >
        {a.campaign.name}
      </Link>
    </>
  );
}

export function AlertsCard({ alerts }: { alerts: Alert[] | undefined }) {
  const session = useSession();
  const open = alerts?.filter((a) => !a.resolvedAt) ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Alerts</CardTitle>
        <CardDescription>
          {alerts
            ? `${open.length} open, ${alerts.length - open.length} resolved. Checked every minute and after a threshold changes.`
            : ' '}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {!alerts ? (
          <LoadingRows label="Loading alerts" rows={2} />
        ) : !alerts.length ? (
          <EmptyState title="No alerts">Nothing has crossed a threshold.</EmptyState>
        ) : (
          <Table aria-label="Alerts">
            <TableHeader>
              <TableRow>
                <TableHead>State</TableHead>
                <TableHead>Kind</TableHead>
                <TableHead>What happened</TableHead>
                <TableHead>Raised</TableHead>
                <TableHead>Resolved</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {alerts.map((a) => (
                <TableRow key={a.id} data-testid="alert-row">
                  <TableCell>
                    <Badge variant={a.resolvedAt ? 'secondary' : 'destructive'}>
                      {a.resolvedAt ? 'resolved' : 'open'}
                    </Badge>
                  </TableCell>
                  <TableCell className="whitespace-normal">
                    <AlertKindLabel alert={a} />
                  </TableCell>
                  <TableCell className="whitespace-normal">{a.message}</TableCell>
                  <TableCell>{session.dateTime(a.raisedAt)}</TableCell>
                  <TableCell>{session.dateTime(a.resolvedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

type Field =
  'costToSalesRedLine' | 'warningFraction' | 'maxDailyIssuedPoints' | 'minFlowRatio' | 'maxAccumulationRatio';
const FIELDS: { key: Field; label: string; hint: string; percent?: boolean }[] = [
  {
    key: 'costToSalesRedLine',
    label: 'Cost-to-sales red line (%)',
    hint: 'e.g. 2 for 2% of sales',
    percent: true,
  },
  {
    key: 'warningFraction',
    label: 'Warning from (% of the red line)',
    hint: 'e.g. 80: the warning band starts at 80% of the red line',
    percent: true,
  },
  { key: 'maxDailyIssuedPoints', label: 'Most points issued in a day', hint: 'Empty: no limit' },
  { key: 'minFlowRatio', label: 'Lowest flow ratio', hint: 'Redeemed ÷ issued; empty: not checked' },
  { key: 'maxAccumulationRatio', label: 'Highest accumulation ratio', hint: 'Empty: not checked' },
];

export function ThresholdsCard() {
  const session = useSession();
  const editable = session.can('thresholds:write');
  const query = useGqlQuery(AlertThresholdsDocument, {});
  const [values, setValues] = useState<Record<Field, string>>({
    costToSalesRedLine: '',
    warningFraction: '',
    maxDailyIssuedPoints: '',
    minFlowRatio: '',
    maxAccumulationRatio: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const t = query.data?.alertThresholds;
  useEffect(() => {
    if (!t) return;
    setValues({
      costToSalesRedLine: String(+(t.costToSalesRedLine * 100).toFixed(4)),
      warningFraction: String(+(t.warningFraction * 100).toFixed(2)),
      maxDailyIssuedPoints: t.maxDailyIssuedPoints == null ? '' : String(t.maxDailyIssuedPoints),
      minFlowRatio: t.minFlowRatio == null ? '' : String(t.minFlowRatio),
      maxAccumulationRatio: t.maxAccumulationRatio == null ? '' : String(t.maxAccumulationRatio),
    });
  }, [t]);
  const save = useGqlMutation(UpdateAlertThresholdsDocument, {
    select: (d) => requireNoUserErrors(d.updateAlertThresholds),
    invalidates: [AlertThresholdsDocument, CostMonitorDocument, DashboardOverviewDocument],
    onSuccess: () => toast.success('Thresholds saved; alerts checked again'),
  });
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const num = (k: Field) => (values[k].trim() === '' ? undefined : Number(values[k]));
    for (const f of FIELDS) {
      const v = num(f.key);
      if (f.key === 'costToSalesRedLine' && (v == null || !(v > 0 && v < 100)))
        found[f.key] = 'A percentage above 0 and below 100';
      else if (f.key === 'warningFraction' && (v == null || !(v > 0 && v <= 100)))
        found[f.key] = 'A percentage of the red line, above 0 and at most 100';
      else if (v != null && (!Number.isFinite(v) || v <= 0)) found[f.key] = 'A number above 0, or empty';
      else if (f.key === 'maxDailyIssuedPoints' && v != null && !Number.isInteger(v))
        found[f.key] = 'A whole number of points';
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    save.mutate(
      {
        input: {
          costToSalesRedLine: num('costToSalesRedLine')! / 100,
          warningFraction: num('warningFraction')! / 100,
          maxDailyIssuedPoints: num('maxDailyIssuedPoints'),
          minFlowRatio: num('minFlowRatio'),
          maxAccumulationRatio: num('maxAccumulationRatio'),
        },
      },
      {
        onError: (error) => {
          if (error instanceof UserErrorsError)
            setErrors(
              Object.fromEntries(
                error.userErrors.map((u) => [
                  u.field?.[u.field.length - 1] ?? 'costToSalesRedLine',
                  u.message,
                ]),
              ),
            );
          toast.error('The thresholds were not saved', { description: errorMessage(error) });
        },
      },
    );
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>Alert thresholds</CardTitle>
        <CardDescription>
          {editable ? 'Finance and Admin set them.' : 'Read-only: Finance and Admin set them.'}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {query.error && !t ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.isPending ? <LoadingRows label="Loading thresholds" rows={2} /> : null}
        {t ? (
          <form
            onSubmit={onSubmit}
            noValidate
            aria-label="Alert thresholds"
            className="grid gap-4 sm:grid-cols-2"
          >
            {FIELDS.map((f) => (
              <div key={f.key} className="grid content-start gap-1.5">
                <Label htmlFor={`threshold-${f.key}`}>{f.label}</Label>
                <Input
                  id={`threshold-${f.key}`}
                  inputMode="decimal"
                  readOnly={!editable}
                  aria-invalid={errors[f.key] ? true : undefined}
                  aria-describedby={`threshold-${f.key}-hint${errors[f.key] ? ` threshold-${f.key}-error` : ''}`}
                  value={values[f.key]}
                  onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
                />
                <p id={`threshold-${f.key}-hint`} className="text-xs text-muted-foreground">
                  {f.hint}
                </p>
                {errors[f.key] ? (
                  <p id={`threshold-${f.key}-error`} className="text-sm text-destructive">
                    {errors[f.key]}
                  </p>
                ) : null}
              </div>
            ))}
            {editable ? (
              <div className="sm:col-span-2">
                <Button type="submit" disabled={save.isPending}>
                  {save.isPending ? 'Saving…' : 'Save thresholds'}
                </Button>
              </div>
            ) : null}
          </form>
        ) : null}
      </CardContent>
    </Card>
  );
}
