/**
 * Lifecycle: draft -> scheduled -> active <-> paused -> ended. What is stored is the phase; the
 * status is computed from it and the clock, so a launched campaign is ACTIVE from the first
 * instant of its window and ENDED at its end with no job running.
 */
import { DomainError } from '../errors';
import { isExperiment, type CampaignDefinition, type CampaignPhase, type CampaignStatus } from './types';

type Timing = Pick<CampaignDefinition, 'phase' | 'startsAt' | 'endsAt'>;

/**
 * What the program's state adds to a campaign's own phase: while the program-wide pool cap is
 * reached (an open POOL_CAP alert), every launched campaign that would be ACTIVE is PAUSED (it
 * issues no bonus points, exposes nobody), and it is ACTIVE again once the cap clears. Its stored
 * phase does not change: a campaign paused by hand stays paused after the cap clears.
 */
export interface ProgramCampaignState {
  poolCapReached?: boolean;
}

/** Why a campaign is PAUSED: by hand (`pauseCampaign`) or by the program-wide pool cap. */
export type CampaignPauseReason = 'MANUAL' | 'POOL_CAP';

export function campaignStatus(c: Timing, now: Date, program: ProgramCampaignState = {}): CampaignStatus {
  const status = phaseStatus(c, now);
  return status === 'ACTIVE' && program.poolCapReached ? 'PAUSED' : status;
}

/** Why a campaign is PAUSED at `now` (null when it is not). */
export function campaignPauseReason(
  c: Timing,
  now: Date,
  program: ProgramCampaignState = {},
): CampaignPauseReason | null {
  const status = phaseStatus(c, now);
  if (status === 'PAUSED') return 'MANUAL';
  return status === 'ACTIVE' && program.poolCapReached ? 'POOL_CAP' : null;
}

/** The status from the stored phase and the clock alone (what the lifecycle's actions go by). */
function phaseStatus(c: Timing, now: Date): CampaignStatus {
  const t = now.getTime();
  const over = c.endsAt !== null && t >= c.endsAt.getTime();
  switch (c.phase) {
    case 'DRAFT':
      return 'DRAFT';
    case 'ENDED':
      return 'ENDED';
    case 'PAUSED':
      return over ? 'ENDED' : 'PAUSED';
    case 'LAUNCHED':
      if (over) return 'ENDED';
      return t < c.startsAt.getTime() ? 'SCHEDULED' : 'ACTIVE';
  }
}

export const CAMPAIGN_ACTIONS = ['LAUNCH', 'PAUSE', 'RESUME', 'END'] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

/** From which statuses each action may be taken. */
const ALLOWED: Record<CampaignAction, CampaignStatus[]> = {
  LAUNCH: ['DRAFT'],
  PAUSE: ['ACTIVE'],
  RESUME: ['PAUSED'],
  END: ['SCHEDULED', 'ACTIVE', 'PAUSED'],
};
const RESULT: Record<CampaignAction, CampaignPhase> = {
  LAUNCH: 'LAUNCHED',
  PAUSE: 'PAUSED',
  RESUME: 'LAUNCHED',
  END: 'ENDED',
};

/**
 * The phase after `action`, or INVALID_TRANSITION naming the status it cannot be taken from. A
 * campaign paused by the pool cap may be paused by hand (it then stays paused when the cap clears),
 * not resumed: it resumes by itself when the cap clears.
 */
export function transition(
  c: Timing,
  action: CampaignAction,
  now: Date,
  program: ProgramCampaignState = {},
): CampaignPhase {
  if (action === 'RESUME' && campaignPauseReason(c, now, program) === 'POOL_CAP') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'the campaign is paused by the program-wide pool cap: it resumes by itself once the points liability is below the cap',
      ['input', 'id'],
    );
  }
  const status = phaseStatus(c, now);
  if (!ALLOWED[action].includes(status)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `a ${status.toLowerCase()} campaign cannot be ${
        { LAUNCH: 'launched', PAUSE: 'paused', RESUME: 'resumed', END: 'ended' }[action]
      } (allowed from ${ALLOWED[action].join(', ')})`,
      ['input', 'id'],
    );
  }
  if (action === 'LAUNCH' && c.endsAt !== null && c.endsAt.getTime() <= now.getTime()) {
    throw new DomainError('INVALID_TRANSITION', 'the campaign window has already ended', ['input', 'id']);
  }
  return RESULT[action];
}

/**
 * Promoting a variant ends the test: the campaign goes on with the winning effect for everyone
 * (one variant at 100%, no holdout). Allowed while the test runs (ACTIVE or PAUSED).
 */
export function promoteVariant(
  c: Pick<CampaignDefinition, 'phase' | 'startsAt' | 'endsAt' | 'variants' | 'holdoutPercent'>,
  variantKey: string,
  now: Date,
): Pick<CampaignDefinition, 'variants' | 'holdoutPercent'> {
  const status = campaignStatus(c, now);
  if (!isExperiment(c)) {
    throw new DomainError('INVALID_TRANSITION', 'the campaign is not an A/B test', ['input', 'id']);
  }
  if (status !== 'ACTIVE' && status !== 'PAUSED') {
    throw new DomainError(
      'INVALID_TRANSITION',
      `a variant can be promoted while the test runs (ACTIVE or PAUSED), not when ${status}`,
      ['input', 'id'],
    );
  }
  const winner = c.variants.find((v) => v.key === variantKey);
  if (!winner) {
    throw new DomainError('INVALID_INPUT', `no variant ${variantKey} in this campaign`, [
      'input',
      'variantKey',
    ]);
  }
  return { variants: [{ ...winner, weight: 100 }], holdoutPercent: 0 };
}

/** Fields of a campaign an update may set. */
export const CAMPAIGN_UPDATABLE_FIELDS = [
  'name',
  'description',
  'startsAt',
  'endsAt',
  'schedule',
  'audience',
  'variants',
  'holdoutPercent',
  'budgetPoints',
  'perMemberCapPoints',
  'priority',
  'stackable',
  'bonusExpiresInDays',
] as const;
export type CampaignUpdatableField = (typeof CAMPAIGN_UPDATABLE_FIELDS)[number];

/** Once live (ACTIVE or PAUSED) only these may change; the budget only up. */
export const LIVE_EDITABLE_FIELDS: readonly CampaignUpdatableField[] = [
  'name',
  'description',
  'endsAt',
  'budgetPoints',
];

/**
 * Refuses (CAMPAIGN_NOT_EDITABLE, naming the field) an update the campaign's status does not
 * allow: anything before it starts, name/description/end date/budget up while live, nothing once
 * ended. `changed` lists the fields the update sets to a new value.
 */
export function assertUpdatable(
  c: Timing & Pick<CampaignDefinition, 'budgetPoints'>,
  changed: Partial<Record<CampaignUpdatableField, unknown>>,
  now: Date,
): void {
  const status = campaignStatus(c, now);
  const fields = Object.keys(changed) as CampaignUpdatableField[];
  if (status === 'ENDED' && fields.length > 0) {
    throw new DomainError('CAMPAIGN_NOT_EDITABLE', 'an ended campaign cannot be changed', [
      'input',
      fields[0],
    ]);
  }
  if (status !== 'ACTIVE' && status !== 'PAUSED') return;
  for (const f of fields) {
    if (!LIVE_EDITABLE_FIELDS.includes(f)) {
      throw new DomainError(
        'CAMPAIGN_NOT_EDITABLE',
        `${f} cannot change while the campaign is ${status.toLowerCase()} (only ${LIVE_EDITABLE_FIELDS.join(', ')})`,
        ['input', f],
      );
    }
  }
  if ('budgetPoints' in changed) {
    const next = changed.budgetPoints as number | null;
    const lowered = c.budgetPoints === null ? next !== null : next !== null && next < c.budgetPoints;
    if (lowered) {
      throw new DomainError('CAMPAIGN_NOT_EDITABLE', 'a live campaign budget can only go up', [
        'input',
        'budgetPoints',
      ]);
    }
  }
}

/**
 * The stored conditions under which `campaignStatus` is `status` at `now`, as alternatives (any
 * one matching): a phase set, and whether the window has started (`startsAt <= now`) and ended
 * (`endsAt <= now`, never for an open end). The API turns them into a query filter, so a list by
 * status needs no second copy of the rule.
 */
export interface CampaignStatusCondition {
  phases: CampaignPhase[];
  started?: boolean;
  ended?: boolean;
}

export function campaignStatusConditions(
  status: CampaignStatus,
  program: ProgramCampaignState = {},
): CampaignStatusCondition[] {
  const running: CampaignStatusCondition = { phases: ['LAUNCHED'], started: true, ended: false };
  switch (status) {
    case 'DRAFT':
      return [{ phases: ['DRAFT'] }];
    case 'SCHEDULED':
      return [{ phases: ['LAUNCHED'], started: false, ended: false }];
    case 'ACTIVE':
      return program.poolCapReached ? [] : [running];
    case 'PAUSED':
      return [{ phases: ['PAUSED'], ended: false }, ...(program.poolCapReached ? [running] : [])];
    case 'ENDED':
      return [{ phases: ['ENDED'] }, { phases: ['LAUNCHED', 'PAUSED'], ended: true }];
  }
}

/** Whether a campaign meets a condition at `now` (the reference the API's filter must agree with). */
export function meetsStatusCondition(c: Timing, cond: CampaignStatusCondition, now: Date): boolean {
  const t = now.getTime();
  const started = c.startsAt.getTime() <= t;
  const ended = c.endsAt !== null && c.endsAt.getTime() <= t;
  return (
    cond.phases.includes(c.phase) &&
    (cond.started === undefined || cond.started === started) &&
    (cond.ended === undefined || cond.ended === ended)
  );
}
