/**
 * Errors are mapped here, once. A DomainError whose code is a business refusal becomes
 * `userErrors` in the mutation's payload; BAD_USER_INPUT, UNAUTHENTICATED and FORBIDDEN become
 * top-level errors with `extensions.code`; anything unknown is logged and answered as
 * INTERNAL_SERVER_ERROR without internals.
 */
import { DomainError, type DomainErrorCode } from '@accrue/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { UserError } from './types';

const TOP_LEVEL: Partial<Record<DomainErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_IMPLEMENTED: 501,
  RATE_LIMITED: 429,
};

export function toGraphQLError(e: DomainError): GraphQLError {
  return new GraphQLError(e.message, {
    extensions: { code: e.code, ...(e.field ? { field: e.field } : {}) },
  });
}

/** Runs a mutation's use case; business refusals come back as userErrors in the payload. */
export async function payload<T extends object>(
  run: () => Promise<T>,
): Promise<T & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (e) {
    if (e instanceof DomainError && !(e.code in TOP_LEVEL)) {
      return { userErrors: [{ code: e.code, message: e.message, field: e.field ?? null }] } as T & {
        userErrors: UserError[];
      };
    }
    if (e instanceof DomainError) throw toGraphQLError(e);
    throw e;
  }
}

export function formatError(production: boolean, log: (e: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
      if (!production) return formatted;
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export const notImplemented = (what: string): never => {
  throw new DomainError('NOT_IMPLEMENTED', `${what} is not available yet (see README: not yet available)`);
};
