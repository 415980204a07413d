/**
 * CSV exports, streamed: GET /export/metrics.csv?from=&to=&granularity=,
 * /export/cost-monitor.csv?windowDays=, /export/member-ledger.csv?memberId=,
 * /export/campaign-results.csv[?campaignId=]. The same bearer
 * tokens and permissions as the GraphQL operations they mirror. Written by csv-stringify with
 * formula escaping (a cell starting with = + - @ cannot run in a spreadsheet; negative numbers
 * stay numbers) and a UTF-8 BOM (so spreadsheets read Chinese names and reasons).
 */
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import {
  DomainError,
  GRANULARITIES,
  ISSUING_SOURCES,
  type Granularity,
  type MetricsPointFigures,
} from '@accrue/core';
import { can, type Permission } from '../../auth/permissions';
import { httpAnswer } from '../../graphql/errors';
import { LedgerEntryRow } from '../../db/entities/points';
import type { Actor } from '../../services/actor';
import type { App } from '../../services/app';
import { costMonitor, metricsReport } from './reports';
import { CAMPAIGN_RESULTS_COLUMNS, campaignResultRows } from '../campaigns/results';

export const EXPORT_PATHS = [
  '/export/metrics.csv',
  '/export/cost-monitor.csv',
  '/export/member-ledger.csv',
  '/export/campaign-results.csv',
];
export const isExportPath = (path: string) => EXPORT_PATHS.includes(path);

const PERMISSION: Record<string, Permission> = {
  '/export/metrics.csv': 'metrics:read',
  '/export/cost-monitor.csv': 'metrics:read',
  '/export/member-ledger.csv': 'ledger:read',
  '/export/campaign-results.csv': 'campaigns:read',
};

function fail(res: ServerResponse, status: number, code: string, message: string, field?: string[]) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] }));
}

const param = (url: URL, name: string) => {
  const v = url.searchParams.get(name);
  if (v === null || v === '') throw new DomainError('INVALID_INPUT', `${name} is required`, [name]);
  return v;
};
const dateParam = (url: URL, name: string) => {
  const d = new Date(param(url, name));
  if (Number.isNaN(d.getTime()))
    throw new DomainError('INVALID_INPUT', `${name} must be an ISO-8601 date-time`, [name]);
  return d;
};

/** Streams `rows` as CSV with a header and a BOM, honouring back-pressure. */
async function streamCsv(
  res: ServerResponse,
  filename: string,
  columns: string[],
  rows: AsyncIterable<unknown[]> | Iterable<unknown[]>,
) {
  res.statusCode = 200;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  res.setHeader('content-disposition', `attachment; filename="${filename}"`);
  const csv = stringify({
    header: true,
    columns,
    bom: true,
    escape_formulas: true,
    cast: { date: (d) => d.toISOString() },
  });
  csv.pipe(res);
  for await (const row of rows) if (!csv.write(row)) await once(csv, 'drain');
  csv.end();
  await once(res, 'finish');
}

const METRICS_COLUMNS = [
  'period_start',
  'sales_minor',
  'orders',
  'active_members',
  'points_issued',
  ...ISSUING_SOURCES.map((s) => `issued_${s.toLowerCase()}`),
  'points_redeemed',
  'points_expired',
  'points_reversed',
  'outstanding_points',
  'cost_minor',
  'cost_to_sales_ratio',
  'liability_minor',
];
const metricsRow = (label: string | Date, p: MetricsPointFigures) => [
  label,
  p.salesMinor,
  p.orders,
  p.activeMembers,
  p.pointsIssued,
  ...p.issuedBySource.map((s) => s.points),
  p.pointsRedeemed,
  p.pointsExpired,
  p.pointsReversed,
  p.outstandingPoints,
  p.costMinor,
  p.costToSalesRatio ?? '',
  p.liabilityMinor,
];

async function* ledgerRows(app: App, memberId: string): AsyncGenerator<unknown[]> {
  const em = app.orm.em.fork();
  let after = '';
  for (;;) {
    const page = await em.find(
      LedgerEntryRow,
      { memberId, id: { $gt: after } },
      { orderBy: { id: 'asc' }, limit: 1000, disableIdentityMap: true },
    );
    for (const e of page)
      yield [
        e.id,
        e.occurredAt,
        e.type,
        e.source,
        e.points,
        e.balanceAfter,
        e.reason ?? '',
        e.orderId ?? '',
        e.campaignId ?? '',
        e.expiresAt ?? '',
      ];
    if (page.length < 1000) return;
    after = page[page.length - 1].id;
  }
}

/** Answers one export request of an authenticated (or not) caller. */
export async function exportCsv(app: App, actor: Actor | null, url: URL, res: ServerResponse): Promise<void> {
  if (!actor) return fail(res, 401, 'UNAUTHENTICATED', 'Send Authorization: Bearer <token>');
  const permission = PERMISSION[url.pathname];
  if (!can(actor.role, permission))
    return fail(res, 403, 'FORBIDDEN', `Role ${actor.role} may not do this (needs ${permission})`);
  try {
    switch (url.pathname) {
      case '/export/metrics.csv': {
        const g = (url.searchParams.get('granularity') ?? 'DAY').toUpperCase();
        if (!(GRANULARITIES as readonly string[]).includes(g))
          throw new DomainError('INVALID_INPUT', 'granularity must be DAY, WEEK or MONTH', ['granularity']);
        const r = await metricsReport(app, {
          from: dateParam(url, 'from'),
          to: dateParam(url, 'to'),
          granularity: g as Granularity,
        });
        const rows = [...r.series.map((p) => metricsRow(p.periodStart, p)), metricsRow('total', r.totals)];
        return await streamCsv(res, `metrics-${g.toLowerCase()}.csv`, METRICS_COLUMNS, rows);
      }
      case '/export/cost-monitor.csv': {
        const windowDays = Number(url.searchParams.get('windowDays') ?? '30');
        const m = await costMonitor(app, { windowDays });
        const figures: [string, unknown][] = [
          ['window_days', m.windowDays],
          ['sales_minor', m.salesMinor],
          ['cost_minor', m.costMinor],
          ['cost_to_sales_ratio', m.costToSalesRatio ?? ''],
          ['red_line', m.redLine],
          ['status', m.status],
          ['outstanding_points', m.outstandingPoints],
          ['liability_minor', m.liabilityMinor],
          ['breakage_rate', m.breakageRate ?? ''],
          ['redemption_rate', m.redemptionRate ?? ''],
          ['flow_ratio', m.flowRatio ?? ''],
          ['accumulation_ratio', m.accumulationRatio ?? ''],
          ...m.forecast.map((f): [string, unknown] => [
            `forecast_liability_minor ${f.day}`,
            f.liabilityMinor,
          ]),
          ...m.alerts.map((a): [string, unknown] => [
            `alert ${a.kind} ${a.level}${a.resolvedAt ? ' (resolved)' : ''}`,
            a.message,
          ]),
        ];
        return await streamCsv(res, `cost-monitor-${m.windowDays}d.csv`, ['figure', 'value'], figures);
      }
      case '/export/campaign-results.csv': {
        const program = await app.program.get(() => app.orm.em.fork());
        const rows = campaignResultRows(app.orm.em.fork(), {
          campaignId: url.searchParams.get('campaignId') || null,
          pointValueMinor: program.rules.pointValueMinor,
          timezone: program.rules.timezone,
          now: app.clock.now(),
        });
        // the first row before the headers go: a campaign that does not exist is a 404, not an empty file
        const first = await rows.next();
        const all = (async function* () {
          if (!first.done) yield first.value;
          yield* rows;
        })();
        return await streamCsv(res, 'campaign-results.csv', CAMPAIGN_RESULTS_COLUMNS, all);
      }
      case '/export/member-ledger.csv': {
        const memberId = param(url, 'memberId');
        return await streamCsv(
          res,
          `ledger-${memberId}.csv`,
          [
            'entry_id',
            'occurred_at',
            'type',
            'source',
            'points',
            'balance_after',
            'reason',
            'order_id',
            'campaign_id',
            'expires_at',
          ],
          ledgerRows(app, memberId),
        );
      }
    }
  } catch (e) {
    if (e instanceof DomainError && !res.headersSent) {
      const answer = httpAnswer(e);
      return fail(res, answer.status, answer.code, e.message, e.field ?? undefined);
    }
    throw e;
  }
}
