import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DomainError } from '@accrue/core';
import { MemberRow } from '../db/entities/members';
import type { Codecs } from '../db/sql/codecs';
import type { Dialect, Query, Row, SqlTx } from '../db/sql/types';
import { bad } from './validate';

export interface MemberRef {
  id?: string | null;
  externalId?: string | null;
}

export function memberWhere(ref: MemberRef, field: string[] = ['input', 'member']) {
  const hasId = !!ref?.id;
  const hasExt = !!ref?.externalId;
  if (hasId === hasExt) bad(field, 'give exactly one of id or externalId');
  return hasId ? { id: ref.id! } : { externalId: ref.externalId!.trim() };
}

/**
 * Loads a member for a write, locking its row until the transaction ends (PostgreSQL:
 * SELECT ... FOR UPDATE; SQLite runs one writer at a time, so no lock is needed).
 */
export async function lockMember(em: EntityManager, ref: MemberRef, field: string[] = ['input', 'member']) {
  const where = memberWhere(ref, field);
  const pg = isPostgres(em);
  const member = await em.findOne(MemberRow, where, pg ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  return member ?? memberNotFound(ref, field);
}

/** lockMember on the plain-SQL path (row lock on PostgreSQL; SQLite has one writer). */
export async function lockMemberSql(
  tx: SqlTx,
  codecs: Codecs,
  ref: MemberRef,
  field: string[] = ['input', 'member'],
): Promise<MemberRow> {
  const lock = lockMemberQuery(tx.dialect, codecs, ref, field);
  // through pipeline, so the lock key travels with it (see PgGroup)
  const [rows] = await tx.pipeline([lock]);
  return lockedMember(codecs, rows, ref, field);
}

/** The statement of lockMemberSql, to send with others (see readAfter). */
export function lockMemberQuery(dialect: Dialect, codecs: Codecs, ref: MemberRef, field: string[]): Query {
  const where = memberWhere(ref, field);
  const column = codecs.of(MemberRow).column('id' in where ? 'id' : 'externalId');
  const lock = dialect === 'postgresql' ? ' for update' : '';
  return {
    sql: `select * from "member" where "${column}" = ?${lock}`,
    params: ['id' in where ? where.id : where.externalId],
    // by externalId the id is known once the row is: a group checks it then (see PgGroup)
    ...('id' in where
      ? { lockKey: where.id }
      : { lockKey: `externalId:${where.externalId}`, lockKeyFrom: 'id' }),
  };
}

/** The member that lockMemberQuery returned, or MEMBER_NOT_FOUND. */
export function lockedMember(codecs: Codecs, rows: Row[], ref: MemberRef, field: string[]): MemberRow {
  if (!rows.length) return memberNotFound(ref, field);
  return codecs.of(MemberRow).fromRow(rows[0]);
}

/**
 * How a member given by id or externalId is matched in SQL by another table's `member_id` column:
 * the reads of a write by externalId go with its row lock, before the id is known.
 */
export function memberMatch(codecs: Codecs, ref: MemberRef, field: string[]): MemberMatch {
  const where = memberWhere(ref, field);
  const codec = codecs.of(MemberRow);
  return 'id' in where
    ? { sql: '= ?', params: [where.id] }
    : {
        sql: `= (select "${codec.column('id')}" from "${codec.table}" where "${codec.column('externalId')}" = ?)`,
        params: [where.externalId],
      };
}

/** An SQL condition on a `member_id` column, without the column: `= ?` and its parameters. */
export interface MemberMatch {
  sql: string;
  params: unknown[];
}
/** A member given by id, as a MemberMatch. */
export const byMemberId = (id: string): MemberMatch => ({ sql: '= ?', params: [id] });

/** The one MEMBER_NOT_FOUND, for the ORM and the plain-SQL paths. */
export function memberNotFound(ref: MemberRef, field: string[]): never {
  throw new DomainError('MEMBER_NOT_FOUND', `No member with ${describeRef(ref)}`, field);
}

/** Locks several members in id order (so two transactions never wait on each other in a cycle). */
export async function lockMembersById(em: EntityManager, ids: string[]) {
  const out = new Map<string, MemberRow>();
  for (const id of [...new Set(ids)].sort()) out.set(id, await lockMember(em, { id }));
  return out;
}

export function describeRef(ref: MemberRef) {
  return ref.id ? `id "${ref.id}"` : `externalId "${ref.externalId}"`;
}

export function requireActive(member: MemberRow) {
  if (member.status !== 'ACTIVE')
    throw new DomainError('MEMBER_NOT_ACTIVE', `Member ${member.externalId} is ${member.status}`, [
      'input',
      'member',
    ]);
}

export const isPostgres = (em: EntityManager) => em.getDriver().constructor.name === 'PostgreSqlDriver';
