/**
 * The SQLite purchase writer thread (see purchase-writer.ts): a connection of its own, the ORM's
 * metadata for the row codecs (no connection), and the purchase transaction of record-purchase.ts,
 * run in group commits exactly as on the main thread.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { parentPort, workerData } from 'node:worker_threads';
import type { Program } from '../services/program';
import { purchaseInTx, type PurchaseEnv } from '../services/use-cases/record-purchase';
import { ormOptions } from './orm';
import {
  toWire,
  type WireResult,
  type WriterConfig,
  type WriterReply,
  type WriterRequest,
} from './purchase-writer';
import { Codecs, openSql } from './sql';

const port = parentPort!;
const config = { kind: 'sqlite' as const, ...(workerData as WriterConfig) };

const ready = (async () => {
  const orm = await MikroORM.init({ ...ormOptions(config), connect: false });
  const env: PurchaseEnv = { codecs: new Codecs(orm), purchaseExtensions: [] };
  // the main thread serializes batches with its own writes: nothing to serialize here
  const db = openSql(config, (fn) => fn());
  return { env, db };
})();
ready.catch((e: unknown) => port.postMessage({ id: -1, fatal: toWire(e) } satisfies WriterReply));

let program: Program | null = null;

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
    msg.jobs.map((job) => db.transaction((tx) => purchaseInTx(env, current, job, tx))),
  );
  const results = settled.map((s): WireResult =>
    s.status === 'fulfilled' ? { ok: true, value: s.value } : { ok: false, error: toWire(s.reason) },
  );
  port.postMessage({ id: msg.id, results } satisfies WriterReply);
}
