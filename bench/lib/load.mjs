// HTTP load drivers against the GraphQL endpoint (undici, keep-alive):
//  - closedLoop: N workers, each sends the next request when the previous one answered (max throughput);
//  - openLoop: requests are sent on a fixed schedule (rate/s) whatever the answers; latency is measured
//    from the scheduled send time, so client-side queueing when the server falls behind is counted
//    (no coordinated omission).
// Both stop by themselves: closedLoop after `seconds`, openLoop after `rate × seconds` requests plus a
// bounded drain.
import { Pool } from 'undici';
import { loadavg } from 'node:os';
import { Samples, now, log, fmt, ms } from './util.mjs';

/** Sends one GraphQL request; ok only when there are no errors and no userErrors in the payload. */
export async function gql(pool, auth, query, variables) {
  const res = await pool.request({
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.body.text();
  if (res.statusCode !== 200) return { ok: false, error: `HTTP ${res.statusCode}: ${text.slice(0, 200)}` };
  const json = JSON.parse(text);
  if (json.errors?.length) return { ok: false, error: json.errors[0].message, json };
  for (const payload of Object.values(json.data ?? {})) {
    if (payload && Array.isArray(payload.userErrors) && payload.userErrors.length)
      return { ok: false, error: `${payload.userErrors[0].code}: ${payload.userErrors[0].message}`, json };
  }
  return { ok: true, json };
}

class Outcome {
  constructor() {
    this.ok = 0;
    this.failed = 0;
    this.errors = new Map();
    this.lat = new Samples();
  }
  record(result, latencyMs) {
    if (result.ok) {
      this.ok++;
      this.lat.push(latencyMs);
    } else {
      this.failed++;
      this.errors.set(result.error, (this.errors.get(result.error) ?? 0) + 1);
    }
  }
  topErrors() {
    return [...this.errors.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([e, n]) => `${n}× ${e}`);
  }
}

const safe = (p) => p.catch((e) => ({ ok: false, error: e.code ?? e.message }));

/**
 * Closed loop: `concurrency` workers for `seconds`. makeRequest(seq) returns {query, variables}.
 */
export async function closedLoop({ origin, auth, concurrency, seconds, makeRequest, label, quiet = false }) {
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1, keepAliveTimeout: 60_000 });
  const out = new Outcome();
  let seq = 0;
  const t0 = now();
  const end = t0 + seconds * 1000;
  let lastOk = 0;
  let lastT = t0;
  const progress = quiet
    ? null
    : setInterval(() => {
        const t = now();
        log(
          `  ${label}: ${fmt((t - t0) / 1000, 0)}s  ${out.ok} ok  ${out.failed} failed  ~${fmt(((out.ok - lastOk) * 1000) / (t - lastT), 0)}/s`,
        );
        lastOk = out.ok;
        lastT = t;
      }, 3000);
  const worker = async () => {
    while (now() < end) {
      const { query, variables } = makeRequest(seq++);
      const s = now();
      const r = await safe(gql(pool, auth, query, variables));
      out.record(r, now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (now() - t0) / 1000;
  if (progress) clearInterval(progress);
  await pool.close();
  return {
    kind: 'closed',
    loadAfter: loadavg()[0],
    concurrency,
    seconds: elapsed,
    ok: out.ok,
    failed: out.failed,
    tps: out.ok / elapsed,
    latency: out.lat.summary(),
    errors: out.topErrors(),
  };
}

/** Open loop: `rate` requests per second for `seconds`, on a fixed schedule. */
export async function openLoop({
  origin,
  auth,
  rate,
  seconds,
  makeRequest,
  label,
  maxConnections = 256,
  drainSeconds = 30,
  onSample,
}) {
  const pool = new Pool(origin, { connections: maxConnections, pipelining: 1, keepAliveTimeout: 60_000 });
  const out = new Outcome();
  const total = Math.max(1, Math.floor(rate * seconds));
  const interval = 1000 / rate;
  let issued = 0;
  let done = 0;
  let maxInflight = 0;
  const t0 = now();
  let lastDone = 0;
  let lastT = t0;
  const progress = setInterval(() => {
    const t = now();
    log(
      `  ${label}: ${fmt((t - t0) / 1000, 0)}s  sent ${issued}/${total}  ${out.ok} ok  ${out.failed} failed  in flight ${issued - done}  ~${fmt(((done - lastDone) * 1000) / (t - lastT), 0)}/s answered`,
    );
    lastDone = done;
    lastT = t;
  }, 3000);
  await new Promise((resolve) => {
    const hardStop = setTimeout(resolve, (seconds + drainSeconds) * 1000);
    const finish = () => {
      clearTimeout(hardStop);
      resolve();
    };
    const tick = () => {
      const due = Math.min(total, Math.floor((now() - t0) / interval) + 1);
      while (issued < due) {
        const scheduled = t0 + issued * interval;
        const { query, variables } = makeRequest(issued);
        issued++;
        maxInflight = Math.max(maxInflight, issued - done);
        safe(gql(pool, auth, query, variables)).then((r) => {
          out.record(r, now() - scheduled);
          onSample?.(scheduled - t0, now() - scheduled);
          done++;
          if (done === total) finish();
        });
      }
      if (issued < total) setTimeout(tick, Math.max(0, Math.min(interval, 2) - 0.5));
    };
    tick();
  });
  clearInterval(progress);
  const elapsed = (now() - t0) / 1000;
  const unanswered = issued - done;
  await pool.destroy();
  return {
    kind: 'open',
    loadAfter: loadavg()[0],
    offeredRate: rate,
    seconds: elapsed,
    sent: issued,
    ok: out.ok,
    failed: out.failed + unanswered,
    unanswered,
    maxInflight,
    tps: out.ok / elapsed,
    latency: out.lat.summary(),
    errors: out.topErrors(),
  };
}

export function describe(r) {
  const l = r.latency;
  const head = r.kind === 'closed' ? `c=${r.concurrency}` : `offered ${fmt(r.offeredRate, 0)}/s`;
  const errs = r.failed ? `  (${r.failed} failed: ${r.errors.join('; ')})` : '';
  return `${head}: ${fmt(r.tps, 0)} purchases/s  p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  over ${fmt(r.seconds, 1)}s${errs}`;
}
