/**
 * A purchase step: one part of what a purchase does (earning, referral, tasks, campaigns, the bonus
 * cap, risk flags, rollups, the outbox), as a value. The host (run.ts) runs the same steps on the
 * main thread, on SQLite's writer thread and inside a PostgreSQL group commit:
 *
 * 1. `reads`: the step's queries join the purchase's one read round trip (with the member's row
 *    lock; on PostgreSQL they run once the lock is granted).
 * 2. `decide`, step by step in registration order: the step calls into @accrue/core (pure) and
 *    records what it decided on the draft: grants (capped or not), refusals, member columns it
 *    declared, rows and events through `draft.out`, increments of shared rows.
 * 3. `observe`, once every step has decided: the decision is final (its ledger entries and awarded
 *    points); observers (rollups, the outbox) add rows, events and increments, never member columns.
 * 4. The host writes everything in one batch, with the COMMIT.
 *
 * Shared rows (a campaign budget, a daily rollup) are never read-modify-written: a step adds to them
 * with `draft.increment(...)` (summed per row and applied once per commit, in key order, after the
 * members' own writes) or claims from a budget with `claimBudget` (budget.ts), so they never
 * serialize unrelated purchases nor break a group commit.
 */
import type { Grant, PointsSource, ProgramRules, Refusal, TierDef } from '@accrue/core';
import type { WriteBatch } from '../db/batch';
import type { LedgerEntryRow } from '../db/entities/points';
import type { MemberRow } from '../db/entities/members';
import type { PurchaseRow } from '../db/entities/purchases';
import type { Increment, Query, Row } from '../db/sql/types';
import type { MemberMatch } from '../services/members';
import type { PointsBook } from '../services/points-book';
import type { Program } from '../services/program';
import type { PurchaseJob } from './types';

/** A column of the member row a step may change. */
export type MemberColumn = keyof MemberRow & string;

/** What a step's reads may use: the purchase as validated, and the member as SQL can match it. */
export interface ReadContext {
  job: PurchaseJob;
  /** the program as cached (it crosses to the writer thread: what a step needs of it, e.g. active campaigns, belongs there) */
  program: Program;
  rules: ProgramRules;
  /** the member's `member_id` condition (`= ?`), usable before the id is known (by externalId) */
  member: MemberMatch;
}

/** A step's own read results, by the names its `reads` gave them. */
export type StepRows = Record<string, Row[]>;

export interface PurchaseStep {
  readonly name: string;
  /**
   * Member columns the step may change. The host writes the declared columns that changed, and in
   * tests fails a step that changed a column it did not declare (checks.ts).
   */
  readonly memberColumns?: readonly MemberColumn[];
  /** Queries merged into the purchase's one read round trip. */
  reads?(ctx: ReadContext): Record<string, Query>;
  /** A second read once the member's row is known, when the first was not enough (rare): null if not needed. */
  rereads?(ctx: ReadContext, member: MemberRow): Record<string, Query> | null;
  /** Decides this step's part, in order; see the module comment. */
  decide?(draft: PurchaseDraft, rows: StepRows, host: PurchaseHost): void | Promise<void>;
  /** Runs after every step decided (see the module comment). */
  observe?(purchase: DecidedPurchase, rows: StepRows): void;
}

/** The purchase while its steps decide. */
export interface PurchaseDraft {
  readonly job: PurchaseJob;
  readonly program: Program;
  readonly rules: ProgramRules;
  readonly member: MemberRow;
  readonly purchase: PurchaseRow;
  /** the member's points in this transaction (lots due to expire loaded) */
  readonly book: PointsBook;
  /** when the purchase counts (occurredAt, never after now) */
  readonly purchaseAt: Date;
  readonly isFirstPurchase: boolean;
  /** the tier held when the purchase happened (set by the tier step) */
  tier: TierDef;
  /** grants subject to the monthly bonus cap, in order (earning, tasks, campaigns) */
  readonly grants: Grant[];
  /** grants outside the cap (the referee's reward), booked after the capped ones */
  readonly uncapped: Grant[];
  /** refusals to record for this member, with what caused them */
  readonly refusals: Refusal[];
  /** points the purchase gave the member */
  awarded: number;
  /** what steps tell later steps (e.g. `history`, `month`, `earning`), by name */
  readonly facts: Record<string, unknown>;
  /** rows and events the decision emits, written with the commit */
  readonly out: WriteBatch;
  /** adds to a shared row's counters with the commit (see Increment in db/sql.ts) */
  increment(inc: Increment): void;
}

/** The purchase once every step decided: what observers see. */
export interface DecidedPurchase {
  readonly job: PurchaseJob;
  readonly rules: ProgramRules;
  readonly member: Readonly<MemberRow>;
  readonly purchase: Readonly<PurchaseRow>;
  readonly awarded: number;
  /** every ledger entry the purchase wrote for this member */
  readonly entries: readonly LedgerEntryRow[];
  readonly facts: Readonly<Record<string, unknown>>;
  readonly out: WriteBatch;
  increment(inc: Increment): void;
  /** an outbox event for this member, in this transaction */
  event(type: string, payload: Record<string, unknown>): void;
}

/** What the host does for a step that must reach beyond the purchase's member (the referral's referrer). */
export interface PurchaseHost {
  /** Locks another member's row (a second round trip; in a group commit the group runs again one by one). */
  lockMember(id: string): Promise<MemberRow>;
  /** Reads more, in the purchase's transaction (one round trip). */
  read<K extends string>(queries: Record<K, Query>): Promise<Record<K, Row[]>>;
  /** A book over another member's lots due to expire (for earning), written with this purchase. */
  bookFor(member: MemberRow): Promise<PointsBook>;
  /** Records refusals for a member (what caused them in `context`). */
  refuse(memberId: string, refusals: Refusal[], context: string): void;
}

export type { PointsSource };
