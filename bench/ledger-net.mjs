// The ledger net (apps/api/src/test/ledger-net.ts) as a long run: `node bench/ledger-net.mjs [ops] [sqlite|postgresql|all] [seed]`
// runs the in-process net for `ops` random steps per database (default 20000) and prints its figures
// (steps, steps/s, member checks, retries, concurrent calls, points expired). Needs the built core
// (`pnpm turbo run build`); the CI size runs with the API's tests (`pnpm --filter @accrue/api test`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [ops = '20000', dbs = 'all', seed] = process.argv.slice(2);
const api = fileURLToPath(new URL('../apps/api/', import.meta.url));
const env = {
  ...process.env,
  ACCRUE_NET_OPS: ops,
  ACCRUE_TEST_DATABASES: dbs === 'all' ? 'sqlite,postgresql' : dbs,
  ...(seed ? { ACCRUE_NET_SEED: seed } : {}),
};
console.log(
  `ledger net: ${ops} steps per database on ${env.ACCRUE_TEST_DATABASES}${seed ? `, seed ${seed}` : ''}`,
);
const started = Date.now();
const r = spawnSync(
  'node_modules/.bin/vitest',
  ['run', 'src/test/ledger-net.int.test.ts', '--silent=false', '--reporter=dot'],
  { cwd: api, env, encoding: 'utf8', maxBuffer: 1 << 30 },
);
const out = `${r.stdout}\n${r.stderr}`;
for (const line of out.split('\n'))
  if (/^ledger net (on|failed)|last steps|^ {2}\S/.test(line)) console.log(line);
console.log(`${r.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(r.status ?? 1);
