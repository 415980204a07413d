/**
 * Errors are mapped here, once. Every code, the domain's (`DomainError` from core) and the API's
 * own (`TransportError`), has one line in ANSWERS: a business refusal becomes `userErrors` in the
 * mutation's payload; INVALID_INPUT (answered as BAD_USER_INPUT), UNAUTHENTICATED, FORBIDDEN,
 * RATE_LIMITED and NOT_IMPLEMENTED become top-level errors with `extensions.code` and their HTTP
 * status; anything unknown is logged and answered as INTERNAL_SERVER_ERROR without internals.
 */
import { DomainError, type DomainErrorCode } from '@accrue/core';
import { GraphQLError, Kind, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { TransportError, type TransportCode } from '../transport-error';
import type { UserError } from './types';

type ErrorCode = DomainErrorCode | TransportCode;
/** in the payload's userErrors, or a top-level error with this status and extensions.code */
type Answer = 'userError' | { status: 400 | 401 | 403 | 429 | 501; code: TransportCode };

/** How each code is answered. A code without a line here does not compile. */
const ANSWERS = {
  INVALID_INPUT: { status: 400, code: 'BAD_USER_INPUT' },
  BAD_USER_INPUT: { status: 400, code: 'BAD_USER_INPUT' },
  UNAUTHENTICATED: { status: 401, code: 'UNAUTHENTICATED' },
  FORBIDDEN: { status: 403, code: 'FORBIDDEN' },
  RATE_LIMITED: { status: 429, code: 'RATE_LIMITED' },
  NOT_IMPLEMENTED: { status: 501, code: 'NOT_IMPLEMENTED' },
  NOT_FOUND: 'userError',
  MEMBER_NOT_FOUND: 'userError',
  MEMBER_NOT_ACTIVE: 'userError',
  DUPLICATE_MEMBER: 'userError',
  INVALID_REFERRAL: 'userError',
  SELF_REFERRAL: 'userError',
  ALREADY_REFERRED: 'userError',
  IDEMPOTENCY_CONFLICT: 'userError',
  ORDER_MEMBER_MISMATCH: 'userError',
  INSUFFICIENT_POINTS: 'userError',
  BELOW_MINIMUM_REDEMPTION: 'userError',
  EXCEEDS_ORDER_LIMIT: 'userError',
  REWARD_NOT_FOUND: 'userError',
  REWARD_INACTIVE: 'userError',
  OUT_OF_STOCK: 'userError',
  REWARD_LIMIT_REACHED: 'userError',
  ALREADY_CANCELLED: 'userError',
  PURCHASE_NOT_FOUND: 'userError',
  REFUND_EXCEEDS_PURCHASE: 'userError',
  REFUND_OF_REFUND: 'userError',
  CURRENCY_MISMATCH: 'userError',
  CAMPAIGN_NOT_EDITABLE: 'userError',
  INVALID_TRANSITION: 'userError',
  INVALID_CREDENTIALS: 'userError',
  DUPLICATE_STAFF_USER: 'userError',
  ALREADY_REVOKED: 'userError',
  EXTENSION_NOT_OFFERED: 'userError',
  NOTHING_TO_EXTEND: 'userError',
  FEE_MISMATCH: 'userError',
  SELF_JOIN: 'userError',
  ALREADY_JOINED: 'userError',
  GROUP_FULL: 'userError',
  SHARED_DEVICE: 'userError',
  SELF_CONTRIBUTION: 'userError',
  ALREADY_CONTRIBUTED: 'userError',
} as const satisfies Record<ErrorCode, Answer>;

type AppError = DomainError | TransportError;
const isAppError = (e: unknown): e is AppError => e instanceof DomainError || e instanceof TransportError;
const answerOf = (e: AppError): Answer => ANSWERS[e.code];
/** the top-level answer of `e`, or null when it is a business refusal (a userError) */
const topLevel = (e: AppError) => {
  const a = answerOf(e);
  return a === 'userError' ? null : a;
};
/** extensions.code of `e` as clients see it */
const clientCode = (e: AppError): string => topLevel(e)?.code ?? e.code;

/** The HTTP answer of `e` outside GraphQL (e.g. the CSV export): its status and client code; 422 for a refusal. */
export function httpAnswer(e: AppError): { status: number; code: string } {
  const a = topLevel(e);
  return a ? { status: a.status, code: a.code } : { status: 422, code: e.code };
}

export function toGraphQLError(e: AppError): GraphQLError {
  return new GraphQLError(e.message, {
    originalError: e, // its HTTP status is set once, in errorStatusPlugin
    extensions: { code: clientCode(e), ...(e.field ? { field: e.field } : {}) },
  });
}

/** The DomainError or TransportError behind a GraphQL error (resolvers' errors wrap it once or twice), if any. */
function appErrorOf(error: unknown): AppError | null {
  for (let e = error; e; e = (e as { originalError?: unknown }).originalError) if (isAppError(e)) return e;
  return null;
}

/**
 * A top-level error (INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_IMPLEMENTED, RATE_LIMITED)
 * answers with its code's HTTP status, whichever resolver raised it, as the schema's own input
 * errors (400) and the per-credential limit (429, server.ts) do; RATE_LIMITED says when to retry.
 */
export function errorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.length || (response.http.status ?? 200) !== 200) return;
          for (const error of errors) {
            const original = appErrorOf(error);
            const answer = original && topLevel(original);
            if (!answer) continue;
            response.http.status = answer.status;
            if (original instanceof TransportError && original.retryAfterSeconds)
              response.http.headers.set('retry-after', String(original.retryAfterSeconds));
            return;
          }
        },
      };
    },
  };
}

/** Runs a mutation's use case; business refusals come back as userErrors in the payload. */
export async function payload<T extends object>(
  run: () => Promise<T>,
): Promise<T & { userErrors: UserError[] }> {
  try {
    return { ...(await run()), userErrors: [] };
  } catch (e) {
    if (isAppError(e) && !topLevel(e)) {
      return { userErrors: [{ code: e.code, message: e.message, field: e.field ?? null }] } as T & {
        userErrors: UserError[];
      };
    }
    if (isAppError(e)) throw toGraphQLError(e);
    throw e;
  }
}

export function formatError(production: boolean, log: (e: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isAppError(original)) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: clientCode(original), ...(original.field ? { field: original.field } : {}) },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    // a malformed value written in the query itself (not passed as a variable) fails GraphQL's
    // validation: it is malformed input all the same, named like the use cases name it
    const literal =
      code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof GraphQLError
        ? literalErrorField(original)
        : null;
    if (literal) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT', field: literal } };
    }
    if (original instanceof GraphQLError || (code && code !== 'INTERNAL_SERVER_ERROR')) {
      // a variable the schema could not coerce (a malformed DateTime, a string for a SafeInt ...)
      // names its field like the use cases' BAD_USER_INPUT errors do
      const coerced =
        code === 'BAD_USER_INPUT' && !formatted.extensions?.field
          ? coercionErrorField(formatted.message)
          : null;
      // named from the argument the variable is passed to ($i in `input: $i` gives ['input', ...])
      const usage = coerced && original instanceof GraphQLError ? variableUsage(original, coerced[0]) : null;
      const field = coerced && usage ? [...usage, ...coerced.slice(1)] : coerced;
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

const LITERAL_MESSAGE = new RegExp(
  `^(?:Expected value of type |Enum "${NAME}" cannot represent |${NAME} cannot represent |Value "|Field "(?:${NAME}\\.)?(${NAME})" (?:of required type .* was not provided|is not defined by type))`,
);

/**
 * The field a validation error about a literal input value is about, as a path like the use cases'
 * `field`: `recordPurchase(input: { items: [{ amountMinor: 1.5 }] })` gives
 * ['input', 'items', '0', 'amountMinor']; a missing or unknown input field is named too. Null for
 * any other validation error.
 */
export function literalErrorField(error: GraphQLError): string[] | null {
  const match = LITERAL_MESSAGE.exec(error.message);
  const target = error.nodes?.[0];
  const body = error.source?.body;
  if (!match || !target?.loc || !body) return null;
  const [names] = inputPaths(body, (n) => n.kind === target.kind && n.loc?.start === target.loc!.start);
  if (!names) return null;
  // a missing required field is reported on the object that lacks it
  if (match[1] && target.kind === Kind.OBJECT) names.push(match[1]);
  return names.length ? names : null;
}

/** Where a variable is passed: the argument and input fields above its one use, or null. */
function variableUsage(error: GraphQLError, variable: string): string[] | null {
  const body = error.source?.body;
  if (!body) return null;
  const uses = inputPaths(body, (n) => n.kind === Kind.VARIABLE && n.name.value === variable).filter(
    (p) => p.length,
  );
  return uses.length === 1 ? uses[0] : null;
}

/**
 * The input paths (argument, input fields, list indexes) down to each node of the document that
 * `wanted` picks: `recordPurchase(input: { items: [{ amountMinor: 1.5 }] })` gives
 * ['input', 'items', '0', 'amountMinor'] for the 1.5. Empty for a document that does not parse.
 */
function inputPaths(body: string, wanted: (node: ASTNode) => boolean): string[][] {
  let document;
  try {
    document = parse(body);
  } catch {
    return [];
  }
  const found: string[][] = [];
  visit(document, {
    enter(node, _key, parent, path, ancestors) {
      if (!wanted(node)) return undefined;
      const names: string[] = [];
      // from the document down to the node; path[i] is the key from chain[i] to chain[i + 1]
      const chain = [...ancestors, ...(parent ? [parent] : []), node];
      chain.forEach((a, i) => {
        if (Array.isArray(a)) {
          // an index into a list value's items
          const owner = chain[i - 1] as ASTNode | undefined;
          if (owner?.kind === Kind.LIST && typeof path[i] === 'number') names.push(String(path[i]));
          return;
        }
        const n = a as ASTNode;
        if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) names.push(n.name.value);
      });
      found.push(names);
      return undefined;
    },
  });
  return found;
}

export const notImplemented = (what: string): never => {
  throw new TransportError('NOT_IMPLEMENTED', `${what} is not available yet (see README: not yet available)`);
};
