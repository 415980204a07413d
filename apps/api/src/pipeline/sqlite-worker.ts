/**
 * The SQLite purchase writer thread (see sqlite-writer.ts): a connection of its own, the ORM's
 * metadata for the row codecs (no connection), and the purchase pipeline (run.ts) with the steps of
 * steps.ts, the same registration as the main thread's, run in group commits exactly as there.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { parentPort, workerData } from 'node:worker_threads';
import { ormOptions } from '../db/orm';
import { Codecs } from '../db/sql/codecs';
import { openSql } from '../db/sql';
import type { Program } from '../services/program';
import { runPurchase, type PipelineEnv } from './run';
import { purchaseSteps } from './steps';
import {
  toWire,
  type WireResult,
  type WriterConfig,
  type WriterReply,
  type WriterRequest,
} from './sqlite-writer';

const port = parentPort!;
const config = { kind: 'sqlite' as const, ...(workerData as WriterConfig) };

const ready = (async () => {
  const orm = await MikroORM.init({ ...ormOptions(config), connect: false });
  const env: PipelineEnv = { codecs: new Codecs(orm), steps: purchaseSteps(), checks: config.checks };
  // the main thread serializes batches with its own writes: nothing to serialize here
  const db = openSql(
    config,
    (fn) => fn(),
    (size) => groups.push(size),
  );
  return { env, db };
})();
ready.catch((e: unknown) => port.postMessage({ id: -1, fatal: toWire(e) } satisfies WriterReply));

let program: Program | null = null;
/** the sizes of the group commits since the last reply, reported with it (for the main thread's metrics) */
const groups: number[] = [];

port.on('message', (msg: WriterRequest) => {
  void handle(msg).catch((e: unknown) =>
    port.postMessage({ id: -1, fatal: toWire(e) } satisfies WriterReply),
  );
});

async function handle(msg: WriterRequest) {
  const { env, db } = await ready;
  if ('close' in msg) {
    await db.close();
    port.close();
    return;
  }
  if (msg.program) program = msg.program;
  if (!program) throw new Error('the writer thread received a purchase before the program');
  const current = program;
  // all of the message's transactions join one group commit (db/sql.ts queues them for one turn)
  const settled = await Promise.allSettled(
    msg.jobs.map((job) => db.transaction((tx) => runPurchase(env, current, job, tx))),
  );
  const results = settled.map((s): WireResult =>
    s.status === 'fulfilled' ? { ok: true, value: s.value } : { ok: false, error: toWire(s.reason) },
  );
  port.postMessage({ id: msg.id, results, groups: groups.splice(0) } satisfies WriterReply);
}
