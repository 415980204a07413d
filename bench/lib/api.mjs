// Starts the built API (apps/api/dist/main.js serve) on a free 127.0.0.1 port against a given database,
// waits until it answers, enrols members, and stops it.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'undici';
import { freePort, log, sleep, now, fmt } from './util.mjs';
import { gql } from './load.mjs';

export const API_MAIN =
  process.env.BENCH_API_MAIN ?? new URL('../../apps/api/dist/main.js', import.meta.url).pathname;
export const SECRET = 'bench-admin-secret-0123456789';

export const ENROLL = `mutation E($i: EnrollMemberInput!) { enrollMember(input: $i) { member { id } userErrors { code message } } }`;
const CREATE_KEY = `mutation K($i: CreateApiKeyInput!) { createApiKey(input: $i) { key userErrors { code message } } }`;
export const RECORD_PURCHASE = `mutation R($i: RecordPurchaseInput!) { recordPurchase(input: $i) { pointsAwarded userErrors { code message } } }`;

/**
 * dbEnv: { ACCRUE_SQLITE_PATH } or { DATABASE_URL }. extraArgs: node flags (e.g. --cpu-prof).
 */
export async function startApi({ dbEnv, logDir, label, nodeArgs = [], extraEnv = {} }) {
  if (!existsSync(API_MAIN))
    throw new Error(`${API_MAIN} is missing: build the API first (pnpm --filter @accrue/api build)`);
  const port = await freePort();
  mkdirSync(logDir, { recursive: true });
  const logPath = join(logDir, `api-${label}.log`);
  const logFile = createWriteStream(logPath);
  const child = spawn(process.execPath, [...nodeArgs, API_MAIN, 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      ACCRUE_ADMIN_SECRET: SECRET,
      ACCRUE_EXPIRY_INTERVAL_SECONDS: '0',
      ACCRUE_SQL_LOG: '0',
      // one API key posts every purchase, as one order system would: its per-key limit is raised
      ACCRUE_RATE_LIMIT_PER_MINUTE: '1000000',
      ACCRUE_RATE_LIMIT_BURST: '100000',
      ...dbEnv,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  let exited = null;
  child.on('exit', (code, signal) => (exited = code ?? signal));
  const origin = `http://127.0.0.1:${port}`;
  const api = { child, origin, port, logPath, auth: SECRET, adminAuth: SECRET };
  const pool = new Pool(origin, { connections: 1 });
  const t0 = now();
  try {
    for (;;) {
      if (exited !== null)
        throw new Error(`the API exited (${exited}) while starting; log ${logPath}:\n${tail(logPath)}`);
      if (now() - t0 > 90_000)
        throw new Error(`the API did not answer within 90 s; log ${logPath}:\n${tail(logPath)}`);
      try {
        // programSettings also warms the API's program cache before the first write.
        const r = await gql(pool, SECRET, '{ programSettings { name } }', {});
        if (r.ok) break;
        if (r.error && !/ECONNREFUSED/.test(r.error)) log(`  waiting for the API: ${r.error}`);
      } catch {
        /* not listening yet */
      }
      await sleep(250);
    }
    // purchases are posted with an API key (role INTEGRATION), as an order system posts them
    const k = await gql(pool, SECRET, CREATE_KEY, { i: { name: `bench-${label}`, role: 'INTEGRATION' } });
    if (!k.ok) throw new Error(`createApiKey failed: ${k.error}; log ${logPath}`);
    api.auth = k.json.data.createApiKey.key;
  } finally {
    await pool.close();
  }
  log(`API (${label}) up on ${origin} in ${fmt((now() - t0) / 1000, 1)}s, log ${logPath}`);
  api.stop = async () => {
    if (exited !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
    logFile.end();
  };
  return api;
}

function tail(path) {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
}

/** Enrols `count` members with `concurrency` parallel requests; returns their ids. */
export async function enrollMembers(api, { count, concurrency = 8, tag }) {
  const pool = new Pool(api.origin, { connections: concurrency });
  const ids = new Array(count);
  let next = 0;
  let done = 0;
  const t0 = now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const r = await gql(pool, api.auth, ENROLL, { i: { externalId: `bench-${tag}-${i}` } });
      if (!r.ok) throw new Error(`enrollMember failed: ${r.error}\nAPI log ${api.logPath}`);
      ids[i] = r.json.data.enrollMember.member.id;
      done++;
      if (done % 250 === 0 || done === count) log(`  enrolled ${done}/${count} members`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await pool.close();
  log(
    `  enrolment: ${count} members in ${fmt((now() - t0) / 1000, 1)}s (${fmt((count * 1000) / (now() - t0), 0)}/s)`,
  );
  return ids;
}

/** Purchases spread over the members, with unique order ids (runTag keeps them unique across phases). */
export function purchaseFactory(memberIds, runTag) {
  return (seq) => ({
    query: RECORD_PURCHASE,
    variables: {
      i: {
        member: { id: memberIds[(Math.random() * memberIds.length) | 0] },
        orderId: `${runTag}-${seq}`,
        amountMinor: 500 + ((Math.random() * 30_000) | 0),
      },
    },
  });
}
