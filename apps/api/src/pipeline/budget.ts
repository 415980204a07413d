/**
 * A conditional claim on a shared counter (a campaign's budget): "claim up to N points of budget B,
 * get back how many were granted", correct under concurrency on both databases without serializing
 * unrelated purchases.
 *
 * The choice: the budget is kept as slices (rows `(budget, slice, used, cap)`, the caps adding up to
 * the budget, e.g. `budgetSlices(budget, 8)` from core) guarded by `check (used <= cap)`.
 * - The step reads the budget's slices with the purchase's other reads (`budgetSlicesQuery` in its
 *   `reads`): no lock, so unrelated purchases never queue on the budget.
 * - `claimFromBudget` asks core (`claimBudget`) how much the read figures allow, starting at the
 *   member's own slice, and emits the claim as increments of the slices' `used`. They are applied with
 *   the COMMIT, after the purchases' own writes, summed over a PostgreSQL group: a slice row is locked
 *   only from that statement to the COMMIT, in the same message.
 * - If concurrent claims overdrew a slice since it was read, the CHECK fails that transaction (a
 *   group then runs again one by one) and the purchase runs again (`retryingOverdraw`), reading the
 *   new figures: a budget is never overspent. On SQLite (one writer; a commit's purchases run one
 *   after another) this never happens: the claims are marked `ceiling`, so each is applied in its
 *   purchase's turn and the next purchase of the commit reads it.
 *
 * A single-row conditional update (`update ... set used = used + n where used + n <= budget
 * returning`) was the other option: it needs the granted figure before the decision is written, so
 * one more round trip per purchase on PostgreSQL, and every purchase of a campaign would queue on one
 * row lock until its COMMIT; slices keep both costs off the hot path.
 */
import { claimBudget, sliceOf } from '@accrue/core';
import { toNum } from '../db/sql/codecs';
import { type Increment, type Query, type Row } from '../db/sql/types';

/** Where a budget's slices live (the campaigns module creates the table, with the CHECK). */
export interface BudgetTable {
  table: string;
  /** the column naming the budget (a campaign's id) */
  budget: string;
  slice: string;
  used: string;
  cap: string;
}

const q = (n: string) => `"${n}"`;

/** The read of a budget's slices, for a step's `reads`. */
export function budgetSlicesQuery(t: BudgetTable, budgetId: string): Query {
  return {
    sql: `select ${q(t.slice)} as "slice", ${q(t.used)} as "used", ${q(t.cap)} as "cap" from ${q(t.table)} where ${q(t.budget)} = ?`,
    params: [budgetId],
  };
}

/**
 * Claims up to `want` from the budget whose slices `rows` are (as budgetSlicesQuery read them);
 * returns what was granted and records the claim as increments (`increment` of the draft).
 */
export function claimFromBudget(
  draft: { increment(inc: Increment): void; member: { id: string } },
  t: BudgetTable,
  budgetId: string,
  rows: readonly Row[],
  want: number,
): number {
  const slices = rows.map((r) => ({ slice: toNum(r.slice), used: toNum(r.used), cap: toNum(r.cap) }));
  if (!slices.length) return 0;
  const { granted, claims } = claimBudget(slices, want, sliceOf(draft.member.id, slices.length));
  for (const c of claims)
    draft.increment({
      table: t.table,
      key: { [t.budget]: budgetId, [t.slice]: c.slice },
      add: { [t.used]: c.points },
      ceiling: true,
    });
  return granted;
}

/** Whether an error is a CHECK constraint refusing an increment (a budget slice overdrawn meanwhile). */
export function isOverdraw(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  if (code === '23514') return true; // PostgreSQL check_violation
  return e instanceof Error && /CHECK constraint failed/i.test(e.message);
}

/** Runs a purchase again (a few times) when a budget slice it claimed from was overdrawn meanwhile. */
export async function retryingOverdraw<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt < 5 && isOverdraw(e)) continue;
      throw e;
    }
  }
}
