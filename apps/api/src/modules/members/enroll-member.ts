import { DomainError, enrolmentRiskReasons, newMemberActivity, welcomeGrant } from '@accrue/core';
import { isIP } from 'node:net';
import { MemberRow } from '../../db/entities/members';
import { emSql } from '../../db/sql/queries';
import { ID_PREFIX, newId, newReferralCode } from '../../ids';
import type { Actor } from '../../services/actor';
import type { App } from '../../services/app';
import { inTransaction } from '../../services/app';
import { audit } from '../../services/audit';
import { remember, seen } from '../../services/idempotency';
import { PointsBook } from '../../services/points-book';
import { bad, birthdayOf, email, pastOrNow, str } from '../../services/validate';

export interface EnrollMemberInput {
  externalId: string;
  email?: string | null;
  name?: string | null;
  birthday?: string | null;
  referralCode?: string | null;
  enrolledAt?: Date | null;
  /** the device the member enrolled from (an app's device id, a browser fingerprint): risk flags */
  deviceId?: string | null;
  /** the member's IP address at enrolment: risk flags */
  ipAddress?: string | null;
}

/**
 * Enrols a member (idempotent by externalId): Bronze tier, a referral code, the welcome points.
 * An enrolment made by a person (staff, the bootstrap admin) is audited; one posted by an
 * integration is in the ledger and the outbox like every other integration write.
 */
export async function enrollMember(app: App, input: EnrollMemberInput, actor?: Actor): Promise<MemberRow> {
  const now = app.clock.now();
  const f = (name: string) => ['input', name];
  const externalId = str(input.externalId, f('externalId'), { max: 128, required: true })!;
  const clean = {
    externalId,
    email: email(input.email, f('email'))?.toLowerCase() ?? null,
    name: str(input.name, f('name'), { max: 200 }),
    birthday: birthdayOf(input.birthday, f('birthday'), now),
    referralCode: str(input.referralCode, f('referralCode'), { max: 16 })?.toUpperCase() ?? null,
    enrolledAt: input.enrolledAt
      ? pastOrNow(input.enrolledAt, f('enrolledAt'), now, app.config.maxClockSkewMs)
      : null,
  };
  const deviceId = str(input.deviceId, f('deviceId'), { max: 128 });
  const ipAddress = str(input.ipAddress, f('ipAddress'), { max: 64 })?.toLowerCase() ?? null;
  if (ipAddress && !isIP(ipAddress)) bad(f('ipAddress'), 'must be an IPv4 or IPv6 address');
  // part of a retry's content only when given (enrolments keyed before these fields existed still match)
  const content = { ...clean, ...(deviceId ? { deviceId } : {}), ...(ipAddress ? { ipAddress } : {}) };
  const write = { scope: 'enroll' as const, key: externalId, content, field: f('externalId') };

  return inTransaction(app, async (em) => {
    // enrolments of one externalId (a resend while the first is still running) and from one device
    // or address take turns on PostgreSQL, so a resend sees the first one's key and answers its
    // result, and racing enrolments count each other for the risk flags. SQLite has one writer. The
    // locks are taken in one order (externalId, device, address), so they cannot deadlock.
    const sql = emSql(em);
    if (sql.dialect === 'postgresql')
      for (const k of [
        `external:${externalId}`,
        deviceId && `device:${deviceId}`,
        ipAddress && `ip:${ipAddress}`,
      ])
        if (k) await sql.run(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`accrue.enrol.${k}`]);
    const replay = await seen(em, write);
    if (replay) return em.findOneOrFail(MemberRow, { id: replay.resultId! });
    if (await em.findOne(MemberRow, { externalId }))
      throw new DomainError(
        'DUPLICATE_MEMBER',
        `A member with externalId "${externalId}" already exists`,
        f('externalId'),
      );

    let referredById: string | null = null;
    if (clean.referralCode) {
      const referrer = await em.findOne(MemberRow, { referralCode: clean.referralCode });
      if (!referrer)
        throw new DomainError(
          'INVALID_REFERRAL',
          `No member has referral code "${clean.referralCode}"`,
          f('referralCode'),
        );
      if (referrer.externalId === externalId || (clean.email && referrer.email === clean.email))
        throw new DomainError('SELF_REFERRAL', 'A member cannot refer themselves', f('referralCode'));
      referredById = referrer.id;
    }

    const program = await app.program.get(em);
    const enrolledAt = clean.enrolledAt ?? now;
    const reviewReasons = enrolmentRiskReasons({
      rules: program.rules.risk,
      deviceId,
      ipAddress,
      sameDevice: deviceId ? await em.count(MemberRow, { deviceId }) : 0,
      sameIp: ipAddress ? await em.count(MemberRow, { enrolmentIp: ipAddress }) : 0,
    });
    const member = em.create(MemberRow, {
      id: newId(ID_PREFIX.member),
      externalId,
      email: clean.email,
      name: clean.name,
      birthday: clean.birthday,
      status: 'ACTIVE',
      enrolledAt,
      referralCode: await uniqueReferralCode(em),
      referredById,
      tierId: program.tiers[0].id,
      tierRetainedUntil: null,
      pointsBalance: 0,
      negative: 0,
      lifetimeEarned: 0,
      lifetimeRedeemed: 0,
      lifetimeExpired: 0,
      firstPurchaseAt: null,
      lastPurchaseAt: null,
      activity: newMemberActivity(),
      deviceId,
      enrolmentIp: ipAddress,
      flaggedForReview: reviewReasons.length > 0,
      reviewReasons,
      createdAt: now,
      updatedAt: now,
    });
    const book = await PointsBook.openForEarning(em, member, now);
    const welcome = welcomeGrant(program.rules, enrolledAt);
    if (welcome) book.grant(welcome, { occurredAt: enrolledAt });
    book.expireDue();
    book.event('member.enrolled', { memberId: member.id, externalId, referredById });
    remember(em, write, now, member.id, member.id);
    if (actor && (actor.kind === 'staff' || actor.kind === 'bootstrap'))
      audit(em, actor, 'member.enroll', `member:${member.id}`, null, auditedEnrolment(member), now);
    return member;
  });
}

/** What the audit entry of an enrolment shows: the fields given and what they decided. */
function auditedEnrolment(m: MemberRow) {
  const given = {
    email: m.email,
    name: m.name,
    birthday: m.birthday,
    deviceId: m.deviceId,
    enrolmentIp: m.enrolmentIp,
  };
  return {
    externalId: m.externalId,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null && v !== undefined)),
    enrolledAt: m.enrolledAt,
    referredById: m.referredById,
    ...(m.flaggedForReview ? { reviewReasons: m.reviewReasons } : {}),
  };
}

async function uniqueReferralCode(em: import('@mikro-orm/core').EntityManager) {
  for (;;) {
    const code = newReferralCode();
    if (!(await em.findOne(MemberRow, { referralCode: code }))) return code;
  }
}
