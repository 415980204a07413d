import { LockMode, type EntityManager } from '@mikro-orm/core';
import { DomainError } from '@accrue/core';
import { MemberRow } from '../db/entities';
import type { Codecs, Dialect, Query, Row, SqlTx } from '../db/sql';
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
  if (!member) throw new DomainError('MEMBER_NOT_FOUND', `No member with ${describeRef(ref)}`, field);
  return member;
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
    lockKey: 'id' in where ? where.id : undefined,
  };
}

/** The member that lockMemberQuery returned, or MEMBER_NOT_FOUND. */
export function lockedMember(codecs: Codecs, rows: Row[], ref: MemberRef, field: string[]): MemberRow {
  if (!rows.length) throw new DomainError('MEMBER_NOT_FOUND', `No member with ${describeRef(ref)}`, field);
  return codecs.of(MemberRow).fromRow(rows[0]);
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
