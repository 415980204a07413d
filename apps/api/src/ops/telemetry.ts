/**
 * Prometheus metrics (prom-client), one registry per server process (`app.telemetry`), served on
 * GET /metrics behind ACCRUE_METRICS_TOKEN (server.ts). What each series means is in the README
 * (Operations). The outbox gauges are read from the database when scraped.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EntityManager } from '@mikro-orm/core';
import { emSql } from '../db/sql/queries';

export interface Telemetry {
  registry: Registry;
  /** GraphQL operations by their root fields and outcome (ok, or the first error's code) */
  operations: Counter<'operation' | 'outcome'>;
  operationSeconds: Histogram<'operation'>;
  /** every HTTP request by route and status class, 429 and 413 included */
  httpRequests: Counter<'route' | 'status'>;
  httpSeconds: Histogram<'route'>;
  webhookAttempts: Counter<'outcome'>;
  webhookSeconds: Histogram;
  webhookEndpointsDisabled: Counter<'reason'>;
  expiryRuns: Counter<'outcome'>;
  expirySeconds: Histogram;
  /** purchases per group commit (1: committed alone) */
  purchaseGroupSize: Histogram;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createTelemetry(outbox?: () => EntityManager): Telemetry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'accrue_' });
  const r = [registry];
  const t: Telemetry = {
    registry,
    operations: new Counter({
      name: 'accrue_graphql_operations_total',
      help: 'GraphQL operations by root fields and outcome (ok or the error code)',
      labelNames: ['operation', 'outcome'],
      registers: r,
    }),
    operationSeconds: new Histogram({
      name: 'accrue_graphql_operation_duration_seconds',
      help: 'GraphQL operation latency, from parsed request to response',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers: r,
    }),
    httpRequests: new Counter({
      name: 'accrue_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'],
      registers: r,
    }),
    httpSeconds: new Histogram({
      name: 'accrue_http_request_duration_seconds',
      help: 'HTTP request latency by route',
      labelNames: ['route'],
      buckets: LATENCY_BUCKETS,
      registers: r,
    }),
    webhookAttempts: new Counter({
      name: 'accrue_webhook_attempts_total',
      help: 'Webhook delivery attempts by outcome (succeeded, failed, refused, timeout, gone)',
      labelNames: ['outcome'],
      registers: r,
    }),
    webhookSeconds: new Histogram({
      name: 'accrue_webhook_attempt_duration_seconds',
      help: 'Webhook delivery attempt latency',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30],
      registers: r,
    }),
    webhookEndpointsDisabled: new Counter({
      name: 'accrue_webhook_endpoints_disabled_total',
      help: 'Webhook endpoints the dispatcher disabled, by reason (gone, failing)',
      labelNames: ['reason'],
      registers: r,
    }),
    expiryRuns: new Counter({
      name: 'accrue_expiry_runs_total',
      help: 'Runs of the expiry job by outcome (ok, failed)',
      labelNames: ['outcome'],
      registers: r,
    }),
    expirySeconds: new Histogram({
      name: 'accrue_expiry_run_duration_seconds',
      help: 'Duration of expiry job runs',
      buckets: [0.1, 1, 5, 30, 60, 300, 900, 3600],
      registers: r,
    }),
    purchaseGroupSize: new Histogram({
      name: 'accrue_purchase_group_size',
      help: 'Purchase transactions per group commit (one COMMIT shared by that many; 1 when alone)',
      buckets: [1, 2, 4, 8, 16, 32, 64, 128],
      registers: r,
    }),
  };
  if (outbox) {
    const count = async (sql: string) => {
      const [row] = await emSql(outbox()).all<{ n: number | string }>(sql);
      return Number(row?.n ?? 0);
    };
    new Gauge({
      name: 'accrue_outbox_undelivered_events',
      help: 'Outbox events not yet handed to the webhook dispatcher',
      registers: r,
      async collect() {
        this.set(await count(`select count(*) as "n" from "outbox_event" where "delivered_at" is null`));
      },
    });
    new Gauge({
      name: 'accrue_webhook_deliveries_pending',
      help: 'Webhook deliveries waiting: due (queued or retrying) or held for a disabled endpoint',
      labelNames: ['state'],
      registers: r,
      async collect() {
        this.set(
          { state: 'due' },
          await count(
            `select count(*) as "n" from "webhook_delivery" where "status" = 'PENDING' and "next_attempt_at" is not null`,
          ),
        );
        this.set(
          { state: 'held' },
          await count(
            `select count(*) as "n" from "webhook_delivery" where "status" = 'PENDING' and "next_attempt_at" is null`,
          ),
        );
      },
    });
    new Gauge({
      name: 'accrue_webhook_endpoints_failing',
      help: 'Active webhook endpoints whose last attempt failed (no success since failing_since)',
      registers: r,
      async collect() {
        this.set(
          await count(
            `select count(*) as "n" from "webhook_endpoint" where "active" = true and "failing_since" is not null`,
          ),
        );
      },
    });
    new Gauge({
      name: 'accrue_webhook_endpoints_disabled',
      help: 'Webhook endpoints currently disabled by the dispatcher (410 Gone or failing)',
      registers: r,
      async collect() {
        this.set(
          await count(
            `select count(*) as "n" from "webhook_endpoint" where "active" = false and "disabled_at" is not null`,
          ),
        );
      },
    });
  }
  return t;
}
