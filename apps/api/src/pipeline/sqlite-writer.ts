/**
 * SQLite's purchase writer thread. On SQLite every statement runs synchronously on the thread that
 * issues it, and a purchase's transaction (its reads, its writes and the COMMIT that syncs the WAL)
 * took about 55 % of the event loop under load, time in which no request was parsed or answered.
 * Here the purchase transactions run on a worker thread with a connection of its own, in the same
 * group commits as before (db/sql.ts), while this thread goes on with HTTP, GraphQL and reads.
 *
 * A purchase crosses as plain data (a validated PurchaseJob and, when it changed, the program) and
 * its result or error comes back the same way. Each batch runs inside the app's WriteSerializer, so
 * it never overlaps a write of this thread's ORM connection: SQLite keeps a single writer, as before.
 */
import { DomainError } from '@accrue/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GroupObserver } from '../db/sql/types';
import type { Program } from '../services/program';
import type { PurchaseJob, PurchaseResult } from './types';

/** Most purchases one message carries; as db/sql.ts's MAX_BATCH. */
const MAX_BATCH = 128;
/** Messages sent and not yet answered: one committing, one waiting behind it. */
const MAX_IN_FLIGHT = 2;
/** How long the writer keeps the write lock while purchases keep coming. */
const SESSION_MS = 25;

export interface WriterConfig {
  path: string;
  debug: boolean;
  /** the pipeline's test-only checks (pipeline/checks.ts) */
  checks: boolean;
}

/** An error as it crosses threads: enough to rebuild a DomainError or an Error with its name. */
export interface WireError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
  field?: string[];
}

export type WireResult = { ok: true; value: PurchaseResult } | { ok: false; error: WireError };

export type WriterRequest = PurchaseRequest | { id: 0; close: true };

export interface PurchaseRequest {
  id: number;
  /** sent when it differs from what the worker last received */
  program?: Program;
  jobs: PurchaseJob[];
}

export type WriterReply =
  | { id: number; results: WireResult[]; /** group commit sizes since the last reply */ groups?: number[] }
  | { id: -1; fatal: WireError }; /* the worker could not start */

export function toWire(e: unknown): WireError {
  if (!(e instanceof Error)) return { name: 'Error', message: String(e) };
  const out: WireError = { name: e.name, message: e.message, stack: e.stack };
  const { code, field } = e as { code?: unknown; field?: unknown };
  if (typeof code === 'string') out.code = code;
  if (Array.isArray(field)) out.field = field.map(String);
  return out;
}

export function fromWire(w: WireError): Error {
  const e =
    w.name === 'DomainError'
      ? new DomainError(w.code as ConstructorParameters<typeof DomainError>[0], w.message, w.field)
      : Object.assign(new Error(w.message), w.code === undefined ? {} : { code: w.code });
  e.name = w.name;
  if (w.stack) e.stack = w.stack;
  return e;
}

/** The program as it crosses: rows reduced to their own fields (no ORM state). */
function plainProgram(p: Program): Program {
  return { ...p, tiers: p.tiers.map((t) => ({ ...t })) };
}

interface Pending {
  program: Program;
  job: PurchaseJob;
  resolve: (r: PurchaseResult) => void;
  reject: (e: unknown) => void;
}

/** How this thread starts the worker: its compiled file, or (under the test runner) its TypeScript. */
function spawn(config: WriterConfig): Worker {
  const js = join(__dirname, 'sqlite-worker.js');
  if (existsSync(js)) return new Worker(js, { workerData: config });
  // running from sources (vitest): the test config compiled them for the worker (src/test/worker-sources.ts)
  const compiled = process.env.ACCRUE_TEST_WORKER_SOURCES;
  if (compiled) return new Worker(join(compiled, 'pipeline', 'sqlite-worker.js'), { workerData: config });
  throw new Error(`the SQLite writer thread needs ${js} (build the API first)`);
}

export class PurchaseWriter {
  private worker: Worker | null = null;
  private sentProgram: Program | null = null;
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, Pending[]>();
  private nextId = 1;
  /** a session holds the write lock: requested, then granted (startedAt set) until released */
  private session: { startedAt: number | null; release: (() => void) | null } | null = null;
  private pumpScheduled = false;
  /** messages sent to the thread, and the purchases it answered with a result or an error */
  readonly stats = { messages: 0, succeeded: 0, failed: 0 };
  private closed = false;

  /** `serialize` runs a session when no other write holds the database (the app's WriteSerializer). */
  constructor(
    private readonly config: WriterConfig,
    private readonly serialize: <T>(fn: () => Promise<T>) => Promise<T>,
    private readonly onGroup?: GroupObserver,
  ) {}

  /** Runs the purchase's transaction on the writer thread; settles when it has committed (or failed). */
  record(program: Program, job: PurchaseJob): Promise<PurchaseResult> {
    if (this.closed) return Promise.reject(new Error('the database is closed'));
    return new Promise<PurchaseResult>((resolve, reject) => {
      this.queue.push({ program, job, resolve, reject });
      if (!this.session) this.requestSession();
      else if (!this.pumpScheduled) {
        // the requests that arrive in this turn of the event loop go together
        this.pumpScheduled = true;
        setImmediate(() => {
          this.pumpScheduled = false;
          this.pump();
        });
      }
    });
  }

  /** Asks for the write lock; waits one turn of the event loop so that requests already in join. */
  private requestSession() {
    const session: NonNullable<typeof this.session> = { startedAt: null, release: null };
    this.session = session;
    setImmediate(
      () =>
        void this.serialize(
          () =>
            new Promise<void>((release) => {
              session.release = release;
              session.startedAt = performance.now();
              this.pump();
            }),
        ),
    );
  }

  /**
   * Keeps the writer busy while the session holds the lock: up to MAX_IN_FLIGHT messages, so the
   * next batch is already waiting when one commits. A session gives the lock back after
   * SESSION_MS so that the ORM's writes (enrolments, refunds, ...) queued behind it get their turn.
   */
  private pump() {
    const session = this.session;
    if (!session?.release || session.startedAt === null) return;
    const fresh = performance.now() - session.startedAt < SESSION_MS;
    while (fresh && this.queue.length && this.inFlight.size < MAX_IN_FLIGHT) {
      // one program per message: a batch ends where the program changed
      const program = this.queue[0].program;
      let n = 1;
      while (n < this.queue.length && n < MAX_BATCH && this.queue[n].program === program) n++;
      this.send(program, this.queue.splice(0, n));
    }
    if (this.inFlight.size) return;
    this.session = null;
    session.release();
    if (this.queue.length) this.requestSession();
  }

  private send(program: Program, batch: Pending[]) {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const request: PurchaseRequest = { id, jobs: batch.map((p) => p.job) };
    if (program !== this.sentProgram) request.program = plainProgram(program);
    try {
      worker.postMessage(request);
      this.stats.messages++;
      this.sentProgram = program;
      this.inFlight.set(id, batch);
    } catch (e) {
      // a job that cannot be cloned (never for a validated PurchaseJob) fails alone, not the writer
      for (const p of batch) p.reject(e);
    }
  }

  /** the writer thread's id, null while none runs */
  get threadId(): number | null {
    return this.worker?.threadId ?? null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawn(this.config);
    this.sentProgram = null;
    worker.on('message', (reply: WriterReply) => {
      if ('fatal' in reply) return this.fail(worker, fromWire(reply.fatal));
      const batch = this.inFlight.get(reply.id);
      if (!batch) return;
      this.inFlight.delete(reply.id);
      for (const r of reply.results) this.stats[r.ok ? 'succeeded' : 'failed']++;
      for (const size of reply.groups ?? []) this.onGroup?.(size);
      reply.results.forEach((r, i) =>
        r.ok ? batch[i].resolve(r.value) : batch[i].reject(fromWire(r.error)),
      );
      this.pump();
    });
    worker.on('error', (e) => this.fail(worker, e));
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`the SQLite writer thread exited (code ${code})`)),
    );
    this.worker = worker;
    return worker;
  }

  /**
   * The worker died or could not start: what it held fails (its transaction, if any, was never
   * committed: SQLite rolls back an open transaction when its connection goes) and the next purchase
   * starts a new one.
   */
  private fail(worker: Worker, e: Error) {
    if (this.worker !== worker) return;
    this.worker = null;
    void worker.terminate();
    for (const [id, batch] of this.inFlight) {
      this.inFlight.delete(id);
      for (const p of batch) p.reject(e);
    }
    this.pump();
  }

  /** Waits for queued purchases to commit, then stops the thread (its connection closes with it). */
  async close() {
    if (this.closed) return;
    this.closed = true;
    while (this.session) await new Promise((r) => setTimeout(r, 5));
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.removeAllListeners('exit');
    // the worker closes its connection (SQLite checkpoints the WAL) and ends; it is stopped if it hangs
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ id: 0, close: true } satisfies WriterRequest);
    const timer = setTimeout(() => void worker.terminate(), 5000);
    await exited;
    clearTimeout(timer);
  }
}
