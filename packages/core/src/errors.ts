/**
 * The one error type of the domain. Codes are stable: clients match on them. Domain codes only:
 * how a code is answered (a payload's userErrors, or a top-level error such as BAD_USER_INPUT with
 * its HTTP status) and the codes about the request itself (UNAUTHENTICATED, FORBIDDEN,
 * RATE_LIMITED, NOT_IMPLEMENTED) belong to the API (apps/api/src/graphql/errors.ts).
 */
export const DOMAIN_ERROR_CODES = [
  /** a value the rules cannot take (a negative amount, an unknown time zone...); `field` names it */
  'INVALID_INPUT',
  'NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'MEMBER_NOT_ACTIVE',
  'DUPLICATE_MEMBER',
  'INVALID_REFERRAL',
  'SELF_REFERRAL',
  'ALREADY_REFERRED',
  'IDEMPOTENCY_CONFLICT',
  'ORDER_MEMBER_MISMATCH',
  'INSUFFICIENT_POINTS',
  'BELOW_MINIMUM_REDEMPTION',
  'EXCEEDS_ORDER_LIMIT',
  'REWARD_NOT_FOUND',
  'REWARD_INACTIVE',
  'OUT_OF_STOCK',
  'REWARD_LIMIT_REACHED',
  'ALREADY_CANCELLED',
  'PURCHASE_NOT_FOUND',
  'REFUND_EXCEEDS_PURCHASE',
  'REFUND_OF_REFUND',
  'CURRENCY_MISMATCH',
  'CAMPAIGN_NOT_EDITABLE',
  'INVALID_TRANSITION',
  'INVALID_CREDENTIALS',
  'DUPLICATE_STAFF_USER',
  'ALREADY_REVOKED',
  // engagement
  'EXTENSION_NOT_OFFERED',
  'NOTHING_TO_EXTEND',
  'FEE_MISMATCH',
  'SELF_JOIN',
  'ALREADY_JOINED',
  'GROUP_FULL',
  'SHARED_DEVICE',
  'SELF_CONTRIBUTION',
  'ALREADY_CONTRIBUTED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
