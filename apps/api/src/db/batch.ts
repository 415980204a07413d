/**
 * The rows one write produces, written together at the end of its transaction: one multi-row INSERT
 * per table and one UPDATE per changed row. On PostgreSQL the whole batch is a single statement
 * (data-modifying CTEs), so a purchase's writes cost one round trip.
 *
 * Code shared by the ORM use cases and the plain-SQL purchase path writes rows through a RowSink:
 * either the EntityManager (its unit of work tracks the rows) or a WriteBatch.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Codecs } from './sql/codecs';
import type { Increment, SqlTx } from './sql/types';

type Entity<T> = new () => T;

export class WriteBatch {
  private readonly inserts = new Map<Entity<object>, object[]>();
  private readonly updates = new Map<
    object,
    { entity: Entity<object>; props: Set<string>; before: object }
  >();
  /** increments of shared rows, applied after this batch's own writes (see Increment) */
  private readonly increments: Increment[] = [];

  constructor(private readonly codecs: Codecs) {}

  insert<T extends object>(entity: Entity<T>, row: T): T {
    let rows = this.inserts.get(entity as Entity<object>);
    if (!rows) this.inserts.set(entity as Entity<object>, (rows = []));
    rows.push(row);
    return row;
  }

  /**
   * Marks columns of a row loaded in this transaction as changed; their values are read at flush.
   * Mark a row before changing it: the row as it was is kept (`updated`) for observers that count
   * changes (the lot cohorts).
   */
  update<T extends object>(entity: Entity<T>, row: T, props: readonly (keyof T & string)[]) {
    let u = this.updates.get(row);
    if (!u)
      this.updates.set(row, (u = { entity: entity as Entity<object>, props: new Set(), before: { ...row } }));
    for (const p of props) u.props.add(p);
  }

  /** The rows of `entity` marked changed, each with a copy of it as it was when first marked. */
  updated<T extends object>(entity: Entity<T>): { row: T; before: T }[] {
    const out: { row: T; before: T }[] = [];
    for (const [row, u] of this.updates)
      if (u.entity === (entity as Entity<object>)) out.push({ row: row as T, before: u.before as T });
    return out;
  }

  /** Adds to a shared row's counters with the commit (summed per row; see Increment). */
  increment(inc: Increment) {
    this.increments.push(inc);
  }

  rows<T extends object>(entity: Entity<T>): readonly T[] {
    return (this.inserts.get(entity as Entity<object>) ?? []) as T[];
  }

  /**
   * Writes everything. With `last`, this is the transaction's last statement: on PostgreSQL the
   * COMMIT goes in the same round trip (see SqlTx.finish).
   */
  async flush(tx: SqlTx, opts: { last?: boolean } = {}): Promise<void> {
    const statements: { sql: string; params: unknown[] }[] = [];
    for (const [entity, rows] of this.inserts) {
      if (!rows.length) continue;
      const codec = this.codecs.of(entity);
      statements.push({ sql: codec.insertSql(rows.length), params: codec.insertParams(tx.dialect, rows) });
    }
    for (const [row, { entity, props }] of this.updates) {
      const codec = this.codecs.of(entity);
      const list = [...props] as never[];
      statements.push({ sql: codec.updateSql(list), params: codec.updateParams(tx.dialect, row, list) });
    }
    this.inserts.clear();
    this.updates.clear();
    const shared = opts.last ? this.increments.splice(0) : [];
    if (!statements.length && shared.length) statements.push({ sql: 'select 1', params: [] });
    if (!statements.length) return;
    if (tx.dialect === 'postgresql' && statements.length > 1) {
      const final = statements.pop()!;
      statements.splice(0, statements.length, {
        sql: `with ${statements.map((s, i) => `w${i} as (${s.sql})`).join(', ')} ${final.sql}`,
        params: [...statements.flatMap((s) => s.params), ...final.params],
      });
    }
    for (let i = 0; i < statements.length; i++) {
      const s = statements[i];
      if (opts.last && i === statements.length - 1) await tx.finish(s.sql, s.params, shared);
      else await tx.run(s.sql, s.params);
    }
  }
}

/** Where shared code writes rows: the ORM's unit of work or a plain-SQL WriteBatch. */
export type RowSink = EntityManager | WriteBatch;

export function createRow<T extends object>(sink: RowSink, entity: Entity<T>, data: T): T {
  if (sink instanceof WriteBatch) return sink.insert(entity, data);
  return sink.create(entity, data as never) as T;
}

/** Records that a loaded row changed (the ORM notices by itself; a WriteBatch must be told). */
export function rowChanged<T extends object>(
  sink: RowSink,
  entity: Entity<T>,
  row: T,
  props: readonly (keyof T & string)[],
) {
  if (sink instanceof WriteBatch) sink.update(entity, row, props);
}
