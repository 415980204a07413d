#!/usr/bin/env node
// Campaign overhead: purchases/s through the API with no campaign, then with one ACTIVE, budgeted
// campaign that covers every member (x2 on base points, a budget far above what the run issues),
// same API process, same members, same run; the goal is >= 0.8x. The phases alternate (none,
// campaign, none, campaign: the campaign is paused and resumed between them) so drift of a busy
// machine falls on both sides. The monthly bonus cap is lifted first, or members would soon stop
// getting (and claiming) bonuses.
// Usage: node campaign.mjs [all|pg|sqlite]. Knobs: BENCH_SECONDS (8 per phase), BENCH_CONCURRENCY (8),
// BENCH_MEMBERS (500), BENCH_WARMUP_SECONDS (3).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { startApi, enrollMembers, purchaseFactory } from './lib/api.mjs';
import { closedLoop, gql } from './lib/load.mjs';
import * as pg from './lib/pg.mjs';
import { envInt, fmt, log } from './lib/util.mjs';

const mode = process.argv[2] ?? 'all';
const cfg = {
  seconds: envInt('BENCH_SECONDS', 8),
  concurrency: envInt('BENCH_CONCURRENCY', 8),
  members: envInt('BENCH_MEMBERS', 500),
  warmup: envInt('BENCH_WARMUP_SECONDS', 3),
};
const GOAL = 0.8;
const scratch = mkdtempSync(join(os.tmpdir(), 'accrue-bench-campaign-'));
const tag = `c${Date.now().toString(36)}`;

async function admin(api, query, variables) {
  const pool = new Pool(api.origin, { connections: 1 });
  try {
    const r = await gql(pool, api.adminAuth, query, variables);
    if (!r.ok) throw new Error(`${query.slice(0, 40)}: ${r.error}`);
    const data = r.json.data;
    const payload = Object.values(data)[0];
    if (payload?.userErrors?.length) throw new Error(JSON.stringify(payload.userErrors));
    return data;
  } finally {
    await pool.close();
  }
}

async function measure(api, label) {
  const ids = await enrollMembers(api, { count: cfg.members, tag: `${tag}-${label}` });
  await admin(
    api,
    `mutation { updateProgramSettings(input: { monthlyBonusCapPoints: null }) { userErrors { code message } } }`,
  );
  const loop = (phase, seconds) =>
    closedLoop({
      origin: api.origin,
      auth: api.auth,
      concurrency: cfg.concurrency,
      seconds,
      makeRequest: purchaseFactory(ids, `${tag}-${label}-${phase}`),
      label: `${label} ${phase}`,
      quiet: true,
    });
  await loop('warmup', cfg.warmup);
  const created = await admin(
    api,
    `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { campaign { id } userErrors { code message } } }`,
    {
      i: {
        name: 'Bench x2',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        effect: { type: 'MULTIPLIER', multiplier: 2 },
        budgetPoints: 1_000_000_000,
      },
    },
  );
  const id = created.createCampaign.campaign.id;
  const move = (op) =>
    admin(api, `mutation { ${op}(input: { id: "${id}" }) { userErrors { code message } } }`);
  await move('launchCampaign');
  await move('pauseCampaign');
  const runs = { none: [], campaign: [] };
  for (let round = 0; round < 2; round++) {
    const a = await loop(`none-${round}`, cfg.seconds);
    runs.none.push(a);
    await move('resumeCampaign');
    const b = await loop(`campaign-${round}`, cfg.seconds);
    runs.campaign.push(b);
    await move('pauseCampaign');
    log(
      `  ${label} round ${round + 1}: none ${fmt(a.tps, 0)}/s (${a.failed} failed), campaign ${fmt(b.tps, 0)}/s (${b.failed} failed)`,
    );
  }
  const issued = await admin(api, `query { campaign(id: "${id}") { pointsIssued } }`);
  const total = (rs) => rs.reduce((s, r) => s + r.ok, 0) / rs.reduce((s, r) => s + r.seconds, 0);
  const none = total(runs.none);
  const campaign = total(runs.campaign);
  return { none, campaign, ratio: campaign / none, pointsIssued: issued.campaign.pointsIssued };
}

const results = {};
try {
  if (mode !== 'pg') {
    const api = await startApi({
      dbEnv: { ACCRUE_SQLITE_PATH: join(scratch, 'api.sqlite') },
      logDir: scratch,
      label: 'sqlite',
    });
    try {
      results.sqlite = await measure(api, 'sqlite');
    } finally {
      await api.stop();
    }
  }
  if (mode !== 'sqlite') {
    const db = `accrue_bench_campaign_${Date.now().toString(36)}`;
    pg.createDb(db);
    const api = await startApi({ dbEnv: { DATABASE_URL: pg.dbUrl(db) }, logDir: scratch, label: 'pg' });
    try {
      results.pg = await measure(api, 'pg');
    } finally {
      await api.stop();
      pg.dropDb(db);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
log('');
log(`| database | no campaign | one budgeted campaign for every member | ratio (goal >= ${GOAL}) |`);
log('|---|---|---|---|');
for (const [k, r] of Object.entries(results))
  log(
    `| ${k} | ${fmt(r.none, 0)}/s | ${fmt(r.campaign, 0)}/s (${r.pointsIssued} points issued) | ${fmt(r.ratio, 2)} ${r.ratio >= GOAL ? 'met' : 'MISSED'} |`,
  );
