// The ledger net (apps/api/src/test/ledger-net.ts) as a long run:
//   node bench/ledger-net.mjs [ops] [sqlite|postgresql|all] [seed]
// runs the in-process net for `ops` random steps per database (default 20000) and prints its figures
// (steps, steps/s, member checks, retries, concurrent calls, points expired) or the failure with its
// seed and last steps; the whole output goes to bench/.out/ledger-net-<db>.log. Needs the built
// packages (`pnpm turbo run build`); the CI size runs with the API's tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [ops = '20000', dbs = 'all', seed] = process.argv.slice(2);
const api = fileURLToPath(new URL('../apps/api/', import.meta.url));
const databases = dbs === 'all' ? 'sqlite,postgresql' : dbs;
const env = {
  ...process.env,
  ACCRUE_NET_OPS: ops,
  ACCRUE_TEST_DATABASES: databases,
  ...(seed ? { ACCRUE_NET_SEED: seed } : {}),
};
console.log(`ledger net: ${ops} steps per database on ${databases}${seed ? `, seed ${seed}` : ''}`);
const started = Date.now();
const r = spawnSync('node_modules/.bin/vitest', ['run', 'src/test/ledger-net.int.test.ts'], {
  cwd: api,
  env,
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const out = `${r.stdout}\n${r.stderr}`;
const logDir = fileURLToPath(new URL('.out/', import.meta.url));
mkdirSync(logDir, { recursive: true });
const logPath = `${logDir}ledger-net-${databases.replace(',', '-')}.log`;
writeFileSync(logPath, out);
const step = /^\s*(purchase|refund|activity|redeem|cancel|adjust|expire job|retry|concurrent|enrol)\b/;
for (const line of out.split('\n'))
  if (/ledger net (on|failed)|last steps|Test timed out/.test(line) || step.test(line)) console.log(line);
console.log(
  `${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s; output: ${logPath}`,
);
process.exit(r.status ?? 1);
