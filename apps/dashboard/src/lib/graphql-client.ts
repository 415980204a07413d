import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string[] } & Record<string, unknown>;
}

export interface UserError {
  code: string;
  message: string;
  field?: string[] | null;
}

/** A top-level error from the API (FORBIDDEN, BAD_USER_INPUT, ...) or from the dashboard's server. */
export class ApiError extends Error {
  readonly codes: string[];
  constructor(
    readonly errors: GraphQLErrorEntry[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; ') || `The API answered HTTP ${status}`);
    this.name = 'ApiError';
    this.codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  }
  get forbidden() {
    return this.codes.includes('FORBIDDEN');
  }
  get unreachable() {
    return this.codes.includes('API_UNREACHABLE') || this.codes.includes('NETWORK');
  }
  /** BAD_USER_INPUT naming a field: the last part of its path (["input","reason"] → "reason"). */
  get field(): string | undefined {
    const field = this.errors.find((e) => e.extensions?.field)?.extensions?.field;
    return field?.[field.length - 1];
  }
}

/** A business refusal in a payload's userErrors. */
export class UserErrorsError extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
    this.name = 'UserErrorsError';
  }
}

export function operationName(
  doc: TypedDocumentNode<unknown, never> | { definitions: readonly unknown[] },
): string {
  for (const d of doc.definitions as { kind: string; name?: { value: string } }[])
    if (d.kind === 'OperationDefinition' && d.name) return d.name.value;
  throw new Error('A document without a named operation');
}

/** The query key of a typed document: its operation name, then its variables (also used by server prefetch). */
export const gqlKey = <TVariables>(doc: TypedDocumentNode<unknown, TVariables>, variables?: TVariables) =>
  variables === undefined ? [operationName(doc as never)] : [operationName(doc as never), variables];

let expiring = false;

/**
 * Runs one of the dashboard's typed operations through this dashboard's /api/graphql (which adds
 * the session from the httpOnly cookie). An expired or revoked session goes back to sign-in.
 */
export async function gqlRequest<TData, TVariables>(
  doc: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: operationName(doc as never), variables }),
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(
      [{ message: 'The dashboard’s server cannot be reached', extensions: { code: 'NETWORK' } }],
      0,
    );
  }
  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) {
    const error = new ApiError(body.errors, response.status);
    if (error.codes.includes('UNAUTHENTICATED') && typeof window !== 'undefined' && !expiring) {
      expiring = true;
      const next = window.location.pathname + window.location.search;
      window.location.assign(`/api/auth/expired?next=${encodeURIComponent(next)}`);
    }
    throw error;
  }
  if (!response.ok || !body || body.data == null)
    throw new ApiError([{ message: `The API answered HTTP ${response.status}` }], response.status);
  return body.data;
}

/** Throws the payload's userErrors, if any, so that a mutation fails as a whole. */
export function requireNoUserErrors<T extends { userErrors: UserError[] }>(payload: T): T {
  if (payload.userErrors.length) throw new UserErrorsError(payload.userErrors);
  return payload;
}
