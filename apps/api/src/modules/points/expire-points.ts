import { addDays, dueLotFilter, openLotFilter, qualifyingGraceLookbackMonths } from '@accrue/core';
import { LotRow } from '../../db/entities/points';
import { MemberRow } from '../../db/entities/members';
import { outboxEvent } from '../../services/outbox';
import { inTransaction, type App } from '../../services/app';
import { lockMember } from '../../services/members';
import { PointsBook } from '../../services/points-book';
import { spendHistory } from '../../services/spend-history';
import { applyTierAt } from '../../services/tier-change';
import { emSql } from '../../db/sql/queries';
import { bad } from '../../services/validate';

export interface ExpiryRun {
  pointsExpired: number;
  membersAffected: number;
  remindersRecorded: number;
  tiersDowngraded: number;
}

const BATCH = 200;

/**
 * The scheduled job (also the expirePoints mutation and `accrue expire`): expires every lot due at
 * `asOf` (never later than now), one member per transaction, in batches; records the 30/15/7-day
 * reminders as outbox events (once per lot and threshold); steps down tiers whose grace has ended.
 * Running it twice changes nothing the second time.
 */
export async function expirePoints(
  app: App,
  input: { asOf?: Date | null },
  onProgress?: (done: number) => void,
  /** lots read per reminder transaction (tests use a small one) */
  opts: { reminderBatch?: number } = {},
): Promise<ExpiryRun> {
  const now = app.clock.now();
  const asOf = input.asOf ?? now;
  if (Number.isNaN(asOf.getTime())) bad(['input', 'asOf'], 'must be an ISO-8601 date-time');
  if (asOf.getTime() > now.getTime() + app.config.maxClockSkewMs)
    bad(['input', 'asOf'], `expiry never runs ahead of the present (now is ${now.toISOString()})`);
  const at = asOf > now ? now : asOf;
  const run: ExpiryRun = { pointsExpired: 0, membersAffected: 0, remindersRecorded: 0, tiersDowngraded: 0 };

  const read = app.orm.em.fork();
  let after = '';
  for (;;) {
    const due = await read.find(
      LotRow,
      { ...dueLotFilter(at), memberId: { $gt: after } },
      { fields: ['memberId'], orderBy: { memberId: 'asc' }, limit: BATCH * 20, disableIdentityMap: true },
    );
    const memberIds = [...new Set(due.map((l) => l.memberId))].slice(0, BATCH);
    if (!memberIds.length) break;
    for (const memberId of memberIds) {
      const expired = await inTransaction(app, async (em) => {
        const member = await lockMember(em, { id: memberId });
        const book = await PointsBook.open(em, member, now);
        return book.expireDue(at);
      });
      if (expired > 0) {
        run.pointsExpired += expired;
        run.membersAffected++;
      }
    }
    after = memberIds[memberIds.length - 1];
    onProgress?.(run.membersAffected);
  }
  run.remindersRecorded = await recordReminders(app, at, opts.reminderBatch ?? REMINDER_BATCH);
  run.tiersDowngraded = await stepDownTiers(app, at);
  return run;
}

const REMINDER_BATCH = 500;

/** points.expiring events at 30, 15 and 7 days before a lot expires, each once (dedupe key). */
async function recordReminders(app: App, at: Date, batch: number): Promise<number> {
  let recorded = 0;
  const stages = await app.program
    .get(app.orm.em.fork())
    .then((p) => [...p.rules.expiryReminderDays].sort((a, b) => b - a));
  if (!stages.length) return 0;
  const horizon = addDays(at, stages[0]);
  // through every lot in the window, 500 at a time in id order (lots already reminded included: the
  // next batch starts after the last lot read, not after the last one reminded)
  let after = '';
  for (;;) {
    const { count, read, last } = await inTransaction(app, async (em) => {
      const lots = await em.find(
        LotRow,
        { id: { $gt: after }, ...openLotFilter(), expiresAt: { $gt: at, $lte: horizon } },
        { orderBy: { id: 'asc' }, limit: batch },
      );
      let n = 0;
      for (const lot of lots) {
        const daysLeft = (lot.expiresAt!.getTime() - at.getTime()) / 86_400_000;
        // the smallest threshold the lot has reached; stages already recorded are skipped
        const stage = [...stages].reverse().find((d) => daysLeft <= d);
        if (!stage || (lot.reminderStage && lot.reminderStage <= stage)) continue;
        lot.reminderStage = stage;
        outboxEvent(
          em,
          'points.expiring',
          lot.memberId,
          {
            memberId: lot.memberId,
            lotId: lot.id,
            points: lot.remaining,
            expiresAt: lot.expiresAt,
            days: stage,
          },
          at,
          `expiring:${lot.id}:${stage}`,
        );
        n++;
      }
      return { count: n, read: lots.length, last: lots[lots.length - 1]?.id };
    });
    // moved on only once the batch committed (a retried transaction reads the same batch again)
    if (last) after = last;
    recorded += count;
    if (read < batch) break;
  }
  return recorded;
}

/** Members whose tier grace has ended and whose spend no longer qualifies drop one tier. */
async function stepDownTiers(app: App, at: Date): Promise<number> {
  const read = app.orm.em.fork();
  const members = await read.find(
    MemberRow,
    { tierRetainedUntil: { $lte: at } },
    { fields: ['id'], disableIdentityMap: true },
  );
  let changed = 0;
  for (const { id } of members) {
    const did = await inTransaction(app, async (em) => {
      const program = await app.program.get(em);
      const member = await lockMember(em, { id });
      const { rules } = program;
      const history = await spendHistory(emSql(em), id, at, {
        timezone: rules.timezone,
        windowMonths: rules.qualifyingWindowMonths,
        lookbackMonths: rules.qualifyingWindowMonths + qualifyingGraceLookbackMonths(rules),
      });
      return applyTierAt(em, program, member, at, history.spendAt, at);
    });
    if (did) changed++;
  }
  return changed;
}
