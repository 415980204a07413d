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
      // a variable the schema could not coerce (a malformed DateTime, a string for a SafeInt ...)
      // names its field like the use cases' BAD_USER_INPUT errors do
      const field =
        code === 'BAD_USER_INPUT' && !formatted.extensions?.field
          ? coercionErrorField(formatted.message)
          : null;
      const named = field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
      if (!production) return named;
      const { stacktrace: _s, ...extensions } = named.extensions ?? {};
      return { ...named, extensions };
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

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
// 'got invalid value ...', 'of required type ... was not provided', 'of non-null type ... must not be null'
const COERCION_HEAD = new RegExp(
  `^Variable "\\$(${NAME})" (?:got invalid value |of (?:required|non-null) type )`,
);
const COERCION_PATH = new RegExp(` at "(${NAME}(?:\\.${NAME}|\\[\\d+\\])*)"; `);
const COERCION_FIELD = new RegExp(
  `; Field "(${NAME})" (?:of required type .* was not provided|is not defined by type)`,
);

/**
 * The field a graphql-js variable coercion error is about, as a path like the use cases' `field`
 * ('Variable "$input" got invalid value "x" at "input.items[0].amountMinor"; ...' gives
 * ['input', 'items', '0', 'amountMinor']); null for any other message.
 */
export function coercionErrorField(message: string): string[] | null {
  const head = COERCION_HEAD.exec(message);
  if (!head) return null;
  const at = COERCION_PATH.exec(message);
  const path = at ? at[1].split(/[.[\]]/).filter(Boolean) : [head[1]];
  const field = COERCION_FIELD.exec(message);
  if (field) path.push(field[1]);
  return path;
}

export const notImplemented = (what: string): never => {
  throw new DomainError('NOT_IMPLEMENTED', `${what} is not available yet (see README: not yet available)`);
};
