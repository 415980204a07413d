'use client';

import type { PublicConfig } from './config';

export const TOKEN_STORAGE_KEY = 'accrue.token';

/** The API could not be reached at all (connection refused, DNS, CORS, offline). */
export class ApiUnreachableError extends Error {
  constructor(
    readonly apiUrl: string,
    readonly cause?: unknown,
  ) {
    super(`Cannot reach the Accrue API at ${apiUrl}`);
    this.name = 'ApiUnreachableError';
  }
}

/** The API answered, but not with a GraphQL response (proxy error, 5xx, wrong URL). */
export class ApiHttpError extends Error {
  constructor(
    readonly apiUrl: string,
    readonly status: number,
  ) {
    super(`The Accrue API at ${apiUrl} answered with HTTP ${status}`);
    this.name = 'ApiHttpError';
  }
}

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** The API answered with top-level GraphQL errors (UNAUTHENTICATED, FORBIDDEN, ...). */
export class ApiGraphQLError extends Error {
  readonly codes: string[];
  constructor(readonly errors: GraphQLErrorEntry[]) {
    super(errors.map((e) => e.message).join('; ') || 'The API returned an error');
    this.name = 'ApiGraphQLError';
    this.codes = errors.map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
  }
}

export type ApiError = ApiUnreachableError | ApiHttpError | ApiGraphQLError;

/** The staff token stored after sign-in wins over the dev bootstrap token from the environment. */
export function resolveToken(config: PublicConfig): string {
  if (typeof window !== 'undefined') {
    try {
      const stored = window.localStorage.getItem(TOKEN_STORAGE_KEY);
      if (stored) return stored;
    } catch {
      // localStorage may be unavailable (privacy mode); fall back to the configured token.
    }
  }
  return config.apiToken;
}

export async function graphqlRequest<
  TData,
  TVariables extends Record<string, unknown> = Record<string, never>,
>(config: PublicConfig, query: string, variables?: TVariables, signal?: AbortSignal): Promise<TData> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const token = resolveToken(config);
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(config.apiUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnreachableError(config.apiUrl, error);
  }

  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw new ApiGraphQLError(body.errors);
  if (!response.ok || !body || body.data == null) throw new ApiHttpError(config.apiUrl, response.status);
  return body.data;
}
