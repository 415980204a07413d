/**
 * The API's own error codes: about the request (its shape, who sent it, how often, what is not
 * built yet), not about the domain, whose refusals are `DomainError`s from `@accrue/core`. How
 * each code of either kind is answered is mapped once, in graphql/errors.ts.
 */
export const TRANSPORT_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'NOT_IMPLEMENTED',
] as const;
export type TransportCode = (typeof TRANSPORT_CODES)[number];

export class TransportError extends Error {
  constructor(
    readonly code: TransportCode,
    message: string,
    readonly field?: string[],
    /** RATE_LIMITED: when to try again */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}
