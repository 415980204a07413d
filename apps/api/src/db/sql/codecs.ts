/**
 * Rows mapped by the ORM's own metadata (one schema, two ways to reach it): parameters in, typed
 * rows out.
 */
import type { EntityMetadata, MikroORM } from '@mikro-orm/core';
import { Dialect, Row } from './types';

/**
 * A JS value as the driver takes it: dates as ms on SQLite, JSON as text, booleans as 0/1 on
 * SQLite.
 */
export function toParam(dialect: Dialect, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return dialect === 'sqlite' ? v.getTime() : v;
  if (typeof v === 'boolean') return dialect === 'sqlite' ? (v ? 1 : 0) : v;
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

export const toDate = (v: unknown): Date | null =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v
      : new Date(typeof v === 'string' ? v : Number(v));
export const toNum = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

type Kind = 'date' | 'json' | 'bool' | 'num' | 'raw';
export interface Column {
  prop: string;
  column: string;
  kind: Kind;
}

/** How one entity's rows look in SQL, read off the ORM metadata. */
export class TableCodec<T extends object> {
  readonly table: string;
  readonly columns: Column[];
  private readonly byProp = new Map<string, Column>();

  constructor(meta: EntityMetadata<T>) {
    this.table = meta.tableName;
    this.columns = meta.props
      .filter((p) => p.persist !== false && p.fieldNames?.length === 1)
      .map((p) => ({
        prop: p.name as string,
        column: p.fieldNames[0],
        kind:
          p.runtimeType === 'Date'
            ? 'date'
            : p.customType?.constructor.name === 'JsonType'
              ? 'json'
              : p.runtimeType === 'boolean'
                ? 'bool'
                : p.runtimeType === 'number'
                  ? 'num'
                  : 'raw',
      }));
    for (const c of this.columns) this.byProp.set(c.prop, c);
  }

  column(prop: keyof T & string): string {
    const c = this.byProp.get(prop);
    if (!c) throw new Error(`${this.table} has no column for ${prop}`);
    return c.column;
  }

  fromRow(row: Row): T {
    const out: Row = {};
    for (const c of this.columns) {
      const v = row[c.column];
      out[c.prop] =
        v === null || v === undefined
          ? null
          : c.kind === 'date'
            ? toDate(v)
            : c.kind === 'json'
              ? typeof v === 'string'
                ? JSON.parse(v)
                : v
              : c.kind === 'bool'
                ? v === true || v === 1 || v === '1' || v === 't'
                : c.kind === 'num'
                  ? Number(v)
                  : v;
    }
    return out as T;
  }

  /** `insert into t (all columns) values (...), (...)` for `n` rows. */
  insertSql(n: number): string {
    const cols = this.columns.map((c) => `"${c.column}"`).join(', ');
    const one = `(${this.columns.map(() => '?').join(', ')})`;
    return `insert into "${this.table}" (${cols}) values ${Array(n).fill(one).join(', ')}`;
  }

  insertParams(dialect: Dialect, rows: readonly T[]): unknown[] {
    const out: unknown[] = [];
    for (const r of rows) for (const c of this.columns) out.push(toParam(dialect, (r as Row)[c.prop]));
    return out;
  }

  /** `update t set a = ?, b = ? where "id" = ?` */
  updateSql(props: readonly (keyof T & string)[], key: keyof T & string = 'id' as keyof T & string): string {
    return `update "${this.table}" set ${props.map((p) => `"${this.column(p)}" = ?`).join(', ')} where "${this.column(key)}" = ?`;
  }

  updateParams(
    dialect: Dialect,
    row: T,
    props: readonly (keyof T & string)[],
    key: keyof T & string = 'id' as keyof T & string,
  ): unknown[] {
    return [...props.map((p) => toParam(dialect, row[p])), toParam(dialect, row[key])];
  }
}

/** Codecs per entity class, built once per ORM. */
export class Codecs {
  private readonly cache = new Map<string, TableCodec<object>>();
  constructor(private readonly orm: MikroORM) {}
  of<T extends object>(entity: new () => T): TableCodec<T> {
    let c = this.cache.get(entity.name);
    if (!c) {
      c = new TableCodec(this.orm.getMetadata().get(entity.name) as EntityMetadata<object>);
      this.cache.set(entity.name, c);
    }
    return c as TableCodec<T>;
  }
}
